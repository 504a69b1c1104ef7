#pragma once
/// Writes a layout::Workbook as an .xlsx file with libxlsxwriter. Thin on purpose: every
/// decision about what goes where is made in the layout.

#include <string>

#include "reports/layout.h"

namespace s11 {

/// Writes `book` to `path` (overwriting it). Throws IoError naming `name_for_errors` (or
/// `path` when empty: pass the final name when `path` is a temporary) and libxlsxwriter's
/// reason when any call fails, `workbook_close()` included. The workbook's creation time is
/// `book.created`, so the same layout always gives the same bytes.
void write_xlsx(const layout::Workbook& book, const std::string& path,
                const std::string& name_for_errors = "");

}  // namespace s11
