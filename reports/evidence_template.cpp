#include "reports/evidence_template.h"

#include "base/text.h"
#include "reports/styles.h"
#include "workbooks/columns.h"
#include "workbooks/evidence_workbook.h"

namespace s11 {
namespace {

namespace ew = evidence_workbook;
using layout::kTextCol;

/// The header row of the Evidence and Guidance sheets, and the first row of the
/// Self-assessment's rating key (its table's header follows the key).
constexpr int kHeaderRow = 3;

/// The row under the instructions where a carried workbook says what was carried from where.
constexpr int kCarriedRow = 2;
/// The column a carried workbook adds to both sheets, after the shape's own: written only, the
/// reader finds its columns by their headers and does not read it.
constexpr std::string_view kSinceLastYearHeader = "Since last year";
/// Rows and cells that need the user's review: a reworded or new point, stale evidence.
constexpr std::string_view kReviewFill = "F8CBAD";

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
constexpr int kShows = column_of(ew::kEvidenceHeaders, ew::kShowsHeader);
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

/// A style with the review fill, for a carried row that needs the user.
layout::Style review(layout::Style style) {
  style.fill = std::string(kReviewFill);
  return style;
}

/// What a carried workbook says under a sheet's instructions, merged across `columns`.
void write_carried_line(layout::Sheet& sheet, const std::string& text, int columns) {
  layout::Style style = styles::text();
  style.bold = true;
  style.fill = std::string(kReviewFill);
  sheet.set(kCarriedRow, kTextCol, text, style);
  for (int c = kTextCol + 1; c < columns; ++c) sheet.set(kCarriedRow, c, "", style);
  sheet.merges.push_back(layout::Range{kCarriedRow, kTextCol, kCarriedRow, columns - 1});
  sheet.row_heights[kCarriedRow] = 60;
}

std::string count_of(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// The Since last year note of a point row, and whether the row needs review.
std::pair<std::string, bool> point_note(const CarriedPoint& point, const std::string& period) {
  switch (point.change) {
    case PointChange::kNew:
      return {"New point this year: choose a status", true};
    case PointChange::kWordingChanged:
      return {"Wording changed since " + period + ": review the status carried. Then: \"" +
                  point.last_requirement + "\"",
              true};
    case PointChange::kUnchanged:
      break;
  }
  if (point.assessment.status == PointStatus::kNotAnswered) {
    return {"Carried from " + period + " (no status then)", false};
  }
  return {"Carried from " + period, false};
}

/// The Since last year note of a standard's row, and whether it needs review.
std::pair<std::string, bool> rating_note(const Standard& standard, const CarriedWorkbook& carried,
                                         const RatingScheme& scheme) {
  std::vector<std::string> fresh;
  std::vector<std::string> reworded;
  for (const auto& point : standard.points) {
    PointChange change = carried.points.at(point.id).change;
    if (change == PointChange::kNew) fresh.push_back(point.id);
    if (change == PointChange::kWordingChanged) reworded.push_back(point.id);
  }
  std::vector<std::string> removed;
  for (const auto& point : carried.removed) {
    if (point.standard == standard.id) removed.push_back(point.id);
  }
  auto it = carried.agency_ratings.find(standard.id);
  if (it == carried.agency_ratings.end()) {
    if (fresh.size() == standard.points.size()) return {"New standard this year", true};
    return {"No rating in " + carried.period, false};
  }
  if (!scheme.find(it->second)) {
    return {
        "Last year's rating \"" + it->second + "\" is not in the " + scheme.name + ": choose one",
        true};
  }
  std::string note = "Rating carried from " + carried.period;
  if (fresh.empty() && reworded.empty() && removed.empty()) return {note, false};
  std::vector<std::string> changes;
  if (!fresh.empty()) changes.push_back(join(fresh, ", ") + " new");
  if (!reworded.empty()) changes.push_back(join(reworded, ", ") + " reworded");
  if (!removed.empty()) changes.push_back(join(removed, ", ") + " removed");
  return {note + "; review it: " + join(changes, "; "), true};
}

std::string carried_self_assessment_line(const CarriedWorkbook& carried,
                                         const RatingScheme& scheme) {
  std::size_t statuses = 0;
  std::size_t comments = 0;
  std::size_t fresh = 0;
  std::size_t reworded = 0;
  for (const auto& [id, point] : carried.points) {
    statuses += point.assessment.status != PointStatus::kNotAnswered;
    comments += !point.assessment.comments.empty();
    fresh += point.change == PointChange::kNew;
    reworded += point.change == PointChange::kWordingChanged;
  }
  std::size_t ratings = scheme.find(carried.agency_overall_rating) != nullptr;
  for (const auto& [id, rating] : carried.agency_ratings) ratings += scheme.find(rating) != nullptr;
  return "Carried from last year's workbook " + carried.source + " (" + carried.period + ", " +
         carried.framework + "): " + count_of(statuses, "status", "statuses") + ", " +
         count_of(comments, "comment", "comments") + " and " +
         count_of(ratings, "agency rating", "agency ratings") + "; " +
         count_of(fresh, "point", "points") + " new in this framework, " +
         std::to_string(reworded) + " reworded, " + std::to_string(carried.removed.size()) +
         " removed. Every status and rating here is last year's: confirm or change each one, "
         "the rows marked in the \"" +
         std::string(kSinceLastYearHeader) + "\" column first.";
}

void build_self_assessment(layout::Sheet& sheet, const Framework& framework,
                           const AuditConfig& config, const std::map<std::string, int>& guidance,
                           const CarriedWorkbook* carried) {
  const int columns = static_cast<int>(ew::kSelfAssessmentHeaders.size()) + (carried ? 1 : 0);
  const int note_col = sa_col::kLast + 1;
  write_intro(sheet, "Section 11 self-assessment: " + config.organisation + ", " + config.period,
              "Choose a Status for every point and an Agency rating for every standard and "
              "overall (" +
                  framework.scheme.names_for_message() +
                  ": the key below says what each means). Not applicable needs a justification. "
                  "Each point's guidance is one click "
                  "away in the Guidance column. Record your evidence on the Evidence sheet.",
              columns);
  std::vector<std::string> headers = strings(ew::kSelfAssessmentHeaders);
  if (carried) {
    write_carried_line(sheet, carried_self_assessment_line(*carried, framework.scheme), columns);
    headers.emplace_back(kSinceLastYearHeader);
  }
  // The key to the ratings asked for, above the table (the reader finds the table by its
  // header row, so the rows the key takes do not matter to it).
  const int header_row = styles::rating_key(sheet, kHeaderRow, framework.scheme,
                                            {sa_col::kStandard, sa_col::kPoint,
                                             sa_col::kRequirement, sa_col::kStatus}) +
                         1;
  write_headers(sheet, header_row, headers);

  const std::string guidance_sheet(ew::kGuidanceSheet);
  int row = header_row + 1;
  const int first = row;
  layout::Style locked_grey = styles::group();
  auto rating_row = [&](const std::string& rating, const std::pair<std::string, bool>& note) {
    for (int c = sa_col::kRequirement + 1; c <= sa_col::kLast; ++c) {
      if (c != sa_col::kAgencyRating) {
        sheet.set(row, c, "", locked_grey);
      } else if (framework.scheme.find(rating)) {
        sheet.set(row, c, rating, note.second ? review(styles::input()) : styles::input());
      } else {
        sheet.set(row, c, "", note.second ? review(styles::input()) : styles::input());
      }
    }
    if (carried)
      sheet.set(row, note_col, note.first, note.second ? review(locked_grey) : locked_grey);
  };
  for (const auto& standard : framework.standards) {
    sheet.set(row, sa_col::kStandard, standard.id, styles::group());
    sheet.set(row, sa_col::kPoint, "", styles::group());
    sheet.set(row, sa_col::kRequirement, "Standard " + standard.id + ": " + standard.title,
              styles::group());
    if (carried) {
      auto it = carried->agency_ratings.find(standard.id);
      rating_row(it == carried->agency_ratings.end() ? "" : it->second,
                 rating_note(standard, *carried, framework.scheme));
    } else {
      rating_row("", {});
    }
    ++row;
    for (const auto& point : standard.points) {
      const CarriedPoint* last = carried ? &carried->points.at(point.id) : nullptr;
      const PointAssessment assessment = last ? last->assessment : PointAssessment{};
      const auto note = last ? point_note(*last, carried->period) : std::pair<std::string, bool>{};
      sheet.set(row, sa_col::kStandard, standard.id, styles::text());
      sheet.set(row, sa_col::kPoint, point.id, styles::text());
      sheet.set(row, sa_col::kRequirement, point.requirement, styles::text());
      sheet.set(row, sa_col::kEssential, point.essential ? "Essential" : "", styles::text());
      sheet.set(row, sa_col::kStatus, status_label(assessment.status),
                note.second ? review(styles::input()) : styles::input());
      sheet.set(row, sa_col::kAgencyRating, "", styles::text());
      sheet.set(row, sa_col::kJustification, assessment.justification, styles::input());
      sheet.set(row, sa_col::kComments, assessment.comments, styles::input());
      auto& link = sheet.set(row, sa_col::kGuidance, "Guidance", styles::link());
      link.link = "internal:'" + guidance_sheet + "'!A" + std::to_string(guidance.at(point.id) + 1);
      if (last) {
        sheet.set(row, note_col, note.first, note.second ? review(styles::text()) : styles::text());
      }
      ++row;
    }
  }
  sheet.set(row, sa_col::kStandard, std::string(ew::kOverallRowLabel), styles::group());
  sheet.set(row, sa_col::kPoint, "", styles::group());
  sheet.set(row, sa_col::kRequirement, "Overall rating for the organisation", styles::group());
  if (carried) {
    const std::string& overall = carried->agency_overall_rating;
    std::pair<std::string, bool> note{"No overall rating in " + carried->period, false};
    if (!overall.empty()) {
      note = framework.scheme.find(overall)
                 ? std::pair<std::string, bool>{"Rating carried from " + carried->period, false}
                 : std::pair<std::string, bool>{"Last year's rating \"" + overall +
                                                    "\" is not in the " + framework.scheme.name +
                                                    ": choose one",
                                                true};
    }
    rating_row(overall, note);
  } else {
    rating_row("", {});
  }
  const int last = row;

  if (carried && !carried->removed.empty()) {
    // Below the table, with no standard or point id, so the reader passes over these rows.
    row += 2;
    sheet.set(row, sa_col::kRequirement,
              "Points of last year's framework (" + carried->framework +
                  ") that this one does not have; nothing of theirs is carried:",
              styles::group());
    for (const auto& removed : carried->removed) {
      ++row;
      sheet.set(row, sa_col::kRequirement, removed.id + ": " + removed.requirement, styles::text());
      sheet.set(row, note_col,
                "Removed this year; " + carried->period + " status: " +
                    (removed.status == PointStatus::kNotAnswered ? std::string("none")
                                                                 : status_label(removed.status)),
                styles::text());
    }
  }

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
  if (carried) sheet.column_widths[note_col] = 45;
  sheet.autofilter = layout::Range{header_row, 0, last, columns - 1};
  sheet.protect = true;
  if (carried) layout::fit_row_heights(sheet);
}

/// The Since last year note of a carried evidence item.
std::string evidence_note(const CarriedEvidence& carried, const CarriedWorkbook& workbook,
                          const AuditConfig& config, const Framework& framework) {
  std::string note = "Carried from " + workbook.period;
  if (carried.stale) {
    // First, so a column of notes reads as a list of what is stale.
    note = "Stale: dated " + carried.item.date.words() + ", more than " +
           std::to_string(config.currency_months) + " months before the audit date " +
           config.audit_date.long_text() +
           "; replace it, or correct the date if it was reviewed since. " + note;
  }
  if (!carried.dropped.empty()) {
    note += ". Dropped from Points supported: " + join(carried.dropped, ", ") + " (not in " +
            framework.id + ")";
  }
  return note;
}

std::string carried_register_line(const CarriedWorkbook& carried, const AuditConfig& config,
                                  const Framework& framework) {
  std::size_t stale = 0;
  for (const auto& item : carried.evidence) stale += item.stale;
  std::string line = "Carried from last year's register " + carried.source + " (" + carried.period +
                     "): " + count_of(carried.evidence.size(), "item", "items") + ", " +
                     std::to_string(stale) + " of them stale (dated before " +
                     add_months(config.audit_date, -config.currency_months).long_text() +
                     ", more than " + std::to_string(config.currency_months) +
                     " months before the audit date " + config.audit_date.long_text() +
                     "), marked in the \"" + std::string(kSinceLastYearHeader) +
                     "\" column: replace them with current evidence, or correct the date of a "
                     "document reviewed since.";
  if (!carried.left_out.empty()) {
    std::vector<std::string> items;
    for (const auto& left : carried.left_out) {
      items.push_back(left.item.id + " (supported only " + join(left.dropped, ", ") + ")");
    }
    line += " Not carried, as they support only points " + framework.id +
            " does not have: " + join(items, ", ") + ".";
  }
  return line;
}

void build_register(layout::Sheet& sheet, const Framework& framework, const AuditConfig& config,
                    const CarriedWorkbook* carried) {
  const int columns = register_col::kCount + (carried ? 1 : 0);
  const int note_col = register_col::kCount;
  write_intro(sheet, "Evidence register",
              "One row per item of evidence. Points supported: the point ids it evidences, "
              "separated by commas (e.g. 1.2, 5.3). Shows: Supports (it shows the points met), "
              "Partly (it shows them met only in part, e.g. training in some services: not proof "
              "on its own) or Contradicts (it shows them not met in practice, e.g. a focus group "
              "where staff could not say how to raise a concern: each becomes a practice gap "
              "whatever its status); blank means Supports. Impact level: 1 inputs and processes, 2 "
              "practitioners' experience, 3 outcomes for children, 4 embedded and shared "
              "practice. Evidence older than the audit's currency window counts as stale.",
              columns);
  sheet.row_heights[1] = 75;  // The longer introduction: what Shows means.
  std::vector<std::string> headers = strings(ew::kEvidenceHeaders);
  if (carried) {
    write_carried_line(sheet, carried_register_line(*carried, config, framework), columns);
    headers.emplace_back(kSinceLastYearHeader);
  }
  write_headers(sheet, kHeaderRow, headers);
  const int first = kHeaderRow + 1;
  const int carried_rows = carried ? static_cast<int>(carried->evidence.size()) : 0;
  const int last = first + carried_rows + ew::kEvidenceTemplateRows - 1;
  layout::Style date_input = styles::date();
  date_input.locked = false;
  date_input.fill = styles::input().fill;
  int row = first;
  if (carried) {
    for (const auto& each : carried->evidence) {
      const EvidenceItem& item = each.item;
      const bool mark = each.stale || !each.dropped.empty();
      const layout::Style input = styles::input();
      sheet.set(row, register_col::kId, item.id, input);
      sheet.set(row, register_col::kTitle, item.title, input);
      sheet.set(row, register_col::kType, item.type, input);
      // A month stays a month: its first day shown as "May 2015"; a quarter has no number
      // format, so it is written as typed ("Q1 2015-16"), which the reader takes back.
      layout::Style date_style = date_input;
      if (item.date.precision == DatePrecision::kMonth) date_style.number_format = "mmmm yyyy";
      if (item.date.precision == DatePrecision::kQuarter) {
        date_style = styles::input();
        sheet.set(row, register_col::kDate, item.date.written(),
                  each.stale ? review(date_style) : date_style);
      } else {
        sheet.set(row, register_col::kDate, item.date.first,
                  each.stale ? review(date_style) : date_style);
      }
      sheet.set(row, register_col::kOwner, item.owner, input);
      sheet.set(row, register_col::kLocation, item.location, input);
      sheet.set(row, register_col::kPoints, join(item.points, ", "),
                each.dropped.empty() ? input : review(input));
      sheet.set(row, register_col::kShows,
                item.shows == EvidenceShows::kSupports ? "" : shows_label(item.shows), input);
      if (item.impact_level > 0) {
        sheet.set(row, register_col::kImpact, static_cast<double>(item.impact_level), input);
      } else {
        sheet.set(row, register_col::kImpact, "", input);
      }
      sheet.set(row, register_col::kBestPractice, item.best_practice ? "Yes" : "", input);
      sheet.set(row, note_col, evidence_note(each, *carried, config, framework),
                mark ? review(styles::text()) : styles::text());
      ++row;
    }
  }
  for (; row <= last; ++row) {
    for (int c = 0; c < register_col::kCount; ++c) {
      sheet.set(row, c, "", c == register_col::kDate ? date_input : styles::input());
    }
  }
  sheet.validations.push_back({layout::Range{first, register_col::kType, last, register_col::kType},
                               strings(ew::kEvidenceTypes), "Choose a type from the list."});
  sheet.validations.push_back(
      {layout::Range{first, register_col::kShows, last, register_col::kShows}, strings(ew::kShows),
       "Choose Supports, Partly or Contradicts (blank means Supports)."});
  sheet.validations.push_back(
      {layout::Range{first, register_col::kImpact, last, register_col::kImpact},
       {"1", "2", "3", "4"},
       "Choose an impact level 1-4."});
  sheet.validations.push_back(
      {layout::Range{first, register_col::kBestPractice, last, register_col::kBestPractice},
       strings(ew::kYesNo), "Choose Yes or No."});
  sheet.column_widths = {{register_col::kId, 12},     {register_col::kTitle, 40},
                         {register_col::kType, 16},   {register_col::kDate, 12},
                         {register_col::kOwner, 22},  {register_col::kLocation, 35},
                         {register_col::kPoints, 18}, {register_col::kShows, 13},
                         {register_col::kImpact, 10}, {register_col::kBestPractice, 14}};
  if (carried) sheet.column_widths[note_col] = 50;
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, columns - 1};
  sheet.protect = true;
  if (carried) layout::fit_row_heights(sheet);
}

}  // namespace

layout::Workbook build_evidence_template(const Framework& framework, const AuditConfig& config,
                                         const CarriedWorkbook* carried) {
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
  build_self_assessment(book.sheets[0], framework, config, rows, carried);
  build_register(book.sheets[1], framework, config, carried);
  return book;
}

}  // namespace s11
