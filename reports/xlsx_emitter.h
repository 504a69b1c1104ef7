#pragma once
/// Writes a layout::Workbook as an .xlsx file with libxlsxwriter. Thin on purpose: every
/// decision about what goes where is made in the layout.

#include <string>
#include <vector>

#include "reports/layout.h"

namespace s11 {

/// Writes `book` to `path` (overwriting it), first fitted to Excel's limits
/// (reports/excel_limits.h): returns a warning for each change that left something out,
/// located as "NAME: Return!G12: ...", for the caller to pass on to the user. Throws IoError
/// naming `name_for_errors` (or `path` when empty: pass the final name when `path` is a
/// temporary) and libxlsxwriter's reason when any call fails, `workbook_close()` included.
/// The workbook's creation time is `book.created`, so the same layout always gives the same
/// bytes. Every sheet is printed on A4 as layout::fit_page() sets it, with rows as tall as
/// layout::fit_row_heights() finds, and a footer: a sheet without one gets the left text of the
/// workbook's first footer (else `book.company`), its own name and "Page 3 of 7".
[[nodiscard]] std::vector<std::string> write_xlsx(const layout::Workbook& book,
                                                  const std::string& path,
                                                  const std::string& name_for_errors = "");

}  // namespace s11
