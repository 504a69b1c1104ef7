#include "base/sheet_table.h"

#include <algorithm>
#include <climits>
#include <utility>

#include "base/text.h"

namespace s11 {

bool is_header(std::string_view text, std::string_view header) { return text == normalise(header); }

int HeaderRow::column(std::string_view header) const {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (headers[i] == header) return columns[i];
  }
  return -1;
}

HeaderRow header_row_at(const xlsx::Sheet& sheet, int row, std::vector<std::string_view> headers,
                        HeaderMatch match) {
  HeaderRow found;
  found.row = row;
  found.columns.assign(headers.size(), -1);
  found.headers = std::move(headers);
  // The row's stored cells only (a blank cell is no header), so a stray cell far to the right
  // costs nothing.
  for (const auto& [position, cell] : sheet.row_cells(row)) {
    const std::string text = normalise(xlsx::display_text(cell));
    for (std::size_t i = 0; i < found.headers.size(); ++i) {
      if (found.columns[i] < 0 && match(text, found.headers[i])) found.columns[i] = position.second;
    }
  }
  return found;
}

std::optional<HeaderRow> find_header_row(const xlsx::Sheet& sheet, const HeaderSearch& search) {
  const int rows =
      search.max_rows > 0 ? std::min(sheet.row_count(), search.max_rows) : sheet.row_count();
  // Only rows holding cells can hold keys (but for none asked, where the first row will do).
  if (search.min_keys == 0) {
    if (rows == 0) return std::nullopt;
    return header_row_at(sheet, 0, search.headers, search.match);
  }
  for (auto next = sheet.cells.begin(); next != sheet.cells.end() && next->first.first < rows;
       next = sheet.cells.lower_bound({next->first.first + 1, INT_MIN})) {
    const int row = next->first.first;
    HeaderRow found = header_row_at(sheet, row, search.headers, search.match);
    const auto keys = std::count_if(search.keys.begin(), search.keys.end(),
                                    [&](std::string_view key) { return found.has(key); });
    if (static_cast<std::size_t>(keys) >= search.min_keys) return found;
  }
  return std::nullopt;
}

std::string no_header_row_message(const HeaderSearch& search) {
  std::vector<std::string> names;
  for (auto key : search.keys) names.push_back("\"" + std::string(key) + "\"");
  std::string text = names.size() == 1
                         ? "no header row with a " + names.front() + " column"
                         : "no header row with " + join_list(names, "and") + " columns";
  if (search.max_rows > 0) text += " in the first " + std::to_string(search.max_rows) + " rows";
  return text;
}

bool require_columns(const HeaderRow& found, const std::vector<std::string_view>& required,
                     const std::string& path, const xlsx::Sheet& sheet, ProblemList& problems) {
  bool complete = true;
  for (auto header : required) {
    if (!found.has(header)) {
      problems.add(path + ": " + sheet.name + "!" + std::to_string(found.row + 1),
                   "no \"" + std::string(header) + "\" column in the header row");
      complete = false;
    }
  }
  return complete;
}

std::string uncached_formula_message() {
  return "a formula whose result was never saved; open the workbook in Excel or LibreOffice Calc "
         "and save it, or type the value";
}

std::string given_twice(const std::string& what, int first_row) {
  return what + " appears twice (first in row " + std::to_string(first_row + 1) + ")";
}

std::string sheet_list(const xlsx::Workbook& book) {
  if (book.sheets.empty()) return "no sheets";
  std::vector<std::string> names;
  names.reserve(book.sheets.size());
  for (const auto& sheet : book.sheets) names.push_back(quoted(sheet.name));
  if (names.size() == 1) return "one sheet, " + names.front();
  return "sheets " + join_list(names, "and");
}

std::string no_sheet_message(const xlsx::Workbook& book, std::string_view sheet,
                             std::string_view expected) {
  return "no sheet named \"" + std::string(sheet) + "\"; the workbook has " + sheet_list(book) +
         "; expected " + std::string(expected);
}

}  // namespace s11
