#include "reports/audit_ini.h"

#include <sstream>

namespace s11 {

namespace {

/// "key = value", or "key =" when the value is blank (no trailing space).
std::string setting(const std::string& key, const std::string& value) {
  return key + " =" + (value.empty() ? "" : " " + value) + "\n";
}

}  // namespace

std::string render_audit_config(const AuditConfig& config) {
  std::ostringstream out;
  out << "; s11 audit settings. Edit freely; `s11 run` reads this file.\n"
      << "[audit]\n"
      << "; The agency making the return.\n"
      << "organisation = " << config.organisation << "\n"
      << "; The year the return covers.\n"
      << "period = " << config.period << "\n"
      << "; The day the return is made (YYYY-MM-DD). Evidence must not be dated later.\n"
      << "date = " << config.audit_date.iso() << "\n"
      << "; A bundled framework id (oscb-2015, working-together-8) or a framework file path.\n"
      << "framework = " << config.framework << "\n"
      << "; Evidence older than this many months before the audit date is stale.\n"
      << "evidence_currency_months = " << config.currency_months << "\n"
      << "; The evidence workbook, when it is not evidence.xlsx or evidence.ods (.xlsx or .ods):\n"
      << ";evidence = evidence FINAL.xlsx\n"
      << "\n[document]\n"
      << "; Document control: who owns and who wrote the return, and its version.\n"
      << "owner = " << config.owner << "\n"
      << "author = " << config.author << "\n"
      << "version = " << config.version << "\n"
      << "\n; Document control: who approved the return, at which meeting, on what day\n"
      << "; (YYYY-MM-DD). Leave blank until it is approved: the return says \"Not yet approved\".\n"
      << "[approval]\n"
      << setting("approved_by", config.approval.approved_by)
      << setting("meeting", config.approval.meeting)
      << setting("date", config.approval.date ? config.approval.date->iso() : std::string())
      << "\n; Staff questionnaire exports (CSV or XLSX from SurveyMonkey, Microsoft Forms,\n"
      << "; Google Forms or a spreadsheet), comma-separated, relative to this directory:\n"
      << ";[survey]\n"
      << ";files = staff-survey.csv\n"
      << ";questionnaire = oscb-staff\n"
      << "\n; Who leads the actions for each standard or focus area in the action plan:\n";
  if (config.plan.leads.empty()) {
    out << ";[leads]\n"
        << ";1 = Executive Director, Communities\n"
        << ";workforce = Head of HR\n";
  } else {
    out << "[leads]\n";
    for (const auto& [id, lead] : config.plan.leads) out << id << " = " << lead << "\n";
  }
  // Written only when set (`s11 new --from` carries them from last year's audit).
  const PlanConfig& plan = config.plan;
  const PlanConfig defaults;
  if (!plan.last_plan.empty() || plan.next_audit_date || plan.amber_days != defaults.amber_days ||
      plan.essential_months != 0 || plan.other_months != 0) {
    out << "\n; The action plan: last year's plan to carry forward (relative to this directory),\n"
        << "; when this year's actions fall due.\n"
        << "[plan]\n";
    if (!plan.last_plan.empty()) out << "last_plan = " << plan.last_plan << "\n";
    if (plan.next_audit_date) out << "next_audit_date = " << plan.next_audit_date->iso() << "\n";
    if (plan.amber_days != defaults.amber_days) out << "amber_days = " << plan.amber_days << "\n";
    if (plan.essential_months != 0) out << "essential_months = " << plan.essential_months << "\n";
    if (plan.other_months != 0) out << "other_months = " << plan.other_months << "\n";
  }
  if (!config.last_return.empty()) {
    out << "\n; Last year's return, so the Summary and Impact sheets show the change since then.\n"
        << "[history]\n"
        << "last_return = " << config.last_return << "\n";
  }
  return out.str();
}

}  // namespace s11
