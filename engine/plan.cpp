#include "engine/plan.h"

#include "base/text.h"
#include "engine/audit.h"

namespace s11 {

std::string plan_status_label(PlanStatus status) {
  switch (status) {
    case PlanStatus::kBlue:
      return "B-Blue";
    case PlanStatus::kGreen:
      return "G-Green";
    case PlanStatus::kAmber:
      return "A-Amber";
    case PlanStatus::kRed:
      return "R-Red";
    case PlanStatus::kNone:
      break;
  }
  return "";
}

std::string plan_status_meaning(PlanStatus status) {
  switch (status) {
    case PlanStatus::kBlue:
      return "Action completed";
    case PlanStatus::kGreen:
      return "Action on target to be met";
    case PlanStatus::kAmber:
      return "There is a risk that the action may not be completed on time";
    case PlanStatus::kRed:
      return "There is high risk that the action will not be completed and remedial action is "
             "required";
    case PlanStatus::kNone:
      break;
  }
  return "";
}

std::string plan_status_colour(PlanStatus status) {
  switch (status) {
    case PlanStatus::kBlue:
      return "0070C0";
    case PlanStatus::kGreen:
      return "00B050";
    case PlanStatus::kAmber:
      return "FFC000";
    case PlanStatus::kRed:
      return "FF0000";
    case PlanStatus::kNone:
      break;
  }
  return "";
}

namespace {

// How bad a status is for an open action: kNone < Blue < Green < Amber < Red.
int severity(PlanStatus status) {
  switch (status) {
    case PlanStatus::kNone:
      return 0;
    case PlanStatus::kBlue:
      return 1;
    case PlanStatus::kGreen:
      return 2;
    case PlanStatus::kAmber:
      return 3;
    case PlanStatus::kRed:
      return 4;
  }
  return 0;
}

template <typename Get>
PlanStatus derive(const PlanAction& action, Get get) {
  PlanStatus worst = PlanStatus::kNone;
  for (const auto& milestone : action.milestones) worst = worse_status(worst, get(milestone));
  return worst;
}

}  // namespace

PlanStatus worse_status(PlanStatus a, PlanStatus b) { return severity(a) >= severity(b) ? a : b; }

PlanStatus derived_status(const PlanAction& action) {
  return derive(action, [](const PlanMilestone& m) { return m.status; });
}

PlanStatus derived_suggestion(const PlanAction& action) {
  return derive(action, [](const PlanMilestone& m) { return m.suggested; });
}

std::optional<PlanStatus> parse_plan_status(const std::string& text) {
  const std::string t = normalise(text);
  if (t.empty()) return PlanStatus::kNone;
  if (t == "completed" || t == "complete" || t == "done") return PlanStatus::kBlue;
  if (t == "on track" || t == "on-track" || t == "on target") return PlanStatus::kGreen;
  // "G-Green", "G - Green", "Green", "G" all agree on one status.
  std::optional<PlanStatus> found;
  for (const auto& word : split_list(t, " -/")) {
    std::optional<PlanStatus> status;
    if (word == "b" || word == "blue") status = PlanStatus::kBlue;
    if (word == "g" || word == "green") status = PlanStatus::kGreen;
    if (word == "a" || word == "amber") status = PlanStatus::kAmber;
    if (word == "r" || word == "red") status = PlanStatus::kRed;
    if (!status || (found && *found != *status)) return std::nullopt;
    found = status;
  }
  return found;
}

PlanSettings plan_settings(const AuditConfig& config, const Framework& framework,
                           const Date& as_of) {
  PlanSettings settings;
  settings.audit_date = config.audit_date;
  settings.next_audit = config.plan.next_audit_date;
  if (config.plan.essential_months > 0) settings.essential_months = config.plan.essential_months;
  if (config.plan.other_months > 0) settings.other_months = config.plan.other_months;
  for (const auto& [key, lead] : config.plan.leads) {
    (framework.find_standard(key) ? settings.standard_leads : settings.area_leads)[key] = lead;
  }
  settings.default_lead = config.owner;
  settings.as_of = as_of;
  settings.amber_days = config.plan.amber_days;
  settings.title = config.organisation + " Section 11 action plan " + config.period;
  settings.period = config.period;
  settings.owner = config.owner;
  settings.author = config.author;
  settings.version = config.version;
  settings.approved_by = config.approval.approved_by;
  settings.approval_meeting = config.approval.meeting;
  if (config.approval.date) settings.approval_date = config.approval.date->long_text();
  return settings;
}

}  // namespace s11
