#pragma once
/// Reads the cells of an OpenDocument spreadsheet (.ods: LibreOffice Calc's own format) with
/// libzip and pugixml into the model of base/xlsx_reader.h, so every reader of a workbook reads
/// an .ods as it reads an .xlsx. Values only, as LibreOffice saved them (formulas are not
/// evaluated):
///   - float, percentage and currency cells are kNumber (`text` the value as stored: 50% is
///     "0.5", as in an .xlsx);
///   - date and time cells are kNumber with `date_format` set, holding the Excel serial of the
///     date (1899-12-30 is 0; a time is a fraction of a day), so they read exactly as the same
///     cell saved as .xlsx by LibreOffice;
///   - boolean cells are kBoolean; error cells (calcext:value-type="error") kError;
///   - text is each paragraph (text:p) joined by "\n", with text:s spaces, text:tab,
///     text:line-break and the text of spans and links; comments (office:annotation) are not
///     part of it;
///   - table:number-columns-repeated and table:number-rows-repeated: empty cells and rows cost
///     nothing however often they repeat (LibreOffice ends a sheet with a million empty rows);
///     a value is stored once per cell it repeats into, and more than `kMaxRepeatedCells`
///     copies in one workbook refuse the file (a bomb of a few bytes);
///   - covered cells of merged ranges are read like any cell (they are usually empty);
///   - column widths from the columns' styles, in characters as an .xlsx gives them.

#include <cstdint>
#include <string>

#include "base/xlsx_reader.h"
#include "base/zip_archive.h"

namespace s11::ods {

/// The mimetype entry of an OpenDocument spreadsheet.
inline constexpr const char* kSpreadsheetMimetype =
    "application/vnd.oasis.opendocument.spreadsheet";

/// How many cells repeated values may fill in one workbook, beyond the first of each repeat.
inline constexpr std::uint64_t kMaxRepeatedCells = std::uint64_t{1} << 20;

/// Reads every sheet of the .ods at `path`. Throws IoError when the file cannot be opened, and
/// InputError (`path: ...`) when it is not an OpenDocument spreadsheet (its mimetype says
/// another kind of document, or it has none), when its content.xml is missing or malformed,
/// when a part inflates beyond `limits`, when repeats fill more than kMaxRepeatedCells cells;
/// and, all of them together, for cells it cannot read: text that is not UTF-8, a number or a
/// date that is not one, a value beyond the last row (1048576) or column (XFD), e.g.
/// "path: Evidence!C7: '12x' is not a number".
xlsx::Workbook read_workbook(const std::string& path, const zip::Limits& limits = zip::Limits{});
/// The same for an archive already open, whose mimetype the caller has checked.
xlsx::Workbook read_workbook(zip::Archive& archive);

}  // namespace s11::ods
