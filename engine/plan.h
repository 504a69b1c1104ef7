#pragma once
/// The action plan model: the actions an agency commits to after its Section 11 audit, each
/// with its learning point, evidence, completion date, lead, progress and status (seed 001's
/// layout). Built by engine/plan_reader (last year's plan) and engine/plan_rules (drafting
/// from gaps, carrying forward, rating by rule); written by reports/action_plan.
///
/// Beware the two Blues: in the audit Blue means best practice; in an action plan B-Blue means
/// the action is completed.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"

namespace s11 {

/// An action's status in the plan's own key (seed 001).
enum class PlanStatus {
  kNone,   ///< Not given.
  kBlue,   ///< B-Blue: action completed.
  kGreen,  ///< G-Green: action on target to be met.
  kAmber,  ///< A-Amber: risk that the action may not be completed on time.
  kRed,    ///< R-Red: high risk the action will not be completed; remedial action required.
};

/// "B-Blue", "G-Green", "A-Amber", "R-Red", or "" for kNone: as the plan's drop-down writes it.
std::string plan_status_label(PlanStatus status);
/// The key's wording for a status, e.g. "Action completed"; "" for kNone.
std::string plan_status_meaning(PlanStatus status);
/// The fill colour for a status (six hex digits); "" for kNone.
std::string plan_status_colour(PlanStatus status);

/// Reads a status as councils type it: "B-Blue", "Blue", "B", "Completed", "Complete" -> kBlue;
/// "G-Green", "Green", "G", "On track" -> kGreen; "A-Amber", "Amber", "A" -> kAmber; "R-Red",
/// "Red", "R" -> kRed; case, spaces and hyphens do not matter. Empty text gives kNone.
/// Nothing when the text is not a status.
std::optional<PlanStatus> parse_plan_status(const std::string& text);

/// One milestone of an action: a line of evidence with its own completion date, lead,
/// progress and status. In a council's plan (seed 001) the Evidence, Completion date, Lead,
/// Progress and Status cells under an action hold one paragraph per milestone.
struct PlanMilestone {
  std::string evidence;     ///< The evidence that will show it done.
  std::string due_text;     ///< The completion date as written; "" for a drafted date.
  std::optional<Date> due;  ///< The completion date, when there is a plausible one.
  bool ongoing = false;     ///< "On-going", "then monthly": a review date, not a deadline.
  std::string lead;
  std::string progress;
  /// The status the user gave (kGreen when drafted); with several statuses written for one
  /// milestone, the worst open one (see worst_status).
  PlanStatus status = PlanStatus::kNone;
  /// Every status written for it, as written ("G-Green", "Green"): none is ever dropped.
  std::vector<std::string> statuses;
  PlanStatus suggested = PlanStatus::kNone;  ///< What the status rule says (plan_rules.h).
  std::string source;                        ///< Where it was read, "path: Sheet!D12".
  std::vector<std::string> notes;            ///< Remarks shown beside it, e.g. flags.
};

/// One action of a plan: what will be done, under a learning point, with its milestones (at
/// least one; a drafted action has one per gap it answers).
struct PlanAction {
  std::string learning_point;  ///< The group it belongs to, as written.
  std::string point_id;        ///< The framework point it addresses; "" when not known.
  std::string standard_id;     ///< The standard it addresses; "" when not known.
  std::string action;
  std::vector<PlanMilestone> milestones;
  bool carried = false;    ///< Read from last year's plan rather than drafted from a gap.
  bool essential = false;  ///< Drafted from an essential point's gap.
  /// Holds a row's paragraphs that could not be aligned with any of its actions ("not matched
  /// to an action"): kept so that nothing the user wrote is lost, and warned about.
  bool unmatched = false;
  std::string source;              ///< Where it was read, "path: Sheet!C12"; "" when drafted.
  std::vector<std::string> notes;  ///< Remarks shown beside it in the plan.
};

/// The worse of two statuses for an open action: Red over Amber over Green over Blue; kNone
/// only when both are kNone.
PlanStatus worse_status(PlanStatus a, PlanStatus b);

/// An action's status derived from its milestones' `status`: Blue when every milestone that
/// has a status is Blue, otherwise the worst open one (Red, Amber, Green); kNone when no
/// milestone has a status.
PlanStatus derived_status(const PlanAction& action);

/// The same derivation over the milestones' `suggested` statuses.
PlanStatus derived_suggestion(const PlanAction& action);

/// One row of a plan's version history.
struct PlanVersion {
  std::string version;
  std::string date;  ///< As written ("4th April 2015"); in words for rows s11 adds.
  std::string notes;
};

/// A whole plan: actions in display order (grouped by learning point) and document control.
struct ActionPlan {
  std::string path;   ///< The workbook it was read from; "" when drafted.
  std::string title;  ///< E.g. "Safeguarding action plan 2015-16".
  std::string owner;
  std::string author;
  std::string version;
  std::string last_reviewed;  ///< As written.
  std::string next_review;    ///< As written.
  /// Who approved the plan, at which meeting, on what day (in words); blank until approved.
  std::string approved_by;
  std::string approval_meeting;
  std::string approval_date;
  std::vector<PlanVersion> history;
  std::vector<PlanAction> actions;
  /// Warnings for the user, each located ("path: Sheet!E12: date "October 2915" is
  /// implausible ..."): implausible or unreadable dates, cells that could not be split,
  /// completed actions whose gap is still open. Never fatal.
  std::vector<std::string> flags;
};

/// What the lead fills from audit.ini to draft, carry forward and rate a plan.
struct PlanSettings {
  std::string previous_plan;  ///< Last year's plan workbook; "" for none.
  Date audit_date;            ///< The audit's date: drafted dates and plausibility count from it.
  std::optional<Date> next_audit;  ///< Default completion date; audit_date + 12 months if unset.
  /// Drafted essential actions due audit_date + N months (unset: kDefaultEssentialMonths).
  std::optional<int> essential_months;
  /// Other drafted actions due audit_date + N months (unset: spread before the next audit).
  std::optional<int> other_months;
  std::map<std::string, std::string> standard_leads;  ///< Standard id -> lead.
  std::map<std::string, std::string> area_leads;      ///< Focus area id -> lead.
  std::string default_lead;  ///< Lead when no standard or area lead is set (document owner).
  Date as_of;                ///< Statuses are rated as of this day.
  int amber_days = 30;       ///< Due within this many days with no progress -> Amber.
  int plausible_years = 3;   ///< Dates more than this many years from audit_date are flagged.
  std::string title;         ///< Plan title, e.g. "Wychwood DC safeguarding action plan 2015-16".
  std::string period;        ///< E.g. "2015-16", for the version history note.
  std::string owner;
  std::string author;
  std::string approved_by;       ///< [approval] in audit.ini, as ActionPlan::approved_by.
  std::string approval_meeting;  ///< As ActionPlan::approval_meeting.
  std::string approval_date;     ///< In words, as ActionPlan::approval_date.
  /// The plan's version when last year's plan has no numbered version (else one after it).
  std::string version = "1";
};

struct AuditConfig;
struct Framework;

/// The plan settings of an audit (its [plan] and [leads] settings, document owner and author;
/// leads sorted into standards and areas of `framework`), statuses rated as of `as_of`.
/// `previous_plan` is left for the caller, which knows where the audit directory is.
PlanSettings plan_settings(const AuditConfig& config, const Framework& framework,
                           const Date& as_of);

}  // namespace s11
