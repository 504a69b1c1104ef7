#pragma once
/// A deterministic text dump of an .xlsx workbook, for golden-file tests.
///
/// The dump reads the zip package directly (libzip and pugixml), not through s11's own
/// reader, so it stays independent of the code it pins. It shows what a reader of the
/// workbook sees: sheets and their order, defined names, document properties, column widths,
/// row heights, every cell with its value and resolved style, merges, validations,
/// conditional formats, links, panes, filters, protection, print set-up, charts, images and
/// comments. Style indexes, shared-string indexes and other numbering that only reflects the
/// order in which the writer met things are resolved away, so an equivalent workbook written
/// in a different order dumps the same.

#include <string>

namespace s11::test {

/// The text dump of the workbook at `path`. Parts that are missing or cannot be parsed are
/// noted in the dump rather than failing it; throws std::runtime_error only when `path` is
/// not a readable zip archive.
std::string dump_xlsx(const std::string& path);

}  // namespace s11::test
