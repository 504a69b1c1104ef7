#pragma once
/// The shape of the Section 11 return (`out/section11-return.xlsx`): the sheet names and
/// header texts its writer (reports/section11_return.h, reports/impact_report.h) uses and its
/// reader (readers/previous_return_reader.h, for last year's return) finds columns by.

#include <string_view>

#include "engine/words.h"

namespace s11::return_workbook {

inline constexpr std::string_view kSummary = "Summary";
inline constexpr std::string_view kImpact = "Impact";

/// Summary table headers the reader needs.
inline constexpr std::string_view kStandardHeader = "Standard";
inline constexpr std::string_view kAgencyHeader = "Agency rating";
inline constexpr std::string_view kEvidenceHeader = "Evidence-based rating";
inline constexpr std::string_view kMetHeader = "% met";
inline constexpr std::string_view kEvidencedHeader = "% evidenced";

/// Impact sheet headers the reader needs.
inline constexpr std::string_view kAreaHeader = "Focus area";
inline constexpr std::string_view kOperatingHeader = "Operating level";

/// Words the writer puts in cells instead of a value.
inline constexpr std::string_view kOverallLabel = words::kOverall;
inline constexpr std::string_view kNotRated = words::kNotRated;
inline constexpr std::string_view kNotApplicable = words::kNotApplicable;
inline constexpr std::string_view kNotAvailable = words::kNotAvailable;

}  // namespace s11::return_workbook
