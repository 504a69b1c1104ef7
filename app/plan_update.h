#pragma once
/// `s11 plan`: the statuses of an audit's out/action-plan.xlsx re-rated as of a day, without
/// re-scoring the audit; what the user typed into the plan is read back and kept.

#include <string>

#include "app/assessment.h"
#include "base/date.h"
#include "engine/plan.h"

namespace s11::app {

/// Reads the plan workbook at `path` (readers/plan_reader.h) and rates its statuses as of
/// `settings.as_of`. Throws as read_plan does.
ActionPlan rerate_plan(const std::string& path, const PlanSettings& settings);

/// The re-rated plan and where it was written.
struct RatedPlan {
  ActionPlan plan;
  std::string path;
};

/// Re-rates DIR/out/action-plan.xlsx as of `as_of` with the audit's [plan] settings and
/// writes it back in place, holding the audit's lock (app/audit_lock.h) and replacing out/ as
/// one step like write_outputs() (the other files in out/ are kept); recovery of an
/// interrupted run is told to `warn`. Throws IoError when there is no plan yet ("run `s11 run
/// DIR` first"), it cannot be written or another run holds the lock, InputError for located
/// problems. What had to be shortened to fit Excel's limits goes to `warn`.
RatedPlan update_plan(const std::string& dir, const Date& as_of, const Warn& warn);

}  // namespace s11::app
