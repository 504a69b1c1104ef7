#pragma once
/// The shape of the action plan (`out/action-plan.xlsx`, and the "Action plan" sheet of the
/// return): sheet names, the plan table's headers in column order and the document-control
/// labels. Shared by its writer (reports/action_plan.h) and its reader (readers/plan_reader.h),
/// which also reads councils' own layouts through header synonyms.

#include <array>
#include <string_view>

namespace s11::plan_workbook {

inline constexpr std::string_view kActionPlanSheet = "Action plan";
inline constexpr std::string_view kControlSheet = "Document control";

/// Plan table columns, in layout order.
inline constexpr std::string_view kLearningPointsHeader = "Learning points";
inline constexpr std::string_view kActionHeader = "Action";
inline constexpr std::string_view kEvidenceHeader = "Evidence";
inline constexpr std::string_view kDueHeader = "Completion date";
inline constexpr std::string_view kLeadHeader = "Lead";
inline constexpr std::string_view kProgressHeader = "Progress";
inline constexpr std::string_view kStatusHeader = "Status (RAG rating)";
/// The action's status derived from its milestones' statuses (written on its first row).
inline constexpr std::string_view kActionStatusHeader = "Action status";
/// The columns below are for the lead, not the board: they come after the printed ones (the
/// writer's print area ends at Action status).
inline constexpr std::string_view kSuggestedHeader = "Rule suggests";
inline constexpr std::string_view kPointHeader = "Point";
inline constexpr std::string_view kNotesHeader = "Notes";
/// One row per milestone: the action (and its derived status) on the first row of its
/// milestones, blank below.
inline constexpr std::array<std::string_view, 11> kHeaders = {
    kLearningPointsHeader, kActionHeader,   kEvidenceHeader, kDueHeader,
    kLeadHeader,           kProgressHeader, kStatusHeader,   kActionStatusHeader,
    kSuggestedHeader,      kPointHeader,    kNotesHeader};

/// The document-control sheet's title; in a council's plan the same words on the plan sheet
/// end its table.
inline constexpr std::string_view kControlTitle = "Document control";

/// Labels in column A of the document-control sheet; the value is in the cell to their right.
inline constexpr std::string_view kDocumentLabel = "Document";
inline constexpr std::string_view kOwnerLabel = "Owner";
inline constexpr std::string_view kAuthorLabel = "Author";
inline constexpr std::string_view kLastReviewedLabel = "Date last reviewed";
inline constexpr std::string_view kNextReviewLabel = "Next review date";
inline constexpr std::string_view kVersionLabel = "Version";
/// The approval block ([approval] in audit.ini; seed 000: the plan goes to the executive board
/// at a named meeting). The return's document control uses the same words.
inline constexpr std::string_view kApprovedByLabel = "Approved by";
inline constexpr std::string_view kMeetingLabel = "Meeting";
inline constexpr std::string_view kApprovalDateLabel = "Date approved";
/// Approved by, when [approval] in audit.ini is blank.
inline constexpr std::string_view kNotYetApproved = "Not yet approved";

/// The version history table below the labels, in layout order.
inline constexpr std::string_view kHistoryHeading = "Version history";
inline constexpr std::string_view kVersionNoHeader = "Version No.";
inline constexpr std::string_view kHistoryDateHeader = "Date";
inline constexpr std::string_view kHistoryNotesHeader = "Notes";
inline constexpr std::array<std::string_view, 3> kHistoryHeaders = {
    kVersionNoHeader, kHistoryDateHeader, kHistoryNotesHeader};

}  // namespace s11::plan_workbook
