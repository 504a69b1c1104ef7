#include "reports/layout.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <set>
#include <sstream>

#include "base/text.h"
#include "base/xlsx_reader.h"

namespace s11::layout {

Cell& Sheet::set(int row, int col, Value value, const Style& style) {
  cells.push_back(Cell{row, col, std::move(value), style, {}});
  return cells.back();
}

Cell& Sheet::set_list(int row, int col, TextList list, const Style& style) {
  Cell& cell = set(row, col, join(list.items, list.separator), style);
  cell.list = std::move(list);
  return cell;
}

std::string escape_page_text(const std::string& text) {
  std::string escaped;
  for (char c : text) escaped += c == '&' ? std::string("&&") : std::string(1, c);
  return escaped;
}

std::string page_text_code(const PageText& text) {
  std::string code;
  if (!text.left.empty()) code += "&L" + escape_page_text(text.left);
  if (!text.centre.empty()) code += "&C" + escape_page_text(text.centre);
  std::string right = escape_page_text(text.right);
  if (text.page_numbers) right += std::string(right.empty() ? "" : " ") + "Page &P of &N";
  if (!right.empty()) code += "&R" + right;
  return code;
}

std::string abbreviate(const std::string& text, std::size_t max) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max) {
      // Room for the "...": back off three characters, to the start of a sequence.
      std::size_t cut = i;
      for (int back = 0; back < 3 && cut > 0; ++back) {
        do {
          --cut;
        } while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80);
      }
      while (cut > 0 && is_ascii_space(text[cut - 1])) --cut;
      return text.substr(0, cut) + "...";
    }
  }
  return text;
}

Sheet& Workbook::add_sheet(const std::string& name) {
  sheets.push_back(Sheet{});
  sheets.back().name = name;
  return sheets.back();
}

const Sheet* Workbook::find(const std::string& name) const {
  for (const auto& sheet : sheets) {
    if (sheet.name == name) return &sheet;
  }
  return nullptr;
}

namespace {

constexpr double kDefaultWidth = 8.43;
constexpr double kDefaultPoints = 11.0;
constexpr double kMinPrintedPoints = 9.0;
constexpr double kPointsPerWidth = 5.76;
/// Excel adds this padding to a width set in characters; it is not room for text.
constexpr double kWidthPadding = 0.71;
constexpr double kA4Short = 595.3;
constexpr double kA4Long = 841.9;
constexpr double kSideMargins = 2 * 36.0;
/// Wrapped text columns are not narrowed below this many characters.
constexpr double kMinWrapWidth = 12.0;
/// Excel's greatest row height, in points; LibreOffice leaves out the lines below it.
constexpr double kMaxRowPoints = 409.0;
constexpr double kLineFactor = 1.30;  // a line of Carlito is 1.30 times its size (measured)
constexpr double kCellPadding = 3.0;

/// Calibri's (Carlito's) advance width of an ASCII character, in em, rounded up; other
/// characters count as a wide letter.
double char_em(unsigned char c) {
  static const char* const kNarrow = "ijlI.,:;'!|";     // about 0.25 em
  static const char* const kSmall = "frt()-[]/\\\"` ";  // about 0.31-0.39 em
  static const char* const kWide = "mwMW%&@";           // about 0.72-0.89 em
  if (c >= 0x80) return 0.62;
  if (c == ' ') return 0.23;
  if (std::strchr(kNarrow, c)) return 0.26;
  if (std::strchr(kSmall, c)) return 0.40;
  if (std::strchr(kWide, c)) return 0.90;
  if (c >= 'A' && c <= 'Z') return 0.66;
  return 0.53;  // lower case letters and digits: 0.39-0.53 em
}

double text_points(const std::string& text, std::size_t from, std::size_t to, double size) {
  double em = 0;
  for (std::size_t i = from; i < to; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) em += char_em(c);
  }
  return em * size;
}

/// How many lines `text` takes wrapped word by word into `room` points at `size` points.
int wrapped_lines(const std::string& text, double room, double size) {
  int lines = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    int paragraph = 1;
    double used = 0;
    std::size_t word = start;
    while (word < end) {
      std::size_t next = text.find(' ', word);
      if (next == std::string::npos || next > end) next = end;
      double width = text_points(text, word, next, size);
      const double space = used > 0 ? text_points(" ", 0, 1, size) : 0;
      if (used > 0 && used + space + width > room) {
        ++paragraph;
        used = 0;
      }
      if (used == 0 && width > room) {
        // A word longer than the line is broken across lines.
        paragraph += static_cast<int>(std::ceil(width / room)) - 1;
        width = std::fmod(width, room);
      }
      used += (used > 0 ? space : 0) + width;
      word = next + 1;
    }
    lines += paragraph;
    start = end + 1;
  }
  return lines;
}

double column_width(const Sheet& sheet, int col) {
  auto it = sheet.column_widths.find(col);
  return it == sheet.column_widths.end() ? kDefaultWidth : it->second;
}

/// The columns printed: the print area's, or every column used.
std::pair<int, int> printed_columns(const Sheet& sheet) {
  if (sheet.print_area) return {sheet.print_area->first_col, sheet.print_area->last_col};
  int last = 0;
  for (const auto& cell : sheet.cells) last = std::max(last, cell.col);
  for (const auto& m : sheet.merges) last = std::max(last, m.last_col);
  return {0, last};
}

}  // namespace

double column_points(double width) { return (width + kWidthPadding) * kPointsPerWidth; }

double printable_width(bool landscape) { return (landscape ? kA4Long : kA4Short) - kSideMargins; }

double min_print_scale(const Sheet& sheet) {
  double smallest = kDefaultPoints;
  for (const auto& cell : sheet.cells) {
    if (cell.style.font_size > 0 && !std::holds_alternative<std::monostate>(cell.value)) {
      smallest = std::min(smallest, static_cast<double>(cell.style.font_size));
    }
  }
  // A little above 9 pt, as LibreOffice rounds its scale down to a whole percent.
  return (kMinPrintedPoints + 0.2) / smallest;
}

void fit_page(Sheet& sheet) {
  // Plain variables, not a structured binding: lambdas capture them (clang 14).
  const std::pair<int, int> columns = printed_columns(sheet);
  const int first = columns.first;
  const int last = columns.second;
  auto width = [&] {
    double points = 0;
    for (int col = first; col <= last; ++col) points += column_points(column_width(sheet, col));
    return points;
  };
  const double scale = min_print_scale(sheet);
  sheet.fit_to_width = true;
  sheet.landscape = width() * scale > printable_width(false);
  const double room = printable_width(true) / scale;
  if (width() > room) {
    // Narrow columns towards their floors, in proportion to their width above them: wrapped
    // text to 12 characters, text on one line to its length, numbers and dates to theirs.
    std::map<int, double> floor;
    std::set<std::pair<int, int>> filled;
    for (const auto& cell : sheet.cells) {
      const auto* text = std::get_if<std::string>(&cell.value);
      if (!std::holds_alternative<std::monostate>(cell.value) && !(text && text->empty())) {
        filled.insert({cell.row, cell.col});
      }
    }
    for (const auto& cell : sheet.cells) {
      if (cell.col < first || cell.col > last) continue;
      double needed = 0;
      if (const auto* text = std::get_if<std::string>(&cell.value)) {
        // Wrapped text needs room for its longest word; text on one line runs on into an
        // empty cell beside it, else needs its whole length.
        double longest = 0;
        for (std::size_t from = 0; from < text->size();) {
          std::size_t to = text->find_first_of(" \n", from);
          if (to == std::string::npos) to = text->size();
          longest = std::max(longest, text_points(*text, from, to, kDefaultPoints));
          from = to + 1;
        }
        const double bold = cell.style.bold ? 1.06 : 1.0;
        if (cell.style.wrap) {
          needed = std::min(kMinWrapWidth, longest * bold / kPointsPerWidth + 1);
          // And room for all its lines under Excel's greatest row height, with a quarter more
          // for the ends of lines that words do not fill.
          const double size = cell.style.font_size > 0 ? cell.style.font_size : kDefaultPoints;
          const double lines = std::floor((kMaxRowPoints - kCellPadding) / (size * kLineFactor));
          const double all = text_points(*text, 0, text->size(), size) * bold * 1.25;
          needed = std::max(needed, all / lines / kPointsPerWidth + 1);
        } else {
          needed = text_points(*text, 0, text->size(), kDefaultPoints) * bold / kPointsPerWidth + 1;
          if (!filled.count({cell.row, cell.col + 1})) needed = std::min(kMinWrapWidth, needed);
        }
      } else if (std::holds_alternative<Date>(cell.value)) {
        // "30/11/2015"; in words ("d mmmm yyyy") as long as the longest, "30 September 2015".
        needed = cell.style.number_format.find("mmmm") != std::string::npos ? 17 : 11;
      } else if (!std::holds_alternative<std::monostate>(cell.value)) {
        needed = 8;
      }
      floor[cell.col] = std::max(floor[cell.col], needed);
    }
    double spare = 0;
    for (int col = first; col <= last; ++col) {
      floor[col] = std::min(std::max(floor[col], 3.0), column_width(sheet, col));
      spare += (column_width(sheet, col) - floor[col]) * kPointsPerWidth;
    }
    const double excess = width() - room;
    if (spare > 0) {
      const double keep = std::max(0.0, 1.0 - excess / spare);
      for (int col = first; col <= last; ++col) {
        const double w = column_width(sheet, col);
        if (w <= floor[col]) continue;
        sheet.column_widths[col] = std::floor((floor[col] + (w - floor[col]) * keep) * 10) / 10;
      }
    }
  }
  // A note on one line that runs past the last column widens the printed page (LibreOffice
  // prints the whole line): it wraps across the columns instead.
  std::map<int, int> last_in_row;
  for (const auto& cell : sheet.cells) {
    auto [it, added] = last_in_row.emplace(cell.row, cell.col);
    if (!added) it->second = std::max(it->second, cell.col);
  }
  for (auto& cell : sheet.cells) {
    const auto* text = std::get_if<std::string>(&cell.value);
    if (!text || cell.style.wrap || cell.col >= last || last_in_row[cell.row] != cell.col) {
      continue;
    }
    const bool merged = std::any_of(sheet.merges.begin(), sheet.merges.end(), [&](const Range& m) {
      return m.first_row <= cell.row && cell.row <= m.last_row;
    });
    double across = 0;
    for (int col = cell.col; col <= last; ++col) across += column_points(column_width(sheet, col));
    const double size = cell.style.font_size > 0 ? cell.style.font_size : kDefaultPoints;
    if (merged || text_points(*text, 0, text->size(), size) <= across) continue;
    cell.style.wrap = true;
    sheet.merges.push_back({cell.row, cell.col, cell.row, last});
  }
  // A chart wider than the printed columns would widen the page: narrow it to them.
  for (auto& chart : sheet.charts) {
    double left = 0;
    for (int col = first; col < chart.anchor_col; ++col) {
      left += column_points(column_width(sheet, col));
    }
    // A chart's pixels are Excel's: 7 to a character of column width, 0.75 pt each.
    const double room_points = std::max(printable_width(sheet.landscape) / scale, width()) - left;
    const int max_pixels = static_cast<int>(room_points / kPointsPerWidth * 7.0);
    if (chart.width > max_pixels) {
      chart.height = chart.height * max_pixels / chart.width;
      chart.width = max_pixels;
    }
  }
}

void fit_row_heights(Sheet& sheet) {
  std::map<int, double> needed;
  for (const auto& cell : sheet.cells) {
    const auto* text = std::get_if<std::string>(&cell.value);
    if (!text || !cell.style.wrap) continue;
    // A cell merged across one row wraps in the merged width; other merged cells are left
    // to their own heights.
    double width = column_width(sheet, cell.col);
    bool skip = false;
    for (const auto& m : sheet.merges) {
      if (cell.row < m.first_row || cell.row > m.last_row || cell.col < m.first_col ||
          cell.col > m.last_col) {
        continue;
      }
      if (m.first_row != m.last_row || cell.col != m.first_col || cell.row != m.first_row) {
        skip = true;
        break;
      }
      width = 0;
      for (int col = m.first_col; col <= m.last_col; ++col) width += column_width(sheet, col);
      width += (m.last_col - m.first_col) * kWidthPadding;
    }
    if (skip) continue;
    const double size = cell.style.font_size > 0 ? cell.style.font_size : kDefaultPoints;
    // Room for text: the column less its padding and a point each side; bold is wider.
    const double room = width * kPointsPerWidth - 2.0;
    const int lines = wrapped_lines(*text, cell.style.bold ? room / 1.06 : room, size);
    const double height =
        std::min(kMaxRowPoints, std::ceil(lines * size * kLineFactor + kCellPadding));
    needed[cell.row] = std::max(needed[cell.row], height);
  }
  for (const auto& [row, height] : needed) {
    auto it = sheet.row_heights.find(row);
    if (it != sheet.row_heights.end()) {
      it->second = std::max(it->second, height);  // a height set by hand, raised if too short
    } else if (height > std::ceil(kDefaultPoints * kLineFactor + kCellPadding)) {
      // One line of the default size fits the default height.
      sheet.row_heights.emplace(row, height);
    }
  }
}

void Workbook::move_to_end(const std::string& name) {
  auto it = std::find_if(sheets.begin(), sheets.end(),
                         [&](const Sheet& sheet) { return sheet.name == name; });
  if (it != sheets.end()) std::rotate(it, it + 1, sheets.end());
}

std::string to_text(const Sheet& sheet) {
  std::vector<const Cell*> cells;
  for (const auto& cell : sheet.cells) cells.push_back(&cell);
  std::stable_sort(cells.begin(), cells.end(), [](const Cell* a, const Cell* b) {
    return std::tie(a->row, a->col) < std::tie(b->row, b->col);
  });
  std::ostringstream out;
  for (const Cell* cell : cells) {
    out << xlsx::cell_name(cell->row, cell->col) << " = ";
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::string>) {
            out << v;
          } else if constexpr (std::is_same_v<T, double>) {
            out << v;
          } else if constexpr (std::is_same_v<T, bool>) {
            out << (v ? "TRUE" : "FALSE");
          } else if constexpr (std::is_same_v<T, Date>) {
            out << v.iso();
          }
        },
        cell->value);
    std::vector<std::string> tags;
    const Style& s = cell->style;
    if (s.bold) tags.push_back("bold");
    if (!s.fill.empty()) tags.push_back("fill=" + s.fill);
    if (!s.number_format.empty()) tags.push_back("format=" + s.number_format);
    if (!s.locked) tags.push_back("unlocked");
    if (!cell->link.empty()) tags.push_back("link=" + cell->link);
    if (!tags.empty()) {
      out << " [";
      for (std::size_t i = 0; i < tags.size(); ++i) out << (i ? " " : "") << tags[i];
      out << "]";
    }
    out << "\n";
  }
  return out.str();
}

}  // namespace s11::layout
