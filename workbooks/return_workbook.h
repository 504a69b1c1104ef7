#pragma once
/// The shape of the Section 11 return (`out/section11-return.xlsx`): the sheet names, header
/// texts and column order its writer (reports/section11_return.h, reports/impact_report.h and
/// the other sheets' builders in reports/) uses and its reader (readers/previous_return_reader.h,
/// for last year's return) finds columns by.

#include <array>
#include <string_view>

#include "engine/words.h"
#include "workbooks/plan_workbook.h"

namespace s11::return_workbook {

/// Sheet names, in the order the return holds them (Document control is moved last).
inline constexpr std::string_view kSummary = "Summary";
/// Per focus area, as a review's section 4 (reports/findings_report.h); right after the
/// Summary in the return, and the first sheet of a reviewer's workbook.
inline constexpr std::string_view kFindings = "Findings";
inline constexpr std::string_view kReturn = "Return";
inline constexpr std::string_view kGaps = "Gaps";
inline constexpr std::string_view kDocumentControl = "Document control";
inline constexpr std::string_view kImpact = "Impact";
inline constexpr std::string_view kQuestionnaire = "Questionnaire";
inline constexpr std::string_view kReview = "Review";
inline constexpr std::string_view kChallenge = "Challenge";
inline constexpr std::string_view kActionPlan = plan_workbook::kActionPlanSheet;

/// Heading blocks above a table: a label in one column, its value in the next.
inline constexpr int kLabelCol = 0;
inline constexpr int kValueCol = 1;

/// Summary heading labels the reader needs.
inline constexpr std::string_view kOrganisationLabel = "Organisation";
inline constexpr std::string_view kPeriodLabel = "Period";
inline constexpr std::string_view kAuditDateLabel = "Audit date";

/// Summary table columns, in layout order (the reader needs Standard, the two ratings and
/// the two percentages, and finds them by header, so a return of any s11 version reads: one
/// without the moderated column, or with a Staff survey column left empty). The moderated
/// column is written only when there are reviews, headed "Moderated rating (peer review,
/// 12 May 2015)"; Staff survey only when a survey ran. With a previous return a "Since last
/// year (PERIOD)" column follows the last.
inline constexpr std::string_view kStandardHeader = "Standard";
inline constexpr std::string_view kTitleHeader = "Title";
inline constexpr std::string_view kAreaHeader = "Focus area";
inline constexpr std::string_view kAgencyHeader = "Agency rating";
inline constexpr std::string_view kModeratedHeader = "Moderated rating";
inline constexpr std::string_view kEvidenceHeader = "Evidence-based rating";
inline constexpr std::string_view kMetHeader = "% met";
inline constexpr std::string_view kEvidencedHeader = "% evidenced";
inline constexpr std::string_view kApplicableHeader = "Applicable points";
inline constexpr std::string_view kBestPracticeHeader = "Points with a best-practice example";
inline constexpr std::string_view kSurveyHeader = "Staff survey";
inline constexpr std::string_view kFlagHeader = "Flag";
inline constexpr std::array<std::string_view, 12> kSummaryHeaders = {
    kStandardHeader,   kTitleHeader,        kAreaHeader,   kAgencyHeader,
    kModeratedHeader,  kEvidenceHeader,     kMetHeader,    kEvidencedHeader,
    kApplicableHeader, kBestPracticeHeader, kSurveyHeader, kFlagHeader};
/// The heading line naming who moderated (each reviewer, role and date), with reviews.
inline constexpr std::string_view kModeratedByLabel = "Moderated by";
/// The header of the optional column after a table's last, on Summary and Impact.
inline constexpr std::string_view kSinceLastYearHeader = "Since last year";

/// Impact sheet: two tables of the same columns after their first two, focus areas (by
/// title) then standards (by id); the reader needs the first header and Operating level.
inline constexpr std::string_view kOperatingHeader = "Operating level";
namespace impact_sheet {
inline constexpr std::string_view kStandardsHeader = "Standards";
inline constexpr std::string_view kLevel1Header = "Level 1";
inline constexpr std::string_view kLevel2Header = "Level 2";
inline constexpr std::string_view kLevel3Header = "Level 3";
inline constexpr std::string_view kLevel4Header = "Level 4";  // one per level of engine/impact.h
inline constexpr std::string_view kNoLevelHeader = "No level";
inline constexpr std::string_view kEmergingHeader = "Emerging levels";
inline constexpr std::string_view kSummaryHeader = "Summary";
inline constexpr std::string_view kRationaleHeader = "Rationale";
inline constexpr std::array<std::string_view, 11> kAreaHeaders = {
    kAreaHeader,     kStandardsHeader, kLevel1Header,   kLevel2Header,
    kLevel3Header,   kLevel4Header,    kNoLevelHeader,  kOperatingHeader,
    kEmergingHeader, kSummaryHeader,   kRationaleHeader};
inline constexpr std::array<std::string_view, 11> kStandardHeaders = {
    kStandardHeader, kTitleHeader,   kLevel1Header,   kLevel2Header,
    kLevel3Header,   kLevel4Header,  kNoLevelHeader,  kOperatingHeader,
    kEmergingHeader, kSummaryHeader, kRationaleHeader};
/// The level key below the tables; its last column spans to the tables' last.
inline constexpr std::string_view kKeyLevelHeader = "Impact level";
inline constexpr std::string_view kKeyNameHeader = "Name";
inline constexpr std::string_view kKeyDescriptionHeader = "What evidence at this level shows";
inline constexpr std::array<std::string_view, 3> kKeyHeaders = {kKeyLevelHeader, kKeyNameHeader,
                                                                kKeyDescriptionHeader};
}  // namespace impact_sheet

/// Return sheet: one row per point, in layout order. The peer-review columns are filled once
/// per standard, on its first applicable point's row (its first row when none is): the
/// moderated rating and the reviewers' rationales and recommendations.
namespace return_sheet {
inline constexpr std::string_view kStandardHeader = return_workbook::kStandardHeader;
inline constexpr std::string_view kPointHeader = "Point";
inline constexpr std::string_view kRequirementHeader = "Requirement";
inline constexpr std::string_view kEssentialHeader = "Essential";
inline constexpr std::string_view kStatusHeader = "Status";
inline constexpr std::string_view kEvidencedHeader = "Evidenced";
inline constexpr std::string_view kEvidenceHeader = "Evidence";
inline constexpr std::string_view kCommentsHeader = "Comments";
inline constexpr std::string_view kPeerRatingHeader = "Peer review rating";
inline constexpr std::string_view kReviewerCommentHeader = "Reviewer comment";
inline constexpr std::array<std::string_view, 10> kHeaders = {
    kStandardHeader,   kPointHeader,          kRequirementHeader, kEssentialHeader,
    kStatusHeader,     kEvidencedHeader,      kEvidenceHeader,    kCommentsHeader,
    kPeerRatingHeader, kReviewerCommentHeader};
}  // namespace return_sheet

/// Gaps sheet, and gaps.csv: one row per gap, in layout order.
namespace gaps_sheet {
/// Practice gap (something must change), Evidence gap (evidence must be filed: one row per
/// standard, its points in the Point column) or Over-claimed rating; in that order.
inline constexpr std::string_view kKindHeader = "Kind";
inline constexpr std::string_view kPriorityHeader = "Priority";
inline constexpr std::string_view kStandardHeader = return_workbook::kStandardHeader;
inline constexpr std::string_view kPointHeader = "Point";
inline constexpr std::string_view kRequirementHeader = "Requirement";
inline constexpr std::string_view kStatusHeader = "Status or rating claimed";
inline constexpr std::string_view kReasonHeader = "Reason";
inline constexpr std::string_view kActionHeader = "Suggested action";
inline constexpr std::array<std::string_view, 8> kHeaders = {
    kKindHeader,        kPriorityHeader, kStandardHeader, kPointHeader,
    kRequirementHeader, kStatusHeader,   kReasonHeader,   kActionHeader};
}  // namespace gaps_sheet

/// Document control: labelled lines (the approval block among them), then a table of the
/// input files.
namespace document_control_sheet {
/// The approval block, in the plan's words (workbooks/plan_workbook.h).
inline constexpr std::string_view kApprovedByLabel = plan_workbook::kApprovedByLabel;
inline constexpr std::string_view kMeetingLabel = plan_workbook::kMeetingLabel;
inline constexpr std::string_view kApprovalDateLabel = plan_workbook::kApprovalDateLabel;
inline constexpr std::string_view kNotYetApproved = plan_workbook::kNotYetApproved;
inline constexpr std::string_view kInputFileHeader = "Input file";
inline constexpr std::string_view kSha256Header = "SHA-256";
inline constexpr std::array<std::string_view, 2> kInputHeaders = {kInputFileHeader, kSha256Header};
}  // namespace document_control_sheet

/// Questionnaire sheet (also the whole of `s11 survey`'s survey-summary.xlsx): the fixed
/// columns, then one per profile group headed "PROFILE: GROUP"; below, the comments table.
namespace questionnaire_sheet {
inline constexpr std::string_view kQuestionHeader = "Question";
inline constexpr std::string_view kWordingHeader = "Wording";
inline constexpr std::string_view kPointsHeader = "Points";
inline constexpr std::string_view kCountHeader = "n";
inline constexpr std::string_view kAnswersHeader = "Answers";
inline constexpr std::string_view kPositiveHeader = "% positive";
inline constexpr std::string_view kThresholdHeader = "Threshold (green / amber)";
inline constexpr std::string_view kRagHeader = "RAG";
inline constexpr std::array<std::string_view, 8> kHeaders = {
    kQuestionHeader, kWordingHeader,  kPointsHeader,    kCountHeader,
    kAnswersHeader,  kPositiveHeader, kThresholdHeader, kRagHeader};
inline constexpr std::string_view kColumnHeader = "Column";
inline constexpr std::string_view kCommentHeader = "Comment";
inline constexpr std::array<std::string_view, 2> kCommentHeaders = {kColumnHeader, kCommentHeader};
}  // namespace questionnaire_sheet

/// Review sheet: the leading columns, two per reviewer ("NAME: rating", "NAME: level"), then
/// the trailing columns.
namespace review_sheet {
inline constexpr std::string_view kAreaHeader = "Area";
inline constexpr std::string_view kStandardHeader = return_workbook::kStandardHeader;
inline constexpr std::string_view kTitleHeader = return_workbook::kTitleHeader;
inline constexpr std::string_view kAgencyHeader = return_workbook::kAgencyHeader;
inline constexpr std::string_view kEvidenceHeader = return_workbook::kEvidenceHeader;
inline constexpr std::string_view kLevelHeader = "Impact level the evidence shows";
inline constexpr std::array<std::string_view, 6> kLeadingHeaders = {
    kAreaHeader, kStandardHeader, kTitleHeader, kAgencyHeader, kEvidenceHeader, kLevelHeader};
inline constexpr std::string_view kReviewerRatingSuffix = ": rating";
inline constexpr std::string_view kReviewerLevelSuffix = ": level";
inline constexpr std::string_view kCarriedHeader = "Rating for the return";
inline constexpr std::string_view kRationaleHeader = "Rationale";
inline constexpr std::string_view kRecommendationHeader = "Recommendation";
inline constexpr std::array<std::string_view, 3> kTrailingHeaders = {
    kCarriedHeader, kRationaleHeader, kRecommendationHeader};
}  // namespace review_sheet

/// Challenge sheet: one row per question, in layout order.
namespace challenge_sheet {
inline constexpr std::string_view kRankHeader = "Rank";
inline constexpr std::string_view kCategoryHeader = "Category";
inline constexpr std::string_view kStandardHeader = return_workbook::kStandardHeader;
inline constexpr std::string_view kPointHeader = "Point";
inline constexpr std::string_view kAreaHeader = return_workbook::kAreaHeader;
inline constexpr std::string_view kQuestionHeader = "Question";
inline constexpr std::string_view kWhyHeader = "Why";
inline constexpr std::array<std::string_view, 7> kHeaders = {
    kRankHeader, kCategoryHeader, kStandardHeader, kPointHeader,
    kAreaHeader, kQuestionHeader, kWhyHeader};
}  // namespace challenge_sheet

/// Words the writer puts in cells instead of a value.
inline constexpr std::string_view kOverallLabel = words::kOverall;
inline constexpr std::string_view kNotRated = words::kNotRated;
inline constexpr std::string_view kNotApplicable = words::kNotApplicable;
inline constexpr std::string_view kNotAvailable = words::kNotAvailable;

}  // namespace s11::return_workbook
