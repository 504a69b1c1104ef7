#include "reports/evidence_template.h"

#include "workbooks/evidence_workbook.h"
#include "reports/styles.h"

namespace s11 {
namespace {

namespace ew = evidence_workbook;

constexpr int kHeaderRow = 3;

template <std::size_t N>
std::vector<std::string> strings(const std::array<std::string_view, N>& items) {
  return {items.begin(), items.end()};
}

std::vector<std::string> rating_names(const RatingScheme& scheme) {
  std::vector<std::string> names;
  for (const auto& level : scheme.levels) names.push_back(level.name);
  return names;
}

/// A title in A1 and instructions across the columns of row 2, above a table with `columns`
/// columns.
void write_intro(layout::Sheet& sheet, const std::string& title, const std::string& text,
                 int columns) {
  sheet.set(0, 0, title, styles::title());
  layout::Style intro;
  intro.wrap = true;
  sheet.set(1, 0, text, intro);
  sheet.merges.push_back(layout::Range{1, 0, 1, columns - 1});
  sheet.row_heights[1] = 45;
}

void write_headers(layout::Sheet& sheet, int row, const std::vector<std::string>& headers) {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(row, static_cast<int>(i), headers[i], styles::header());
  }
  sheet.freeze_rows = row + 1;
  sheet.repeat_first_row = row;
  sheet.repeat_last_row = row;
  sheet.landscape = true;
  sheet.fit_to_width = true;
}

/// Guidance sheet: one row per point, so each Self-assessment row can link to its guidance.
/// Returns the guidance row of each point id.
std::map<std::string, int> build_guidance(layout::Sheet& sheet, const Framework& framework) {
  sheet.set(0, 0, "Guidance: the evidence expected for each point", styles::title());
  sheet.set(1, 0, framework.title + " (" + framework.id + ", version " + framework.version + ")");
  write_headers(sheet, kHeaderRow,
                {"Point", "Requirement", "Evidence expected", "Good-practice example",
                 "Suggested action if a gap", "Essential"});
  std::map<std::string, int> rows;
  int row = kHeaderRow + 1;
  for (const auto& standard : framework.standards) {
    sheet.set(row, 0, standard.id, styles::group());
    sheet.set(row, 1, "Standard " + standard.id + ": " + standard.title, styles::group());
    for (int c = 2; c < 6; ++c) sheet.set(row, c, "", styles::group());
    ++row;
    for (const auto& point : standard.points) {
      rows[point.id] = row;
      sheet.set(row, 0, point.id, styles::text());
      sheet.set(row, 1, point.requirement, styles::text());
      sheet.set(row, 2, point.guidance, styles::text());
      sheet.set(row, 3, point.example, styles::text());
      sheet.set(row, 4, point.action, styles::text());
      sheet.set(row, 5, point.essential ? "Essential" : "", styles::text());
      ++row;
    }
  }
  sheet.column_widths = {{0, 8}, {1, 45}, {2, 45}, {3, 45}, {4, 40}, {5, 10}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, row - 1, 5};
  sheet.protect = true;
  return rows;
}

void build_self_assessment(layout::Sheet& sheet, const Framework& framework,
                           const AuditConfig& config, const std::map<std::string, int>& guidance) {
  write_intro(sheet,
              "Section 11 self-assessment: " + config.organisation + ", " + config.period,
              "Choose a Status for every point and an Agency rating for every standard and "
              "overall (" +
                  framework.scheme.names_for_message() +
                  "). Not applicable needs a justification. Each point's guidance is one click "
                  "away in the Guidance column. Record your evidence on the Evidence sheet.",
              static_cast<int>(ew::kSelfAssessmentHeaders.size()));
  write_headers(sheet, kHeaderRow, strings(ew::kSelfAssessmentHeaders));

  const std::string guidance_sheet(ew::kGuidanceSheet);
  int row = kHeaderRow + 1;
  const int first = row;
  layout::Style locked_grey = styles::group();
  for (const auto& standard : framework.standards) {
    sheet.set(row, 0, standard.id, styles::group());
    sheet.set(row, 1, "", styles::group());
    sheet.set(row, 2, "Standard " + standard.id + ": " + standard.title, styles::group());
    for (int c = 3; c < 9; ++c) sheet.set(row, c, "", c == 5 ? styles::input() : locked_grey);
    ++row;
    for (const auto& point : standard.points) {
      sheet.set(row, 0, standard.id, styles::text());
      sheet.set(row, 1, point.id, styles::text());
      sheet.set(row, 2, point.requirement, styles::text());
      sheet.set(row, 3, point.essential ? "Essential" : "", styles::text());
      sheet.set(row, 4, "", styles::input());
      sheet.set(row, 5, "", styles::text());
      sheet.set(row, 6, "", styles::input());
      sheet.set(row, 7, "", styles::input());
      auto& link = sheet.set(row, 8, "Guidance", styles::link());
      link.link = "internal:'" + guidance_sheet + "'!A" + std::to_string(guidance.at(point.id) + 1);
      ++row;
    }
  }
  sheet.set(row, 0, std::string(ew::kOverallRowLabel), styles::group());
  sheet.set(row, 1, "", styles::group());
  sheet.set(row, 2, "Overall rating for the organisation", styles::group());
  for (int c = 3; c < 9; ++c) sheet.set(row, c, "", c == 5 ? styles::input() : locked_grey);
  const int last = row;

  sheet.validations.push_back({layout::Range{first, 4, last, 4}, strings(ew::kStatuses),
                               "Choose Met, Partly met, Not met or Not applicable."});
  sheet.validations.push_back({layout::Range{first, 5, last, 5}, rating_names(framework.scheme),
                               "Choose " + framework.scheme.names_for_message() + "."});
  sheet.column_widths = {{0, 9}, {1, 7}, {2, 60}, {3, 10}, {4, 15},
                         {5, 13}, {6, 32}, {7, 40}, {8, 10}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, 8};
  sheet.protect = true;
}

void build_register(layout::Sheet& sheet) {
  write_intro(sheet, "Evidence register",
              "One row per item of evidence. Points supported: the point ids it evidences, "
              "separated by commas (e.g. 1.2, 5.3). Impact level: 1 inputs and processes, 2 "
              "practitioners' experience, 3 outcomes for children, 4 embedded and shared "
              "practice. Evidence older than the audit's currency window counts as stale.",
              static_cast<int>(ew::kEvidenceHeaders.size()));
  write_headers(sheet, kHeaderRow, strings(ew::kEvidenceHeaders));
  const int first = kHeaderRow + 1;
  const int last = first + ew::kEvidenceTemplateRows - 1;
  layout::Style date_input = styles::date();
  date_input.locked = false;
  date_input.fill = styles::input().fill;
  for (int row = first; row <= last; ++row) {
    for (int c = 0; c < 9; ++c) sheet.set(row, c, "", c == 3 ? date_input : styles::input());
  }
  sheet.validations.push_back({layout::Range{first, 2, last, 2}, strings(ew::kEvidenceTypes),
                               "Choose a type from the list."});
  sheet.validations.push_back(
      {layout::Range{first, 7, last, 7}, {"1", "2", "3", "4"}, "Choose an impact level 1-4."});
  sheet.validations.push_back(
      {layout::Range{first, 8, last, 8}, strings(ew::kYesNo), "Choose Yes or No."});
  sheet.column_widths = {{0, 12}, {1, 40}, {2, 16}, {3, 12}, {4, 22},
                         {5, 35}, {6, 18}, {7, 10}, {8, 14}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, 8};
  sheet.protect = true;
}

}  // namespace

layout::Workbook build_evidence_template(const Framework& framework, const AuditConfig& config) {
  layout::Workbook book;
  book.title = "Section 11 self-assessment evidence: " + config.organisation;
  book.subject = framework.title;
  book.author = config.author;
  book.company = config.organisation;
  book.created = config.audit_date;
  book.add_sheet(std::string(ew::kSelfAssessmentSheet));
  book.add_sheet(std::string(ew::kEvidenceSheet));
  book.add_sheet(std::string(ew::kGuidanceSheet));
  auto rows = build_guidance(book.sheets[2], framework);
  build_self_assessment(book.sheets[0], framework, config, rows);
  build_register(book.sheets[1]);
  return book;
}

}  // namespace s11
