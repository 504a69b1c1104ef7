#pragma once
/// Action plan logic: the status rule, matching last year's actions to this year's gaps, and
/// drafting next year's plan from the gaps.
///
/// Status rule (rule_status), first that applies:
/// 1. completed (status B, or progress "Completed"/"Complete"/"Done") -> B-Blue;
/// 2. ongoing ("On-going", "then monthly") -> G-Green: its date is a start or review date,
///    not a deadline; likewise no usable date -> G-Green;
/// 3. completion date before the as-of day -> R-Red;
/// 4. due within `amber_days` days (due today included, as-of + amber_days included) and no
///    progress recorded -> A-Amber;
/// 5. otherwise G-Green.
///
/// Matching a carried action to a gap (match_gap), first that applies:
/// 1. its recorded point id (s11's own plan has a Point column) equals the gap's point id;
/// 2. a point id of a gap ("5.3") appears as a word in its action or learning point;
/// 3. "Standard N" appears in its action or learning point: the gaps of standard N, the one
///    with most words in common (rule 4's count, at least one) or else the first of them;
/// 4. word overlap: significant words (four letters or more, lower case, a final "s" dropped,
///    common words left out) shared between its action and learning point and the gap's
///    requirement and suggested action; at least 3 shared and at least 30% of the smaller set;
///    the gap with most shared words wins, the earlier gap on a tie.

#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/plan.h"
#include "engine/scoring.h"

namespace s11 {

/// True when the milestone is done: status B-Blue, or progress saying only "Completed".
bool is_completed(const PlanMilestone& milestone);
/// True when every milestone of the action is done (and it has one).
bool is_completed(const PlanAction& action);

/// True when the milestone is not done and its completion date (not an on-going review date)
/// is before `as_of`.
bool is_overdue(const PlanMilestone& milestone, const Date& as_of);
/// True when any milestone of the action is overdue.
bool is_overdue(const PlanAction& action, const Date& as_of);

/// The status the rule gives `milestone` as of `as_of` (see above).
PlanStatus rule_status(const PlanMilestone& milestone, const Date& as_of, int amber_days);

/// Sets every milestone's `suggested` status by the rule as of `settings.as_of`. The user's
/// own `status` is kept; a drafted or blank status stays as it is.
void rate_plan(ActionPlan& plan, const PlanSettings& settings);

/// The gap `action` addresses by the rules above, or nullptr.
const Gap* match_gap(const PlanAction& action, const std::vector<Gap>& gaps);

/// Next year's plan: last year's actions (`previous`, may be nullptr) carried forward with
/// their text, lead and progress, then one drafted action per gap that no open carried action
/// addresses, grouped by standard ("Standard 5: Staff are trained"), essential gaps first.
/// A completed carried action whose gap is still open is flagged (`path: Sheet!C12: action
/// completed, standard 11 still unevidenced (...)`) and the gap drafted again. Statuses are
/// rated as of settings.as_of; the version history continues last year's with a new row.
ActionPlan draft_plan(const AuditResult& result, const PlanSettings& settings,
                      const ActionPlan* previous);

}  // namespace s11
