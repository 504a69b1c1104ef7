#pragma once
/// Reads the cells of an .xlsx workbook (Office Open XML SpreadsheetML) with libzip and
/// pugixml: whatever wrote it, s11, Excel, LibreOffice Calc or openpyxl. Values only: no
/// formulas are evaluated (the cached value is read), and styles are read only to tell dates.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace s11::xlsx {

/// What a cell holds.
enum class CellType {
  kEmpty,    ///< No value (a styled but blank cell, or no cell at all).
  kString,   ///< Shared, inline or formula string; `text` holds it.
  kNumber,   ///< `number` holds it; `text` the digits as stored.
  kBoolean,  ///< `boolean` holds it; `text` is "TRUE" or "FALSE".
  kError,    ///< `text` holds the error, e.g. "#N/A".
  kDate,     ///< An ISO 8601 date cell (t="d"); `text` holds it as stored.
};

/// One cell's value.
struct Cell {
  CellType type = CellType::kEmpty;
  std::string text;
  double number = 0;
  bool boolean = false;
  bool date_format = false;  ///< A number whose cell style is a date or time format.
  /// A formula whose result was never saved (files written by openpyxl): the type is kEmpty
  /// but the cell is not blank.
  bool uncached_formula = false;
};

/// "C7" for row 6, column 2 (both zero-based).
std::string cell_name(int row, int col);
/// "C" for column 2 (zero-based); "AA" for 26.
std::string column_name(int col);

/// One worksheet's cells, keyed by zero-based (row, column).
class Sheet {
 public:
  std::string name;
  std::map<std::pair<int, int>, Cell> cells;

  /// The cell at (row, col), or an empty cell.
  const Cell& at(int row, int col) const;
  /// One past the last row holding any cell; 0 for an empty sheet.
  int row_count() const;
  /// One past the last column holding any cell; 0 for an empty sheet.
  int column_count() const;
};

/// All worksheets of a workbook, in workbook order. Chart sheets are skipped.
struct Workbook {
  std::string path;
  bool date1904 = false;
  std::vector<Sheet> sheets;

  /// The sheet with this name (exact match first, then case-insensitive), or nullptr.
  const Sheet* find(const std::string& name) const;
};

/// Reads every worksheet of the workbook at `path`. Throws IoError when the file cannot be
/// opened, and InputError (`path: ...`) when it is not an .xlsx workbook or its parts are
/// malformed, e.g. "path: not an .xlsx workbook (no xl/workbook.xml); save it as Excel
/// Workbook (.xlsx)".
Workbook read_workbook(const std::string& path);

/// Text of a cell as a person sees it: strings as-is, whole numbers without ".0", booleans
/// as TRUE/FALSE, empty as "". Dates are not formatted here (see engine/date.h).
std::string display_text(const Cell& cell);

}  // namespace s11::xlsx
