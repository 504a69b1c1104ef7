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
/// bytes.
[[nodiscard]] std::vector<std::string> write_xlsx(const layout::Workbook& book,
                                                  const std::string& path,
                                                  const std::string& name_for_errors = "");

}  // namespace s11
