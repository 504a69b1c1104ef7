#pragma once
/// The one way readers open a workbook the user gives: an .xlsx (Excel, LibreOffice, openpyxl)
/// or an .ods (LibreOffice Calc's own format), told apart by what the file holds, not by its
/// name, and read into the model of base/xlsx_reader.h.

#include <string>
#include <string_view>

#include "base/xlsx_reader.h"

namespace s11 {

/// Whether a file name ends in ".xlsx" or ".ods" (any case): the names s11 looks for when it
/// looks for workbooks in a folder.
bool has_spreadsheet_extension(std::string_view file_name);

/// Whether a file name is an office suite's lock file (`~$evidence.xlsx` from Excel,
/// `.~lock.evidence.xlsx#` from LibreOffice), never a workbook to read.
bool is_lock_file(std::string_view file_name);

/// Reads the workbook at `path`: an OpenDocument spreadsheet when its mimetype says so
/// (base/ods_reader.h), else an .xlsx (base/xlsx_reader.h). Throws IoError when the file cannot
/// be opened, and InputError `path: ...` naming what the file is when it is neither: another
/// OpenDocument document ("this is an OpenDocument text document (.odt), not a spreadsheet"),
/// a Word document, a PDF, a zip archive holding no workbook. A file that is not a zip at all
/// is refused with the words of what its name says it is (an .xlsx, an .ods, or either), as is
/// a damaged one; and the problems of its cells as the reader of its kind gives them.
xlsx::Workbook read_spreadsheet(const std::string& path);

}  // namespace s11
