#include "reports/section11_return.h"

#include <algorithm>

#include "base/text.h"
#include "reports/csv.h"
#include "reports/styles.h"
#include "workbooks/audit_directory.h"
#include "workbooks/columns.h"
#include "workbooks/evidence_workbook.h"

namespace s11 {
namespace {

namespace rw = return_workbook;
using layout::kTextCol;

/// Summary table columns, in the order of rw::kSummaryHeaders; Moderated rating and Staff
/// survey only when shown (-1 otherwise), Since last year only with a previous return.
struct SummaryColumns {
  int standard = -1, title = -1, area = -1, agency = -1, moderated = -1, evidence = -1, met = -1,
      evidenced = -1, applicable = -1, best_practice = -1, survey = -1, flag = -1,
      since_last_year = -1;
  int count = 0;

  SummaryColumns(bool with_moderated, bool with_survey, bool with_history) {
    auto next = [this](bool shown = true) { return shown ? count++ : -1; };
    standard = next();
    title = next();
    area = next();
    agency = next();
    moderated = next(with_moderated);
    evidence = next();
    met = next();
    evidenced = next();
    applicable = next();
    best_practice = next();
    survey = next(with_survey);
    flag = next();
    since_last_year = next(with_history);
  }
};

/// Return sheet columns, in the order of rw::return_sheet::kHeaders.
namespace return_col {
namespace rs = rw::return_sheet;
constexpr int kStandard = column_of(rs::kHeaders, rs::kStandardHeader);
constexpr int kPoint = column_of(rs::kHeaders, rs::kPointHeader);
constexpr int kRequirement = column_of(rs::kHeaders, rs::kRequirementHeader);
constexpr int kEssential = column_of(rs::kHeaders, rs::kEssentialHeader);
constexpr int kStatus = column_of(rs::kHeaders, rs::kStatusHeader);
constexpr int kEvidenced = column_of(rs::kHeaders, rs::kEvidencedHeader);
constexpr int kEvidence = column_of(rs::kHeaders, rs::kEvidenceHeader);
constexpr int kComments = column_of(rs::kHeaders, rs::kCommentsHeader);
constexpr int kPeerRating = column_of(rs::kHeaders, rs::kPeerRatingHeader);
constexpr int kReviewerComment = column_of(rs::kHeaders, rs::kReviewerCommentHeader);
}  // namespace return_col

/// Gaps sheet columns, in the order of rw::gaps_sheet::kHeaders.
namespace gaps_col {
namespace gs = rw::gaps_sheet;
constexpr int kKind = column_of(gs::kHeaders, gs::kKindHeader);
constexpr int kPriority = column_of(gs::kHeaders, gs::kPriorityHeader);
constexpr int kStandard = column_of(gs::kHeaders, gs::kStandardHeader);
constexpr int kPoint = column_of(gs::kHeaders, gs::kPointHeader);
constexpr int kRequirement = column_of(gs::kHeaders, gs::kRequirementHeader);
constexpr int kStatus = column_of(gs::kHeaders, gs::kStatusHeader);
constexpr int kReason = column_of(gs::kHeaders, gs::kReasonHeader);
constexpr int kAction = column_of(gs::kHeaders, gs::kActionHeader);
}  // namespace gaps_col

/// Document control's table of input files, in the order of its headers.
namespace input_col {
namespace dc = rw::document_control_sheet;
constexpr int kPath = column_of(dc::kInputHeaders, dc::kInputFileHeader);
constexpr int kSha256 = column_of(dc::kInputHeaders, dc::kSha256Header);
}  // namespace input_col

template <std::size_t N>
std::vector<std::string> strings(const std::array<std::string_view, N>& items) {
  return {items.begin(), items.end()};
}

/// The organisation's name and the period are cut to this many characters in page footers,
/// which hold one line.
constexpr std::size_t kFooterOrganisationMax = 60;
constexpr std::size_t kFooterPeriodMax = 30;

const std::vector<std::string> kGapHeaders = strings(rw::gaps_sheet::kHeaders);

std::string gap_standard(const Gap& gap) {
  return gap.standard ? gap.standard->id : std::string(rw::kOverallLabel);
}
std::string gap_requirement(const Gap& gap) {
  if (gap.point) return gap.point->requirement;
  return gap.standard ? gap.standard->title : "The organisation's overall rating";
}

void table_sheet(layout::Sheet& sheet, int header_row, const std::vector<std::string>& headers,
                 int last_row) {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(header_row, static_cast<int>(i), headers[i], styles::header());
  }
  sheet.freeze_rows = header_row + 1;
  sheet.autofilter = layout::Range{header_row, 0, std::max(last_row, header_row),
                                   static_cast<int>(headers.size()) - 1};
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
}

layout::Style status_style(PointStatus status) {
  layout::Style s = styles::text();
  switch (status) {
    case PointStatus::kMet:
      s.fill = "E2EFDA";
      break;
    case PointStatus::kPartlyMet:
      s.fill = "FFF2CC";
      break;
    case PointStatus::kNotMet:
    case PointStatus::kNotAnswered:
      s.fill = "FCE4D6";
      break;
    case PointStatus::kNotApplicable:
      s.fill = "EDEDED";
      break;
  }
  return s;
}

/// The staff survey beside the self-rating: "1 of 2 questions below threshold".
std::string survey_text(const StandardResult& sr) {
  if (sr.survey_questions == 0) return "";
  std::string questions = sr.survey_questions == 1 ? " question" : " questions";
  if (sr.survey_below == 0) {
    return std::to_string(sr.survey_questions) + questions + " at threshold";
  }
  return std::to_string(sr.survey_below) + " of " + std::to_string(sr.survey_questions) +
         questions + " below threshold";
}

std::string area_title(const Framework& framework, const Standard& standard) {
  const FocusArea* area = framework.find_area(standard.area);
  return area ? area->title : standard.area;
}

/// The moderated rating of a standard: the level with its fill, or the words
/// ("reviewers disagree", "not reviewed").
void moderated_cell(layout::Sheet& sheet, int row, int col, const ModeratedRating& moderated) {
  if (moderated.rating) {
    sheet.set(row, col, moderated_text(moderated), styles::rating_fill(moderated.rating->colour));
  } else {
    sheet.set(row, col, moderated_text(moderated), styles::text());
  }
}

const ModeratedRating& moderated_of(const ReturnExtras& extras, const std::string& id) {
  static const ModeratedRating kNone;
  auto it = extras.moderated.find(id);
  return it == extras.moderated.end() ? kNone : it->second;
}

void build_summary(layout::Sheet& sheet, const Audit& audit, const AuditResult& result,
                   const ReturnExtras& extras) {
  const AuditConfig& config = audit.config;
  const Framework& framework = audit.framework;
  sheet.set(0, kTextCol, "Section 11 self-assessment return", styles::title());
  layout::Style label;
  label.bold = true;
  int row = 1;
  auto info = [&](const std::string& name, layout::Value value, const layout::Style& style = {}) {
    sheet.set(row, rw::kLabelCol, name, label);
    sheet.set(row, rw::kValueCol, std::move(value), style);
    ++row;
  };
  layout::Style plain_date;
  plain_date.number_format = "d mmmm yyyy";
  plain_date.align = layout::Style::Align::kLeft;
  info(std::string(rw::kOrganisationLabel), config.organisation);
  info(std::string(rw::kPeriodLabel), config.period);
  info(std::string(rw::kAuditDateLabel), config.audit_date, plain_date);
  info("Framework", framework.title + " (" + framework.id + ", version " + framework.version + ")");
  info("Rating scheme", framework.scheme.name);
  info("Evidence currency", std::to_string(config.currency_months) +
                                " months: evidence dated before " +
                                result.stale_before.long_text() + " is stale");
  const bool reviewed = !extras.reviews.empty();
  if (reviewed) info(std::string(rw::kModeratedByLabel), moderated_by(extras.reviews));
  ++row;

  const bool survey = std::any_of(result.standards.begin(), result.standards.end(),
                                  [](const StandardResult& sr) { return sr.survey_questions > 0; });
  const bool history = !extras.since_last_year.empty();
  const SummaryColumns col(reviewed, survey, history);

  // The chart prints on the first page, under the details and with its title; the table
  // starts the next page under its own header, repeated on every page after.
  layout::Chart chart;
  const int chart_row = row;
  row += chart.rows_spanned();
  const int header_row = row;
  sheet.page_breaks.push_back(header_row);
  std::vector<std::string> headers(static_cast<std::size_t>(col.count));
  auto header = [&](int c, std::string text) {
    if (c >= 0) headers[static_cast<std::size_t>(c)] = std::move(text);
  };
  header(col.standard, std::string(rw::kStandardHeader));
  header(col.title, std::string(rw::kTitleHeader));
  header(col.area, std::string(rw::kAreaHeader));
  header(col.agency, std::string(rw::kAgencyHeader));
  header(col.moderated, moderated_header(extras.reviews));
  header(col.evidence, std::string(rw::kEvidenceHeader));
  header(col.met, std::string(rw::kMetHeader));
  header(col.evidenced, std::string(rw::kEvidencedHeader));
  header(col.applicable, std::string(rw::kApplicableHeader));
  header(col.best_practice, std::string(rw::kBestPracticeHeader));
  header(col.survey, std::string(rw::kSurveyHeader));
  header(col.flag, std::string(rw::kFlagHeader));
  header(col.since_last_year,
         std::string(rw::kSinceLastYearHeader) +
             (extras.previous_period.empty() ? "" : " (" + extras.previous_period + ")"));
  ++row;
  const int first = row;
  layout::Style flagged = styles::text();
  flagged.fill = "FCE4D6";
  const std::string not_rated(rw::kNotRated);
  const std::string not_applicable(rw::kNotApplicable);
  const std::string not_available(rw::kNotAvailable);
  for (const auto& sr : result.standards) {
    sheet.set(row, col.standard, sr.standard->id, styles::text());
    sheet.set(row, col.title, sr.standard->title, styles::text());
    sheet.set(row, col.area, area_title(framework, *sr.standard), styles::text());
    styles::rating_cell(sheet, row, col.agency, sr.agency_rating, not_rated);
    if (reviewed) moderated_cell(sheet, row, col.moderated, moderated_of(extras, sr.standard->id));
    styles::rating_cell(sheet, row, col.evidence, sr.evidence_rating, not_applicable);
    if (sr.tally.applicable > 0) {
      sheet.set(row, col.met, sr.tally.met_percent() / 100.0, styles::percent());
      sheet.set(row, col.evidenced, sr.tally.evidenced_percent() / 100.0, styles::percent());
    } else {
      sheet.set(row, col.met, not_available, styles::text());
      sheet.set(row, col.evidenced, not_available, styles::text());
    }
    sheet.set(row, col.applicable, static_cast<double>(sr.tally.applicable), styles::text());
    sheet.set(row, col.best_practice, static_cast<double>(sr.tally.best_practice), styles::text());
    if (survey) {
      sheet.set(row, col.survey, survey_text(sr), sr.survey_below > 0 ? flagged : styles::text());
    }
    sheet.set(
        row, col.flag,
        claim_text(sr.claim, sr.agency_rating, sr.evidence_rating) +
            (sr.over_claim_reasons.empty() ? ""
                                           : " because " + over_claim_words(sr.over_claim_reasons)),
        styles::text());
    if (history) {
      std::size_t i = static_cast<std::size_t>(row - first);
      sheet.set(row, col.since_last_year,
                i < extras.since_last_year.size() ? extras.since_last_year[i] : "", styles::text());
    }
    ++row;
  }
  const int last = row - 1;
  layout::Style bold_text = styles::text();
  bold_text.bold = true;
  sheet.set(row, col.standard, std::string(rw::kOverallLabel), bold_text);
  sheet.set(row, col.title, "All standards", bold_text);
  sheet.set(row, col.area, "", bold_text);
  styles::rating_cell(sheet, row, col.agency, result.agency_overall_rating, not_rated);
  // Reviewers moderate standards, not the overall rating.
  if (reviewed) sheet.set(row, col.moderated, "", bold_text);
  styles::rating_cell(sheet, row, col.evidence, result.overall_rating, not_applicable);
  layout::Style bold_percent = styles::percent();
  bold_percent.bold = true;
  sheet.set(row, col.met, result.overall.met_percent() / 100.0, bold_percent);
  sheet.set(row, col.evidenced, result.overall.evidenced_percent() / 100.0, bold_percent);
  sheet.set(row, col.applicable, static_cast<double>(result.overall.applicable), bold_text);
  sheet.set(row, col.best_practice, static_cast<double>(result.overall.best_practice), bold_text);
  if (survey) sheet.set(row, col.survey, "", bold_text);
  sheet.set(row, col.flag,
            claim_text(result.overall_claim, result.agency_overall_rating, result.overall_rating) +
                (result.overall_over_claim_reasons.empty()
                     ? ""
                     : " because " + over_claim_words(result.overall_over_claim_reasons)),
            bold_text);
  if (history) sheet.set(row, col.since_last_year, extras.overall_since_last_year, bold_text);
  row += 2;
  if (result.overall_rating) {
    sheet.set(
        row++, kTextCol,
        "Evidence-based overall rating: " + rating_sentence(*result.overall_rating, result.overall),
        label);
    sheet.set(row++, kTextCol,
              std::to_string(result.overall.applicable) + " applicable points of " +
                  std::to_string(result.overall.points) + "; " +
                  std::to_string(result.overall.best_practice) +
                  " with a current best-practice example.");
  }
  sheet.set(row++, kTextCol,
            "On the Gaps sheet: " + gap_summary(result.gaps) +
                ". A practice gap needs something to change; an evidence gap needs evidence "
                "filed; an over-claimed rating is corrected in the return.");
  ++row;
  // Below the table, which stays where last year's return had it: the key's definitions span
  // the Title and Focus area columns, its codes go under Agency rating.
  row = styles::rating_key(sheet, row, framework.scheme,
                           {col.standard, col.agency, col.title, col.area});
  ++row;

  table_sheet(sheet, header_row, headers, last);
  const std::pair<int, double> widths[] = {
      {col.standard, 18},       {col.title, 48},         {col.area, 26},   {col.agency, 12},
      {col.moderated, 16},      {col.evidence, 14},      {col.met, 9},     {col.evidenced, 11},
      {col.applicable, 11},     {col.best_practice, 15}, {col.survey, 22}, {col.flag, 40},
      {col.since_last_year, 40}};
  for (const auto& [c, width] : widths) {
    if (c >= 0) sheet.column_widths[c] = width;
  }

  chart.title = "Points met and evidenced, by standard";
  chart.x_title = "Standard";
  chart.y_title = "% of applicable points";
  chart.category_sheet = kSummarySheet;
  chart.category_first_row = first;
  chart.category_last_row = last;
  chart.category_col = col.standard;
  chart.series.push_back(
      {std::string(rw::kMetHeader), kSummarySheet, first, last, col.met, "2E75B6"});
  chart.series.push_back(
      {std::string(rw::kEvidencedHeader), kSummarySheet, first, last, col.evidenced, "A9D18E"});
  chart.y_max = 1.0;
  chart.y_number_format = "0%";
  chart.anchor_row = chart_row;
  chart.anchor_col = 1;
  sheet.charts.push_back(chart);
  sheet.freeze_rows = 0;  // frozen, the chart above the table would fill the screen
}

/// The evidence a point cites, one item a line; shortened after a whole item when too long
/// for a cell.
layout::TextList evidence_list(const PointResult& p) {
  layout::TextList list;
  list.separator = "\n";
  list.see = "the " + std::string(evidence_workbook::kEvidenceSheet) + " sheet of " +
             audit_directory::kEvidenceWorkbook;
  list.what = "the evidence list";
  auto add = [&](const EvidenceItem* item, bool stale) {
    list.items.push_back(item->id + " " + item->title + " (" + item->date.words() +
                         (stale ? ", stale" : "") + ")");
  };
  for (const auto* item : p.current) add(item, false);
  for (const auto* item : p.stale) add(item, true);
  return list;
}

/// Every reviewer's rationale and recommendation for a standard, a paragraph each:
/// "A Shah: Strong leadership. Recommendation: publish the policy."; shortened after a whole
/// paragraph when too long for a cell.
layout::TextList reviewer_comments(const std::vector<Review>& reviews, const std::string& id) {
  layout::TextList list{{}, "\n\n", "comments", "the Review sheet", "the reviewers' comments"};
  for (const auto& review : reviews) {
    const ReviewJudgement* j = review.standard(id);
    if (!j || (j->rationale.empty() && j->recommendation.empty())) continue;
    std::string text = review.reviewer + ": " + j->rationale;
    if (!j->recommendation.empty()) {
      text +=
          (j->rationale.empty() ? "" : " ") + std::string("Recommendation: ") + j->recommendation;
    }
    list.items.push_back(text);
  }
  return list;
}

/// The row of the Return sheet that holds a standard's peer review: its first applicable
/// point's, or its first point's when none is applicable.
const PointResult* review_point(const StandardResult& sr) {
  for (const auto& p : sr.points) {
    if (p.applicable()) return &p;
  }
  return sr.points.empty() ? nullptr : &sr.points.front();
}

void build_return_sheet(layout::Sheet& sheet, const Framework& framework, const AuditResult& result,
                        const ReturnExtras& extras) {
  const std::vector<std::string> headers = strings(rw::return_sheet::kHeaders);
  const bool reviewed = !extras.reviews.empty();
  std::vector<std::string> names;
  for (const auto& level : framework.scheme.levels) names.push_back(level.name);
  int row = 1;
  for (const auto& sr : result.standards) {
    const PointResult* reviewed_point = review_point(sr);
    for (const auto& p : sr.points) {
      sheet.set(row, return_col::kStandard, sr.standard->id, styles::text());
      sheet.set(row, return_col::kPoint, p.point->id, styles::text());
      sheet.set(row, return_col::kRequirement, p.point->requirement, styles::text());
      sheet.set(row, return_col::kEssential, p.point->essential ? "Essential" : "", styles::text());
      std::string status = status_label(p.assessment.status);
      sheet.set(row, return_col::kStatus, status.empty() ? "Not answered" : status,
                status_style(p.assessment.status));
      std::string evidenced = !p.applicable()   ? ""
                              : p.evidenced()   ? "Yes"
                              : p.stale.empty() ? "No"
                                                : "Stale only";
      sheet.set(row, return_col::kEvidenced, evidenced, styles::text());
      sheet.set_list(row, return_col::kEvidence, evidence_list(p), styles::text());
      std::string comments = p.assessment.comments;
      if (!p.applicable()) {
        comments = "Not applicable: " + p.assessment.justification +
                   (comments.empty() ? "" : "\n" + comments);
      }
      sheet.set(row, return_col::kComments, comments, styles::text());
      if (&p != reviewed_point) {
        // The review is of the standard, not of each point: once per standard.
        sheet.set(row, return_col::kPeerRating, "", styles::text());
        sheet.set(row, return_col::kReviewerComment, "", styles::text());
      } else if (reviewed) {
        moderated_cell(sheet, row, return_col::kPeerRating, moderated_of(extras, sr.standard->id));
        sheet.set_list(row, return_col::kReviewerComment,
                       reviewer_comments(extras.reviews, sr.standard->id), styles::text());
      } else {
        // No reviews yet: the standard's cells are left for the reviewers to fill in.
        sheet.set(row, return_col::kPeerRating, "", styles::input());
        sheet.set(row, return_col::kReviewerComment, "", styles::input());
        sheet.validations.push_back(
            {layout::Range{row, return_col::kPeerRating, row, return_col::kPeerRating}, names,
             "Choose " + framework.scheme.names_for_message() + "."});
      }
      ++row;
    }
  }
  table_sheet(sheet, 0, headers, row - 1);
  sheet.column_widths = {{return_col::kStandard, 9},     {return_col::kPoint, 7},
                         {return_col::kRequirement, 45}, {return_col::kEssential, 10},
                         {return_col::kStatus, 13},      {return_col::kEvidenced, 10},
                         {return_col::kEvidence, 45},    {return_col::kComments, 35},
                         {return_col::kPeerRating, 14},  {return_col::kReviewerComment, 45}};
}

void build_gaps_sheet(layout::Sheet& sheet, const AuditResult& result) {
  int row = 1;
  for (const auto& gap : result.gaps) {
    sheet.set(row, gaps_col::kKind, gap_kind_label(gap.kind), styles::text());
    sheet.set(row, gaps_col::kPriority, gap.essential ? "Essential" : "", styles::text());
    sheet.set(row, gaps_col::kStandard, gap_standard(gap), styles::text());
    sheet.set(row, gaps_col::kPoint, gap.point_list(), styles::text());
    sheet.set(row, gaps_col::kRequirement, gap_requirement(gap), styles::text());
    sheet.set(row, gaps_col::kStatus, gap.status, styles::text());
    sheet.set(row, gaps_col::kReason, gap.reason, styles::text());
    sheet.set(row, gaps_col::kAction, gap.action, styles::text());
    ++row;
  }
  if (result.gaps.empty()) {
    sheet.set(row++, kTextCol, "No gaps: every applicable point is met and evidenced.");
  }
  table_sheet(sheet, 0, kGapHeaders, row - 1);
  sheet.column_widths = {{gaps_col::kKind, 13},        {gaps_col::kPriority, 10},
                         {gaps_col::kStandard, 9},     {gaps_col::kPoint, 12},
                         {gaps_col::kRequirement, 40}, {gaps_col::kStatus, 14},
                         {gaps_col::kReason, 50},      {gaps_col::kAction, 45}};
}

void build_document_control(layout::Sheet& sheet, const Audit& audit,
                            const std::string& s11_version) {
  const AuditConfig& config = audit.config;
  layout::Style label = styles::text();
  label.bold = true;
  layout::Style plain_date = styles::text();
  plain_date.number_format = "d mmmm yyyy";
  plain_date.align = layout::Style::Align::kLeft;
  sheet.set(0, kTextCol, "Document control", styles::title());
  int row = 2;
  auto info = [&](const std::string& name, layout::Value value, const layout::Style& style) {
    sheet.set(row, rw::kLabelCol, name, label);
    sheet.set(row, rw::kValueCol, std::move(value), style);
    ++row;
  };
  info("Document", "Section 11 self-assessment return " + config.period, styles::text());
  info("Organisation", config.organisation, styles::text());
  info("Owner", config.owner, styles::text());
  info("Author", config.author, styles::text());
  info("Date", config.audit_date, plain_date);
  info("Version", config.version, styles::text());
  info("Framework", audit.framework.id + " version " + audit.framework.version, styles::text());
  info("Produced by", "s11 " + s11_version, styles::text());
  ++row;
  // The approval block ([approval] in audit.ini): blank lines to write in until it is given.
  namespace dc = rw::document_control_sheet;
  const ApprovalConfig& approval = config.approval;
  info(std::string(dc::kApprovedByLabel),
       approval.given() ? approval.approved_by : std::string(dc::kNotYetApproved), styles::text());
  info(std::string(dc::kMeetingLabel), approval.meeting, styles::text());
  info(std::string(dc::kApprovalDateLabel),
       approval.date ? approval.date->long_text() : std::string(), styles::text());
  ++row;
  const auto& input_headers = rw::document_control_sheet::kInputHeaders;
  for (std::size_t i = 0; i < input_headers.size(); ++i) {
    sheet.set(row, static_cast<int>(i), std::string(input_headers[i]), styles::header());
  }
  ++row;
  for (const auto& input : audit.inputs) {
    sheet.set(row, input_col::kPath, input.path, styles::text());
    sheet.set(row, input_col::kSha256, input.sha256, styles::text());
    ++row;
  }
  static_assert(input_col::kPath == rw::kLabelCol && input_col::kSha256 == rw::kValueCol,
                "the labels above share the input table's columns and widths");
  sheet.column_widths = {{input_col::kPath, 30}, {input_col::kSha256, 70}};
  sheet.fit_to_width = true;
}

}  // namespace

std::string claim_text(Claim claim, const RatingLevel* agency, const RatingLevel* evidence) {
  switch (claim) {
    case Claim::kOverClaim:
      return "Over-claim: rated " + agency->name + ", evidence supports " + evidence->name;
    case Claim::kUnderClaim:
      return "Under-claim: rated " + agency->name + ", evidence supports " + evidence->name;
    case Claim::kNotRated:
      return agency || !evidence ? "" : "No agency rating given";
    case Claim::kMatches:
      break;
  }
  return "";
}

layout::Workbook build_return(const Audit& audit, const AuditResult& result,
                              const std::string& s11_version, const ReturnExtras& extras) {
  layout::Workbook book;
  book.title =
      "Section 11 self-assessment return: " + audit.config.organisation + " " + audit.config.period;
  book.subject = audit.framework.title;
  book.author = audit.config.author;
  book.company = audit.config.organisation;
  book.created = audit.config.audit_date;
  book.add_sheet(kSummarySheet);
  book.add_sheet(kReturnSheet);
  book.add_sheet(kGapsSheet);
  book.add_sheet(kDocumentControlSheet);
  build_summary(book.sheets[0], audit, result, extras);
  build_return_sheet(book.sheets[1], audit.framework, result, extras);
  build_gaps_sheet(book.sheets[2], result);
  build_document_control(book.sheets[3], audit, s11_version);
  for (auto& sheet : book.sheets) sheet.footer = return_footer(audit.config, sheet.name);
  return book;
}

std::string moderated_header(const std::vector<Review>& reviews) {
  bool peer = false;
  bool independent = false;
  std::optional<DatePeriod> first;
  std::optional<DatePeriod> last;
  for (const auto& review : reviews) {
    (review.role == ReviewerRole::kPeer ? peer : independent) = true;
    if (!review.date) continue;
    if (!first || review.date->first < first->first) first = review.date;
    if (!last || last->first < review.date->first) last = review.date;
  }
  std::string kind = peer && independent ? "peer and independent review"
                     : independent       ? "independent review"
                                         : "peer review";
  // Reviews on several days: the days are on the Moderated by line, not in a narrow header.
  const std::string when = first && *first == *last ? ", " + first->words() : "";
  return std::string(rw::kModeratedHeader) + " (" + kind + when + ")";
}

std::string moderated_by(const std::vector<Review>& reviews) {
  std::vector<std::string> names;
  for (const auto& review : reviews) {
    names.push_back(review.reviewer + " (" + role_label(review.role) +
                    (review.date ? ", " + review.date->words() : "") + ")");
  }
  return join_list(names, "and");
}

layout::PageText return_footer(const AuditConfig& config, const std::string& sheet_name) {
  return layout::PageText{layout::abbreviate(config.organisation, kFooterOrganisationMax) + " " +
                              layout::abbreviate(config.period, kFooterPeriodMax),
                          sheet_name, "", true};
}

std::string render_gaps_csv(const AuditResult& result) {
  std::string out(csv::kUtf8Bom);
  out += csv::record(kGapHeaders);
  for (const auto& gap : result.gaps) {
    out +=
        csv::record({gap_kind_label(gap.kind), gap.essential ? "Essential" : "", gap_standard(gap),
                     gap.point_list(), gap_requirement(gap), gap.status, gap.reason, gap.action});
  }
  return out;
}

}  // namespace s11
