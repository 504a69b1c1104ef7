#include "reports/challenge_report.h"

#include <string_view>

#include "reports/styles.h"
#include "workbooks/columns.h"

namespace s11 {
namespace {

namespace cs = return_workbook::challenge_sheet;

/// Points: the "Further questions" heading row, taller so it stands apart when printed.
constexpr double kHeadingHeight = 24;

/// Challenge sheet columns, in the order of cs::kHeaders.
namespace col {
constexpr int kRank = column_of(cs::kHeaders, cs::kRankHeader);
constexpr int kCategory = column_of(cs::kHeaders, cs::kCategoryHeader);
constexpr int kStandard = column_of(cs::kHeaders, cs::kStandardHeader);
constexpr int kPoint = column_of(cs::kHeaders, cs::kPointHeader);
constexpr int kArea = column_of(cs::kHeaders, cs::kAreaHeader);
constexpr int kQuestion = column_of(cs::kHeaders, cs::kQuestionHeader);
constexpr int kWhy = column_of(cs::kHeaders, cs::kWhyHeader);
}  // namespace col

/// What the item is about, for the terminal: "standard 3", "point 7.2 (standard 7)".
std::string subject(const ChallengeItem& item) {
  if (!item.point_id.empty()) return "point " + item.point_id;
  if (item.standard_id == "Overall") return "overall rating";
  if (!item.standard_id.empty()) return "standard " + item.standard_id;
  return "focus area " + (item.area_title.empty() ? item.area_id : item.area_title);
}

std::size_t display_length(const std::string& text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

/// `text` wrapped at `width` columns, every line starting with `indent`.
std::string wrap(const std::string& text, const std::string& indent, std::size_t width) {
  std::string out;
  std::string line = indent;
  std::size_t length = indent.size();
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::size_t word_length = display_length(word);
    if (length > indent.size() && length + 1 + word_length > width) {
      out += line + "\n";
      line = indent;
      length = indent.size();
    }
    if (length > indent.size()) {
      line += ' ';
      ++length;
    }
    line += word;
    length += word_length;
  }
  if (length > indent.size()) out += line + "\n";
  return out;
}

constexpr std::string_view kNothingToChallenge =
    "Nothing to challenge: no evidence contradicts a point, no practice gap, no over-claimed "
    "rating, no evidence gap, no Met point on level-1 evidence alone and no focus area below "
    "its ratings' claim.";

/// "Further questions (3 more, in order of weight)".
std::string further_heading(std::size_t more) {
  return "Further questions (" + std::to_string(more) + " more, in order of weight)";
}

}  // namespace

std::string render_challenge_text(const std::vector<ChallengeItem>& items, const std::string& title,
                                  std::size_t width) {
  std::string out = title;
  if (items.empty()) {
    return out + "\n\n" + std::string(kNothingToChallenge) + "\n";
  }
  out += " (" + std::to_string(items.size()) + (items.size() == 1 ? " question" : " questions") +
         ", most important first)\n";
  const std::size_t digits = std::to_string(items.size()).size();
  const std::string indent(digits + 2, ' ');
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ChallengeItem& item = items[i];
    if (i == kChallengeFirstPage) out += "\n" + further_heading(items.size() - i) + "\n";
    std::string rank = std::to_string(item.rank);
    out += "\n" + std::string(digits - std::min(digits, rank.size()), ' ') + rank + ". " +
           challenge_category_label(item.category) + ": " + subject(item) + "\n";
    out += wrap(item.question, indent, width);
    out += wrap("Why: " + item.why, indent, width);
  }
  return out;
}

void add_challenge_sheet(layout::Workbook& book, const std::vector<ChallengeItem>& items) {
  layout::Sheet& sheet = book.add_sheet(kChallengeSheet);
  for (std::size_t i = 0; i < cs::kHeaders.size(); ++i) {
    sheet.set(0, static_cast<int>(i), std::string(cs::kHeaders[i]), styles::header());
  }
  layout::Style centred = styles::text();
  centred.align = layout::Style::Align::kCenter;
  layout::Style heading;
  heading.bold = true;
  int row = 1;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ChallengeItem& item = items[i];
    if (i == kChallengeFirstPage) {
      // The first printed page holds the questions a panel asks; the rest follow on the next.
      sheet.page_breaks.push_back(row);
      sheet.set(row, layout::kTextCol, further_heading(items.size() - i), heading);
      sheet.row_heights[row] = kHeadingHeight;
      ++row;
    }
    sheet.set(row, col::kRank, static_cast<double>(item.rank), centred);
    sheet.set(row, col::kCategory, challenge_category_label(item.category), styles::text());
    sheet.set(row, col::kStandard, item.standard_id, centred);
    sheet.set(row, col::kPoint, item.point_id, centred);
    sheet.set(row, col::kArea, item.area_title.empty() ? item.area_id : item.area_title,
              styles::text());
    sheet.set(row, col::kQuestion, item.question, styles::text());
    sheet.set(row, col::kWhy, item.why, styles::text());
    ++row;
  }
  if (items.empty()) {
    sheet.set(row++, layout::kTextCol, std::string(kNothingToChallenge));
  }
  const int last_col = column_count(cs::kHeaders) - 1;
  sheet.freeze_rows = 1;
  sheet.autofilter = layout::Range{0, 0, std::max(row - 1, 0), last_col};
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = 0;
  sheet.repeat_last_row = 0;
  sheet.column_widths = {{col::kRank, 6},  {col::kCategory, 20}, {col::kStandard, 9},
                         {col::kPoint, 7}, {col::kArea, 22},     {col::kQuestion, 60},
                         {col::kWhy, 70}};
}

}  // namespace s11
