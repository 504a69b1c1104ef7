#include "reports/excel_limits.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <map>
#include <set>
#include <utility>

#include "base/text.h"
#include "base/xlsx_reader.h"

namespace s11::layout {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Excel's length of the character whose UTF-8 lead byte is `lead` (0 for a continuation).
std::size_t units(char lead) {
  if (is_continuation(lead)) return 0;
  return static_cast<unsigned char>(lead) >= 0xF0 ? 2 : 1;
}

/// The longest start of `text` no longer than `max` characters that ends between two
/// characters, in bytes.
std::size_t prefix_bytes(std::string_view text, std::size_t max) {
  std::size_t length = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t u = units(text[i]);
    if (u == 0) continue;
    if (length + u > max) return i;
    length += u;
  }
  return text.size();
}

/// The start of `text` cut to `max` characters, after a word when one ends in the last
/// stretch before the cut, without the spaces it ends with.
std::string cut_at_word(const std::string& text, std::size_t max) {
  constexpr std::size_t kWordReach = 200;
  std::size_t cut = prefix_bytes(text, max);
  if (cut < text.size() && !is_ascii_space(text[cut])) {
    for (std::size_t i = cut; i > 0 && cut - i < kWordReach; --i) {
      if (is_ascii_space(text[i - 1])) {
        cut = i - 1;
        break;
      }
    }
  }
  while (cut > 0 && is_ascii_space(text[cut - 1])) --cut;
  return text.substr(0, cut);
}

std::string quote_name(const std::string& name) { return "\"" + name + "\""; }

std::string cell_name(const Sheet& sheet, int row, int col) {
  return sheet.name + "!" + xlsx::cell_name(row, col);
}

std::string range_name(const Sheet& sheet, const Range& r) {
  std::string first = xlsx::cell_name(r.first_row, r.first_col);
  std::string last = xlsx::cell_name(r.last_row, r.last_col);
  return sheet.name + "!" + first + (first == last ? "" : ":" + last);
}

// --- sheet names ---------------------------------------------------------------------------

/// A name Excel accepts for `name`, and why it had to change ("" when it did not).
std::pair<std::string, std::string> valid_sheet_name(const std::string& name) {
  static const std::string kForbidden = "[]:*?/\\";
  std::string reason;
  std::string fixed;
  for (char c : name) {
    if (kForbidden.find(c) != std::string::npos) {
      if (reason.empty()) reason = std::string("Excel does not allow ") + c + " in a sheet name";
      fixed += '-';
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      if (reason.empty()) reason = "Excel does not allow control characters in a sheet name";
      fixed += ' ';
    } else {
      fixed += c;
    }
  }
  std::size_t start = 0;
  std::size_t end = fixed.size();
  while (start < end && fixed[start] == '\'') ++start;
  while (end > start && fixed[end - 1] == '\'') --end;
  if (start > 0 || end < fixed.size()) {
    if (reason.empty()) reason = "Excel does not allow a sheet name to start or end with '";
    fixed = fixed.substr(start, end - start);
  }
  if (std::size_t length = excel_length(fixed); length > kMaxSheetNameChars) {
    if (reason.empty()) {
      reason = thousands(length) + " characters, more than Excel allows (" +
               std::to_string(kMaxSheetNameChars) + ")";
    }
    fixed = fixed.substr(0, prefix_bytes(fixed, kMaxSheetNameChars));
    while (!fixed.empty() && (is_ascii_space(fixed.back()) || fixed.back() == '\'')) {
      fixed.pop_back();
    }
  }
  if (fixed.empty()) {
    if (reason.empty()) reason = "Excel does not allow an empty sheet name";
    fixed = "Sheet";
  }
  return {fixed, reason};
}

/// `name` with " (n)" added, cut so that the whole fits in a sheet name.
std::string numbered(const std::string& name, int n) {
  std::string suffix = " (" + std::to_string(n) + ")";
  std::string base = name.substr(0, prefix_bytes(name, kMaxSheetNameChars - suffix.size()));
  while (!base.empty() && (is_ascii_space(base.back()) || base.back() == '\'')) base.pop_back();
  return base + suffix;
}

/// `link` pointing at `to` instead of `from`, when it is an internal link to `from`.
void retarget_link(std::string& link, const std::string& from, const std::string& to) {
  const std::string kInternal = "internal:";
  if (link.rfind(kInternal, 0) != 0) return;
  std::string place = link.substr(kInternal.size());
  std::string quoted_from = "'";
  for (char c : from) quoted_from += c == '\'' ? std::string("''") : std::string(1, c);
  quoted_from += "'!";
  std::string quoted_to = "'";
  for (char c : to) quoted_to += c == '\'' ? std::string("''") : std::string(1, c);
  quoted_to += "'!";
  if (place.rfind(quoted_from, 0) == 0) {
    link = kInternal + quoted_to + place.substr(quoted_from.size());
  } else if (place.rfind(from + "!", 0) == 0) {
    link = kInternal + quoted_to + place.substr(from.size() + 1);
  }
}

void fit_sheet_names(Workbook& book, std::vector<std::string>& warnings) {
  std::set<std::string> taken;  // lower case: Excel ignores case
  std::set<std::string> kept;   // names as they were, of sheets that keep them
  std::map<std::string, std::string> renamed;
  for (auto& sheet : book.sheets) {
    auto [name, reason] = valid_sheet_name(sheet.name);
    // Excel keeps "History" for the change history of a shared workbook.
    if (equals_ignoring_case(name, "History")) {
      if (reason.empty()) reason = "Excel keeps that name for itself";
      name = numbered(name, 2);
    }
    if (taken.count(lower(name))) {
      if (reason.empty()) reason = "another sheet has that name (Excel ignores case)";
      std::string base = name;
      for (int n = 2; taken.count(lower(name)); ++n) name = numbered(base, n);
    }
    taken.insert(lower(name));
    if (name == sheet.name) {
      kept.insert(name);
      continue;
    }
    warnings.push_back("sheet name " + quote_name(sheet.name) + ": " + reason + "; named " +
                       quote_name(name));
    // Links to a name two sheets had stay with the first, which keeps it.
    if (!kept.count(sheet.name)) renamed.emplace(sheet.name, name);
    sheet.name = name;
  }
  if (renamed.empty()) return;
  for (auto& sheet : book.sheets) {
    for (auto& cell : sheet.cells) {
      for (const auto& [from, to] : renamed) retarget_link(cell.link, from, to);
    }
    for (auto& chart : sheet.charts) {
      auto retarget = [&](std::string& name) {
        auto it = renamed.find(name);
        if (it != renamed.end()) name = it->second;
      };
      retarget(chart.category_sheet);
      for (auto& series : chart.series) retarget(series.sheet);
    }
  }
}

// --- rows and columns ----------------------------------------------------------------------

/// Clips `r` to the sheet's rows and columns; false when nothing of it is left.
bool clip(Range& r) {
  if (r.first_row >= kMaxRows || r.first_col >= kMaxCols) return false;
  r.last_row = std::min(r.last_row, kMaxRows - 1);
  r.last_col = std::min(r.last_col, kMaxCols - 1);
  return true;
}

/// Leaves out the cells beyond the last row (or column), with a note in the last one.
void fit_extent(Sheet& sheet, std::vector<std::string>& warnings) {
  int max_row = -1;
  for (const auto& cell : sheet.cells) max_row = std::max(max_row, cell.row);
  if (max_row >= kMaxRows) {
    std::set<int> rows;
    for (const auto& cell : sheet.cells) {
      if (cell.row >= kMaxRows - 1) rows.insert(cell.row);
    }
    auto& cells = sheet.cells;
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [](const Cell& c) { return c.row >= kMaxRows - 1; }),
                cells.end());
    sheet.set(kMaxRows - 1, kTextCol,
              "... and " + thousands(rows.size()) + " more rows left out: a sheet holds " +
                  thousands(kMaxRows) + " rows");
    warnings.push_back(sheet.name + ": " + thousands(static_cast<std::size_t>(max_row) + 1) +
                       " rows, more than a sheet holds (" + thousands(kMaxRows) + "); the last " +
                       thousands(rows.size()) + " left out, with a note in " +
                       xlsx::cell_name(kMaxRows - 1, kTextCol));
  }
  int max_col = -1;
  for (const auto& cell : sheet.cells) max_col = std::max(max_col, cell.col);
  if (max_col >= kMaxCols) {
    std::set<int> cols;
    int note_row = kMaxRows - 1;
    for (const auto& cell : sheet.cells) {
      if (cell.col >= kMaxCols - 1) {
        cols.insert(cell.col);
        note_row = std::min(note_row, cell.row);
      }
    }
    auto& cells = sheet.cells;
    cells.erase(std::remove_if(cells.begin(), cells.end(),
                               [](const Cell& c) { return c.col >= kMaxCols - 1; }),
                cells.end());
    sheet.set(note_row, kMaxCols - 1,
              "... and " + thousands(cols.size()) + " more columns left out: a sheet holds " +
                  thousands(kMaxCols) + " columns");
    warnings.push_back(sheet.name + ": " + thousands(static_cast<std::size_t>(max_col) + 1) +
                       " columns, more than a sheet holds (" + thousands(kMaxCols) +
                       "); the last " + thousands(cols.size()) + " left out, with a note in " +
                       xlsx::cell_name(note_row, kMaxCols - 1));
  }
  auto& merges = sheet.merges;
  merges.erase(std::remove_if(merges.begin(), merges.end(), [](Range& r) { return !clip(r); }),
               merges.end());
  auto& validations = sheet.validations;
  validations.erase(std::remove_if(validations.begin(), validations.end(),
                                   [](Validation& v) { return !clip(v.range); }),
                    validations.end());
  if (sheet.autofilter && !clip(*sheet.autofilter)) sheet.autofilter.reset();
  for (auto it = sheet.row_heights.begin(); it != sheet.row_heights.end();) {
    it = it->first >= kMaxRows ? sheet.row_heights.erase(it) : std::next(it);
  }
  for (auto it = sheet.column_widths.begin(); it != sheet.column_widths.end();) {
    it = it->first >= kMaxCols ? sheet.column_widths.erase(it) : std::next(it);
  }
  for (auto& [row, height] : sheet.row_heights) height = std::clamp(height, 0.0, kMaxRowHeight);
  for (auto& [col, width] : sheet.column_widths) width = std::clamp(width, 0.0, kMaxColumnWidth);
  auto& breaks = sheet.page_breaks;
  breaks.erase(std::remove_if(breaks.begin(), breaks.end(),
                              [](int row) { return row <= 0 || row >= kMaxRows; }),
               breaks.end());
  sheet.freeze_rows = std::clamp(sheet.freeze_rows, 0, kMaxRows - 1);
  sheet.freeze_cols = std::clamp(sheet.freeze_cols, 0, kMaxCols - 1);
  if (sheet.repeat_first_row >= kMaxRows) sheet.repeat_first_row = sheet.repeat_last_row = -1;
  sheet.repeat_last_row = std::min(sheet.repeat_last_row, kMaxRows - 1);
  for (auto& chart : sheet.charts) {
    chart.anchor_row = std::clamp(chart.anchor_row, 0, kMaxRows - 1);
    chart.anchor_col = std::clamp(chart.anchor_col, 0, kMaxCols - 1);
    chart.category_last_row = std::min(chart.category_last_row, kMaxRows - 1);
    for (auto& series : chart.series) series.last_row = std::min(series.last_row, kMaxRows - 1);
  }
}

// --- cells ---------------------------------------------------------------------------------

void fit_cells(Sheet& sheet, std::vector<std::string>& warnings) {
  std::size_t links = 0;
  std::size_t links_dropped = 0;
  for (auto& cell : sheet.cells) {
    if (auto* number = std::get_if<double>(&cell.value); number && !std::isfinite(*number)) {
      warnings.push_back(cell_name(sheet, cell.row, cell.col) + ": a number Excel cannot hold (" +
                         std::string(std::isnan(*number) ? "not a number" : "infinite") +
                         "); left blank");
      cell.value = std::monostate{};
    }
    if (auto* text = std::get_if<std::string>(&cell.value)) {
      if (std::size_t length = excel_length(*text); length > kMaxCellChars) {
        *text = cell.list ? shorten_list(*cell.list, kMaxCellChars)
                          : shorten_text(*text, kMaxCellChars);
        warnings.push_back(cell_name(sheet, cell.row, cell.col) + ": " +
                           (cell.list ? cell.list->what : std::string("the text")) + " is " +
                           thousands(length) + " characters, more than a cell holds (" +
                           thousands(kMaxCellChars) + "); shortened to " +
                           thousands(excel_length(*text)) + " with a note");
      }
    }
    if (cell.link.empty()) continue;
    if (std::size_t length = excel_length(cell.link); length > kMaxLinkChars) {
      warnings.push_back(cell_name(sheet, cell.row, cell.col) + ": the link is " +
                         thousands(length) + " characters, more than Excel allows (" +
                         thousands(kMaxLinkChars) + "); written as text without the link");
      cell.link.clear();
    } else if (++links > kMaxLinksPerSheet) {
      cell.link.clear();
      ++links_dropped;
    }
  }
  if (links_dropped > 0) {
    warnings.push_back(sheet.name + ": " + thousands(links) + " links, more than a sheet holds (" +
                       thousands(kMaxLinksPerSheet) + "); the last " + thousands(links_dropped) +
                       " written as text without their links");
  }
}

// --- print set-up --------------------------------------------------------------------------

/// Shortens the longest of `text`'s parts until its code fits; false when it already did.
bool fit_page_text(PageText& text) {
  auto fits = [&] { return excel_length(page_text_code(text)) <= kMaxPageTextChars; };
  if (fits()) return false;
  while (!fits()) {
    std::string* parts[] = {&text.left, &text.centre, &text.right};
    std::string* longest = *std::max_element(
        std::begin(parts), std::end(parts), [](const std::string* a, const std::string* b) {
          return excel_length(escape_page_text(*a)) < excel_length(escape_page_text(*b));
        });
    const std::string whole = *longest;
    std::size_t chars = 0;
    for (char c : whole) chars += units(c) > 0;
    // The most characters of it that fit with the rest ("..." included), if 3 or more do.
    std::size_t low = 3;
    std::size_t high = chars;
    *longest = abbreviate(whole, low);
    if (!fits()) {
      longest->clear();
      if (text.left.empty() && text.centre.empty() && text.right.empty()) {
        text.page_numbers = false;  // not reached: the page number alone is 15 characters
      }
      continue;
    }
    while (low < high) {
      std::size_t mid = low + (high - low + 1) / 2;
      *longest = abbreviate(whole, mid);
      if (fits()) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    *longest = abbreviate(whole, low);
  }
  return true;
}

void fit_print_setup(Sheet& sheet, std::vector<std::string>& warnings) {
  for (auto [text, what] :
       {std::pair{&sheet.header, "header"}, std::pair{&sheet.footer, "footer"}}) {
    std::size_t length = excel_length(page_text_code(*text));
    if (!fit_page_text(*text)) continue;
    warnings.push_back(sheet.name + ": the page " + what + " is " + thousands(length) +
                       " characters with its codes, more than Excel allows (" +
                       thousands(kMaxPageTextChars) + "); its text shortened to fit");
  }
  if (sheet.page_breaks.size() > kMaxPageBreaks) {
    warnings.push_back(sheet.name + ": " + thousands(sheet.page_breaks.size()) +
                       " page breaks, more than Excel allows (" + thousands(kMaxPageBreaks) +
                       "); only the first " + thousands(kMaxPageBreaks) + " kept");
    std::sort(sheet.page_breaks.begin(), sheet.page_breaks.end());
    sheet.page_breaks.resize(kMaxPageBreaks);
  }
}

// --- drop-downs ----------------------------------------------------------------------------

/// The hidden sheet that holds drop-down lists too long to write in line: one list a column.
class ListSheet {
 public:
  explicit ListSheet(Workbook& book) : book_(book) {}

  /// The formula of the cells holding `items` ("='Lists'!$A$1:$A$12"), adding them if new.
  std::string source(const std::vector<std::string>& items) {
    auto it = columns_.find(items);
    int col = 0;
    if (it != columns_.end()) {
      col = it->second;
    } else {
      Sheet& sheet = sheet_for_lists();
      col = static_cast<int>(columns_.size());
      columns_.emplace(items, col);
      for (std::size_t row = 0; row < items.size(); ++row) {
        sheet.set(static_cast<int>(row), col, items[row]);
      }
    }
    std::string column = xlsx::cell_name(0, col);
    column.pop_back();  // "A1" -> "A"
    std::string quoted;
    for (char c : name_) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return "='" + quoted + "'!$" + column + "$1:$" + column + "$" + std::to_string(items.size());
  }

 private:
  Sheet& sheet_for_lists() {
    if (name_.empty()) {
      std::set<std::string> taken;
      for (const auto& sheet : book_.sheets) taken.insert(lower(sheet.name));
      name_ = "Lists";
      for (int n = 2; taken.count(lower(name_)); ++n) name_ = numbered("Lists", n);
      Sheet& sheet = book_.add_sheet(name_);
      sheet.hidden = true;
      return sheet;
    }
    for (auto& sheet : book_.sheets) {
      if (sheet.name == name_) return sheet;
    }
    return book_.add_sheet(name_);  // not reached: the sheet is added once and kept
  }

  Workbook& book_;
  std::string name_;
  std::map<std::vector<std::string>, int> columns_;
};

/// Whether `items` can be written in line: short enough, and no item that a comma or quote
/// would split.
bool fits_in_line(const std::vector<std::string>& items) {
  std::size_t length = items.empty() ? 0 : items.size() - 1;
  for (const auto& item : items) {
    if (item.empty() || item.find_first_of(",\"") != std::string::npos) return false;
    length += excel_length(item);
  }
  return length <= kMaxInlineListChars;
}

void fit_validations(Workbook& book, std::vector<std::string>& warnings) {
  ListSheet lists(book);
  // The sheet of lists is the one sheet added, at the end: room for it now keeps references to
  // the others valid.
  const std::size_t sheet_count = book.sheets.size();
  book.sheets.reserve(sheet_count + 1);
  for (std::size_t s = 0; s < sheet_count; ++s) {
    auto& validations = book.sheets[s].validations;
    for (std::size_t v = 0; v < validations.size();) {
      Validation& validation = validations[v];
      const std::string where = range_name(book.sheets[s], validation.range);
      if (validation.list.empty() && validation.source.empty()) {
        warnings.push_back(where + ": a drop-down with no items; left out");
        validations.erase(validations.begin() + static_cast<std::ptrdiff_t>(v));
        continue;
      }
      if (std::size_t length = excel_length(validation.message); length > kMaxValidationMessage) {
        validation.message = abbreviate(validation.message, kMaxValidationMessage);
        while (excel_length(validation.message) > kMaxValidationMessage) {
          validation.message = abbreviate(validation.message, excel_length(validation.message) - 4);
        }
        warnings.push_back(where + ": the drop-down's message is " + thousands(length) +
                           " characters, more than Excel allows (" +
                           thousands(kMaxValidationMessage) + "); shortened to " +
                           thousands(excel_length(validation.message)));
      }
      if (validation.source.empty() && !fits_in_line(validation.list)) {
        validation.source = lists.source(validation.list);
      }
      ++v;
    }
  }
}

}  // namespace

std::size_t excel_length(std::string_view text) {
  std::size_t length = 0;
  for (char c : text) length += units(c);
  return length;
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string shorten_text(const std::string& text, std::size_t max) {
  const std::size_t length = excel_length(text);
  if (length <= max) return text;
  const std::string note = " ... (cut: " + thousands(length) + " characters in all)";
  if (note.size() >= max) return text.substr(0, prefix_bytes(text, max));
  return cut_at_word(text, max - note.size()) + note;
}

std::string shorten_list(const TextList& list, std::size_t max) {
  std::string full = join(list.items, list.separator);
  if (excel_length(full) <= max) return full;
  const std::size_t n = list.items.size();
  if (n <= 1) return shorten_text(full, max);
  auto note = [&](std::size_t rest) {
    return "... and " + thousands(rest) + " more " + list.noun +
           (list.see.empty() ? "" : ", see " + list.see);
  };
  const std::size_t separator = excel_length(list.separator);
  // The text of the first k items is join()'s: a separator only after a non-empty start.
  std::size_t best = 0;
  std::size_t best_bytes = 0;
  std::size_t length = 0;
  std::size_t bytes = 0;
  bool started = false;
  for (std::size_t k = 1; k < n; ++k) {
    const std::string& item = list.items[k - 1];
    if (started) {
      length += separator;
      bytes += list.separator.size();
    }
    length += excel_length(item);
    bytes += item.size();
    started = started || !item.empty();
    if (length + separator + excel_length(note(n - k)) > max) break;
    best = k;
    best_bytes = bytes;
  }
  if (best > 0) return full.substr(0, best_bytes) + list.separator + note(n - best);
  // Not even the first item fits whole: as much of it as fits.
  const std::string rest = note(n - 1);
  if (separator + excel_length(rest) + 3 >= max) return shorten_text(full, max);
  const std::size_t room = max - separator - excel_length(rest) - 3;
  return cut_at_word(list.items[0], room) + "..." + list.separator + rest;
}

std::vector<std::string> fit_excel_limits(Workbook& book) {
  std::vector<std::string> warnings;
  fit_sheet_names(book, warnings);
  fit_validations(book, warnings);  // may add the sheet of lists, which the rest then checks
  for (auto& sheet : book.sheets) {
    fit_extent(sheet, warnings);
    fit_cells(sheet, warnings);
    fit_print_setup(sheet, warnings);
  }
  return warnings;
}

}  // namespace s11::layout
