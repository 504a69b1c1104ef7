#include "base/xlsx_reader.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cstdio>
#include <cstring>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <unordered_map>

#include "base/errors.h"
#include "base/text.h"

namespace s11::xlsx {

namespace {

using zip::attribute;
using zip::child;
using zip::is;
using zip::not_utf8_message;
using zip::printable;
using zip::shown;
using zip::utf8_problem;
using ZipArchive = zip::Archive;

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// Cell problems listed before the rest are only counted.
constexpr std::size_t kMaxProblems = 50;
constexpr std::string_view kOdfMimetype = "application/vnd.oasis.opendocument.";
constexpr const char* kSaveAgain = "save the workbook again from Excel or LibreOffice Calc";

// The code unit of an "_xHHHH_" escape starting at text[i], if there is one.
std::optional<unsigned> escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') {
    return std::nullopt;
  }
  unsigned code = 0;
  auto [end, error] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
  if (error != std::errc() || end != text.data() + i + 6) return std::nullopt;
  return code;
}

// SpreadsheetML writes characters XML cannot hold (carriage returns, control characters) as
// "_xHHHH_" in UTF-16 code units; "_x005F_" escapes a literal underscore. An unpaired
// surrogate is no character, and is kept as written.
std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto code = escape_at(text, i);
    if (!code) {
      out += text[i++];
      continue;
    }
    if (*code >= 0xD800 && *code < 0xE000) {
      const auto low = *code < 0xDC00 ? escape_at(text, i + 7) : std::nullopt;
      if (!low || *low < 0xDC00 || *low >= 0xE000) {
        out.append(text.substr(i, 7));
        i += 7;
        continue;
      }
      *code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
      i += 7;
    }
    i += 7;
    append_utf8(out, *code);
  }
  return out;
}

std::string unescape(std::string text) {
  if (text.find("_x") == std::string::npos) return text;
  return decode_escapes(text);
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich text run <r>. Phonetic
// runs (<rPh>, furigana) are not part of the text.
std::string string_item_text(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (is(c, "t")) {
      text += c.text().get();
    } else if (is(c, "r")) {
      text += child(c, "t").text().get();
    }
  }
  return unescape(std::move(text));
}

// An OpenDocument file names its kind in its first entry, "mimetype".
void refuse_opendocument(ZipArchive& zip) {
  const std::optional<std::string> mimetype = zip.read("mimetype");
  if (!mimetype || mimetype->compare(0, kOdfMimetype.size(), kOdfMimetype) != 0) return;
  if (mimetype->find("spreadsheet") != std::string::npos) {
    throw InputError(zip.path() +
                     ": this is an OpenDocument spreadsheet (.ods), not an .xlsx; save it as "
                     "Excel Workbook (.xlsx)");
  }
  throw InputError(zip.path() +
                   ": this is an OpenDocument document that is not a spreadsheet, not an .xlsx "
                   "workbook; s11 reads workbooks saved as Excel Workbook (.xlsx)");
}

struct Relationship {
  std::string type;
  std::string target;  // a part name, resolved: "xl/worksheets/sheet1.xml"
};

std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// A relationship target relative to `folder` ("worksheets/sheet1.xml", "../x.xml") or absolute
// ("/xl/worksheets/sheet1.xml"), as a part name.
std::string resolve_target(const std::string& folder, const std::string& target) {
  const std::string joined =
      !target.empty() && target[0] == '/' ? target.substr(1) : folder + target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(std::move(segment));
    }
    start = end + 1;
  }
  return join(segments, "/");
}

bool type_is(const std::string& type, std::string_view suffix) {
  return type.size() >= suffix.size() &&
         type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The relationships of `part`, keyed by Id; none when it has no .rels part.
std::unordered_map<std::string, Relationship> read_relationships(ZipArchive& zip,
                                                                 const std::string& part) {
  const std::string folder = folder_of(part);
  const std::string rels_part = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  std::unordered_map<std::string, Relationship> relationships;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(rels_part, buffer, doc, false);
  for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
    if (!is(r, "Relationship")) continue;
    if (std::strcmp(attribute(r, "TargetMode").value(), "External") == 0) continue;
    relationships[attribute(r, "Id").value()] = Relationship{
        attribute(r, "Type").value(), resolve_target(folder, attribute(r, "Target").value())};
  }
  return relationships;
}

std::string find_workbook_part(ZipArchive& zip) {
  for (const auto& [id, relationship] : read_relationships(zip, "")) {
    if (type_is(relationship.type, "/officeDocument")) return relationship.target;
  }
  return "xl/workbook.xml";
}

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

// True when a number format code shows a date or time: it has d, m, y, h or s outside quoted
// text, [colour]/[condition] brackets, and backslash, _ (padding) or * (fill) escapes.
bool is_date_format_code(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const auto end = code.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '[') {
      const auto end = code.find(']', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c != '\0' && std::strchr("dDmMyYhHsS", c) != nullptr) {
      return true;
    }
  }
  return false;
}

// For each cell format (the cell's s attribute), whether it shows numbers as dates.
std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& part) {
  std::vector<bool> date_styles;
  if (part.empty()) return date_styles;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(part, buffer, doc, false);
  std::unordered_map<int, bool> custom;
  for (pugi::xml_node f = child(child(root, "numFmts"), "numFmt"); f; f = f.next_sibling()) {
    if (!is(f, "numFmt")) continue;
    custom[attribute(f, "numFmtId").as_int(-1)] =
        is_date_format_code(attribute(f, "formatCode").value());
  }
  for (pugi::xml_node xf = child(child(root, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
    if (!is(xf, "xf")) continue;
    const int id = attribute(xf, "numFmtId").as_int(0);
    const auto found = custom.find(id);
    date_styles.push_back(found != custom.end() ? found->second : is_builtin_date_format(id));
  }
  return date_styles;
}

// The shared string table, and which of its strings are not UTF-8.
struct SharedStrings {
  std::string part;
  std::vector<std::string> texts;
  std::map<unsigned, std::string> not_utf8;  // index -> utf8_problem()
  std::set<unsigned> reported;               // of not_utf8, those reported at a cell
};

SharedStrings read_shared_strings(ZipArchive& zip, const std::string& part) {
  SharedStrings strings;
  strings.part = part;
  if (part.empty()) return strings;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(part, buffer, doc, false);
  // The count is only a hint, and not trusted beyond what the part can hold ("<si/>").
  strings.texts.reserve(
      std::min<std::size_t>(attribute(root, "uniqueCount").as_uint(0), buffer.size() / 5));
  for (pugi::xml_node si = root.first_child(); si; si = si.next_sibling()) {
    if (!is(si, "si")) continue;
    std::string text = string_item_text(si);
    std::string problem = utf8_problem(text);
    if (!problem.empty()) {
      strings.not_utf8.emplace(static_cast<unsigned>(strings.texts.size()), std::move(problem));
    }
    strings.texts.push_back(std::move(text));
  }
  return strings;
}

enum class Reference { kCell, kNotACell, kBeyondLastColumn, kBeyondLastRow };

// Parses "B3" into zero-based (row, column).
Reference parse_reference(const char* text, int& row, int& col) {
  int column = 0;
  const char* p = text;
  for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); ++p) {
    if (column <= kMaxColumns) column = column * 26 + ((*p | 0x20) - 'a' + 1);
  }
  const char* digits = p;
  int number = 0;
  for (; *p >= '0' && *p <= '9'; ++p) {
    if (number <= kMaxRows) number = number * 10 + (*p - '0');
  }
  if (p == text || p == digits || *p != '\0' || number == 0) return Reference::kNotACell;
  if (column > kMaxColumns) return Reference::kBeyondLastColumn;
  if (number > kMaxRows) return Reference::kBeyondLastRow;
  row = number - 1;
  col = column - 1;
  return Reference::kCell;
}

struct SheetContext {
  const std::string& path;
  const std::string& part;
  std::string sheet_name;  // printable, for messages
  SharedStrings& shared_strings;
  const std::vector<bool>& date_styles;
  ProblemList& problems;
};

void cell_problem(const SheetContext& context, int row, int col, const std::string& message) {
  context.problems.add(context.path + ": " + context.sheet_name + "!" + cell_name(row, col),
                       message);
}

// Fills `cell` from a <c> element; false when it holds no value, or one that cannot be read
// (recorded in context.problems).
bool read_cell(const SheetContext& context, int row, int col, const pugi::xml_node& c, Cell& cell) {
  const char* type = attribute(c, "t").value();
  const pugi::xml_node v = child(c, "v");
  const char* value = v.text().get();
  if (std::strcmp(type, "inlineStr") == 0) {
    cell.text = string_item_text(child(c, "is"));
    cell.type = CellType::kString;
  } else if (*value == '\0') {
    // openpyxl writes formulas without their results; remember them so readers can say so
    // instead of taking the cell for blank.
    cell.uncached_formula = *child(c, "f").text().get() != '\0';
    return cell.uncached_formula;
  } else if (*type == '\0' || std::strcmp(type, "n") == 0) {
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, cell.number);
    if (error != std::errc() || stop != end) {
      cell_problem(context, row, col, "'" + shown(value) + "' is not a number");
      return false;
    }
    cell.type = CellType::kNumber;
    cell.text = value;
    const auto style = attribute(c, "s").as_uint(0);
    cell.date_format = style < context.date_styles.size() && context.date_styles[style];
    return true;
  } else if (std::strcmp(type, "s") == 0) {
    SharedStrings& strings = context.shared_strings;
    unsigned index = 0;
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, index);
    if (error != std::errc() || stop != end || index >= strings.texts.size()) {
      cell_problem(context, row, col,
                   "shared string " + shown(value) + " does not exist (the workbook has " +
                       std::to_string(strings.texts.size()) + ")");
      return false;
    }
    const auto bad = strings.not_utf8.find(index);
    if (bad != strings.not_utf8.end()) {
      // Once, at the first cell showing it: the same string may fill a whole column.
      if (strings.reported.insert(index).second) {
        cell_problem(context, row, col, not_utf8_message(bad->second));
      }
      return false;
    }
    cell.text = strings.texts[index];
    cell.type = CellType::kString;
  } else if (std::strcmp(type, "b") == 0) {
    cell.boolean = std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0;
    cell.text = cell.boolean ? "TRUE" : "FALSE";
    cell.type = CellType::kBoolean;
    return true;
  } else if (std::strcmp(type, "e") == 0) {
    cell.text = value;
    cell.type = CellType::kError;
  } else if (std::strcmp(type, "d") == 0) {
    cell.text = value;
    cell.type = CellType::kDate;
  } else {
    // "str" (a formula's string result), and anything unknown read as text.
    cell.text = unescape(value);
    cell.type = CellType::kString;
  }
  // pugixml does not check UTF-8, and text that is not would make the outputs unreadable.
  if (const std::string problem = utf8_problem(cell.text); !problem.empty()) {
    cell_problem(context, row, col, not_utf8_message(problem));
    return false;
  }
  // A string of no characters looks blank, so it counts as no value.
  return cell.type != CellType::kString || !cell.text.empty();
}

// Widths only size text for reading (a plan's wrapped paragraphs): a malformed entry is
// skipped rather than refusing the workbook, and ranges are clipped to Excel's columns.
void read_column_widths(const pugi::xml_node& root, Sheet& sheet) {
  const pugi::xml_node format = child(root, "sheetFormatPr");
  const double fallback = attribute(format, "defaultColWidth").as_double(0);
  if (fallback > 0 && fallback < 256) sheet.default_column_width = fallback;
  for (pugi::xml_node cols = child(root, "cols"); cols; cols = cols.next_sibling()) {
    if (!is(cols, "cols")) continue;
    for (pugi::xml_node c = cols.first_child(); c; c = c.next_sibling()) {
      if (!is(c, "col")) continue;
      const int min = attribute(c, "min").as_int(0);
      const int max = std::min(attribute(c, "max").as_int(0), kMaxColumns);
      const double width = attribute(c, "width").as_double(-1);
      if (min < 1 || max < min || width < 0 || width > 255) continue;
      sheet.column_widths.push_back({min - 1, max - 1, width});
    }
  }
}

void read_sheet(ZipArchive& zip, const SheetContext& context, Sheet& sheet) {
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(context.part, buffer, doc);
  if (!is(root, "worksheet")) {
    throw InputError(zip.not_a_workbook(context.part + " is not a worksheet"));
  }
  const std::string where = context.path + ": " + context.sheet_name;
  read_column_widths(root, sheet);
  int row = -1;
  for (pugi::xml_node r = child(child(root, "sheetData"), "row"); r; r = r.next_sibling()) {
    if (!is(r, "row")) continue;
    // Some writers leave out the r attributes of rows and cells: count positions instead.
    const int numbered = attribute(r, "r").as_int(0);
    row = numbered > 0 ? std::min(numbered, kMaxRows + 1) - 1 : std::min(row + 1, kMaxRows);
    if (row >= kMaxRows) {
      context.problems.add(where,
                           "rows beyond Excel's last row (1048576); " + std::string(kSaveAgain));
      return;
    }
    int col = -1;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (!is(c, "c")) continue;
      const pugi::xml_attribute reference = attribute(c, "r");
      int cell_row = row;
      if (reference) {
        const Reference parsed = parse_reference(reference.value(), cell_row, col);
        if (parsed != Reference::kCell) {
          const std::string name = shown(reference.value());
          context.problems.add(
              where,
              parsed == Reference::kNotACell
                  ? "a cell at '" + name + "', which is not a cell reference (in " + context.part +
                        "); " + kSaveAgain
              : parsed == Reference::kBeyondLastColumn
                  ? "a cell at " + name + ", beyond Excel's last column (XFD); " + kSaveAgain
                  : "a cell at " + name + ", beyond Excel's last row (1048576); " + kSaveAgain);
          // Cells without a reference after it have no column to count from.
          break;
        }
      } else if (++col >= kMaxColumns) {
        context.problems.add(where, "row " + std::to_string(row + 1) +
                                        " has cells beyond Excel's last column (XFD); " +
                                        kSaveAgain);
        break;
      }
      Cell cell;
      if (read_cell(context, cell_row, col, c, cell)) {
        sheet.cells.insert_or_assign({cell_row, col}, std::move(cell));
      }
    }
  }
}

// Fills `workbook` with the sheets of `zip`; throws InputError when the workbook's structure
// cannot be read, records the problems of its cells and names in `problems`.
void read_sheets(ZipArchive& zip, Workbook& workbook, ProblemList& problems) {
  const std::string& path = workbook.path;
  const std::string workbook_part = find_workbook_part(zip);
  if (type_is(lower(workbook_part), ".bin")) {
    throw InputError(path +
                     ": this is an Excel Binary Workbook (.xlsb), not an .xlsx; save it as Excel "
                     "Workbook (.xlsx)");
  }
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(workbook_part, buffer, doc);
  if (!is(root, "workbook")) {
    throw InputError(zip.not_a_workbook(workbook_part + " is not a workbook"));
  }
  const std::string date1904 = attribute(child(root, "workbookPr"), "date1904").value();
  workbook.date1904 = date1904 == "1" || date1904 == "true";

  const auto relationships = read_relationships(zip, workbook_part);
  std::string shared_strings_part;
  std::string styles_part;
  for (const auto& [id, relationship] : relationships) {
    if (type_is(relationship.type, "/sharedStrings")) shared_strings_part = relationship.target;
    if (type_is(relationship.type, "/styles")) styles_part = relationship.target;
  }
  SharedStrings shared_strings = read_shared_strings(zip, shared_strings_part);
  const std::vector<bool> date_styles = read_date_styles(zip, styles_part);

  int position = 0;
  for (pugi::xml_node s = child(child(root, "sheets"), "sheet"); s; s = s.next_sibling()) {
    if (!is(s, "sheet")) continue;
    ++position;
    const std::string name = attribute(s, "name").value();
    if (const std::string problem = utf8_problem(name); !problem.empty()) {
      problems.add(path + ": sheet " + std::to_string(position),
                   "its name is not valid UTF-8 (" + problem +
                       "); rename the sheet in Excel or LibreOffice Calc and save the workbook "
                       "again");
    }
    const std::string id = attribute(s, "id").value();
    const auto found = relationships.find(id);
    if (found == relationships.end()) {
      throw InputError(zip.not_a_workbook("sheet '" + printable(name) +
                                          "' has no part (no relationship " + printable(id) + ")"));
    }
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (!type_is(found->second.type, "/worksheet")) continue;
    Sheet& sheet = workbook.sheets.emplace_back();
    sheet.name = name;
    const SheetContext context{path,           found->second.target, printable(name),
                               shared_strings, date_styles,          problems};
    read_sheet(zip, context, sheet);
  }
  for (const auto& [index, problem] : shared_strings.not_utf8) {
    if (shared_strings.reported.count(index) != 0) continue;
    problems.add(path + ": " + shared_strings.part,
                 "shared string " + std::to_string(index) +
                     ", which no cell shows, is not valid UTF-8 (" + problem + "); " + kSaveAgain);
  }
}

}  // namespace

std::string column_name(int col) {
  std::string name;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string cell_name(int row, int col) { return column_name(col) + std::to_string(row + 1); }

const Cell& Sheet::at(int row, int col) const {
  static const Cell kEmpty;
  const auto found = cells.find({row, col});
  return found == cells.end() ? kEmpty : found->second;
}

RowCells Sheet::row_cells(int row) const {
  return RowCells(cells.lower_bound({row, INT_MIN}), cells.upper_bound({row, INT_MAX}));
}

double Sheet::column_width(int col) const {
  for (auto range = column_widths.rbegin(); range != column_widths.rend(); ++range) {
    if (range->first <= col && col <= range->last) return range->width;
  }
  return default_column_width;
}

int Sheet::row_count() const { return cells.empty() ? 0 : cells.rbegin()->first.first + 1; }

int Sheet::column_count() const {
  int count = 0;
  for (const auto& [position, cell] : cells) count = std::max(count, position.second + 1);
  return count;
}

const Sheet* Workbook::find(const std::string& name) const {
  for (const auto& sheet : sheets) {
    if (sheet.name == name) return &sheet;
  }
  for (const auto& sheet : sheets) {
    if (equals_ignoring_case(sheet.name, name)) return &sheet;
  }
  return nullptr;
}

Workbook read_workbook(const std::string& path, const Limits& limits) {
  ZipArchive archive(path, limits, zip::expected_xlsx());
  refuse_opendocument(archive);
  return read_workbook(archive);
}

Workbook read_workbook(zip::Archive& zip) {
  const std::string& path = zip.path();
  Workbook workbook;
  workbook.path = path;
  ProblemList problems(kMaxProblems, path, "problems in this workbook");
  try {
    read_sheets(zip, workbook, problems);
  } catch (const InputError& error) {
    problems.throw_with(error);  // what made the rest unreadable, after the cell problems
  }
  problems.throw_if_any();
  return workbook;
}

std::string display_text(const Cell& cell) {
  switch (cell.type) {
    case CellType::kEmpty:
      return "";
    case CellType::kBoolean:
      return cell.boolean ? "TRUE" : "FALSE";
    case CellType::kNumber: {
      // Excel's General format shows at most 15 significant digits: 0.1+0.2 reads "0.3".
      if (cell.number == 0) return "0";
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.15g", cell.number);
      return buffer;
    }
    case CellType::kString:
    case CellType::kError:
    case CellType::kDate:
      break;
  }
  return cell.text;
}

}  // namespace s11::xlsx
