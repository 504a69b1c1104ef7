#include "reports/evidence_template.h"

#include "reports/styles.h"
#include "workbooks/columns.h"
#include "workbooks/evidence_workbook.h"

namespace s11 {
namespace {

namespace ew = evidence_workbook;
using layout::kTextCol;

constexpr int kHeaderRow = 3;

/// Self-assessment columns, in the order of ew::kSelfAssessmentHeaders.
namespace sa_col {
constexpr int kStandard = column_of(ew::kSelfAssessmentHeaders, ew::kStandardHeader);
constexpr int kPoint = column_of(ew::kSelfAssessmentHeaders, ew::kPointHeader);
constexpr int kRequirement = column_of(ew::kSelfAssessmentHeaders, ew::kRequirementHeader);
constexpr int kEssential = column_of(ew::kSelfAssessmentHeaders, ew::kEssentialHeader);
constexpr int kStatus = column_of(ew::kSelfAssessmentHeaders, ew::kStatusHeader);
constexpr int kAgencyRating = column_of(ew::kSelfAssessmentHeaders, ew::kAgencyRatingHeader);
constexpr int kJustification = column_of(ew::kSelfAssessmentHeaders, ew::kJustificationHeader);
constexpr int kComments = column_of(ew::kSelfAssessmentHeaders, ew::kCommentsHeader);
constexpr int kGuidance = column_of(ew::kSelfAssessmentHeaders, ew::kGuidanceHeader);
constexpr int kLast = column_count(ew::kSelfAssessmentHeaders) - 1;
}  // namespace sa_col

/// Evidence register columns, in the order of ew::kEvidenceHeaders.
namespace register_col {
constexpr int kId = column_of(ew::kEvidenceHeaders, ew::kEvidenceIdHeader);
constexpr int kTitle = column_of(ew::kEvidenceHeaders, ew::kTitleHeader);
constexpr int kType = column_of(ew::kEvidenceHeaders, ew::kTypeHeader);
constexpr int kDate = column_of(ew::kEvidenceHeaders, ew::kDateHeader);
constexpr int kOwner = column_of(ew::kEvidenceHeaders, ew::kOwnerHeader);
constexpr int kLocation = column_of(ew::kEvidenceHeaders, ew::kLocationHeader);
constexpr int kPoints = column_of(ew::kEvidenceHeaders, ew::kPointsHeader);
constexpr int kImpact = column_of(ew::kEvidenceHeaders, ew::kImpactHeader);
constexpr int kBestPractice = column_of(ew::kEvidenceHeaders, ew::kBestPracticeHeader);
constexpr int kCount = column_count(ew::kEvidenceHeaders);
}  // namespace register_col

/// Guidance sheet columns, in the order of ew::kGuidanceHeaders.
namespace guidance_col {
constexpr int kPoint = column_of(ew::kGuidanceHeaders, ew::kGuidancePointHeader);
constexpr int kRequirement = column_of(ew::kGuidanceHeaders, ew::kGuidanceRequirementHeader);
constexpr int kExpected = column_of(ew::kGuidanceHeaders, ew::kExpectedHeader);
constexpr int kExample = column_of(ew::kGuidanceHeaders, ew::kExampleHeader);
constexpr int kAction = column_of(ew::kGuidanceHeaders, ew::kActionHeader);
constexpr int kEssential = column_of(ew::kGuidanceHeaders, ew::kGuidanceEssentialHeader);
constexpr int kCount = column_count(ew::kGuidanceHeaders);
}  // namespace guidance_col

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
  sheet.set(0, kTextCol, title, styles::title());
  layout::Style intro;
  intro.wrap = true;
  sheet.set(1, kTextCol, text, intro);
  sheet.merges.push_back(layout::Range{1, kTextCol, 1, columns - 1});
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
  sheet.set(0, kTextCol, "Guidance: the evidence expected for each point", styles::title());
  sheet.set(1, kTextCol,
            framework.title + " (" + framework.id + ", version " + framework.version + ")");
  write_headers(sheet, kHeaderRow, strings(ew::kGuidanceHeaders));
  std::map<std::string, int> rows;
  int row = kHeaderRow + 1;
  for (const auto& standard : framework.standards) {
    sheet.set(row, guidance_col::kPoint, standard.id, styles::group());
    sheet.set(row, guidance_col::kRequirement, "Standard " + standard.id + ": " + standard.title,
              styles::group());
    for (int c = guidance_col::kRequirement + 1; c < guidance_col::kCount; ++c) {
      sheet.set(row, c, "", styles::group());
    }
    ++row;
    for (const auto& point : standard.points) {
      rows[point.id] = row;
      sheet.set(row, guidance_col::kPoint, point.id, styles::text());
      sheet.set(row, guidance_col::kRequirement, point.requirement, styles::text());
      sheet.set(row, guidance_col::kExpected, point.guidance, styles::text());
      sheet.set(row, guidance_col::kExample, point.example, styles::text());
      sheet.set(row, guidance_col::kAction, point.action, styles::text());
      sheet.set(row, guidance_col::kEssential, point.essential ? "Essential" : "", styles::text());
      ++row;
    }
  }
  sheet.column_widths = {{guidance_col::kPoint, 8},     {guidance_col::kRequirement, 45},
                         {guidance_col::kExpected, 45}, {guidance_col::kExample, 45},
                         {guidance_col::kAction, 40},   {guidance_col::kEssential, 10}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, row - 1, guidance_col::kCount - 1};
  sheet.protect = true;
  return rows;
}

void build_self_assessment(layout::Sheet& sheet, const Framework& framework,
                           const AuditConfig& config, const std::map<std::string, int>& guidance) {
  write_intro(sheet, "Section 11 self-assessment: " + config.organisation + ", " + config.period,
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
    sheet.set(row, sa_col::kStandard, standard.id, styles::group());
    sheet.set(row, sa_col::kPoint, "", styles::group());
    sheet.set(row, sa_col::kRequirement, "Standard " + standard.id + ": " + standard.title,
              styles::group());
    for (int c = sa_col::kRequirement + 1; c <= sa_col::kLast; ++c) {
      sheet.set(row, c, "", c == sa_col::kAgencyRating ? styles::input() : locked_grey);
    }
    ++row;
    for (const auto& point : standard.points) {
      sheet.set(row, sa_col::kStandard, standard.id, styles::text());
      sheet.set(row, sa_col::kPoint, point.id, styles::text());
      sheet.set(row, sa_col::kRequirement, point.requirement, styles::text());
      sheet.set(row, sa_col::kEssential, point.essential ? "Essential" : "", styles::text());
      sheet.set(row, sa_col::kStatus, "", styles::input());
      sheet.set(row, sa_col::kAgencyRating, "", styles::text());
      sheet.set(row, sa_col::kJustification, "", styles::input());
      sheet.set(row, sa_col::kComments, "", styles::input());
      auto& link = sheet.set(row, sa_col::kGuidance, "Guidance", styles::link());
      link.link = "internal:'" + guidance_sheet + "'!A" + std::to_string(guidance.at(point.id) + 1);
      ++row;
    }
  }
  sheet.set(row, sa_col::kStandard, std::string(ew::kOverallRowLabel), styles::group());
  sheet.set(row, sa_col::kPoint, "", styles::group());
  sheet.set(row, sa_col::kRequirement, "Overall rating for the organisation", styles::group());
  for (int c = sa_col::kRequirement + 1; c <= sa_col::kLast; ++c) {
    sheet.set(row, c, "", c == sa_col::kAgencyRating ? styles::input() : locked_grey);
  }
  const int last = row;

  sheet.validations.push_back({layout::Range{first, sa_col::kStatus, last, sa_col::kStatus},
                               strings(ew::kStatuses),
                               "Choose Met, Partly met, Not met or Not applicable."});
  sheet.validations.push_back(
      {layout::Range{first, sa_col::kAgencyRating, last, sa_col::kAgencyRating},
       rating_names(framework.scheme), "Choose " + framework.scheme.names_for_message() + "."});
  sheet.column_widths = {
      {sa_col::kStandard, 9},       {sa_col::kPoint, 7},     {sa_col::kRequirement, 60},
      {sa_col::kEssential, 10},     {sa_col::kStatus, 15},   {sa_col::kAgencyRating, 13},
      {sa_col::kJustification, 32}, {sa_col::kComments, 40}, {sa_col::kGuidance, 10}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, sa_col::kLast};
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
    for (int c = 0; c < register_col::kCount; ++c) {
      sheet.set(row, c, "", c == register_col::kDate ? date_input : styles::input());
    }
  }
  sheet.validations.push_back({layout::Range{first, register_col::kType, last, register_col::kType},
                               strings(ew::kEvidenceTypes), "Choose a type from the list."});
  sheet.validations.push_back(
      {layout::Range{first, register_col::kImpact, last, register_col::kImpact},
       {"1", "2", "3", "4"},
       "Choose an impact level 1-4."});
  sheet.validations.push_back(
      {layout::Range{first, register_col::kBestPractice, last, register_col::kBestPractice},
       strings(ew::kYesNo), "Choose Yes or No."});
  sheet.column_widths = {
      {register_col::kId, 12},     {register_col::kTitle, 40},  {register_col::kType, 16},
      {register_col::kDate, 12},   {register_col::kOwner, 22},  {register_col::kLocation, 35},
      {register_col::kPoints, 18}, {register_col::kImpact, 10}, {register_col::kBestPractice, 14}};
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, register_col::kCount - 1};
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
