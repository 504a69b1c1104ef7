#pragma once
/// The shape of a review workbook (`DIR/reviews/NAME.xlsx`, made by `s11 review`), shared by
/// its writer (reports/review_workbook.h) and its reader (readers/review_reader.h) so the two
/// cannot drift apart.

#include <array>
#include <string_view>

namespace s11 {

namespace review_workbook {

inline constexpr std::string_view kReviewSheet = "Review";
inline constexpr std::string_view kGuidanceSheet = "Guidance";

/// Labels in column A above the table; the value is in the cell to their right.
inline constexpr std::string_view kReviewerLabel = "Reviewer";
inline constexpr std::string_view kRoleLabel = "Role";
inline constexpr std::string_view kDateLabel = "Date";

/// Table columns, in layout order. The reader finds them by header text and takes the
/// reviewer's columns only (Area, Standard, Reviewer impact level, Moderated rating, Rationale,
/// Recommendation), so workbooks made before s11's own columns were renamed (from "Engine
/// impact level" and "Engine impact summary") read the same.
inline constexpr std::string_view kAreaHeader = "Area";
inline constexpr std::string_view kStandardHeader = "Standard";
inline constexpr std::string_view kTitleHeader = "Title";
inline constexpr std::string_view kAgencyRatingHeader = "Agency rating";
inline constexpr std::string_view kEvidenceRatingHeader = "Evidence-based rating";
inline constexpr std::string_view kEngineLevelHeader = "Impact level the evidence shows";
inline constexpr std::string_view kEngineSummaryHeader = "What the evidence shows";
inline constexpr std::string_view kEvidenceHeader = "Current evidence";
inline constexpr std::string_view kLevelHeader = "Reviewer impact level";
inline constexpr std::string_view kRatingHeader = "Moderated rating";
inline constexpr std::string_view kRationaleHeader = "Rationale";
inline constexpr std::string_view kRecommendationHeader = "Recommendation";
inline constexpr std::array<std::string_view, 12> kHeaders = {
    kAreaHeader,           kStandardHeader,    kTitleHeader,         kAgencyRatingHeader,
    kEvidenceRatingHeader, kEngineLevelHeader, kEngineSummaryHeader, kEvidenceHeader,
    kLevelHeader,          kRatingHeader,      kRationaleHeader,     kRecommendationHeader};

/// Guidance sheet: the impact level key, then the rating key, each a table of three columns.
inline constexpr std::string_view kLevelKeyLevelHeader = "Impact level";
inline constexpr std::string_view kLevelKeyNameHeader = "Name";
inline constexpr std::string_view kLevelKeyDescriptionHeader = "What evidence at this level shows";
inline constexpr std::array<std::string_view, 3> kLevelKeyHeaders = {
    kLevelKeyLevelHeader, kLevelKeyNameHeader, kLevelKeyDescriptionHeader};
inline constexpr std::string_view kRatingKeyRatingHeader = "Rating";
inline constexpr std::string_view kRatingKeyHeadlineHeader = "Headline";
inline constexpr std::string_view kRatingKeyMeaningHeader = "Meaning";
inline constexpr std::array<std::string_view, 3> kRatingKeyHeaders = {
    kRatingKeyRatingHeader, kRatingKeyHeadlineHeader, kRatingKeyMeaningHeader};

/// The roles offered in the Role drop-down.
inline constexpr std::array<std::string_view, 2> kRoles = {"peer", "independent"};

}  // namespace review_workbook

}  // namespace s11
