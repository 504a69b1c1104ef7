#pragma once
/// The return's `Impact` sheet: the four-level impact model per focus area and per standard,
/// from assess_impact (engine/impact.h), with the rule in words, the level key and a radar
/// chart of the areas' operating levels.

#include <string>
#include <vector>

#include "engine/impact.h"
#include "reports/layout.h"
#include "standards/framework.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// The sheet's name (workbooks/return_workbook.h).
inline constexpr const char* kImpactSheet = return_workbook::kImpact.data();

/// The rule in words for `percent`: "An area operates at the highest level at which at least
/// 75% of its standards have current evidence at that level or above; levels are not stages".
std::string impact_rule_text(int percent);

/// Appends the `Impact` sheet to `book`: title and rule; one row per focus area (evidence
/// counts at levels 1-4 and with no level, operating level, emerging levels, summary,
/// rationale), then one row per standard likewise; the level key from `framework`; and a
/// native radar chart of the areas' operating levels (0-4) on a printed page of its own.
/// `area_changes` and `standard_changes`, when given, hold one text per area / standard of
/// `impact` (in its order) and fill a "Since last year" column; missing entries are blank.
/// Never fails on a result assessed against `framework`.
void add_impact_sheet(layout::Workbook& book, const Framework& framework,
                      const ImpactResult& impact,
                      const std::vector<std::string>* area_changes = nullptr,
                      const std::vector<std::string>* standard_changes = nullptr);

}  // namespace s11
