#pragma once
/// Action plan logic: the status rule, overdue milestones, matching last year's actions to
/// this year's gaps, and drafting next year's plan from the gaps as a board would approve it.
///
/// Status rule (rule_status), first that applies:
/// 1. completed (status B, or progress "Completed"/"Complete"/"Done") -> B-Blue;
/// 2. ongoing ("On-going", "then monthly") -> G-Green: its date is a start or review date,
///    not a deadline; likewise no usable date -> G-Green;
/// 3. completion date before the as-of day -> R-Red (overdue: rate_plan also notes it on the
///    milestone, "Overdue: due 31 May 2015, not completed", and flags the action);
/// 4. due within `amber_days` days (due today included, as-of + amber_days included) and no
///    progress recorded -> A-Amber;
/// 5. otherwise G-Green.
///
/// Matching a carried action to gaps (match_gaps), first rule that gives any:
/// 1. the point ids it records (s11's own plan has a Point column, "3.4, 3.5"): those gaps;
/// 2. point ids of gaps ("5.3") written as words in its action or learning point: those gaps;
/// 3. "Standard N" in its action or learning point: the gap of standard N most like it by
///    meaning (rule 4's likeness, without its thresholds), or else the first of them;
/// 4. by meaning: the likeness of its action's words to the gap's (a point's requirement and
///    suggested action; a reviewer's recommendation), each word weighted by how rare it is
///    among the framework's points (word_weights), as a cosine of 0 to 1. The most alike gap
///    matches when its likeness is at least kMatchLikeness and at least kMatchMargin times
///    the runner-up's, so that a few words every safeguarding text uses ("staff",
///    "safeguarding", "policy") never match an action about something else (taxi licensing
///    is not about allegations against staff). Words: four letters or more, lower case, a
///    few common endings dropped ("training" and "trained" are one word), common words left
///    out. A miss costs a drafted action beside the carried one; a wrong match would hide a gap.
/// Gaps that over-claim a rating are never matched: they are not actions.
///
/// Drafting (draft_plan), for the gaps no open carried action addresses:
/// - an over-claimed rating (standard or overall) gets no action: the return corrects the
///   rating, the plan says what will be done;
/// - the point gaps of one standard are one action with one milestone per point: the work
///   that brings the standard up. One point: its suggested action, the evidence the framework
///   expects. Several: "Standard 3: close the gaps found in points 3.4 and 3.5", each
///   milestone "Point 3.4: <suggested action> Evidence: <expected evidence>";
/// - a reviewer's recommendation is an action of its own, in the reviewer's words, under its
///   standard;
/// - each standard is a learning point, numbered after last year's, saying what the audit
///   found: "Learning Point 7 (Standard 3)\nWe need to make sure that each contracted ...
///   (3.5), and to show with current evidence that safeguarding responsibilities are ...
///   (3.4)." ("make sure" for a point not met, partly met, unanswered or contradicted by the
///   staff survey; "show with current evidence" for a point met without current evidence);
/// - due dates by priority: essential points audit date + essential_months (default
///   kDefaultEssentialMonths); the others audit date + other_months when set, otherwise
///   spread in quarterly steps ending at the next audit (next_audit, or audit date + 12
///   months) and after the essential date, in order of priority (not met or contradicted;
///   partly met and reviewers' recommendations; met but not evidenced), an equal share per
///   step, the first share soonest;
/// - leads by standard, then focus area ([leads]), else the default lead; when one person
///   leads more than half of at least kLeadWarningMinActions drafted actions the plan is
///   flagged ("Executive Director, Communities leads 9 of 12 drafted actions; set leads per
///   standard or area in audit.ini [leads]").

#include <map>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/plan.h"
#include "engine/scoring.h"

namespace s11 {

/// Drafted essential actions are due this many months after the audit unless
/// PlanSettings::essential_months says otherwise.
inline constexpr int kDefaultEssentialMonths = 3;
/// Matching by meaning: the least likeness (0-1) and how far ahead of the runner-up it must be.
inline constexpr double kMatchLikeness = 0.3;
inline constexpr double kMatchMargin = 1.5;
/// The lead warning needs at least this many drafted actions (one person leading 2 of 3 is no
/// sign that leads were left unset).
inline constexpr int kLeadWarningMinActions = 4;

/// True when the milestone is done: status B-Blue, or progress saying only "Completed".
bool is_completed(const PlanMilestone& milestone);
/// True when every milestone of the action is done (and it has one).
bool is_completed(const PlanAction& action);

/// True when the milestone is not done and its completion date (not an on-going review date)
/// is before `as_of`.
bool is_overdue(const PlanMilestone& milestone, const Date& as_of);
/// True when any milestone of the action is overdue.
bool is_overdue(const PlanAction& action, const Date& as_of);
/// How many actions of `plan` are overdue as of `as_of`, for the console ("11 actions overdue").
int overdue_count(const ActionPlan& plan, const Date& as_of);

/// The status the rule gives `milestone` as of `as_of` (see above).
PlanStatus rule_status(const PlanMilestone& milestone, const Date& as_of, int amber_days);

/// Sets every milestone's `suggested` status by the rule as of `settings.as_of`. The user's
/// own `status` is kept. An overdue milestone gets the note "Overdue: due 31 May 2015, not
/// completed" and its action one flag in `plan.flags` (`path: Sheet!C20: action overdue as of
/// 30 November 2015: due 31 May 2015, not completed; the rule suggests R-Red`); notes and
/// flags of an earlier rating are replaced, not repeated.
void rate_plan(ActionPlan& plan, const PlanSettings& settings);

/// How rare each word is among a framework's points: a word found in `df` of `points` points
/// weighs ln((points + 1) / (df + 1)), so a word in every point weighs almost nothing and one
/// in none (a place name, "Hackney") weighs most.
struct WordWeights {
  int points = 0;
  std::map<std::string, int> points_with;  ///< Word (as words_for_matching gives it) -> df.
  double weight(const std::string& word) const;
};

/// The weights over every point (requirement, guidance, example, suggested action) of
/// `standards`.
WordWeights word_weights(const std::vector<const Standard*>& standards);

/// The words of `text` as matching compares them (see above), e.g. "Trained staff" ->
/// {"staff", "train"}.
std::vector<std::string> words_for_matching(const std::string& text);

/// The likeness (0-1) of two texts by meaning: rule 4 above.
double likeness(const std::string& a, const std::string& b, const WordWeights& weights);

/// The gaps `action` addresses by the rules above (none: empty), in the order of `gaps`.
std::vector<const Gap*> match_gaps(const PlanAction& action, const std::vector<Gap>& gaps,
                                   const WordWeights& weights);

/// Next year's plan: last year's actions (`previous`, may be nullptr) carried forward with
/// their text, progress and leads (each person written one way: engine/plan_leads.h, with a
/// flag for each person written several ways), then the actions drafted (above) for the gaps
/// no open carried action addresses. A completed carried action whose gap is still open is
/// flagged (`path: Sheet!C12: action completed, standard 11 still unevidenced (...)`) and the
/// gap drafted again. Statuses are rated as of settings.as_of; the version history continues
/// last year's with a new row.
ActionPlan draft_plan(const AuditResult& result, const PlanSettings& settings,
                      const ActionPlan* previous);

}  // namespace s11
