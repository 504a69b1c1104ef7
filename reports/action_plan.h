#pragma once
/// The action plan workbook (`out/action-plan.xlsx`) in the seed 001 layout, and the "Action
/// plan" sheet added to the return. Built from an ActionPlan (engine/plan_rules.h); nothing
/// here parses.
///
/// Action plan sheet: title; the status key (B-Blue, G-Green, A-Amber, R-Red, filled, with a
/// note that Blue here means completed, unlike the audit's Blue = best practice); then the
/// table Learning Points | Action | Evidence | Completion date | Lead | Progress | Status (RAG
/// rating) | Rule suggests | Point | Notes. Each learning point is a group row above its
/// actions. Status cells have a drop-down and the status's fill; "Rule suggests" is filled in
/// only where the rule differs from the status given. Printed landscape, fitted to the page
/// width, the header row repeated on every page, for a Cabinet paper appendix; the print area
/// ends at Action status, so Rule suggests, Point and Notes (for the lead) are not printed.
/// readers/plan_reader.h reads this layout back; both follow workbooks/plan_workbook.h.

#include "engine/plan.h"
#include "reports/layout.h"
#include "workbooks/plan_workbook.h"

namespace s11 {

/// Sheet names of the plan workbook (workbooks/plan_workbook.h, which also holds the plan
/// table's headers in column order).
inline constexpr const char* kActionPlanSheet = plan_workbook::kActionPlanSheet.data();
inline constexpr const char* kPlanControlSheet = plan_workbook::kControlSheet.data();

/// The plan workbook: the Action plan sheet and a Document control sheet (document, owner,
/// author, date last reviewed, next review date due, version, and the version history).
/// `created` fixes the workbook's creation time so the same plan gives the same bytes.
layout::Workbook build_action_plan(const ActionPlan& plan, const Date& created);

/// Appends the Action plan sheet alone to `book` (e.g. the return, which has its own document
/// control). Its name is kActionPlanSheet; `book` must not have a sheet of that name.
void add_action_plan_sheet(layout::Workbook& book, const ActionPlan& plan);

}  // namespace s11
