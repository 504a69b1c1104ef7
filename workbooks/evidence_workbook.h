#pragma once
/// The shape of `evidence.xlsx`, the workbook an agency fills in: sheet names, column headers
/// and the words allowed in its drop-downs. Shared by the template writer (reports/) and the
/// reader (engine/evidence_reader.h) so the two cannot drift apart.

#include <array>
#include <string_view>

namespace s11::evidence_workbook {

inline constexpr std::string_view kSelfAssessmentSheet = "Self-assessment";
inline constexpr std::string_view kEvidenceSheet = "Evidence";
inline constexpr std::string_view kGuidanceSheet = "Guidance";

/// Self-assessment columns, in template order. The reader finds them by header text.
inline constexpr std::string_view kStandardHeader = "Standard";
inline constexpr std::string_view kPointHeader = "Point";
inline constexpr std::string_view kRequirementHeader = "Requirement";
inline constexpr std::string_view kEssentialHeader = "Essential";
inline constexpr std::string_view kStatusHeader = "Status";
inline constexpr std::string_view kAgencyRatingHeader = "Agency rating";
inline constexpr std::string_view kJustificationHeader = "Justification (if not applicable)";
inline constexpr std::string_view kCommentsHeader = "Comments";
inline constexpr std::string_view kGuidanceHeader = "Guidance";
inline constexpr std::array<std::string_view, 9> kSelfAssessmentHeaders = {
    kStandardHeader,     kPointHeader,         kRequirementHeader, kEssentialHeader, kStatusHeader,
    kAgencyRatingHeader, kJustificationHeader, kCommentsHeader,    kGuidanceHeader};

/// Text in the Standard column of the row holding the agency's overall rating.
inline constexpr std::string_view kOverallRowLabel = "Overall";

/// Evidence register columns, in template order.
inline constexpr std::string_view kEvidenceIdHeader = "Evidence ID";
inline constexpr std::string_view kTitleHeader = "Title";
inline constexpr std::string_view kTypeHeader = "Type";
inline constexpr std::string_view kDateHeader = "Date";
inline constexpr std::string_view kOwnerHeader = "Owner";
inline constexpr std::string_view kLocationHeader = "Location or link";
inline constexpr std::string_view kPointsHeader = "Points supported";
inline constexpr std::string_view kShowsHeader = "Shows";
inline constexpr std::string_view kImpactHeader = "Impact level";
inline constexpr std::string_view kBestPracticeHeader = "Best-practice example";
/// Shows is optional when reading (a register written before it existed: every item Supports).
inline constexpr std::array<std::string_view, 10> kEvidenceHeaders = {
    kEvidenceIdHeader, kTitleHeader,  kTypeHeader,  kDateHeader,   kOwnerHeader,
    kLocationHeader,   kPointsHeader, kShowsHeader, kImpactHeader, kBestPracticeHeader};

/// Guidance sheet columns, in layout order: one row per point, which the Self-assessment's
/// Guidance column links to. Written only; the reader does not read it back.
inline constexpr std::string_view kGuidancePointHeader = kPointHeader;
inline constexpr std::string_view kGuidanceRequirementHeader = kRequirementHeader;
inline constexpr std::string_view kExpectedHeader = "Evidence expected";
inline constexpr std::string_view kExampleHeader = "Good-practice example";
inline constexpr std::string_view kActionHeader = "Suggested action if a gap";
inline constexpr std::string_view kGuidanceEssentialHeader = kEssentialHeader;
inline constexpr std::array<std::string_view, 6> kGuidanceHeaders = {
    kGuidancePointHeader, kGuidanceRequirementHeader, kExpectedHeader, kExampleHeader,
    kActionHeader,        kGuidanceEssentialHeader};

/// Self-assessment statuses offered in the drop-down.
inline constexpr std::array<std::string_view, 4> kStatuses = {"Met", "Partly met", "Not met",
                                                              "Not applicable"};

/// Evidence types offered in the drop-down.
inline constexpr std::array<std::string_view, 10> kEvidenceTypes = {
    "policy", "procedure", "minutes",          "report",       "training record",
    "audit",  "survey",    "case file review", "outcome data", "other"};

/// What an item shows for its points, offered in the Shows drop-down (engine/audit.h
/// EvidenceShows, in its order); blank reads as Supports.
inline constexpr std::array<std::string_view, 3> kShows = {"Supports", "Partly", "Contradicts"};

/// Answers offered for "Best-practice example".
inline constexpr std::array<std::string_view, 2> kYesNo = {"Yes", "No"};

/// Rows left ready for evidence in a new register.
inline constexpr int kEvidenceTemplateRows = 300;

}  // namespace s11::evidence_workbook
