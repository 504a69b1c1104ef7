#pragma once
/// `s11 plan`: the statuses of an audit's out/action-plan.xlsx re-rated as of a day, without
/// drafting the plan again; what the user typed into the plan is read back and kept, and the
/// return's Action plan sheet shows the re-rated plan.

#include <string>
#include <vector>

#include "app/assessment.h"
#include "base/date.h"
#include "engine/plan.h"

namespace s11::app {

/// Reads the plan workbook at `path` (readers/plan_reader.h) and rates its statuses as of
/// `settings.as_of`. Throws as read_plan does.
ActionPlan rerate_plan(const std::string& path, const PlanSettings& settings);

/// The re-rated plan and where the plan and the other outputs were written.
struct RatedPlan {
  ActionPlan plan;
  std::string path;                ///< DIR/out/action-plan.xlsx.
  std::vector<std::string> paths;  ///< Every output written, as write_outputs() returns them.
};

/// Re-rates DIR/out/action-plan.xlsx as of `as_of` with the audit's [plan] settings and
/// writes it back in place with the return (assessed again, its Action plan sheet showing the
/// re-rated plan) and the gap list: write_outputs() with WriteOptions::rerate_as_of, holding the
/// audit's lock (app/audit_lock.h) from before the audit is read to the commit. An edited
/// return or gap list stops it as it stops `s11 run`, unless `force`. Throws IoError when there
/// is no plan yet ("run `s11 run DIR` first"), it cannot be written or another run holds the
/// lock, InputError for located problems. What had to be shortened to fit Excel's limits goes
/// to `warn`, with the audit's warnings (those of the drafted plan left out: it is not written).
RatedPlan update_plan(const std::string& dir, const Date& as_of, bool force, const Warn& warn);

}  // namespace s11::app
