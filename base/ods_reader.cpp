#include "base/ods_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "base/errors.h"
#include "base/text.h"

namespace s11::ods {

namespace {

using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;
using xlsx::Workbook;
using zip::child;
using zip::is;
using zip::local_name;
using zip::printable;
using zip::shown;
using zip::utf8_problem;

constexpr std::uint64_t kMaxRows = 1048576;
constexpr std::uint64_t kMaxColumns = 16384;
// Cell problems listed before the rest are only counted.
constexpr std::size_t kMaxProblems = 50;
// Spaces text:s may add to the cells of one workbook (text:s c="1000000000" is a few bytes).
constexpr std::uint64_t kMaxSpaces = std::uint64_t{16} << 20;
constexpr const char* kSaveAgain = "save the workbook again from LibreOffice Calc";

// The attribute `qualified` ("office:value-type") of `node`; else one of the same local name
// in a namespace other than LibreOffice's extensions (calcext:value-type is not the type).
pugi::xml_attribute attr(const pugi::xml_node& node, const char* qualified) {
  if (pugi::xml_attribute exact = node.attribute(qualified)) return exact;
  const char* name = local_name(qualified);
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (std::strcmp(local_name(a.name()), name) != 0) continue;
    if (std::strncmp(a.name(), "calcext:", 8) == 0 || std::strncmp(a.name(), "loext:", 6) == 0) {
      continue;
    }
    return a;
  }
  return {};
}

// A repeat count: at least 1 (a missing or malformed count is 1).
std::uint64_t repeat_of(const pugi::xml_node& node, const char* qualified) {
  const unsigned long long count = attr(node, qualified).as_ullong(1);
  return count == 0 ? 1 : count;
}

// Days from 1970-01-01 to the proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// Parses `count` digits at text[at] into `value`.
bool digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
  if (at + count > text.size()) return false;
  const auto [end, error] = std::from_chars(text.data() + at, text.data() + at + count, value);
  return error == std::errc() && end == text.data() + at + count;
}

// The days of a time of day "HH:MM:SS[.fff]" as a fraction.
std::optional<double> time_of_day(std::string_view text) {
  int h = 0, m = 0;
  double s = 0;
  if (text.size() < 8 || !digits(text, 0, 2, h) || text[2] != ':' || !digits(text, 3, 2, m) ||
      text[5] != ':') {
    return std::nullopt;
  }
  std::string_view seconds = text.substr(6);
  // A time zone (Z, +01:00) is not part of a spreadsheet's date.
  const std::size_t zone = seconds.find_first_of("Z+-");
  if (zone != std::string_view::npos) seconds = seconds.substr(0, zone);
  const auto [end, error] = std::from_chars(seconds.data(), seconds.data() + seconds.size(), s);
  if (error != std::errc() || end != seconds.data() + seconds.size() || h > 23 || m > 59 || s < 0 ||
      s >= 61) {
    return std::nullopt;
  }
  return (h * 3600 + m * 60 + s) / 86400.0;
}

// The Excel serial (days since 1899-12-30) of an office:date-value "2015-03-01" or
// "2015-03-01T10:30:00".
std::optional<double> date_serial(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() < 10 || !digits(text, 0, 4, y) || text[4] != '-' || !digits(text, 5, 2, m) ||
      text[7] != '-' || !digits(text, 8, 2, d) || m < 1 || m > 12 || d < 1) {
    return std::nullopt;
  }
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] || (m == 2 && d == 29 && !leap)) return std::nullopt;
  double serial =
      static_cast<double>(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) -
                          days_from_civil(1899, 12, 30));
  if (text.size() > 10) {
    if (text[10] != 'T') return std::nullopt;
    const auto time = time_of_day(text.substr(11));
    if (!time) return std::nullopt;
    serial += *time;
  }
  return serial;
}

// The days of an office:time-value, an ISO 8601 duration such as "PT10H30M00S".
std::optional<double> duration_days(std::string_view text) {
  if (text.size() < 3 || text.substr(0, 2) != "PT") return std::nullopt;
  text.remove_prefix(2);
  double seconds = 0;
  bool any = false;
  while (!text.empty()) {
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end == text.data() + text.size() || value < 0) {
      return std::nullopt;
    }
    const char unit = *end;
    seconds += value * (unit == 'H' ? 3600 : unit == 'M' ? 60 : unit == 'S' ? 1 : -1e300);
    if (seconds < 0) return std::nullopt;
    text.remove_prefix(static_cast<std::size_t>(end - text.data()) + 1);
    any = true;
  }
  if (!any) return std::nullopt;
  return seconds / 86400.0;
}

// A length "2.258cm", "0.889in", "64.01pt", "22.58mm" in inches.
std::optional<double> inches(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || value < 0) return std::nullopt;
  const std::string_view unit(end, static_cast<std::size_t>(text.data() + text.size() - end));
  if (unit == "in") return value;
  if (unit == "cm") return value / 2.54;
  if (unit == "mm") return value / 25.4;
  if (unit == "pt") return value / 72;
  if (unit == "pc") return value / 6;
  return std::nullopt;
}

// A column width in inches in characters of the default font, as an .xlsx gives it: what
// LibreOffice writes when it saves the same sheet as .xlsx, one character to 7.4 pixels at 96
// an inch (measured on the example's evidence workbook: 4.6799in is 60.71 characters, 0.7484in
// is 9.71).
double width_in_characters(double width_inches) { return width_inches * 96 / 7.4; }

struct Context {
  zip::Archive& zip;
  const std::string& path;
  ProblemList& problems;
  std::map<std::string, double> column_styles;  // style name -> width in characters
  std::uint64_t repeated_left = kMaxRepeatedCells;
  std::uint64_t spaces_left = kMaxSpaces;
};

// The sheet being read, and where.
struct SheetState {
  Context& context;
  Sheet& sheet;
  std::string name;  // printable, for messages
  std::uint64_t row = 0;
  bool beyond_reported = false;
};

std::string where(const SheetState& state, std::uint64_t row, std::uint64_t col) {
  return state.context.path + ": " + state.name + "!" +
         xlsx::cell_name(static_cast<int>(row), static_cast<int>(col));
}

InputError repeats_too_many(const SheetState& state, std::uint64_t row, std::uint64_t col) {
  return InputError(where(state, row, col) +
                    ": values repeated (table:number-columns-repeated, "
                    "table:number-rows-repeated) fill more than " +
                    std::to_string(kMaxRepeatedCells) +
                    " cells of the workbook; this is not a spreadsheet s11 can read");
}

// A cell's text as it is built. Runs of white space in the XML count as one space, and none
// at the start of a paragraph (ODF 1.2, 6.1.2), as LibreOffice reads them; text:s and
// text:tab are the spaces and tabs the text holds.
struct Text {
  std::string out;
  bool after_space = true;  // the last character came from XML white space, or none yet
};

// Appends the text of `node`'s children: text, text:s spaces, tabs, line breaks, the text of
// spans, links and fields. Comments and notes are not the cell's text.
void append_text(SheetState& state, const pugi::xml_node& node, Text& text, std::uint64_t row,
                 std::uint64_t col) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      for (const char* p = c.value(); *p != '\0'; ++p) {
        if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') {
          if (!text.after_space) text.out += ' ';
          text.after_space = true;
        } else {
          text.out += *p;
          text.after_space = false;
        }
      }
      continue;
    }
    if (c.type() != pugi::node_element) continue;
    if (is(c, "s")) {
      const std::uint64_t count = repeat_of(c, "text:c");
      if (count > state.context.spaces_left) {
        throw InputError(where(state, row, col) + ": text:s repeats spaces beyond " +
                         zip::size_text(kMaxSpaces) +
                         " in the workbook; this is not a spreadsheet s11 can read");
      }
      state.context.spaces_left -= count;
      text.out.append(static_cast<std::size_t>(count), ' ');
      text.after_space = false;
    } else if (is(c, "tab")) {
      text.out += '\t';
      text.after_space = false;
    } else if (is(c, "line-break")) {
      text.out += '\n';
      text.after_space = true;
    } else if (is(c, "annotation") || is(c, "annotation-end") || is(c, "note") ||
               is(c, "ruby-text")) {
      continue;
    } else {
      append_text(state, c, text, row, col);
    }
  }
}

// The cell's paragraphs, joined by "\n".
std::string paragraphs(SheetState& state, const pugi::xml_node& cell, std::uint64_t row,
                       std::uint64_t col) {
  Text text;
  bool first = true;
  for (pugi::xml_node p = cell.first_child(); p; p = p.next_sibling()) {
    if (!is(p, "p") && !is(p, "h")) continue;
    if (!first) text.out += '\n';
    first = false;
    text.after_space = true;
    append_text(state, p, text, row, col);
  }
  return std::move(text.out);
}

void cell_problem(SheetState& state, std::uint64_t row, std::uint64_t col,
                  const std::string& message) {
  state.context.problems.add(where(state, row, col), message);
}

// Fills `cell` from a table:table-cell or table:covered-table-cell; false when it holds no
// value, or one that cannot be read (recorded in the problems).
bool read_cell(SheetState& state, const pugi::xml_node& c, std::uint64_t row, std::uint64_t col,
               Cell& cell) {
  const std::string_view type = attr(c, "office:value-type").value();
  const std::string_view extension_type = c.attribute("calcext:value-type").value();
  const auto number = [&](const char* value, const char* what) -> bool {
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, cell.number);
    if (error != std::errc() || stop != end || *value == '\0') {
      cell_problem(state, row, col, "'" + shown(value) + "' is not " + what);
      return false;
    }
    cell.type = CellType::kNumber;
    cell.text = value;
    return true;
  };
  if (extension_type == "error") {
    cell.text = paragraphs(state, c, row, col);
    cell.type = CellType::kError;
    if (cell.text.empty()) cell.text = "#VALUE!";
  } else if (type == "float" || type == "percentage" || type == "currency") {
    return number(attr(c, "office:value").value(), "a number");
  } else if (type == "date") {
    const char* value = attr(c, "office:date-value").value();
    const auto serial = date_serial(value);
    if (!serial) {
      cell_problem(state, row, col, "'" + shown(value) + "' is not a date");
      return false;
    }
    cell.number = *serial;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", *serial);
    cell.text = buffer;
    cell.type = CellType::kNumber;
    cell.date_format = true;
    return true;
  } else if (type == "time") {
    const char* value = attr(c, "office:time-value").value();
    const auto days = duration_days(value);
    if (!days) {
      cell_problem(state, row, col, "'" + shown(value) + "' is not a time");
      return false;
    }
    cell.number = *days;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", *days);
    cell.text = buffer;
    cell.type = CellType::kNumber;
    cell.date_format = true;
    return true;
  } else if (type == "boolean") {
    const std::string_view value = attr(c, "office:boolean-value").value();
    cell.boolean = value == "true" || value == "1";
    cell.text = cell.boolean ? "TRUE" : "FALSE";
    cell.type = CellType::kBoolean;
    return true;
  } else if (type == "string" && attr(c, "office:string-value")) {
    cell.text = attr(c, "office:string-value").value();
    cell.type = CellType::kString;
  } else {
    // A string, or text in a cell of no type (void cells hold none in files LibreOffice
    // writes, but other writers put text in them).
    cell.text = paragraphs(state, c, row, col);
    cell.type = CellType::kString;
    if (cell.text.empty() && type.empty()) {
      cell.type = CellType::kEmpty;
      cell.uncached_formula = *attr(c, "table:formula").value() != '\0';
      return cell.uncached_formula;
    }
  }
  // pugixml does not check UTF-8, and text that is not would make the outputs unreadable.
  if (const std::string problem = utf8_problem(cell.text); !problem.empty()) {
    cell_problem(state, row, col, zip::not_utf8_message(problem));
    return false;
  }
  // A string of no characters looks blank, so it counts as no value.
  return cell.type != CellType::kString || !cell.text.empty();
}

// Takes `count` from the workbook's allowance of repeated cells.
void take_repeats(SheetState& state, std::uint64_t count, std::uint64_t row, std::uint64_t col) {
  if (count > state.context.repeated_left) throw repeats_too_many(state, row, col);
  state.context.repeated_left -= count;
}

void report_beyond(SheetState& state, const std::string& message) {
  if (state.beyond_reported) return;
  state.beyond_reported = true;
  state.context.problems.add(state.context.path + ": " + state.name, message);
}

void read_row(SheetState& state, const pugi::xml_node& r) {
  const std::uint64_t repeat = repeat_of(r, "table:number-rows-repeated");
  const std::uint64_t row = state.row;
  // Saturating: a row beyond the last one still advances, but never wraps around.
  state.row = repeat > UINT64_MAX / 2 - row ? UINT64_MAX / 2 : row + repeat;
  std::vector<std::pair<std::uint64_t, Cell>> cells;
  std::uint64_t col = 0;
  for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
    if (!is(c, "table-cell") && !is(c, "covered-table-cell")) continue;
    const std::uint64_t columns = repeat_of(c, "table:number-columns-repeated");
    const std::uint64_t at = col;
    col = columns > UINT64_MAX / 2 - col ? UINT64_MAX / 2 : col + columns;
    if (at >= kMaxColumns || row >= kMaxRows) {
      // Only empty cells may lie beyond the last column or row: LibreOffice pads rows and
      // sheets with them.
      Cell probe;
      if (!read_cell(state, c, std::min(row, kMaxRows - 1), std::min(at, kMaxColumns - 1), probe)) {
        continue;
      }
      report_beyond(state, row >= kMaxRows
                               ? "values beyond the last row (1048576); " + std::string(kSaveAgain)
                               : "row " + std::to_string(row + 1) +
                                     " has values beyond the last column (XFD); " + kSaveAgain);
      continue;
    }
    Cell cell;
    if (!read_cell(state, c, row, at, cell)) continue;
    const std::uint64_t last = std::min(col, kMaxColumns);
    if (col > kMaxColumns) {
      report_beyond(state, "row " + std::to_string(row + 1) +
                               " has values beyond the last column (XFD); " + kSaveAgain);
    }
    take_repeats(state, last - at - 1, row, at);
    for (std::uint64_t k = at; k < last; ++k) cells.emplace_back(k, cell);
  }
  if (cells.empty()) return;
  const std::uint64_t last_row = std::min(state.row, kMaxRows);
  if (state.row > kMaxRows) {
    report_beyond(state, "values beyond the last row (1048576); " + std::string(kSaveAgain));
  }
  if (last_row - row > 1) {
    const std::uint64_t copies = last_row - row - 1;
    if (copies > state.context.repeated_left / cells.size()) {
      throw repeats_too_many(state, row, cells.front().first);
    }
    take_repeats(state, copies * cells.size(), row, cells.front().first);
  }
  for (std::uint64_t r_at = row; r_at < last_row; ++r_at) {
    for (const auto& [c_at, cell] : cells) {
      state.sheet.cells.insert_or_assign({static_cast<int>(r_at), static_cast<int>(c_at)}, cell);
    }
  }
}

// Column widths only size text for reading (a plan's wrapped paragraphs): a column without a
// known style takes the default width.
void read_column(SheetState& state, const pugi::xml_node& c, std::uint64_t& col) {
  const std::uint64_t repeat = repeat_of(c, "table:number-columns-repeated");
  const std::uint64_t first = col;
  col = repeat > kMaxColumns - std::min(col, kMaxColumns) ? kMaxColumns : col + repeat;
  if (first >= kMaxColumns) return;
  const auto style = state.context.column_styles.find(attr(c, "table:style-name").value());
  if (style == state.context.column_styles.end()) return;
  state.sheet.column_widths.push_back(
      {static_cast<int>(first), static_cast<int>(col - 1), style->second});
}

// Rows and columns, which groups and header rows or columns may hold.
void read_table_children(SheetState& state, const pugi::xml_node& parent, std::uint64_t& col) {
  for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "table-row")) {
      read_row(state, c);
    } else if (is(c, "table-column")) {
      read_column(state, c, col);
    } else if (is(c, "table-rows") || is(c, "table-header-rows") || is(c, "table-row-group") ||
               is(c, "table-columns") || is(c, "table-header-columns") ||
               is(c, "table-column-group")) {
      read_table_children(state, c, col);
    }
  }
}

// The widths of the column styles (style:family="table-column") of `automatic_styles`.
std::map<std::string, double> read_column_styles(const pugi::xml_node& automatic_styles) {
  std::map<std::string, double> widths;
  for (pugi::xml_node s = automatic_styles.first_child(); s; s = s.next_sibling()) {
    if (!is(s, "style") || std::strcmp(attr(s, "style:family").value(), "table-column") != 0) {
      continue;
    }
    const auto width =
        inches(attr(child(s, "table-column-properties"), "style:column-width").value());
    if (!width) continue;
    const double characters = width_in_characters(*width);
    if (characters > 255) continue;
    widths[attr(s, "style:name").value()] = characters;
  }
  return widths;
}

void read_sheets(Context& context, Workbook& workbook) {
  std::string buffer;
  pugi::xml_document doc;
  // Every space of a cell's text counts: keep white space between elements.
  const pugi::xml_node root = context.zip.parse("content.xml", buffer, doc, true, true);
  if (!is(root, "document-content")) {
    throw InputError(context.zip.not_a_workbook("content.xml is not a document's content"));
  }
  const pugi::xml_node spreadsheet = child(child(root, "body"), "spreadsheet");
  if (!spreadsheet) {
    throw InputError(context.zip.not_a_workbook("content.xml holds no spreadsheet"));
  }
  context.column_styles = read_column_styles(child(root, "automatic-styles"));
  int position = 0;
  for (pugi::xml_node t = spreadsheet.first_child(); t; t = t.next_sibling()) {
    if (!is(t, "table")) continue;
    ++position;
    Sheet& sheet = workbook.sheets.emplace_back();
    sheet.name = attr(t, "table:name").value();
    if (const std::string problem = utf8_problem(sheet.name); !problem.empty()) {
      context.problems.add(context.path + ": sheet " + std::to_string(position),
                           "its name is not valid UTF-8 (" + problem +
                               "); rename the sheet in LibreOffice Calc and save the workbook "
                               "again");
    }
    SheetState state{context, sheet, printable(sheet.name)};
    std::uint64_t col = 0;
    read_table_children(state, t, col);
  }
}

}  // namespace

Workbook read_workbook(const std::string& path, const zip::Limits& limits) {
  zip::Archive archive(path, limits, zip::expected_ods());
  const std::optional<std::string> mimetype = archive.read("mimetype");
  if (!mimetype) {
    throw InputError(archive.not_a_workbook("no mimetype"));
  }
  if (*mimetype != kSpreadsheetMimetype) {
    throw InputError(archive.not_a_workbook("its mimetype is " + shown(*mimetype)));
  }
  return read_workbook(archive);
}

Workbook read_workbook(zip::Archive& archive) {
  const std::string& path = archive.path();
  Workbook workbook;
  workbook.path = path;
  ProblemList problems(kMaxProblems, path, "problems in this workbook");
  Context context{archive, path, problems, {}};
  try {
    read_sheets(context, workbook);
  } catch (const InputError& error) {
    problems.throw_with(error);  // what made the rest unreadable, after the cell problems
  }
  problems.throw_if_any();
  return workbook;
}

}  // namespace s11::ods
