// A deterministic text dump of an .xlsx package: see xlsx_dump.h.
//
// Layout of the dump: the sorted zip entry names, the workbook (sheets, defined names, views,
// document properties, default font), then one section per sheet in workbook order. Inside a
// sheet every heading ("columns:", "cells:", "print:" ...) is followed by indented lines and
// is left out when it would be empty. Each cell is one line: reference, type, value and its
// resolved style, so a diff shows which cell changed and how.

#include "support/xlsx_dump.h"

#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace s11::test {
namespace {

using Lines = std::vector<std::string>;

// --- Text helpers ----------------------------------------------------------------------------

/// `text` in double quotes, with backslash, quote and control characters escaped.
std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02X", static_cast<unsigned char>(c));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

/// The name without its namespace prefix ("c:chart" -> "chart").
std::string_view local_name(const char* name) {
  std::string_view view(name);
  std::size_t colon = view.find(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

/// The first child of `node` whose local name is `name`.
pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == name) return c;
  }
  return {};
}

/// Every child of `node` whose local name is `name`, in document order.
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
  std::vector<pugi::xml_node> found;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == name) found.push_back(c);
  }
  return found;
}

/// The value of the attribute of `node` whose local name is `name` ("" when absent).
std::string attr(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (local_name(a.name()) == name) return a.value();
  }
  return "";
}

/// The value of a child element's `val` attribute (as in <c:barDir val="bar"/>).
std::string child_val(const pugi::xml_node& node, std::string_view name) {
  return attr(child(node, name), "val");
}

/// The attributes of `node` as "name=value" in document order, leaving out `skip` and any
/// namespace declarations. Values with spaces or quotes are quoted.
std::string attributes(const pugi::xml_node& node,
                       std::initializer_list<std::string_view> skip = {}) {
  std::string out;
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view name = a.name();
    if (name == "xmlns" || name.rfind("xmlns:", 0) == 0) continue;
    if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
    std::string_view value = a.value();
    bool plain = !value.empty() && value.find_first_of(" \"\\\t\r\n") == std::string_view::npos;
    if (!out.empty()) out += ' ';
    out += std::string(name) + "=" + (plain ? std::string(value) : quote(value));
  }
  return out;
}

/// A compact description of an element and everything in it: `name(attrs; child(...))`, with
/// text content quoted. Used for parts of the format the dump has no special view of.
std::string describe(const pugi::xml_node& node) {
  std::string out(local_name(node.name()));
  std::string inside = attributes(node);
  for (pugi::xml_node c : node.children()) {
    std::string part;
    if (c.type() == pugi::node_element) part = describe(c);
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) part = quote(c.value());
    if (part.empty()) continue;
    if (!inside.empty()) inside += "; ";
    inside += part;
  }
  return inside.empty() ? out : out + "(" + inside + ")";
}

/// The text of every <t> element below `node` joined: a shared string, rich text or comment
/// flattened to what a reader sees. Phonetic runs (<rPh>) are left out.
std::string flatten_text(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = local_name(c.name());
    if (name == "rPh") continue;
    text += name == "t" ? std::string(c.text().get()) : flatten_text(c);
  }
  return text;
}

/// Whether `node` has any element children.
bool has_element_children(const pugi::xml_node& node) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element) return true;
  }
  return false;
}

/// The text of every leaf element below `node`, joined by ", " (as in app.xml's
/// TitlesOfParts vector).
std::string flatten_leaves(const pugi::xml_node& node) {
  std::string text;
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string part = has_element_children(c) ? flatten_leaves(c) : std::string(c.text().get());
    text += (text.empty() ? "" : ", ") + part;
  }
  return text;
}

/// Column letters of a zero-based column index (0 -> "A", 26 -> "AA").
std::string column_letters(int col) {
  std::string letters;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

/// "A1"-style reference of zero-based `row` and `col`.
std::string cell_ref(int row, int col) { return column_letters(col) + std::to_string(row + 1); }

/// Zero-based column index of the letters at the start of `ref` ("C7" -> 2).
int column_of(std::string_view ref) {
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col - 1;
}

/// Appends `heading:` and the lines indented below it to `out`, unless there are none.
void emit(std::ostringstream& out, const std::string& heading, const Lines& lines,
          const std::string& indent = "  ") {
  if (lines.empty()) return;
  out << indent << heading << ":\n";
  for (const auto& line : lines) out << indent << "  " << line << "\n";
}

// --- Dates -----------------------------------------------------------------------------------

/// "YYYY-MM-DD" (and " HH:MM:SS" when not midnight) of a spreadsheet serial date.
std::string serial_date_text(double serial, bool date1904) {
  double whole = std::floor(serial);
  // Days since 1970-01-01. The 1900 system counts the fictitious 29 February 1900 (serial 60).
  long days = date1904 ? static_cast<long>(whole) - 24107
                       : static_cast<long>(whole) - (whole < 61 ? 25568 : 25569);
  // Civil date from days (H. Hinnant's algorithm).
  days += 719468;
  long era = (days >= 0 ? days : days - 146096) / 146097;
  long doe = days - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long day = doy - (153 * mp + 2) / 5 + 1;
  long month = mp < 10 ? mp + 3 : mp - 9;
  long year = yoe + era * 400 + (month <= 2);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04ld-%02ld-%02ld", year, month, day);
  std::string text = buffer;
  int seconds = static_cast<int>(std::lround((serial - whole) * 86400.0));
  if (seconds > 0) {
    std::snprintf(buffer, sizeof buffer, " %02d:%02d:%02d", seconds / 3600, seconds / 60 % 60,
                  seconds % 60);
    text += buffer;
  }
  return text;
}

/// Whether a number format code shows a date or time.
bool is_date_format(const std::string& code) {
  bool in_quotes = false, in_brackets = false, escaped = false;
  for (char c : code) {
    if (escaped) {
      escaped = false;
    } else if (in_quotes) {
      in_quotes = c != '"';
    } else if (in_brackets) {
      in_brackets = c != ']';
    } else if (c == '"') {
      in_quotes = true;
    } else if (c == '[') {
      in_brackets = true;
    } else if (c == '\\' || c == '_' || c == '*') {
      escaped = true;
    } else if (std::string_view("dDmMyYhHsS").find(c) != std::string_view::npos) {
      return code != "General";
    }
  }
  return false;
}

// --- The zip package -------------------------------------------------------------------------

/// The zip archive of an .xlsx, read-only.
class Package {
 public:
  explicit Package(const std::string& path) {
    int error = 0;
    zip_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!zip_) throw std::runtime_error(path + ": not a readable zip archive");
  }
  ~Package() { zip_discard(zip_); }
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  /// Every entry name, sorted.
  Lines entry_names() const {
    Lines names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip_, 0); ++i) {
      names.emplace_back(zip_get_name(zip_, static_cast<zip_uint64_t>(i), 0));
    }
    std::sort(names.begin(), names.end());
    return names;
  }

  /// The bytes of entry `name`, or nothing when there is no such entry.
  std::optional<std::string> read(const std::string& name) const {
    zip_file_t* file = zip_fopen(zip_, name.c_str(), 0);
    if (!file) return std::nullopt;
    std::string bytes;
    char buffer[65536];
    for (zip_int64_t n; (n = zip_fread(file, buffer, sizeof buffer)) > 0;) {
      bytes.append(buffer, static_cast<std::size_t>(n));
    }
    zip_fclose(file);
    return bytes;
  }

 private:
  zip_t* zip_ = nullptr;
};

/// A parsed XML part; `problem` says why `doc` is empty when the part is missing or invalid.
struct Part {
  pugi::xml_document doc;
  std::string problem;
  /// The root element (null when the part could not be read).
  pugi::xml_node root() const { return doc.document_element(); }
};

/// Parses the part `name` of `package`.
std::unique_ptr<Part> load_part(const Package& package, const std::string& name) {
  auto part = std::make_unique<Part>();
  std::optional<std::string> bytes = package.read(name);
  if (!bytes) {
    part->problem = name + ": missing";
    return part;
  }
  pugi::xml_parse_result result = part->doc.load_buffer(bytes->data(), bytes->size());
  if (!result) {
    part->doc.reset();  // pugixml keeps what it read before the error
    part->problem = name + ": cannot parse: " + result.description();
  }
  return part;
}

// --- Relationships ---------------------------------------------------------------------------

/// One relationship of a part: its type (last path segment) and target.
struct Relationship {
  std::string type;    // "worksheet", "chart", "hyperlink", ...
  std::string target;  // a part name inside the package, or the URL when external
  bool external = false;
};

/// The directory of part `name` ("xl/worksheets/sheet1.xml" -> "xl/worksheets").
std::string directory_of(const std::string& name) {
  std::size_t slash = name.rfind('/');
  return slash == std::string::npos ? "" : name.substr(0, slash);
}

/// The part name `target` refers to, relative to the directory `base` (".." resolved).
std::string resolve_target(const std::string& base, const std::string& target) {
  std::string joined = !target.empty() && target[0] == '/' ? target.substr(1)
                       : base.empty()                      ? target
                                                           : base + "/" + target;
  Lines segments;
  std::stringstream stream(joined);
  for (std::string segment; std::getline(stream, segment, '/');) {
    if (segment.empty() || segment == ".") continue;
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else {
      segments.push_back(segment);
    }
  }
  std::string name;
  for (const auto& segment : segments) name += (name.empty() ? "" : "/") + segment;
  return name;
}

/// The relationships of part `name` ("" for the package's own), by id.
std::map<std::string, Relationship> read_relationships(const Package& package,
                                                       const std::string& name) {
  const std::string dir = directory_of(name);
  const std::string file = name.substr(name.rfind('/') + 1);
  const std::string rels = (dir.empty() ? "" : dir + "/") + "_rels/" + file + ".rels";
  std::map<std::string, Relationship> found;
  std::unique_ptr<Part> part = load_part(package, rels);
  for (pugi::xml_node r : children(part->root(), "Relationship")) {
    Relationship relationship;
    std::string type = attr(r, "Type");
    relationship.type = type.substr(type.rfind('/') + 1);
    relationship.external = attr(r, "TargetMode") == "External";
    relationship.target =
        relationship.external ? attr(r, "Target") : resolve_target(dir, attr(r, "Target"));
    found[attr(r, "Id")] = relationship;
  }
  return found;
}

/// The relationship id of `node` (its r:id, r:embed ... attribute named `name`).
std::string relationship_id(const pugi::xml_node& node, std::string_view name = "id") {
  for (pugi::xml_attribute a : node.attributes()) {
    std::string_view full = a.name();
    if (full.find(':') != std::string_view::npos && local_name(a.name()) == name) {
      return a.value();
    }
  }
  return "";
}

// --- Styles ----------------------------------------------------------------------------------

/// The built-in number format codes (ECMA-376 18.8.30) that a style may use by id alone.
std::string builtin_number_format(int id) {
  // clang-format off
  static const std::map<int, std::string> kCodes = {
      {0, "General"}, {1, "0"}, {2, "0.00"}, {3, "#,##0"}, {4, "#,##0.00"}, {9, "0%"},
      {10, "0.00%"}, {11, "0.00E+00"}, {12, "# ?/?"}, {13, "# ?\?/?\?"}, {14, "mm-dd-yy"},
      {15, "d-mmm-yy"}, {16, "d-mmm"}, {17, "mmm-yy"}, {18, "h:mm AM/PM"},
      {19, "h:mm:ss AM/PM"}, {20, "h:mm"}, {21, "h:mm:ss"}, {22, "m/d/yy h:mm"},
      {37, "#,##0 ;(#,##0)"}, {38, "#,##0 ;[Red](#,##0)"}, {39, "#,##0.00;(#,##0.00)"},
      {40, "#,##0.00;[Red](#,##0.00)"}, {45, "mm:ss"}, {46, "[h]:mm:ss"}, {47, "mmss.0"},
      {48, "##0.0E+0"}, {49, "@"}};
  // clang-format on
  auto it = kCodes.find(id);
  return it == kCodes.end() ? "builtin #" + std::to_string(id) : it->second;
}

/// A colour element (<color>, <fgColor>, <tabColor> ...) as "FF00B050", "theme4~tint0.4",
/// "indexed64" or "auto"; "" when `node` is absent.
std::string colour(const pugi::xml_node& node) {
  if (!node) return "";
  std::string text;
  if (!attr(node, "rgb").empty()) text = attr(node, "rgb");
  if (!attr(node, "theme").empty()) text = "theme" + attr(node, "theme");
  if (!attr(node, "indexed").empty()) text = "indexed" + attr(node, "indexed");
  if (attr(node, "auto") == "1" || attr(node, "auto") == "true") text = "auto";
  if (!attr(node, "tint").empty()) text += "~tint" + attr(node, "tint");
  return text.empty() ? describe(node) : text;
}

/// Whether a flag element such as <b/> or <b val="0"/> is set.
bool flag_set(const pugi::xml_node& node) {
  if (!node) return false;
  std::string val = attr(node, "val");
  return val.empty() || val == "1" || val == "true";
}

/// The resolved styles of styles.xml: cell formats and differential (conditional) formats.
class Styles {
 public:
  explicit Styles(std::unique_ptr<Part> part) : part_(std::move(part)) {
    pugi::xml_node sheet = part_->root();
    for (pugi::xml_node f : children(child(sheet, "numFmts"), "numFmt")) {
      custom_formats_[std::atoi(attr(f, "numFmtId").c_str())] = attr(f, "formatCode");
    }
    fonts_ = children(child(sheet, "fonts"), "font");
    fills_ = children(child(sheet, "fills"), "fill");
    borders_ = children(child(sheet, "borders"), "border");
    xfs_ = children(child(sheet, "cellXfs"), "xf");
    dxfs_ = children(child(sheet, "dxfs"), "dxf");
  }

  /// Why styles.xml could not be read ("" when it could).
  const std::string& problem() const { return part_->problem; }

  /// The workbook's default font (font 0): the one cell styles are described against.
  std::string default_font() const {
    return fonts_.empty() ? "(none)" : font_summary(fonts_[0], pugi::xml_node());
  }

  /// The number format code of cell format `xf` ("General" when it has none).
  std::string number_format(int xf) const {
    if (xf < 0 || xf >= static_cast<int>(xfs_.size())) return "General";
    return format_code(std::atoi(attr(xfs_[static_cast<std::size_t>(xf)], "numFmtId").c_str()));
  }

  /// Cell format `xf` in words: "{fmt="0%"; font: b; fill: solid fg=FFC6EFCE; ...}", leaving
  /// out everything that is as in the default format; "" for the default format.
  std::string cell_style(int xf) const {
    if (xf < 0 || xf >= static_cast<int>(xfs_.size())) {
      return xf == 0 ? "" : "{missing style " + std::to_string(xf) + "}";
    }
    const pugi::xml_node& node = xfs_[static_cast<std::size_t>(xf)];
    Lines parts;
    int format_id = std::atoi(attr(node, "numFmtId").c_str());
    if (format_id != 0) parts.push_back("fmt=" + quote(format_code(format_id)));
    pugi::xml_node default_font = fonts_.empty() ? pugi::xml_node() : fonts_[0];
    add(parts, "font", font_summary(item(fonts_, attr(node, "fontId")), default_font));
    add(parts, "fill", fill_summary(item(fills_, attr(node, "fillId"))));
    add(parts, "border", border_summary(item(borders_, attr(node, "borderId"))));
    add(parts, "align", alignment_summary(child(node, "alignment")));
    add(parts, "protection", protection_summary(child(node, "protection")));
    if (attr(node, "quotePrefix") == "1" || attr(node, "quotePrefix") == "true") {
      parts.push_back("quotePrefix");
    }
    return braces(parts);
  }

  /// Differential format `dxf` (as used by conditional formatting) in words.
  std::string dxf_style(int dxf) const {
    if (dxf < 0 || dxf >= static_cast<int>(dxfs_.size())) {
      return "{missing dxf " + std::to_string(dxf) + "}";
    }
    const pugi::xml_node& node = dxfs_[static_cast<std::size_t>(dxf)];
    Lines parts;
    if (pugi::xml_node f = child(node, "numFmt")) {
      parts.push_back("fmt=" + quote(attr(f, "formatCode")));
    }
    add(parts, "font", font_summary(child(node, "font"), pugi::xml_node()));
    add(parts, "fill", fill_summary(child(node, "fill")));
    add(parts, "border", border_summary(child(node, "border")));
    add(parts, "align", alignment_summary(child(node, "alignment")));
    return braces(parts);
  }

 private:
  static void add(Lines& parts, const std::string& name, const std::string& summary) {
    if (!summary.empty()) parts.push_back(name + ": " + summary);
  }

  static std::string braces(const Lines& parts) {
    if (parts.empty()) return "";
    std::string text = "{";
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? "; " : "") + parts[i];
    return text + "}";
  }

  static pugi::xml_node item(const std::vector<pugi::xml_node>& list, const std::string& id) {
    std::size_t index = static_cast<std::size_t>(std::atoi(id.c_str()));
    return index < list.size() ? list[index] : pugi::xml_node();
  }

  std::string format_code(int id) const {
    auto it = custom_formats_.find(id);
    return it != custom_formats_.end() ? it->second : builtin_number_format(id);
  }

  /// A font as "b i u=double sz=14 color=FFFFFFFF name=Arial", leaving out what is as in
  /// `base` (no base: everything).
  static std::string font_summary(const pugi::xml_node& font, const pugi::xml_node& base) {
    if (!font) return "";
    Lines parts;
    for (const char* flag : {"b", "i", "strike", "outline", "shadow"}) {
      if (flag_set(child(font, flag)) != flag_set(child(base, flag))) {
        parts.push_back(flag_set(child(font, flag)) ? flag : std::string("no-") + flag);
      }
    }
    const std::string underline = underline_kind(child(font, "u"));
    if (underline != underline_kind(child(base, "u"))) {
      parts.push_back(underline.empty() ? "no-u" : underline == "single" ? "u" : "u=" + underline);
    }
    for (const char* name : {"vertAlign", "sz", "name"}) {
      std::string value = child_val(font, name);
      if (value != child_val(base, name) && !value.empty()) {
        parts.push_back(std::string(name) + "=" + value);
      }
    }
    std::string font_colour = colour(child(font, "color"));
    if (font_colour != colour(child(base, "color")) && !font_colour.empty()) {
      parts.push_back("color=" + font_colour);
    }
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) text += (i ? " " : "") + parts[i];
    return text;
  }

  static std::string underline_kind(const pugi::xml_node& u) {
    if (!u) return "";
    std::string val = attr(u, "val");
    return val.empty() ? "single" : val == "none" ? "" : val;
  }

  /// A fill as "solid fg=FFC6EFCE bg=indexed64"; "" for no fill.
  static std::string fill_summary(const pugi::xml_node& fill) {
    if (!fill) return "";
    if (pugi::xml_node gradient = child(fill, "gradientFill")) return describe(gradient);
    pugi::xml_node pattern = child(fill, "patternFill");
    std::string type = attr(pattern, "patternType");
    std::string fg = colour(child(pattern, "fgColor"));
    std::string bg = colour(child(pattern, "bgColor"));
    if ((type.empty() || type == "none") && fg.empty() && bg.empty()) return "";
    // A differential fill may leave out the pattern type and give only a colour.
    std::string text = type;
    if (!fg.empty()) text += (text.empty() ? "" : " ") + ("fg=" + fg);
    if (!bg.empty()) text += (text.empty() ? "" : " ") + ("bg=" + bg);
    return text;
  }

  /// One border edge as "thin" or "thin FF000000"; "" when it has no line.
  static std::string edge_summary(const pugi::xml_node& edge) {
    std::string style = attr(edge, "style");
    if (style.empty() || style == "none") return "";
    std::string edge_colour = colour(child(edge, "color"));
    return edge_colour.empty() ? style : style + " " + edge_colour;
  }

  /// A border as "thin" when all four edges are alike, else edge by edge.
  static std::string border_summary(const pugi::xml_node& border) {
    if (!border) return "";
    std::string left = edge_summary(child(border, "left"));
    std::string right = edge_summary(child(border, "right"));
    std::string top = edge_summary(child(border, "top"));
    std::string bottom = edge_summary(child(border, "bottom"));
    std::string diagonal = edge_summary(child(border, "diagonal"));
    std::string text;
    if (left == right && left == top && left == bottom) {
      text = left;
    } else {
      for (const auto& [name, edge] : {std::pair{"left", left}, std::pair{"right", right},
                                       std::pair{"top", top}, std::pair{"bottom", bottom}}) {
        if (!edge.empty()) text += (text.empty() ? "" : " ") + std::string(name) + "=" + edge;
      }
    }
    if (!diagonal.empty()) text += (text.empty() ? "" : " ") + ("diagonal=" + diagonal);
    return text;
  }

  /// Alignment as "h=center v=top wrap indent=1"; "" when default.
  static std::string alignment_summary(const pugi::xml_node& alignment) {
    if (!alignment) return "";
    static const std::map<std::string, std::string> kShort = {
        {"horizontal", "h"}, {"vertical", "v"}, {"textRotation", "rotate"}};
    std::string text;
    for (pugi::xml_attribute a : alignment.attributes()) {
      std::string name = a.name();
      std::string value = a.value();
      std::string part;
      if (name == "wrapText" || name == "shrinkToFit" || name == "justifyLastLine") {
        if (value == "1" || value == "true") part = name == "wrapText" ? "wrap" : name;
      } else {
        auto it = kShort.find(name);
        part = (it == kShort.end() ? name : it->second) + "=" + value;
      }
      if (!part.empty()) text += (text.empty() ? "" : " ") + part;
    }
    return text;
  }

  /// Cell protection as "unlocked" and/or "hidden"; "" when locked and not hidden (the
  /// default).
  static std::string protection_summary(const pugi::xml_node& protection) {
    if (!protection) return "";
    std::string text;
    std::string locked = attr(protection, "locked");
    if (locked == "0" || locked == "false") text = "unlocked";
    std::string hidden = attr(protection, "hidden");
    if (hidden == "1" || hidden == "true") {
      text += (text.empty() ? "" : " ") + std::string("hidden");
    }
    return text;
  }

  std::unique_ptr<Part> part_;
  std::map<int, std::string> custom_formats_;
  std::vector<pugi::xml_node> fonts_, fills_, borders_, xfs_, dxfs_;
};

// --- Shared strings --------------------------------------------------------------------------

/// One shared string, flattened, and whether it was rich text (several runs).
struct SharedString {
  std::string text;
  bool rich = false;
};

/// The shared string table (empty when the workbook has none).
std::vector<SharedString> read_shared_strings(const Package& package, const std::string& name) {
  std::vector<SharedString> strings;
  if (name.empty()) return strings;
  std::unique_ptr<Part> part = load_part(package, name);
  for (pugi::xml_node si : children(part->root(), "si")) {
    strings.push_back({flatten_text(si), static_cast<bool>(child(si, "r"))});
  }
  return strings;
}

// --- Workbook --------------------------------------------------------------------------------

/// A sheet as the workbook lists it.
struct SheetEntry {
  std::string name;
  std::string state;  // "visible", "hidden" or "veryHidden"
  std::string part;   // its part name, "" when its relationship is missing
  std::string type;   // relationship type: "worksheet", "chartsheet", ...
};

/// What the workbook part says, and what the sheets need from it.
struct WorkbookInfo {
  std::vector<SheetEntry> sheets;
  std::string styles_part;
  std::string shared_strings_part;
  bool date1904 = false;
};

/// The workbook part's name (the package's officeDocument relationship).
std::string workbook_part_name(const Package& package) {
  for (const auto& [id, r] : read_relationships(package, "")) {
    if (r.type == "officeDocument") return r.target;
  }
  return "xl/workbook.xml";
}

/// Reads the sheet list and the parts every sheet needs from workbook part `name`.
WorkbookInfo read_workbook_info(const Package& package, const pugi::xml_node& workbook,
                                const std::string& name) {
  WorkbookInfo info;
  std::map<std::string, Relationship> rels = read_relationships(package, name);
  for (pugi::xml_node sheet : children(child(workbook, "sheets"), "sheet")) {
    SheetEntry entry;
    entry.name = attr(sheet, "name");
    entry.state = attr(sheet, "state").empty() ? "visible" : attr(sheet, "state");
    auto it = rels.find(relationship_id(sheet));
    if (it != rels.end()) {
      entry.part = it->second.target;
      entry.type = it->second.type;
    }
    info.sheets.push_back(entry);
  }
  for (const auto& [id, r] : rels) {
    if (r.type == "styles") info.styles_part = r.target;
    if (r.type == "sharedStrings") info.shared_strings_part = r.target;
  }
  std::string date1904 = attr(child(workbook, "workbookPr"), "date1904");
  info.date1904 = date1904 == "1" || date1904 == "true";
  return info;
}

/// The workbook's sheets, names, views and protection, as lines.
Lines workbook_lines(const pugi::xml_node& workbook, const WorkbookInfo& info) {
  Lines lines;
  for (std::size_t i = 0; i < info.sheets.size(); ++i) {
    const SheetEntry& sheet = info.sheets[i];
    const bool other_type = !sheet.type.empty() && sheet.type != "worksheet";
    lines.push_back("sheet " + std::to_string(i + 1) + " " + quote(sheet.name) + " " + sheet.state +
                    (other_type ? " (" + sheet.type + ")" : ""));
  }
  for (pugi::xml_node dn : children(child(workbook, "definedNames"), "definedName")) {
    std::string scope;
    std::string local = attr(dn, "localSheetId");
    if (!local.empty()) {
      std::size_t index = static_cast<std::size_t>(std::atoi(local.c_str()));
      scope = index < info.sheets.size() ? " (sheet " + quote(info.sheets[index].name) + ")"
                                         : " (sheet #" + local + ")";
    }
    std::string extra = attributes(dn, {"name", "localSheetId"});
    lines.push_back("defined name " + attr(dn, "name") + scope + " = " + dn.text().get() +
                    (extra.empty() ? "" : " [" + extra + "]"));
  }
  if (pugi::xml_node pr = child(workbook, "workbookPr")) {
    lines.push_back("workbookPr: " + attributes(pr));
  }
  for (pugi::xml_node view : children(child(workbook, "bookViews"), "workbookView")) {
    lines.push_back("view: " + attributes(view));
  }
  if (pugi::xml_node protection = child(workbook, "workbookProtection")) {
    lines.push_back("protection: " + attributes(protection));
  }
  if (pugi::xml_node calc = child(workbook, "calcPr")) {
    lines.push_back("calcPr: " + attributes(calc));
  }
  return lines;
}

/// A document properties part (core, app or custom), one line per property.
Lines property_lines(const Package& package, const std::string& name) {
  Lines lines;
  std::unique_ptr<Part> part = load_part(package, name);
  if (!part->root()) return lines;
  for (pugi::xml_node p : part->root().children()) {
    if (p.type() != pugi::node_element) continue;
    std::string key(local_name(p.name()));
    if (key == "property") key = attr(p, "name");
    lines.push_back(key + ": " +
                    quote(has_element_children(p) ? flatten_leaves(p) : p.text().get()));
  }
  return lines;
}

// --- Sheets ----------------------------------------------------------------------------------

/// What dumping one sheet needs from the rest of the package.
struct Context {
  const Package& package;
  const Styles& styles;
  const std::vector<SharedString>& strings;
  bool date1904 = false;
};

/// The worksheet's own properties: tab colour, fit-to-page flag, dimension, row defaults.
Lines sheet_property_lines(const pugi::xml_node& ws) {
  Lines lines;
  if (pugi::xml_node pr = child(ws, "sheetPr")) {
    if (std::string a = attributes(pr); !a.empty()) lines.push_back("sheetPr: " + a);
    if (pugi::xml_node tab = child(pr, "tabColor")) lines.push_back("tab colour: " + colour(tab));
    if (pugi::xml_node page = child(pr, "pageSetUpPr")) {
      lines.push_back("pageSetUpPr: " + attributes(page));
    }
    if (pugi::xml_node outline = child(pr, "outlinePr")) {
      lines.push_back("outlinePr: " + attributes(outline));
    }
  }
  if (pugi::xml_node dimension = child(ws, "dimension")) {
    lines.push_back("dimension: " + attr(dimension, "ref"));
  }
  if (pugi::xml_node format = child(ws, "sheetFormatPr")) {
    lines.push_back("sheetFormatPr: " + attributes(format));
  }
  return lines;
}

/// The sheet views: selected tab, gridlines, zoom, freeze or split pane, selection.
Lines view_lines(const pugi::xml_node& ws) {
  Lines lines;
  for (pugi::xml_node view : children(child(ws, "sheetViews"), "sheetView")) {
    lines.push_back("sheetView: " + attributes(view));
    if (pugi::xml_node pane = child(view, "pane")) lines.push_back("pane: " + attributes(pane));
    for (pugi::xml_node selection : children(view, "selection")) {
      lines.push_back("selection: " + attributes(selection));
    }
  }
  return lines;
}

/// Columns with their widths, hidden flags and styles: "B:D width=12.7109375 customWidth=1".
Lines column_lines(const pugi::xml_node& ws, const Styles& styles) {
  Lines lines;
  for (pugi::xml_node col : children(child(ws, "cols"), "col")) {
    int first = std::atoi(attr(col, "min").c_str()) - 1;
    int last = std::atoi(attr(col, "max").c_str()) - 1;
    std::string range = column_letters(first);
    if (last != first) range += ":" + column_letters(last);
    std::string line = range + " " + attributes(col, {"min", "max", "style"});
    if (!attr(col, "style").empty()) {
      line += " style=" + styles.cell_style(std::atoi(attr(col, "style").c_str()));
    }
    lines.push_back(line);
  }
  return lines;
}

/// Rows with anything set on them (height, hidden, style): "3 ht=30 customHeight=1".
/// Spans are left out: they only repeat where the row's cells are.
Lines row_lines(const pugi::xml_node& ws, const Styles& styles) {
  Lines lines;
  int row_number = 0;
  for (pugi::xml_node row : children(child(ws, "sheetData"), "row")) {
    row_number = attr(row, "r").empty() ? row_number + 1 : std::atoi(attr(row, "r").c_str());
    std::string line = attributes(row, {"r", "spans", "s"});
    if (!attr(row, "s").empty()) {
      line += (line.empty() ? "" : " ") +
              ("style=" + styles.cell_style(std::atoi(attr(row, "s").c_str())));
    }
    if (!line.empty()) lines.push_back(std::to_string(row_number) + " " + line);
  }
  return lines;
}

/// The formula of cell `c` as "=SUM(A1:A3)" with any shared or array attributes.
std::string formula_text(const pugi::xml_node& f) {
  std::string text = "=" + std::string(f.text().get());
  if (std::string a = attributes(f); !a.empty()) text += " (" + a + ")";
  return text;
}

/// The type label and value of cell `c`: {"s", "\"text\""}, {"n", "42338 (2015-11-30)"}.
std::pair<std::string, std::string> cell_value(const pugi::xml_node& c, const Context& ctx) {
  std::string type = attr(c, "t").empty() ? "n" : attr(c, "t");
  pugi::xml_node v = child(c, "v");
  std::string raw = v.text().get();
  if (type == "inlineStr") return {type, quote(flatten_text(child(c, "is")))};
  if (!v) return {child(c, "f") ? type : "blank", child(c, "f") ? "(no cached value)" : ""};
  if (type == "s") {
    std::size_t index = static_cast<std::size_t>(std::atoi(raw.c_str()));
    if (index >= ctx.strings.size()) return {type, "(missing shared string " + raw + ")"};
    return {ctx.strings[index].rich ? "s rich" : "s", quote(ctx.strings[index].text)};
  }
  if (type == "str") return {type, quote(raw)};
  if (type == "b") return {type, raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw};
  if (type == "n") {
    int style = std::atoi(attr(c, "s").c_str());
    char* end = nullptr;
    double number = std::strtod(raw.c_str(), &end);
    if (end && *end == '\0' && !raw.empty() && is_date_format(ctx.styles.number_format(style))) {
      return {type, raw + " (" + serial_date_text(number, ctx.date1904) + ")"};
    }
  }
  return {type, raw};
}

/// One cell of a row as the dump shows it, before runs of alike blank cells are joined.
struct CellText {
  int col = 0;
  std::string ref;
  std::string body;    // everything after the reference: " [s] \"Met\"  {...}"
  bool blank = false;  // a blank cell with nothing but a style
};

/// The cell `c` (at `ref`, column `col`) as the dump shows it.
CellText cell_text(const pugi::xml_node& c, const std::string& ref, int col, const Context& ctx) {
  auto [type, value] = cell_value(c, ctx);
  CellText cell{col, ref, " [" + type + "]", type == "blank"};
  if (pugi::xml_node f = child(c, "f")) cell.body += " " + formula_text(f) + " ->";
  if (!value.empty()) cell.body += " " + value;
  std::string style = ctx.styles.cell_style(std::atoi(attr(c, "s").c_str()));
  if (!style.empty()) cell.body += "  " + style;
  if (std::string extra = attributes(c, {"r", "s", "t"}); !extra.empty()) {
    cell.body += "  [" + extra + "]";
    cell.blank = false;
  }
  return cell;
}

/// The lines of one row's cells: one per cell, except that adjacent blank cells with the same
/// style (rows made ready for input, the rest of a merged range) share one line "B5:H5 [blank]".
Lines row_cell_lines(const std::vector<CellText>& cells, int row_index) {
  Lines lines;
  for (std::size_t i = 0; i < cells.size();) {
    std::size_t j = i + 1;
    while (cells[i].blank && j < cells.size() && cells[j].blank && cells[j].body == cells[i].body &&
           cells[j].col == cells[j - 1].col + 1) {
      ++j;
    }
    std::string ref = cells[i].ref;
    if (j - i > 1) ref += ":" + cell_ref(row_index, cells[j - 1].col);
    lines.push_back(ref + cells[i].body);
    i = j;
  }
  return lines;
}

/// Every cell, one line each: "B4 [s] \"Met\"  {fill: solid fg=FF00B050; align: v=top}".
/// Numbers are as stored; dates also as YYYY-MM-DD; formulas with their cached value.
Lines cell_lines(const pugi::xml_node& ws, const Context& ctx) {
  Lines lines;
  int row_index = -1;
  for (pugi::xml_node row : children(child(ws, "sheetData"), "row")) {
    row_index = attr(row, "r").empty() ? row_index + 1 : std::atoi(attr(row, "r").c_str()) - 1;
    std::vector<CellText> cells;
    int col_index = -1;
    for (pugi::xml_node c : children(row, "c")) {
      std::string ref = attr(c, "r");
      col_index = ref.empty() ? col_index + 1 : column_of(ref);
      if (ref.empty()) ref = cell_ref(row_index, col_index);
      cells.push_back(cell_text(c, ref, col_index, ctx));
    }
    Lines row_lines = row_cell_lines(cells, row_index);
    lines.insert(lines.end(), row_lines.begin(), row_lines.end());
  }
  return lines;
}

/// Merged ranges, in document order.
Lines merge_lines(const pugi::xml_node& ws) {
  Lines lines;
  for (pugi::xml_node merge : children(child(ws, "mergeCells"), "mergeCell")) {
    lines.push_back(attr(merge, "ref"));
  }
  return lines;
}

/// Data validations: "sqref: type=list ... formula1=\"...\"", prompts and error texts.
Lines validation_lines(const pugi::xml_node& ws) {
  Lines lines;
  for (pugi::xml_node dv : children(child(ws, "dataValidations"), "dataValidation")) {
    std::string line = attr(dv, "sqref") + ": " + attributes(dv, {"sqref"});
    for (const char* name : {"formula1", "formula2"}) {
      if (pugi::xml_node f = child(dv, name)) {
        line += " " + std::string(name) + "=" + quote(f.text().get());
      }
    }
    lines.push_back(line);
  }
  return lines;
}

/// Conditional formats: each rule with its formulas and its resolved differential style.
Lines conditional_format_lines(const pugi::xml_node& ws, const Styles& styles) {
  Lines lines;
  for (pugi::xml_node cf : children(ws, "conditionalFormatting")) {
    for (pugi::xml_node rule : children(cf, "cfRule")) {
      std::string line = attr(cf, "sqref") + ": " + attributes(rule, {"dxfId"});
      for (pugi::xml_node part : rule.children()) {
        if (part.type() != pugi::node_element) continue;
        line += local_name(part.name()) == "formula" ? " formula=" + quote(part.text().get())
                                                     : " " + describe(part);
      }
      if (!attr(rule, "dxfId").empty()) {
        line += " style=" + styles.dxf_style(std::atoi(attr(rule, "dxfId").c_str()));
      }
      lines.push_back(line);
    }
  }
  return lines;
}

/// Hyperlinks with their targets resolved: "A5 -> \"https://...\" (external)".
Lines hyperlink_lines(const pugi::xml_node& ws, const std::map<std::string, Relationship>& rels) {
  Lines lines;
  for (pugi::xml_node link : children(child(ws, "hyperlinks"), "hyperlink")) {
    std::string line = attr(link, "ref") + " ->";
    std::string id = relationship_id(link);
    if (!id.empty()) {
      auto it = rels.find(id);
      line += it == rels.end() ? " (missing relationship " + id + ")"
                               : " " + quote(it->second.target) +
                                     (it->second.external ? " (external)" : " (part)");
    }
    std::string rest = attributes(link, {"ref", "r:id"});
    if (!rest.empty()) line += " " + rest;
    lines.push_back(line);
  }
  return lines;
}

/// The autofilter range and any filter or sort state.
Lines filter_lines(const pugi::xml_node& ws) {
  Lines lines;
  if (pugi::xml_node filter = child(ws, "autoFilter")) {
    lines.push_back("autofilter: " + attributes(filter));
    for (pugi::xml_node c : filter.children()) {
      if (c.type() == pugi::node_element) lines.push_back("  " + describe(c));
    }
  }
  if (pugi::xml_node sort = child(ws, "sortState")) lines.push_back(describe(sort));
  return lines;
}

/// Sheet protection flags and protected ranges.
Lines protection_lines(const pugi::xml_node& ws) {
  Lines lines;
  if (pugi::xml_node protection = child(ws, "sheetProtection")) {
    lines.push_back("sheetProtection: " + attributes(protection));
  }
  for (pugi::xml_node range : children(child(ws, "protectedRanges"), "protectedRange")) {
    lines.push_back("protectedRange: " + attributes(range));
  }
  return lines;
}

/// Print set-up: options, margins, page set-up, header and footer, page breaks.
Lines print_lines(const pugi::xml_node& ws) {
  Lines lines;
  if (pugi::xml_node options = child(ws, "printOptions")) {
    lines.push_back("printOptions: " + attributes(options));
  }
  if (pugi::xml_node margins = child(ws, "pageMargins")) {
    lines.push_back("pageMargins: " + attributes(margins));
  }
  if (pugi::xml_node setup = child(ws, "pageSetup")) {
    lines.push_back("pageSetup: " + attributes(setup, {"r:id"}));
  }
  if (pugi::xml_node hf = child(ws, "headerFooter")) {
    if (std::string a = attributes(hf); !a.empty()) lines.push_back("headerFooter: " + a);
    for (pugi::xml_node part : hf.children()) {
      if (part.type() != pugi::node_element) continue;
      lines.push_back(std::string(local_name(part.name())) + ": " + quote(part.text().get()));
    }
  }
  for (const char* name : {"rowBreaks", "colBreaks"}) {
    pugi::xml_node breaks = child(ws, name);
    if (!breaks) continue;
    lines.push_back(std::string(name) + ": " + attributes(breaks));
    for (pugi::xml_node brk : children(breaks, "brk")) lines.push_back("  brk " + attributes(brk));
  }
  return lines;
}

// --- Drawings and charts ---------------------------------------------------------------------

/// A DrawingML colour choice (<a:srgbClr val="4472C4"><a:alpha val="60000"/></a:srgbClr>) as
/// "4472C4~alpha=60000".
std::string drawing_colour(const pugi::xml_node& fill) {
  for (pugi::xml_node c : fill.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string text(local_name(c.name()));
    text = (text == "srgbClr" ? "" : text + ":") + attr(c, "val");
    for (pugi::xml_node modifier : c.children()) {
      if (modifier.type() != pugi::node_element) continue;
      text += "~" + std::string(local_name(modifier.name())) + "=" + attr(modifier, "val");
    }
    return text;
  }
  return "";
}

/// Shape properties (<c:spPr>) as "fill=4472C4 line=(w=28575 fill=4472C4)".
std::string shape_summary(const pugi::xml_node& sp) {
  std::string text;
  for (pugi::xml_node c : sp.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view name = local_name(c.name());
    std::string part;
    if (name == "solidFill") {
      part = "fill=" + drawing_colour(c);
    } else if (name == "noFill") {
      part = "fill=none";
    } else if (name == "ln") {
      part = "line=(" + attributes(c);
      std::string inner = shape_summary(c);
      part += (inner.empty() || part.back() == '(' ? "" : " ") + inner + ")";
    } else {
      part = describe(c);
    }
    text += (text.empty() ? "" : " ") + part;
  }
  return text;
}

/// The children of `node` that are a bare `val` (<c:barDir val="bar"/>) as "barDir=bar ...",
/// leaving out `skip`.
std::string scalar_children(const pugi::xml_node& node,
                            std::initializer_list<std::string_view> skip = {}) {
  std::string text;
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element || has_element_children(c)) continue;
    std::string_view name = local_name(c.name());
    if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
    if (std::distance(c.attributes().begin(), c.attributes().end()) > 1) continue;
    if (!c.attribute("val") && c.first_attribute()) continue;
    std::string value = attr(c, "val");
    text += (text.empty() ? "" : " ") + std::string(name) + (value.empty() ? "" : "=" + value);
  }
  return text;
}

/// The text of a DrawingML text body (<c:rich>, <xdr:txBody>): paragraphs joined by "\n".
std::string drawing_text(const pugi::xml_node& body) {
  std::string text;
  bool first = true;
  for (pugi::xml_node p : children(body, "p")) {
    text += (first ? "" : "\n") + flatten_text(p);
    first = false;
  }
  return text;
}

/// A chart text (title or series name): its rich text flattened or its cell reference.
std::string chart_text(const pugi::xml_node& tx) {
  if (!tx) return "";
  if (pugi::xml_node ref = child(tx, "strRef")) {
    return "ref " + std::string(child(ref, "f").text().get());
  }
  if (pugi::xml_node rich = child(tx, "rich")) return quote(drawing_text(rich));
  if (pugi::xml_node v = child(tx, "v")) return quote(v.text().get());
  return describe(tx);
}

/// A chart data source (<c:cat>, <c:val>) as its reference, or its literal values.
std::string chart_data(const pugi::xml_node& source) {
  for (const char* kind : {"numRef", "strRef", "multiLvlStrRef"}) {
    if (pugi::xml_node ref = child(source, kind)) return child(ref, "f").text().get();
  }
  return describe(source);
}

/// One chart series: name, categories, values and how it is drawn.
std::string series_line(const pugi::xml_node& ser) {
  std::string line = "series " + scalar_children(ser);
  if (pugi::xml_node tx = child(ser, "tx")) line += " name=" + chart_text(tx);
  for (const char* name : {"cat", "val", "xVal", "yVal", "bubbleSize"}) {
    if (pugi::xml_node source = child(ser, name)) {
      line += " " + std::string(name) + "=" + chart_data(source);
    }
  }
  if (pugi::xml_node sp = child(ser, "spPr")) line += " " + shape_summary(sp);
  for (const char* name : {"marker", "dLbls", "dPt", "trendline", "errBars"}) {
    for (pugi::xml_node part : children(ser, name)) line += " " + describe(part);
  }
  return line;
}

/// One chart axis: kind, position, title, scale and number format (axis ids left out: they
/// only number the chart's axes).
std::string axis_line(const pugi::xml_node& axis) {
  std::string line = "axis " + std::string(local_name(axis.name())) + " " +
                     scalar_children(axis, {"axId", "crossAx"});
  if (pugi::xml_node title = child(axis, "title")) {
    line += " title=" + chart_text(child(title, "tx"));
  }
  if (pugi::xml_node scaling = child(axis, "scaling")) {
    line += " scaling(" + scalar_children(scaling) + ")";
  }
  if (pugi::xml_node format = child(axis, "numFmt")) {
    line += " numFmt=" + quote(attr(format, "formatCode"));
  }
  if (pugi::xml_node sp = child(axis, "spPr")) line += " " + shape_summary(sp);
  return line;
}

/// A chart part: title, plot types with their series, axes and legend.
Lines chart_lines(const Package& package, const std::string& name) {
  Lines lines;
  std::unique_ptr<Part> part = load_part(package, name);
  if (!part->root()) return {part->problem};
  pugi::xml_node space = part->root();
  pugi::xml_node chart = child(space, "chart");
  if (std::string scalars = scalar_children(space); !scalars.empty()) lines.push_back(scalars);
  if (pugi::xml_node title = child(chart, "title")) {
    lines.push_back("title: " + chart_text(child(title, "tx")) + " " + scalar_children(title));
  }
  if (std::string scalars = scalar_children(chart); !scalars.empty()) lines.push_back(scalars);
  for (pugi::xml_node plot : child(chart, "plotArea").children()) {
    if (plot.type() != pugi::node_element) continue;
    std::string_view kind = local_name(plot.name());
    if (kind.size() > 5 && kind.substr(kind.size() - 5) == "Chart") {
      lines.push_back("type " + std::string(kind) + ": " + scalar_children(plot, {"axId"}));
      for (pugi::xml_node ser : children(plot, "ser")) lines.push_back("  " + series_line(ser));
    } else if (kind.size() > 2 && kind.substr(kind.size() - 2) == "Ax") {
      lines.push_back(axis_line(plot));
    } else if (kind != "layout") {
      lines.push_back(describe(plot));
    }
  }
  if (pugi::xml_node legend = child(chart, "legend")) {
    lines.push_back("legend: " + scalar_children(legend));
  }
  return lines;
}

/// An anchor corner (<xdr:from>) as "B20 +0,+0" (column and row offsets in EMU).
std::string anchor_corner(const pugi::xml_node& corner) {
  int col = std::atoi(child(corner, "col").text().get());
  int row = std::atoi(child(corner, "row").text().get());
  return cell_ref(row, col) + " +" + child(corner, "colOff").text().get() + ",+" +
         child(corner, "rowOff").text().get();
}

/// Where a drawing anchor sits: "from B20 +0,+0 to K36 +304800,+0".
std::string anchor_text(const pugi::xml_node& anchor) {
  std::string text(local_name(anchor.name()));
  if (std::string a = attributes(anchor); !a.empty()) text += " " + a;
  if (pugi::xml_node from = child(anchor, "from")) text += " from " + anchor_corner(from);
  if (pugi::xml_node to = child(anchor, "to")) text += " to " + anchor_corner(to);
  if (pugi::xml_node pos = child(anchor, "pos")) text += " at " + attributes(pos);
  if (pugi::xml_node ext = child(anchor, "ext")) text += " size " + attributes(ext);
  return text;
}

/// The objects of a drawing part: each anchor with its chart, picture or shape.
Lines drawing_lines(const Package& package, const std::string& name) {
  Lines lines;
  std::unique_ptr<Part> part = load_part(package, name);
  if (!part->root()) return {part->problem};
  std::map<std::string, Relationship> rels = read_relationships(package, name);
  for (pugi::xml_node anchor : part->root().children()) {
    if (anchor.type() != pugi::node_element) continue;
    lines.push_back(anchor_text(anchor));
    for (pugi::xml_node object : anchor.children()) {
      std::string_view kind = local_name(object.name());
      if (kind == "graphicFrame") {
        pugi::xml_node data = child(child(object, "graphic"), "graphicData");
        pugi::xml_node chart = child(data, "chart");
        auto it = rels.find(relationship_id(chart));
        if (!chart || it == rels.end()) {
          lines.push_back("  graphic frame " + describe(data));
          continue;
        }
        lines.push_back("  chart:");
        for (const auto& line : chart_lines(package, it->second.target)) {
          lines.push_back("    " + line);
        }
      } else if (kind == "pic") {
        pugi::xml_node blip = child(child(object, "blipFill"), "blip");
        auto it = rels.find(relationship_id(blip, "embed"));
        std::string target = it == rels.end() ? "(missing)" : it->second.target;
        std::optional<std::string> bytes = package.read(target);
        std::string descr = attr(child(child(object, "nvPicPr"), "cNvPr"), "descr");
        lines.push_back("  picture " + quote(target) + " " +
                        (bytes ? std::to_string(bytes->size()) + " bytes" : "missing") +
                        (descr.empty() ? "" : " descr=" + quote(descr)));
      } else if (kind == "sp") {
        lines.push_back("  shape " + quote(drawing_text(child(object, "txBody"))));
      }
    }
  }
  return lines;
}

/// Comments of a sheet: "A1 (author): \"text\"".
Lines comment_lines(const Package& package, const std::string& name) {
  Lines lines;
  std::unique_ptr<Part> part = load_part(package, name);
  if (!part->root()) return {part->problem};
  Lines authors;
  for (pugi::xml_node author : children(child(part->root(), "authors"), "author")) {
    authors.emplace_back(author.text().get());
  }
  for (pugi::xml_node comment : children(child(part->root(), "commentList"), "comment")) {
    std::size_t id = static_cast<std::size_t>(std::atoi(attr(comment, "authorId").c_str()));
    std::string author = id < authors.size() ? authors[id] : "#" + attr(comment, "authorId");
    lines.push_back(attr(comment, "ref") + (author.empty() ? "" : " (" + author + ")") + ": " +
                    quote(flatten_text(child(comment, "text"))));
  }
  return lines;
}

/// A table part: its name, range and column names.
Lines table_lines(const Package& package, const std::string& name) {
  std::unique_ptr<Part> part = load_part(package, name);
  if (!part->root()) return {part->problem};
  Lines lines = {"table " + attributes(part->root(), {"id"})};
  for (pugi::xml_node column : children(child(part->root(), "tableColumns"), "tableColumn")) {
    lines.push_back("  column " + quote(attr(column, "name")));
  }
  return lines;
}

/// Top-level worksheet elements the dump has no view of, described in full so they show.
Lines other_element_lines(const pugi::xml_node& ws) {
  static const std::vector<std::string_view> kKnown = {"sheetPr",
                                                       "dimension",
                                                       "sheetViews",
                                                       "sheetFormatPr",
                                                       "cols",
                                                       "sheetData",
                                                       "sheetProtection",
                                                       "protectedRanges",
                                                       "autoFilter",
                                                       "sortState",
                                                       "mergeCells",
                                                       "conditionalFormatting",
                                                       "dataValidations",
                                                       "hyperlinks",
                                                       "printOptions",
                                                       "pageMargins",
                                                       "pageSetup",
                                                       "headerFooter",
                                                       "rowBreaks",
                                                       "colBreaks",
                                                       "drawing",
                                                       "legacyDrawing",
                                                       "tableParts"};
  Lines lines;
  for (pugi::xml_node c : ws.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::find(kKnown.begin(), kKnown.end(), local_name(c.name())) != kKnown.end()) continue;
    lines.push_back(describe(c));
  }
  return lines;
}

/// The parts related to a sheet that have their own views (drawings, comments, tables).
void related_part_sections(std::ostringstream& out, const Context& ctx,
                           const std::map<std::string, Relationship>& rels) {
  Lines drawings, comments, tables;
  auto append = [](Lines& into, const Lines& lines) {
    into.insert(into.end(), lines.begin(), lines.end());
  };
  for (const auto& [id, r] : rels) {
    if (r.type == "drawing") append(drawings, drawing_lines(ctx.package, r.target));
    if (r.type == "comments") append(comments, comment_lines(ctx.package, r.target));
    if (r.type == "table") append(tables, table_lines(ctx.package, r.target));
  }
  emit(out, "drawing", drawings);
  emit(out, "comments", comments);
  emit(out, "tables", tables);
}

/// The whole dump of one sheet.
void dump_sheet(std::ostringstream& out, const Context& ctx, const SheetEntry& sheet,
                std::size_t number) {
  out << "\n== sheet " << number << " " << quote(sheet.name) << " ==\n";
  if (sheet.part.empty()) {
    out << "  (no part for this sheet)\n";
    return;
  }
  std::unique_ptr<Part> part = load_part(ctx.package, sheet.part);
  if (!part->root()) {
    out << "  " << part->problem << "\n";
    return;
  }
  pugi::xml_node ws = part->root();
  if (local_name(ws.name()) != "worksheet") out << "  root element: " << ws.name() << "\n";
  std::map<std::string, Relationship> rels = read_relationships(ctx.package, sheet.part);
  emit(out, "properties", sheet_property_lines(ws));
  emit(out, "views", view_lines(ws));
  emit(out, "columns", column_lines(ws, ctx.styles));
  emit(out, "rows", row_lines(ws, ctx.styles));
  emit(out, "cells", cell_lines(ws, ctx));
  emit(out, "merged", merge_lines(ws));
  emit(out, "validations", validation_lines(ws));
  emit(out, "conditional formats", conditional_format_lines(ws, ctx.styles));
  emit(out, "hyperlinks", hyperlink_lines(ws, rels));
  emit(out, "filter", filter_lines(ws));
  emit(out, "protection", protection_lines(ws));
  emit(out, "print", print_lines(ws));
  related_part_sections(out, ctx, rels);
  emit(out, "other", other_element_lines(ws));
}

}  // namespace

std::string dump_xlsx(const std::string& path) {
  Package package(path);
  std::ostringstream out;
  out << "parts:\n";
  for (const auto& name : package.entry_names()) out << "  " << name << "\n";

  const std::string workbook_name = workbook_part_name(package);
  std::unique_ptr<Part> workbook = load_part(package, workbook_name);
  if (!workbook->root()) {
    out << workbook->problem << "\n";
    return out.str();
  }
  WorkbookInfo info = read_workbook_info(package, workbook->root(), workbook_name);
  Styles styles(load_part(package, info.styles_part.empty() ? "xl/styles.xml" : info.styles_part));
  std::vector<SharedString> strings = read_shared_strings(package, info.shared_strings_part);

  out << "\nworkbook:\n";
  for (const auto& line : workbook_lines(workbook->root(), info)) out << "  " << line << "\n";
  out << "  default font: " << (styles.problem().empty() ? styles.default_font() : styles.problem())
      << "\n";
  emit(out, "core properties", property_lines(package, "docProps/core.xml"), "");
  emit(out, "app properties", property_lines(package, "docProps/app.xml"), "");
  emit(out, "custom properties", property_lines(package, "docProps/custom.xml"), "");

  Context ctx{package, styles, strings, info.date1904};
  for (std::size_t i = 0; i < info.sheets.size(); ++i) dump_sheet(out, ctx, info.sheets[i], i + 1);
  return out.str();
}

}  // namespace s11::test
