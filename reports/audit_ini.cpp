#include "reports/audit_ini.h"

#include <sstream>

namespace s11 {

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
      << "\n[document]\n"
      << "; Document control: who owns and who wrote the return, and its version.\n"
      << "owner = " << config.owner << "\n"
      << "author = " << config.author << "\n"
      << "version = " << config.version << "\n"
      << "\n; Staff questionnaire exports (CSV or XLSX from SurveyMonkey, Microsoft Forms,\n"
      << "; Google Forms or a spreadsheet), comma-separated, relative to this directory:\n"
      << ";[survey]\n"
      << ";files = staff-survey.csv\n"
      << ";questionnaire = oscb-staff\n"
      << "\n; Who leads the actions for each standard or focus area in the action plan:\n"
      << ";[leads]\n"
      << ";1 = Executive Director, Communities\n"
      << ";workforce = Head of HR\n";
  return out.str();
}

}  // namespace s11
