#pragma once
/// The living plan: what the user typed into the action plan s11 wrote, carried into the plan
/// s11 drafts next. A three-way merge of plans read the same way (readers/plan_reader.h):
///
///     written  the plan as s11 wrote it last time (nullptr when not known)
///     edited   the same workbook as the user saved it
///     drafted  the plan s11 drafts now
///
/// Actions are matched by a key: the action text normalised (case, spacing and punctuation do
/// not matter) with its point id; milestones within an action by their evidence, normalised
/// likewise. For each milestone's progress, status (with every status written), lead and
/// completion date, and each action's learning point: where the edited plan differs from the
/// written one the user's word wins, otherwise the drafted value is taken (s11's update); the
/// rule's suggested status is the drafted one (the caller re-rates the merged plan). Without
/// the written plan, every edited value that differs from the drafted one is the user's.
///
/// Rows: the edited plan's order is kept, so rows the user added stay in their place; an
/// action or milestone the user deleted (in the written plan, not in the edited one) stays
/// deleted; one the draft no longer has is dropped when the user did not touch it and kept,
/// with a note, when they did; one new in the draft is added after the last action of its
/// learning point (at the end when the learning point is new). When the user changed nothing,
/// the merged plan is the drafted one, so the same inputs give the same plan.

#include <string>

#include "engine/plan.h"

namespace s11 {

/// What was carried from the user's plan, counted for the message to the user.
struct PlanEdits {
  int progress = 0;         ///< Milestones whose progress the user changed.
  int statuses = 0;         ///< Milestones whose status the user changed.
  int leads = 0;            ///< Milestones whose lead the user changed.
  int dates = 0;            ///< Milestones whose completion date the user changed.
  int learning_points = 0;  ///< Actions whose learning point the user changed.
  int added = 0;            ///< Actions and milestones the user added.
  int kept = 0;             ///< Edited actions and milestones the draft no longer has, kept.
  int removed = 0;          ///< Actions and milestones the user deleted, left out.

  /// Every edit carried, deletions included.
  int total() const;
  /// What was carried, as the message shows it: "progress of 2 milestones, 1 status"; "" when
  /// nothing was.
  std::string text() const;
};

/// The merged plan and what went into it.
struct MergedPlan {
  ActionPlan plan;
  PlanEdits edits;
};

/// The note on an action or milestone kept because the user edited it though the draft no
/// longer has it.
inline constexpr const char* kKeptNote =
    "kept because you edited it: s11 no longer drafts it (its gap may be closed); delete the "
    "row if it is no longer needed";

/// Merges `edited` into `drafted` as described above; `written` may be nullptr. The merged
/// plan's document control and flags are the drafted plan's. Never fails.
MergedPlan merge_plan(const ActionPlan* written, const ActionPlan& edited,
                      const ActionPlan& drafted);

}  // namespace s11
