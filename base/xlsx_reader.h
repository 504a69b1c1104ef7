#pragma once
/// Reads the cells of an .xlsx workbook (Office Open XML SpreadsheetML) with libzip and
/// pugixml: whatever wrote it, s11, Excel, LibreOffice Calc or openpyxl. Values only: no
/// formulas are evaluated (the cached value is read), and styles are read only to tell dates.

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/zip_archive.h"

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

/// Cells keyed by zero-based (row, column), in row order then column order.
using CellMap = std::map<std::pair<int, int>, Cell>;

/// The stored cells of one row, in column order: a view into Sheet::cells, for
/// `for (const auto& [position, cell] : sheet.row_cells(row))` (position.second is the column).
class RowCells {
 public:
  RowCells(CellMap::const_iterator begin, CellMap::const_iterator end) : begin_(begin), end_(end) {}
  CellMap::const_iterator begin() const { return begin_; }
  CellMap::const_iterator end() const { return end_; }
  bool empty() const { return begin_ == end_; }

 private:
  CellMap::const_iterator begin_;
  CellMap::const_iterator end_;
};

/// One worksheet's cells. Only cells holding a value are stored, so a sheet costs what it
/// holds: a stray cell at XFD1048576 is one cell, however large the rectangle it spans. Walk
/// `cells` or row_cells() rather than every (row, column) up to row_count() x column_count().
class Sheet {
 public:
  std::string name;
  CellMap cells;
  /// Widths set in the sheet (`<cols>`) for a range of columns, in characters of the default
  /// font; `first` and `last` are zero-based and inclusive. Malformed entries are skipped.
  struct ColumnWidth {
    int first = 0;
    int last = 0;
    double width = 0;
  };
  std::vector<ColumnWidth> column_widths;

  /// The cell at (row, col), or an empty cell.
  const Cell& at(int row, int col) const;
  /// The stored cells of row `row` (zero-based), in column order; none for a blank row.
  RowCells row_cells(int row) const;
  /// One past the last row holding any cell; 0 for an empty sheet.
  int row_count() const;
  /// One past the last column holding any cell; 0 for an empty sheet. Looks at every stored
  /// cell: call it once, not in a loop's condition.
  int column_count() const;
  /// The width of column `col` (zero-based) in characters: the last `<col>` range holding it,
  /// else the sheet's default.
  double column_width(int col) const;
  /// The sheet's default column width (`<sheetFormatPr defaultColWidth>`), 8.43 when not set.
  double default_column_width = 8.43;
};

/// All worksheets of a workbook, in workbook order. Chart sheets are skipped.
struct Workbook {
  std::string path;
  bool date1904 = false;
  std::vector<Sheet> sheets;

  /// The sheet with this name (exact match first, then case-insensitive), or nullptr.
  const Sheet* find(const std::string& name) const;
};

/// How far s11 lets a workbook's zip parts inflate (base/zip_archive.h).
using Limits = zip::Limits;

/// Reads every worksheet of the workbook at `path`. Throws IoError when the file cannot be
/// opened, and InputError (`path: ...`) when it is not an .xlsx workbook or its parts are
/// malformed, e.g. "path: not an .xlsx workbook (no xl/workbook.xml); save it as Excel
/// Workbook (.xlsx)"; when it is another kind of file renamed .xlsx (an empty file, an
/// Excel 97-2003 or password-protected workbook, an OpenDocument spreadsheet); when a part
/// inflates beyond `limits`; when two zip entries have the same name; and, all of them
/// together, for cells it cannot read: text that is not UTF-8, a number that is not one, a
/// cell beyond Excel's last row or column, e.g. "path: Evidence!C7: the text is not valid
/// UTF-8 (byte 0xE9 at character 12); ...".
Workbook read_workbook(const std::string& path, const Limits& limits = Limits{});
/// The same for an archive already open (base/spreadsheet.h opens it to tell .xlsx from .ods).
Workbook read_workbook(zip::Archive& archive);

/// Text of a cell as a person sees it: strings as-is, whole numbers without ".0", booleans
/// as TRUE/FALSE, empty as "". Dates are not formatted here (see engine/date.h).
std::string display_text(const Cell& cell);

}  // namespace s11::xlsx
