#include "reports/findings_report.h"

#include <algorithm>
#include <set>

#include "reports/section11_return.h"
#include "reports/styles.h"

namespace s11 {
namespace {

using layout::kTextCol;
constexpr int kBulletCol = kTextCol;

constexpr double kDefaultRowPoints = 15;
constexpr double kSpacerPoints = 8;
constexpr double kAreaHeadingPoints = 24;

layout::Style wrapped() {
  layout::Style s;
  s.wrap = true;
  return s;
}

layout::Style area_heading() {
  layout::Style s;
  s.bold = true;
  s.font_size = 13;
  s.font_colour = "1F4E78";
  return s;
}

layout::Style block_heading() {
  layout::Style s;
  s.bold = true;
  return s;
}

layout::Style bullet() {
  layout::Style s;
  s.align = layout::Style::Align::kRight;
  return s;
}

layout::Style none_text() {
  layout::Style s = wrapped();
  s.italic = true;
  return s;
}

/// The sheet being written, row by row, with the rows that must print on the page of the row
/// after them.
class Writer {
 public:
  explicit Writer(layout::Sheet& sheet) : sheet_(sheet) {}

  int row() const { return row_; }

  /// A line spanning both columns.
  void line(const std::string& text, const layout::Style& style, bool keep_with_next = false) {
    sheet_.set(row_, kTextCol, text, style);
    sheet_.merges.push_back({row_, kTextCol, row_, kFindingsTextCol});
    next(keep_with_next);
  }
  /// A text in the text column, with a bullet before it when `bulleted`, printed on the page of
  /// the next row when `keep_with_next`.
  void item(const std::string& text, const layout::Style& style, bool bulleted = true,
            bool keep_with_next = false) {
    if (bulleted) sheet_.set(row_, kBulletCol, "\u2022", bullet());
    sheet_.set(row_, kFindingsTextCol, text, style);
    next(keep_with_next);
  }
  /// A heading kept with what follows it.
  void heading(const std::string& text, const layout::Style& style, double points = 0) {
    if (points > 0) sheet_.row_heights[row_] = points;
    line(text, style, true);
  }
  void spacer() {
    sheet_.row_heights[row_] = kSpacerPoints;
    next(false);
  }
  const std::set<int>& kept() const { return keep_; }

 private:
  void next(bool keep_with_next) {
    if (keep_with_next) keep_.insert(row_);
    ++row_;
  }
  layout::Sheet& sheet_;
  int row_ = 0;
  std::set<int> keep_;
};

/// Page breaks for rows 0..rows-1 of `sheet` (heights fitted), never between a row in `kept`
/// and the one after it.
std::vector<int> page_breaks(const layout::Sheet& sheet, int rows, const std::set<int>& kept) {
  auto height = [&](int row) {
    const auto it = sheet.row_heights.find(row);
    return it == sheet.row_heights.end() ? kDefaultRowPoints : it->second;
  };
  std::vector<int> breaks;
  double used = 0;
  int row = 0;
  while (row < rows) {
    int last = row;
    double unit = height(row);
    while (kept.count(last) && last + 1 < rows) unit += height(++last);
    if (used > 0 && used + unit > kFindingsPagePoints) {
      breaks.push_back(row);
      used = 0;
    }
    used += unit;
    row = last + 1;
  }
  return breaks;
}

/// "Level 2, with level 3 evidence in standard 7": a summary as the start of a sentence.
std::string sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

void write_area(Writer& w, std::size_t number, const AreaFindings& area) {
  w.heading(std::to_string(number) + ". " + area.title, area_heading(), kAreaHeadingPoints);

  w.heading(kStrengthsHeading, block_heading());
  for (const auto& strength : area.strengths) w.item(strength.text, wrapped());
  if (area.strengths.empty()) {
    w.item("None found: no standard or point of this area has current evidence at impact level " +
               std::to_string(kStrengthLevel) + " or above without a practice gap.",
           none_text(), false);
  }
  w.spacer();

  w.heading(kDevelopmentHeading, block_heading());
  for (const auto& development : area.development) w.item(development.text, wrapped());
  if (area.development.empty()) {
    w.item("None: no practice gaps and no evidence gaps in this area.", none_text(), false);
  }
  w.spacer();

  w.heading(kImpactHeading, block_heading());
  w.item("In relation to the impact model: " + area.impact_summary +
             (area.impact_summary.empty() || area.impact_summary.back() == '.' ? "" : "."),
         wrapped(), false, !area.impact_rationale.empty());
  if (!area.impact_rationale.empty()) w.item(sentence(area.impact_rationale), wrapped(), false);
  w.spacer();

  w.heading(kRecommendationsHeading, block_heading());
  if (area.recommendations.empty()) {
    w.item("No actions recommended for this area.", none_text(), false);
  } else {
    w.item(area.recommendation_lead, wrapped(), false, true);
    for (const auto& recommendation : area.recommendations) {
      std::string text = recommendation.text;
      while (!text.empty() && text.back() == '.') text.pop_back();
      if (!recommendation.point_id.empty()) {
        text += " (point " + recommendation.point_id + ")";
      } else if (!recommendation.standard_id.empty()) {
        text += " (standard " + recommendation.standard_id + ")";
      }
      w.item(text + ".", wrapped());
    }
  }
  w.spacer();
  w.spacer();
}

}  // namespace

void add_findings_sheet(layout::Workbook& book, const Audit& audit,
                        const std::vector<AreaFindings>& findings, std::size_t position) {
  layout::Sheet sheet;
  sheet.name = kFindingsSheet;
  Writer w(sheet);
  w.line("Findings: " + audit.config.organisation + ", " + audit.config.period, styles::title());
  w.line(
      "For each focus area, as an independent review reports it: its strengths (standards and "
      "points whose current evidence is at impact level " +
          std::to_string(kStrengthLevel) +
          " or above and that are no practice gap: a policy existing is not practice), its areas "
          "for development (practice gaps, where something must change, then evidence gaps, "
          "where something must be filed), the impact level it operates at, and the actions "
          "recommended.",
      wrapped());
  w.spacer();
  for (std::size_t i = 0; i < findings.size(); ++i) write_area(w, i + 1, findings[i]);

  sheet.column_widths = {{kBulletCol, 3}, {kFindingsTextCol, 86}};
  sheet.fit_to_width = true;
  sheet.footer = return_footer(audit.config, kFindingsSheet);
  layout::fit_row_heights(sheet);
  sheet.page_breaks = page_breaks(sheet, w.row(), w.kept());

  position = std::min(position, book.sheets.size());
  book.sheets.insert(book.sheets.begin() + static_cast<std::ptrdiff_t>(position), std::move(sheet));
}

}  // namespace s11
