#include "base/xlsx_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <pugixml.hpp>
#include <string_view>
#include <unordered_map>

#include "base/errors.h"
#include "base/text.h"

namespace s11::xlsx {

namespace {

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;

std::string not_a_workbook(const std::string& path, const std::string& reason) {
  return path + ": not an .xlsx workbook (" + reason + "); save it as Excel Workbook (.xlsx)";
}

// Element and attribute names without their namespace prefix: "x:c" -> "c".
const char* local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

bool is(const pugi::xml_node& node, const char* name) {
  return std::strcmp(local_name(node.name()), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, name)) return c;
  }
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (std::strcmp(local_name(a.name()), name) == 0) return a;
  }
  return {};
}

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
// "_xHHHH_" in UTF-16 code units; "_x005F_" escapes a literal underscore.
std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto code = escape_at(text, i);
    if (!code) {
      out += text[i++];
      continue;
    }
    i += 7;
    if (*code >= 0xD800 && *code < 0xDC00) {
      auto low = escape_at(text, i);
      if (low && *low >= 0xDC00 && *low < 0xE000) {
        *code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
        i += 7;
      }
    }
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

// pugixml's default options drop whitespace-only text, which would turn " " into "".
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

class ZipArchive {
 public:
  explicit ZipArchive(const std::string& path) : path_(path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw IoError(path + ": cannot open (" + std::strerror(errno) + ")");
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
      const int error = S_ISDIR(info.st_mode) ? EISDIR : errno;
      ::close(fd);
      throw IoError(path + ": cannot open (" + std::strerror(error) + ")");
    }
    int error = 0;
    zip_ = zip_fdopen(fd, ZIP_RDONLY, &error);
    if (!zip_) {
      ::close(fd);
      if (error == ZIP_ER_NOZIP) throw InputError(not_a_workbook(path, "not a zip archive"));
      zip_error_t zip_error;
      zip_error_init_with_code(&zip_error, error);
      std::string reason = std::string("damaged zip archive: ") + zip_error_strerror(&zip_error);
      zip_error_fini(&zip_error);
      throw InputError(not_a_workbook(path, reason));
    }
  }
  ~ZipArchive() { zip_discard(zip_); }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The part's bytes, or nothing when the archive has no such part.
  std::optional<std::string> read(const std::string& part) const {
    zip_int64_t index = zip_name_locate(zip_, part.c_str(), 0);
    if (index < 0) index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    zip_file_t* file = nullptr;
    if (zip_stat_index(zip_, entry, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        !(file = zip_fopen_index(zip_, entry, 0))) {
      throw InputError(not_a_workbook(path_, "cannot read " + part + ": " + zip_strerror(zip_)));
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t got = zip_fread(file, bytes.data(), stat.size);
    const std::string reason = got < 0 ? zip_file_strerror(file) : "";
    zip_fclose(file);
    if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) {
      throw InputError(not_a_workbook(path_, "cannot read " + part + ": " + reason));
    }
    return bytes;
  }

  // The part parsed as XML; a null node when it is missing and not `required`. `buffer` holds
  // the text pugixml parses in place and must outlive the document.
  pugi::xml_node parse(const std::string& part, std::string& buffer, pugi::xml_document& doc,
                       bool required = true) const {
    auto bytes = read(part);
    if (!bytes) {
      if (!required) return {};
      throw InputError(not_a_workbook(path_, "no " + part));
    }
    buffer = std::move(*bytes);
    const pugi::xml_parse_result result =
        doc.load_buffer_inplace(buffer.data(), buffer.size(), kParseOptions);
    if (!result) {
      // The in-place parse has rewritten the buffer; count lines in a fresh copy.
      const std::string original = *read(part);
      const auto offset = std::clamp<std::ptrdiff_t>(result.offset, 0,
                                                     static_cast<std::ptrdiff_t>(original.size()));
      const auto line = 1 + std::count(original.begin(), original.begin() + offset, '\n');
      throw InputError(
          not_a_workbook(path_, part + ":" + std::to_string(line) + ": " + result.description()));
    }
    return doc.document_element();
  }

 private:
  std::string path_;
  zip_t* zip_ = nullptr;
};

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
std::unordered_map<std::string, Relationship> read_relationships(const ZipArchive& zip,
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

std::string find_workbook_part(const ZipArchive& zip) {
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
std::vector<bool> read_date_styles(const ZipArchive& zip, const std::string& part) {
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

std::vector<std::string> read_shared_strings(const ZipArchive& zip, const std::string& part) {
  std::vector<std::string> strings;
  if (part.empty()) return strings;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(part, buffer, doc, false);
  strings.reserve(attribute(root, "uniqueCount").as_uint(0));
  for (pugi::xml_node si = root.first_child(); si; si = si.next_sibling()) {
    if (is(si, "si")) strings.push_back(string_item_text(si));
  }
  return strings;
}

// Parses "B3" into zero-based (row, column); false when it is not a cell reference.
bool parse_reference(const char* text, int& row, int& col) {
  int column = 0;
  const char* p = text;
  for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); ++p) {
    column = column * 26 + ((*p | 0x20) - 'a' + 1);
    if (column > kMaxColumns) return false;
  }
  int number = 0;
  const char* digits = p;
  for (; *p >= '0' && *p <= '9'; ++p) {
    number = number * 10 + (*p - '0');
    if (number > kMaxRows) return false;
  }
  if (column == 0 || p == digits || *p != '\0' || number == 0) return false;
  row = number - 1;
  col = column - 1;
  return true;
}

struct SheetContext {
  const std::string& path;
  const std::string& part;
  const std::vector<std::string>& shared_strings;
  const std::vector<bool>& date_styles;
};

[[noreturn]] void cell_problem(const SheetContext& context, const Sheet& sheet, int row, int col,
                               const std::string& message) {
  throw InputError(context.path + ": " + sheet.name + "!" + cell_name(row, col) + ": " + message);
}

// Fills `cell` from a <c> element; false when it holds no value.
bool read_cell(const SheetContext& context, const Sheet& sheet, int row, int col,
               const pugi::xml_node& c, Cell& cell) {
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
      cell_problem(context, sheet, row, col, "'" + std::string(value) + "' is not a number");
    }
    cell.type = CellType::kNumber;
    cell.text = value;
    const auto style = attribute(c, "s").as_uint(0);
    cell.date_format = style < context.date_styles.size() && context.date_styles[style];
  } else if (std::strcmp(type, "s") == 0) {
    unsigned index = 0;
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, index);
    if (error != std::errc() || stop != end || index >= context.shared_strings.size()) {
      cell_problem(context, sheet, row, col,
                   "shared string " + std::string(value) + " does not exist (the workbook has " +
                       std::to_string(context.shared_strings.size()) + ")");
    }
    cell.text = context.shared_strings[index];
    cell.type = CellType::kString;
  } else if (std::strcmp(type, "b") == 0) {
    cell.boolean = std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0;
    cell.text = cell.boolean ? "TRUE" : "FALSE";
    cell.type = CellType::kBoolean;
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
  // A string of no characters looks blank, so it counts as no value.
  return cell.type != CellType::kString || !cell.text.empty();
}

void read_sheet(const ZipArchive& zip, const SheetContext& context, Sheet& sheet) {
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(context.part, buffer, doc);
  if (!is(root, "worksheet")) {
    throw InputError(not_a_workbook(context.path, context.part + " is not a worksheet"));
  }
  int row = -1;
  for (pugi::xml_node r = child(child(root, "sheetData"), "row"); r; r = r.next_sibling()) {
    if (!is(r, "row")) continue;
    // Some writers leave out the r attributes of rows and cells: count positions instead.
    const int numbered = attribute(r, "r").as_int(0);
    row = numbered > 0 ? numbered - 1 : row + 1;
    if (row >= kMaxRows) {
      throw InputError(not_a_workbook(
          context.path,
          context.part + ": row " + std::to_string(row + 1) + " is beyond the last row"));
    }
    int col = -1;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (!is(c, "c")) continue;
      const pugi::xml_attribute reference = attribute(c, "r");
      int cell_row = row;
      if (reference) {
        if (!parse_reference(reference.value(), cell_row, col)) {
          throw InputError(not_a_workbook(
              context.path, context.part + ": bad cell reference '" + reference.value() + "'"));
        }
      } else if (++col >= kMaxColumns) {
        throw InputError(not_a_workbook(
            context.path,
            context.part + ": row " + std::to_string(row + 1) + " has too many cells"));
      }
      Cell cell;
      if (read_cell(context, sheet, cell_row, col, c, cell)) {
        sheet.cells.insert_or_assign({cell_row, col}, std::move(cell));
      }
    }
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

Workbook read_workbook(const std::string& path) {
  const ZipArchive zip(path);
  Workbook workbook;
  workbook.path = path;

  const std::string workbook_part = find_workbook_part(zip);
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(workbook_part, buffer, doc);
  if (!is(root, "workbook")) {
    throw InputError(not_a_workbook(path, workbook_part + " is not a workbook"));
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
  const std::vector<std::string> shared_strings = read_shared_strings(zip, shared_strings_part);
  const std::vector<bool> date_styles = read_date_styles(zip, styles_part);

  for (pugi::xml_node s = child(child(root, "sheets"), "sheet"); s; s = s.next_sibling()) {
    if (!is(s, "sheet")) continue;
    const std::string id = attribute(s, "id").value();
    const auto found = relationships.find(id);
    if (found == relationships.end()) {
      throw InputError(not_a_workbook(path, "sheet '" + std::string(attribute(s, "name").value()) +
                                                "' has no part (no relationship " + id + ")"));
    }
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (!type_is(found->second.type, "/worksheet")) continue;
    Sheet& sheet = workbook.sheets.emplace_back();
    sheet.name = attribute(s, "name").value();
    const SheetContext context{path, found->second.target, shared_strings, date_styles};
    read_sheet(zip, context, sheet);
  }
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
