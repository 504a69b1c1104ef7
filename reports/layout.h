#pragma once
/// A plain model of a workbook's layout: sheets, cells, values, styles, drop-downs, charts and
/// print set-up. Report builders fill it; reports/xlsx_emitter.h writes it with libxlsxwriter.
/// Tests compare it as text (to_text) without opening a workbook.

#include <compare>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/date.h"

namespace s11::layout {

/// How a cell looks. Compared by value, so equal styles share one workbook format.
struct Style {
  enum class Align { kDefault, kLeft, kCenter, kRight };
  bool bold = false;
  bool italic = false;
  bool underline = false;
  bool wrap = false;
  bool border = false;
  bool locked = true;         ///< Only matters on a protected sheet.
  int font_size = 0;          ///< Points; 0 for the default.
  std::string fill;           ///< Background, six hex digits, or "" for none.
  std::string font_colour;    ///< Six hex digits, or "" for the default.
  std::string number_format;  ///< E.g. "dd/mm/yyyy", "0%"; "" for General.
  Align align = Align::kDefault;

  auto operator<=>(const Style&) const = default;
};

/// A cell value. Strings are always written as text, never as formulas.
using Value = std::variant<std::monostate, std::string, double, bool, Date>;

/// A cell's text made of items joined by a separator (evidence titles, notes, comments), so
/// that text too long for a cell is shortened after a whole item, with a note of how many
/// more there are and where to find them (reports/excel_limits.h).
struct TextList {
  std::vector<std::string> items;
  std::string separator;
  std::string noun = "items";     ///< Counted in the note: "... and 12 more items".
  std::string see;                ///< Where the rest is: "the Evidence sheet"; "" for nowhere.
  std::string what = "the list";  ///< What the cell holds, for the warning: "the evidence list".
};

/// One cell. Rows and columns are zero-based.
struct Cell {
  int row = 0;
  int col = 0;
  Value value;
  Style style;
  std::string link;                ///< "internal:'Sheet'!A1" or a URL; "" for none.
  std::optional<TextList> list{};  ///< When the text joins a list: its items (value is the text).
};

/// A rectangle of cells, zero-based and inclusive.
struct Range {
  int first_row = 0;
  int first_col = 0;
  int last_row = 0;
  int last_col = 0;
};

/// A drop-down list on a range.
struct Validation {
  Range range;
  std::vector<std::string> list;
  std::string message;  ///< Shown when a value outside the list is typed.
  /// The list as cells of another sheet ("='Lists'!$A$1:$A$12"), for a list too long to write
  /// in line (255 characters) or whose items hold a comma or quote; "" to write `list` in line.
  std::string source{};
};

/// One series of a chart: values from a column of this workbook.
struct ChartSeries {
  std::string name;
  std::string sheet;
  int first_row = 0;
  int last_row = 0;
  int col = 0;
  std::string fill;  ///< Six hex digits.
};

/// A native chart placed on a sheet.
struct Chart {
  /// A radar chart draws one spoke per category, the value axis running out from the centre;
  /// kRadarFilled fills each series' area, kRadarWithMarkers marks each value. kBarStacked lays
  /// one bar per category on its side, each series a segment of it (standards by level).
  enum class Kind { kColumn, kBar, kBarStacked, kRadar, kRadarWithMarkers, kRadarFilled };
  Kind kind = Kind::kColumn;
  std::string title;
  std::string x_title;  ///< The category axis (vertical on a bar chart).
  std::string y_title;  ///< The value axis; y_max and y_number_format apply to it.
  std::string category_sheet;
  int category_first_row = 0;
  int category_last_row = 0;
  int category_col = 0;
  std::vector<ChartSeries> series;
  std::optional<double> y_max;
  std::optional<double> y_major_unit;  ///< Step between value-axis gridlines; none: automatic.
  std::string y_number_format;         ///< E.g. "0%"; "" for General.
  int anchor_row = 0;
  int anchor_col = 0;
  int width = 720;   ///< Pixels.
  int height = 360;  ///< Pixels.

  /// The rows of the default height (15 pt, 20 px) the chart covers, and two to spare below it:
  /// how many rows to leave blank under its anchor.
  int rows_spanned() const { return height / 20 + 2; }
};

/// A printed page header or footer: plain text on the left, in the centre and on the right,
/// printed as written (an & is escaped on writing, so "Telford & Wrekin" prints whole and
/// "&F" is not the file's path), and the page number ("Page 3 of 7") after the right text.
struct PageText {
  std::string left;
  std::string centre;
  std::string right;
  bool page_numbers = false;

  bool empty() const { return left.empty() && centre.empty() && right.empty() && !page_numbers; }
};

/// `text` for a header or footer code: each & doubled, so it prints as written.
std::string escape_page_text(const std::string& text);
/// The header/footer code Excel stores for `text` ("&LTelford && Wrekin&RPage &P of &N"); ""
/// for an empty one. Every text goes through escape_page_text().
std::string page_text_code(const PageText& text);

/// `text` cut to at most `max` characters (code points), ending with "..." when cut; never
/// splits a UTF-8 sequence. For titles in one-line places such as page footers.
std::string abbreviate(const std::string& text, std::size_t max);

/// Column A, where a sheet's title and the notes above and below its tables go.
inline constexpr int kTextCol = 0;

/// One worksheet.
struct Sheet {
  std::string name;
  std::vector<Cell> cells;
  std::map<int, double> column_widths;  ///< Characters, by column.
  std::map<int, double> row_heights;    ///< Points, by row.
  std::vector<Range> merges;            ///< The merged cell's value is the first cell's.
  int freeze_rows = 0;
  int freeze_cols = 0;
  std::optional<Range> autofilter;
  bool landscape = false;     ///< Set on writing by fit_page(), from the printed columns' width.
  bool fit_to_width = false;  ///< Set on writing by fit_page(): every sheet prints one page wide.
  int repeat_first_row = -1;  ///< Header rows printed on every page; -1 for none.
  int repeat_last_row = -1;
  bool protect = false;          ///< Locked cells cannot be edited (no password).
  std::vector<int> page_breaks;  ///< Rows that start a new printed page.
  /// The cells printed; the whole used range when unset (columns for the user's eyes only
  /// are left out of it, e.g. the action plan's Rule suggests, Point and Notes).
  std::optional<Range> print_area;
  PageText header;      ///< Printed at the top of each page.
  PageText footer;      ///< Printed at the foot of each page.
  bool hidden = false;  ///< A sheet of lists for drop-downs, out of the way.
  std::vector<Validation> validations;
  std::vector<Chart> charts;

  /// Adds a cell and returns it for further changes.
  Cell& set(int row, int col, Value value, const Style& style = {});
  /// Adds a cell holding `list`'s items joined by its separator (base/text.h join()), which
  /// reports/excel_limits.h shortens after a whole item when it is too long for a cell.
  Cell& set_list(int row, int col, TextList list, const Style& style = {});
};

/// A whole workbook.
struct Workbook {
  std::vector<Sheet> sheets;
  std::string title;
  std::string subject;
  std::string author;
  std::string company;
  Date created;  ///< Fixed from the audit so the same inputs give the same bytes.

  Sheet& add_sheet(const std::string& name);
  /// The sheet named `name`; nullptr when there is none.
  const Sheet* find(const std::string& name) const;
  /// Moves the sheet named `name` (if any) after all the others.
  void move_to_end(const std::string& name);
};

/// Sets a height for every row that has none, from the wrapped text its cells hold and its
/// columns' widths, because LibreOffice does not grow rows to fit text on opening a file. The
/// text is wrapped word by word with Calibri's (and Carlito's) character widths, rounded up,
/// so a row is never too short for its text (tests/cli/print_test.cpp checks it in print); a
/// height already set is raised when its text needs more, never lowered.
void fit_row_heights(Sheet& sheet);

/// The printed width of a column `width` characters wide, in points, as LibreOffice prints it
/// at 100% (measured: 5.76 pt per character of the width Excel stores, 0.71 more than set).
double column_points(double width);
/// The smallest scale a sheet may print at: its smallest text prints at 9 pt or more.
double min_print_scale(const Sheet& sheet);
/// Prepares a sheet for A4: one page wide (height free), portrait when its printed columns
/// (the print area's, or all used) fit at min_print_scale(), else landscape. When they do not
/// fit even landscape, its columns are narrowed until they do, never below a floor: wrapped
/// text to 12 characters or its longest word, and room for its lines under Excel's greatest row
/// height; text on one line to its length (to 12 when the cell beside it is empty, as the text
/// runs on); numbers to 8, dates to 11. When the floors do not fit, the page prints smaller.
/// A note on one line that would run past the last column (widening the page) wraps across the
/// columns instead, and charts are narrowed to the page. Called by the emitter before
/// fit_row_heights(), so rows grow to fit narrowed columns.
void fit_page(Sheet& sheet);
/// The printed width of A4 inside the emitter's margins (0.5 inch left and right), in points.
double printable_width(bool landscape);

/// A readable dump of a sheet's cells, one per line, "C7 = Met [bold fill=00B050]", for tests.
std::string to_text(const Sheet& sheet);

}  // namespace s11::layout
