#include "app/plan_update.h"

#include <filesystem>

#include "app/assessment.h"
#include "app/audit_lock.h"
#include "app/version.h"
#include "base/errors.h"
#include "engine/plan_rules.h"
#include "readers/plan_reader.h"
#include "reports/action_plan.h"
#include "reports/action_plan_ics.h"
#include "reports/output_files.h"
#include "reports/xlsx_emitter.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;
namespace ad = audit_directory;

ActionPlan rerate_plan(const std::string& path, const PlanSettings& settings) {
  ActionPlan plan = read_plan(path, settings);
  rate_plan(plan, settings);
  return plan;
}

RatedPlan update_plan(const std::string& dir, const Date& as_of, const Warn& warn) {
  // Settings only: the audit is not read or scored again.
  const AuditSettings audit = read_settings(dir);
  // Held from reading the plan to replacing it, so no run changes it in between.
  const FileLock lock = lock_audit(dir, "s11 plan");
  PlanSettings settings = audit_plan_settings(audit.config, audit.framework, dir, as_of);
  const fs::path out_dir = fs::path(dir) / ad::kOutDir;
  RatedPlan rated;
  rated.path = (out_dir / ad::kPlanFile).string();
  if (!fs::exists(rated.path)) {
    throw IoError(rated.path + ": no action plan to re-rate; run `s11 run " + dir + "` first");
  }
  rated.plan = rerate_plan(rated.path, settings);
  OutputBatch outputs(out_dir.string(), OutputBatch::Mode::kDirectory, warn);
  for (const auto& warning : write_xlsx(build_action_plan(rated.plan, as_of),
                                        outputs.temp_path(ad::kPlanFile), rated.path)) {
    warn(warning);
  }
  outputs.write_text(ad::kPlanCalendarFile,
                     render_plan_calendar(rated.plan, {"-//s11//s11 " + version() + "//EN",
                                                       audit.config.organisation, as_of}));
  outputs.commit();
  return rated;
}

}  // namespace s11::app
