// End-to-end: issue 10's "done when" on the real plan of seed 001. The example audit carries
// forward a council's 2015-16 action plan laid out as the seed's Word table (one row per
// learning point, several actions per row, padded cells; tests/data/plan/README in
// make_plan_fixtures.py), re-saved by LibreOffice, through the real `s11 run`.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "engine/plan.h"
#include "engine/plan_rules.h"
#include "readers/plan_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";

/// The example audit in `dir`/audit with seed 001's plan as last year's.
void make_seed_audit(const test::TempDir& dir) {
  const fs::path audit = dir.path() / "audit";
  fs::copy(kExample, audit, fs::copy_options::recursive);
  fs::copy_file(fs::path(S11_TEST_DATA_DIR) / "plan" / "plan-seed001-libreoffice.xlsx",
                audit / "plan-2015-16.xlsx");
  std::ifstream in(audit / "audit.ini");
  std::ostringstream ini;
  std::string line;
  while (std::getline(in, line)) {
    ini << (line.rfind("last_plan", 0) == 0 ? "last_plan = plan-2015-16.xlsx" : line) << "\n";
  }
  in.close();
  std::ofstream(audit / "audit.ini", std::ios::binary) << ini.str();
}

int count_of(const std::string& text, const std::string& part) {
  int n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

/// The learning point's number, or 0: seed 001's are "Learning Point 1" to "Learning Point 7".
int learning_point_number(const std::string& learning_point) {
  const std::string prefix = "Learning Point ";
  if (learning_point.rfind(prefix, 0) != 0) return 0;
  return std::atoi(learning_point.c_str() + prefix.size());
}

TEST_CASE("seed 001's plan carried forward: every action, milestone, Amber, overdue and typo",
          "[cli][e2e][plan][issue10]") {
  test::TempDir dir;
  make_seed_audit(dir);
  const Run run = run_s11(dir, "run audit");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);

  // Each typo reported by its own text and cell.
  const std::string where = "warning: audit/plan-2015-16.xlsx: Action Plan!";
  CHECK(count_of(run.err, where + "D15: date \"9th June 2019\" is implausible") == 1);
  CHECK(count_of(run.err, where + "D15: date \"April 2025 On-going\" is implausible") == 1);
  CHECK(count_of(run.err, where + "D16: date \"October 2915\" is implausible") == 1);
  // 11 actions are overdue at the audit date, each named, and the summary counts them.
  CHECK(count_of(run.err, "\" overdue as of 30 November 2015: due ") == 11);
  CHECK(count_of(run.err, where +
                              "B12: action \"Strengthen policy and procedures relating to "
                              "managing...\" overdue as of 30 November 2015: due 31 May 2015, not "
                              "completed; the rule suggests R-Red\n") == 1);
  CHECK(run.out.find(" carried from last year's plan; 11 overdue (listed above).\n") !=
        std::string::npos);
  // One person typed three ways is one lead.
  CHECK(count_of(run.err, "warning: Kim Ashdown is also written Kim Ashdwon (") == 1);

  // The plan s11 wrote, read back: 25 carried actions with 39 milestones, every Amber kept.
  PlanSettings settings;
  settings.audit_date = {2015, 11, 30};
  settings.as_of = settings.audit_date;
  const ActionPlan plan = read_plan(dir.file("audit/out/action-plan.xlsx"), settings);
  int actions = 0;
  int milestones = 0;
  int overdue_red = 0;
  std::map<std::string, int> statuses;
  for (const auto& action : plan.actions) {
    const int number = learning_point_number(action.learning_point);
    if (number < 1 || number > 7) continue;
    ++actions;
    for (const auto& m : action.milestones) {
      ++milestones;
      if (m.status != PlanStatus::kNone) ++statuses[plan_status_label(m.status)];
    }
    overdue_red += is_overdue(action, settings.as_of);
  }
  CHECK(actions == 25);
  CHECK(milestones == 39);
  // 38 milestones have a status of their own (one has two, one none): 4 Ambers among them.
  CHECK(statuses == std::map<std::string, int>{{"A-Amber", 4}, {"B-Blue", 3}, {"G-Green", 31}});
  CHECK(overdue_red == 11);
}

}  // namespace
}  // namespace s11
