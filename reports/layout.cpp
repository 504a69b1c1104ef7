#include "reports/layout.h"

#include <algorithm>
#include <cmath>
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

void fit_row_heights(Sheet& sheet) {
  constexpr double kLinePoints = 15.0;
  constexpr double kDefaultWidth = 8.43;
  std::map<int, double> needed;
  for (const auto& cell : sheet.cells) {
    const auto* text = std::get_if<std::string>(&cell.value);
    if (!text || !cell.style.wrap) continue;
    auto column_width = [&](int col) {
      auto it = sheet.column_widths.find(col);
      return it == sheet.column_widths.end() ? kDefaultWidth : it->second;
    };
    // A cell merged across one row wraps in the merged width; other merged cells are left
    // to their own heights.
    double width = column_width(cell.col);
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
      for (int col = m.first_col; col <= m.last_col; ++col) width += column_width(col);
    }
    if (skip) continue;
    // Characters per line, with a margin for proportional fonts and bold text.
    double per_line = std::max(1.0, (width - 1.0) * (cell.style.bold ? 1.05 : 1.2));
    int lines = 0;
    std::size_t start = 0;
    while (start <= text->size()) {
      std::size_t end = text->find('\n', start);
      if (end == std::string::npos) end = text->size();
      std::size_t chars = 0;
      for (std::size_t i = start; i < end; ++i) {
        chars += (static_cast<unsigned char>((*text)[i]) & 0xC0) != 0x80;
      }
      lines += std::max(1, static_cast<int>(std::ceil(static_cast<double>(chars) / per_line)));
      start = end + 1;
    }
    double scale = cell.style.font_size > 0 ? cell.style.font_size / 11.0 : 1.0;
    double height = std::min(409.0, lines * kLinePoints * scale);
    needed[cell.row] = std::max(needed[cell.row], height);
  }
  for (const auto& [row, height] : needed) {
    if (height > kLinePoints) sheet.row_heights.emplace(row, height);
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
