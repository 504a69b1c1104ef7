// End-to-end tests of out/action-plan.ics (issue 10's reminders): the real s11 writes it, and
// Python's icalendar package (tests/support/check_ics.py) reads it as a calendar application
// would.

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "app/assessment.h"
#include "app/version.h"
#include "engine/plan_rules.h"
#include "readers/plan_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_command;
using test::run_s11;
using test::shell_quote;
using test::slurp;

const fs::path kCheckIcs = fs::path(S11_SOURCE_DIR) / "tests" / "support" / "check_ics.py";

/// What check_ics.py found in the calendar at `path`. Fails the test when the file does not
/// read, or when python3-icalendar is missing (saying how to install it): never skipped.
std::string read_calendar(const fs::path& path) {
  const Run run =
      run_command(path.parent_path(), "/usr/bin/python3 " + shell_quote(kCheckIcs.string()) + " " +
                                          shell_quote(path.string()));
  if (run.exit_code == 3) FAIL(run.err);  // "the Python package icalendar is missing; ..."
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  return run.out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

/// The check_ics.py block of the event whose SUMMARY line is `summary`, "" when none.
std::string event_block(const std::string& report, const std::string& summary) {
  const std::vector<std::string> lines = lines_of(report);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i] != "SUMMARY " + summary) continue;
    std::size_t start = i;
    while (start > 0 && lines[start].rfind("event ", 0) != 0) --start;
    std::string block;
    for (std::size_t j = start; j < lines.size() && (j == start || lines[j].rfind("event ", 0));
         ++j) {
      block += lines[j] + "\n";
    }
    return block;
  }
  return "";
}

/// The UIDs check_ics.py printed.
std::set<std::string> uids(const std::string& report) {
  std::set<std::string> found;
  for (const auto& line : lines_of(report)) {
    if (line.rfind("UID ", 0) == 0) found.insert(line.substr(4));
  }
  return found;
}

/// How many milestones of the plan workbook in `audit`/out should have an event: not
/// completed, with a date, and not an on-going one whose date is before `as_of`.
std::size_t open_dated_milestones(const fs::path& audit, const Date& as_of) {
  const app::AuditSettings settings = app::read_settings(audit.string());
  const PlanSettings plan_settings =
      app::audit_plan_settings(settings.config, settings.framework, audit.string(), as_of);
  const ActionPlan plan = read_plan((audit / "out" / "action-plan.xlsx").string(), plan_settings);
  std::size_t count = 0;
  for (const auto& action : plan.actions) {
    for (const auto& m : action.milestones) {
      if (m.due && !is_completed(m) && !(m.ongoing && *m.due < as_of)) ++count;
    }
  }
  return count;
}

const char* const kTrainingSummary =
    "Action plan: Train every recruiting manager in safer recruitment so that… - Safer "
    "recruitment course attendance; Interview panel records";

}  // namespace

TEST_CASE("the demo's action-plan.ics reads as a calendar, one event per open milestone",
          "[cli][e2e][ics]") {
  test::TempDir dir;
  const Run demo = run_s11(dir, "demo --out D");
  INFO(demo.err);
  REQUIRE(demo.exit_code == 0);
  CHECK(demo.out.find("  D/out/action-plan.xlsx\n  D/out/action-plan.ics\n") != std::string::npos);
  const fs::path audit = dir.path() / "D";
  const std::string report = read_calendar(audit / "out" / "action-plan.ics");
  const std::vector<std::string> lines = lines_of(report);
  REQUIRE(lines.size() > 2);
  CHECK(lines[0] == "calendar VERSION=2.0 PRODID=-//s11//s11 " + app::version() +
                        "//EN CALSCALE=GREGORIAN METHOD=PUBLISH X-WR-CALNAME=Wychwood District "
                        "Council Section 11 action plan 2015-16");
  const std::size_t expected = open_dated_milestones(audit, Date{2015, 11, 30});
  CHECK(expected > 10);
  CHECK(lines[1] == "events " + std::to_string(expected));
  CHECK(uids(report).size() == expected);
  CHECK(event_block(report, kTrainingSummary) ==
        std::string("event 2\n"
                    "UID 1273eae146eb76b14168c9d8e4200e6f@s11\n"
                    "DTSTAMP 2015-11-30T00:00:00+00:00 (date-time)\n"
                    "DTSTART 2016-03-31 (date)\n"
                    "DTEND 2016-04-01 (date)\n"
                    "SUMMARY ") +
            kTrainingSummary +
            "\n"
            "TRANSP TRANSPARENT\n"
            "DESCRIPTION Learning point: Learning Point 3 | DBS renewals fell behind in 2013. "
            "Checks on people working with children must be kept up to date and recruiting "
            "managers must be trained | Action: Train every recruiting manager in safer "
            "recruitment so that each interview panel for a post with children has a trained "
            "member. | Evidence: Safer recruitment course attendance | Interview panel records | "
            "Completion date: 31 March 2016 (written \"March 2016\") | Lead: Head of HR | "
            "Progress: 9 of 14 recruiting managers trained | Status: G-Green (Action on target "
            "to be met)\n"
            "ALARM DISPLAY -7 days, 0:00:00 " +
            kTrainingSummary + "\n");
}

TEST_CASE("action-plan.ics is byte-identical across runs and time zones", "[cli][e2e][ics]") {
  test::TempDir dir;
  REQUIRE(run_s11(dir, "demo --out A").exit_code == 0);
  REQUIRE(run_command(dir.path(), "TZ=Pacific/Auckland " + shell_quote(S11_EXE) + " demo --out B")
              .exit_code == 0);
  const std::string first = slurp(dir.path() / "A" / "out" / "action-plan.ics");
  REQUIRE(!first.empty());
  CHECK(slurp(dir.path() / "B" / "out" / "action-plan.ics") == first);
  REQUIRE(run_s11(dir, "run A").exit_code == 0);
  CHECK(slurp(dir.path() / "A" / "out" / "action-plan.ics") == first);
}

TEST_CASE("s11 plan re-rates action-plan.ics and keeps its UIDs", "[cli][e2e][ics]") {
  test::TempDir dir;
  REQUIRE(run_s11(dir, "demo --out D").exit_code == 0);
  const fs::path audit = dir.path() / "D";
  const std::string drafted = read_calendar(audit / "out" / "action-plan.ics");
  const Run plan = run_s11(dir, "plan D --as-of 2016-06-30");
  INFO(plan.err);
  REQUIRE(plan.exit_code == 0);
  const std::string rerated = read_calendar(audit / "out" / "action-plan.ics");
  const std::size_t expected = open_dated_milestones(audit, Date{2016, 6, 30});
  CHECK(lines_of(rerated)[1] == "events " + std::to_string(expected));
  // A re-import updates the events imported before: every event keeps its UID, and its
  // DTSTAMP is the re-rating day, later than the first.
  const std::set<std::string> before = uids(drafted);
  const std::set<std::string> after = uids(rerated);
  CHECK(after.size() == expected);
  for (const auto& uid : after) {
    INFO(uid);
    CHECK(before.count(uid) == 1);
  }
  CHECK(event_block(rerated, kTrainingSummary).find("DTSTAMP 2016-06-30T00:00:00+00:00") !=
        std::string::npos);
  CHECK(event_block(rerated, kTrainingSummary).find("UID 1273eae146eb76b14168c9d8e4200e6f@s11") !=
        std::string::npos);
}

}  // namespace s11
