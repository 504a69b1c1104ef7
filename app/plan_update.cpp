#include "app/plan_update.h"

#include <filesystem>

#include "app/assessment.h"
#include "app/audit_lock.h"
#include "app/version.h"
#include "base/errors.h"
#include "engine/plan_rules.h"
#include "readers/plan_reader.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;
namespace ad = audit_directory;

ActionPlan rerate_plan(const std::string& path, const PlanSettings& settings) {
  ActionPlan plan = read_plan(path, settings);
  rate_plan(plan, settings);
  return plan;
}

RatedPlan update_plan(const std::string& dir, const Date& as_of, bool force, const Warn& warn) {
  // Settings first: a directory that is no audit is told so before anything waits for a lock.
  read_settings(dir);
  // Held from reading the plan to replacing it, so no run changes it in between.
  const FileLock lock = lock_audit(dir, "s11 plan");
  RatedPlan rated;
  rated.path = (fs::path(dir) / ad::kOutDir / ad::kPlanFile).string();
  if (!fs::exists(rated.path)) {
    throw IoError(rated.path + ": no action plan to re-rate; run `s11 run " + dir + "` first");
  }
  std::unique_ptr<Assessment> a = assess(dir, warn, false);
  WriteOptions options;
  options.command = "s11 plan";
  options.force = force;
  options.rerate_as_of = as_of;
  rated.paths = write_outputs_locked(*a, options, warn, lock);
  rated.plan = std::move(a->plan);
  return rated;
}

}  // namespace s11::app
