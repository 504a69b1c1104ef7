#pragma once
/// Reads last year's action plan: s11's own out/action-plan.xlsx, or a council's workbook in
/// the seed 001 layout (Learning Points | Action | Evidence | Completion date | Lead | Progress
/// | Status (RAG rating)).
///
/// How a messy plan is read:
/// - The table is found on the first sheet with a header row: a row where at least three cells
///   name plan columns (case-insensitive; "Learning Point(s)", "Actions", "Status (RAG
///   rating)", "Target date" all count). Columns may be anywhere; rows above (a title, the
///   status key) are skipped. The table ends at a "Document control" row or the sheet's end.
/// - A blank Learning Points cell continues the one above, so a learning point merged down over
///   its actions (only its top-left cell holds the text) or written as a group row above them
///   is read alike. A blank Action cell on a row with other content continues the action above
///   (an action merged over several lines of evidence): that row becomes another PlanAction
///   with the same action text.
/// - A cell listing several actions separated by blank lines gives one PlanAction per action.
///   The row's other cells are split the same way: when a cell has as many paragraphs as there
///   are actions they are paired in order; a cell whose paragraphs are all the same (or just
///   one) applies to every action; otherwise the cell is kept whole on the first action and
///   flagged ("could not split 6 dates across 2 actions").
/// - Completion dates are read by engine/plan_dates.h. Unreadable dates and dates outside the
///   plan period (PlanSettings::plausible_years from the audit date) are flagged with their
///   cell and not used to rate the status; the text is kept as written.
/// - Document control (owner, author, last reviewed, next review, version, version history
///   under a "Version No." header) is read from label cells below the table or on any other
///   sheet.

#include <string>

#include "engine/plan.h"

namespace s11 {

/// Reads the plan workbook at `path`. Every action is marked carried, with its source cell.
/// Problems that leave an action usable are returned in ActionPlan::flags, each as
/// `path: Sheet!E12: message`. Throws IoError when the file cannot be read, InputError when it
/// is not an .xlsx workbook, has no plan table (`path: no action plan table found; ...`) or its
/// header row has no Action column (`path: Plan!B11: the header row has no Action column ...`).
ActionPlan read_plan(const std::string& path, const PlanSettings& settings);

}  // namespace s11
