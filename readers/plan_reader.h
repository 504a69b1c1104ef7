#pragma once
/// Reads last year's action plan: s11's own out/action-plan.xlsx (one row per milestone), or a
/// council's workbook in the seed 001 layout (one row per learning point: Learning Points |
/// Action | Evidence | Completion date | Lead | Progress | Status (RAG rating)).
///
/// How a messy plan is read:
/// - The table is found on the first sheet with a header row: a row where at least three cells
///   name plan columns by meaning (case-insensitive): "Learning Point(s)"; "Action(s)";
///   "Evidence"; a date that is not a review date ("Completion date", "Target date"), "Due",
///   "Deadline"; "Lead", "Lead officer", "Owner", "Responsible"; "Progress", "Update",
///   "Comments"; "Status (RAG rating)", "RAG". Columns may be anywhere; rows above (a title, the
///   status key) are skipped. The table ends at a "Document control" row or the sheet's end.
/// - A blank Learning Points cell continues the one above (a learning point merged down its
///   rows, or written once above them). A blank Action cell on a row with other content
///   continues the action above: the row holds further milestones of it (an action merged
///   down its milestones, as s11 writes its plan).
/// - Within a row, each cell is split into paragraphs (runs of non-blank lines). The Action
///   cell's paragraphs are the row's actions; the Evidence and Completion date paragraphs are
///   its milestones (the cell with more of them, when they differ); the Lead, Progress and
///   Status paragraphs belong to milestones. A person reads such a row by where each paragraph
///   sits, and so does the reader. Each paragraph is placed at the line where it shows: a line
///   takes ceil(characters / column width) lines once wrapped (the column widths saved in the
///   sheet, about one character per unit, else the sheet's default), a blank line one line.
///   Then, column by column:
///   * a cell with as many paragraphs as there are milestones pairs with them in order; these
///     cells are the anchors, and each milestone's place is the mean of its anchors' places;
///   * cells with another count, grouped with the cells of the same count (which pair with
///     each other in order), are placed by monotone dynamic programming: paragraphs keep their
///     order; fewer paragraphs than milestones take one milestone each, the sum of the distances
///     to their milestones least; more paragraphs than milestones give every milestone at least
///     one, the first paragraph of each milestone level with it and the others continuing it
///     (two progress notes and two statuses for one milestone);
///   * the actions take the milestones the same way: in order when the counts agree, all of
///     them for one action, otherwise each action at least one milestone, the action level
///     with its first milestone.
///   Placing by position is used only where blank lines keep the paragraphs level: the cell has
///   a run of two or more blank lines before or between its paragraphs (padding typed to line
///   paragraphs up). A cell of one paragraph is placed by position anyway. Where neither count
///   nor padding gives one reading (a plan retyped with single blank lines), nothing is
///   guessed: the paragraphs that could not be placed (the row's milestones, when the actions
///   could not take them; the cells that could not be placed, as one further milestone) are
///   kept on a PlanAction of that row marked `unmatched` ("not matched to an action"), and the
///   row is flagged with its counts: `path: Sheet!B11: could not match the paragraphs of row 11
///   (2 actions, 6 evidence items, 6 dates, 3 leads, 6 progress notes and 5 statuses); blank
///   lines do not keep them level; kept 6 milestones, 3 leads and 5 statuses under "not matched
///   to an action"; ...`. The row's actions are still read, with no milestones.
/// - A milestone with no Lead paragraph of its own has the lead above it within its action.
/// - Every status paragraph is kept in PlanMilestone::statuses as written; the milestone's
///   status is the worst of them (worse_status). A status that is not one is flagged.
/// - Every date paragraph is read by base/written_dates.h and checked on its own: unreadable
///   dates and dates outside the plan period (PlanSettings::plausible_years from the audit
///   date) are flagged with their cell and their own text, and not used; the milestone is due
///   on the latest plausible one. The text is kept as written.
/// - Document control (owner, author, last reviewed, next review, version, version history
///   under a "Version No." header) is read from label cells below the table or on any other
///   sheet.

#include <string>

#include "engine/plan.h"

namespace s11 {

/// Reads the plan workbook at `path`. Every action is marked carried, with its Action cell as
/// source; every milestone has its Evidence cell as source.
/// Problems that leave an action usable are returned in ActionPlan::flags, each as
/// `path: Sheet!E12: message`. Throws IoError when the file cannot be read, InputError when it
/// is not an .xlsx workbook, has no plan table (`path: no action plan table found; ...`) or its
/// header row has no Action column (`path: Plan!B11: the header row has no Action column ...`).
ActionPlan read_plan(const std::string& path, const PlanSettings& settings);

}  // namespace s11
