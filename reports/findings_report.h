#pragma once
/// The `Findings` sheet: per focus area, what an independent review's section 4 says (seed
/// 002): a heading, then Strengths, Areas for development, Impact and Recommendations, as
/// wrapped text printable on A4 portrait. In the return right after the Summary; the first
/// sheet of a reviewer's workbook (reports/review_workbook.h).

#include <cstddef>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/findings.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// The sheet's name (workbooks/return_workbook.h).
inline constexpr const char* kFindingsSheet = return_workbook::kFindings.data();

/// The block headings under each area, in layout order.
inline constexpr const char* kStrengthsHeading = "Strengths";
inline constexpr const char* kDevelopmentHeading = "Areas for development";
inline constexpr const char* kImpactHeading = "Impact";
inline constexpr const char* kRecommendationsHeading = "Recommendations";

/// The column holding the findings' text (column A holds the bullets).
inline constexpr int kFindingsTextCol = 1;

/// Printed pages are filled to at most this many points of rows (A4 portrait with the
/// default margins, less a margin for the estimate of wrapped rows' heights).
inline constexpr double kFindingsPagePoints = 700;

/// Builds the `Findings` sheet of `audit` from `findings` (engine/findings.h) and inserts it
/// into `book` at `position` (clamped to the number of sheets): a title and a line on how to
/// read it, then per area its title and the four blocks, one finding per row with a bullet,
/// "None ..." lines where a block is empty. Row heights are fitted to the wrapped text and page
/// breaks placed so that no area heading or block heading is printed apart from the first line
/// under it (nor the impact level from its rationale, nor a recommendation's lead sentence from
/// the first action). Never fails.
void add_findings_sheet(layout::Workbook& book, const Audit& audit,
                        const std::vector<AreaFindings>& findings, std::size_t position);

}  // namespace s11
