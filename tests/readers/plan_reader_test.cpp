#include "readers/plan_reader.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>

#include "app/plan_update.h"
#include "base/errors.h"
#include "engine/plan_rules.h"
#include "reports/layout.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

const std::string kDir = std::string(S11_TEST_DATA_DIR) + "/plan/";

PlanSettings seed_settings() {
  PlanSettings settings;
  settings.audit_date = {2015, 4, 8};
  settings.as_of = {2015, 4, 8};
  return settings;
}

/// Adds sheet "Plan" to `book` with a plan's header row in row 1.
layout::Sheet& add_plan_sheet(layout::Workbook& book) {
  layout::Sheet& sheet = book.add_sheet("Plan");
  const char* headers[] = {"Learning Points", "Action", "Evidence", "Completion date", "Lead",
                           "Progress",        "Status"};
  for (int c = 0; c < 7; ++c) sheet.set(0, c, std::string(headers[c]));
  return sheet;
}

/// One line of a plan: an action and one of its milestones.
struct Line {
  const PlanAction* action;
  const PlanMilestone* milestone;
};

/// The plan's milestones in order, each with its action.
std::vector<Line> lines_of(const ActionPlan& plan) {
  std::vector<Line> lines;
  for (const auto& a : plan.actions) {
    for (const auto& m : a.milestones) lines.push_back({&a, &m});
  }
  return lines;
}

std::string learning_point_number(const PlanAction& a) {
  return a.learning_point.substr(0, a.learning_point.find('\n'));
}

void check_seed_plan(const std::string& file) {
  const std::string path = kDir + file;
  const ActionPlan plan = read_plan(path, seed_settings());

  // Seed 001 has 25 actions under 7 learning points. Actions merged over several lines of
  // evidence give one rated line each: 34 in all.
  const std::vector<Line> lines = lines_of(plan);
  REQUIRE(lines.size() == 34);
  std::set<std::string> distinct;
  std::map<std::string, int> per_point;
  for (const auto& line : lines) {
    distinct.insert(line.action->action);
    ++per_point[learning_point_number(*line.action)];
    CHECK(line.action->carried);
  }
  CHECK(distinct.size() == 25);
  CHECK(per_point == std::map<std::string, int>{{"Learning Point 1", 2},
                                                {"Learning Point 2", 13},
                                                {"Learning Point 3", 3},
                                                {"Learning Point 4", 2},
                                                {"Learning Point 5", 8},
                                                {"Learning Point 6", 5},
                                                {"Learning Point 7", 1}});

  const std::string where = path + ": Action Plan 2015-16!";
  CHECK(
      plan.flags ==
      std::vector<std::string>{
          where + "D12: could not split 6 evidence items across 2 actions; kept the cell whole on "
                  "the first action",
          where + "F12: could not split 3 leads across 2 actions; kept the cell whole on the first "
                  "action",
          where + "G12: could not split 6 progress notes across 2 actions; kept the cell whole on "
                  "the first action",
          where + "E12: could not split 6 dates across 2 actions; kept the cell whole on the first "
                  "action",
          where + "E15: date \"March On-going\" has no year; expected a month and year such as "
                  "\"March 2016\"",
          where + "E28: date \"April On-going\" has no year; expected a month and year such as "
                  "\"March 2016\"",
          where +
              "E32: date \"9th June 2019\" is implausible: more than 3 years from the audit date "
              "(8 April 2015); kept as written but not used to rate the status; correct it if it "
              "is a typing error",
          where +
              "E34: date \"April 2025 On-going\" is implausible: more than 3 years from the audit "
              "date (8 April 2015); kept as written but not used to rate the status; correct it "
              "if it is a typing error",
          where +
              "E41: date \"October 2915\" is implausible: more than 3 years from the audit date "
              "(8 April 2015); kept as written but not used to rate the status; correct it if it "
              "is a typing error"});

  // Learning Point 1: two actions in one cell; statuses all G-Green apply to both; the date
  // cell could not be split and stays whole on the first.
  CHECK(lines[0].action->action == "Regularly review the Safeguarding Programme and Action Plan.");
  CHECK(lines[1].action->action == "Ensure that Policy and Procedures are kept up to date.");
  CHECK(lines[0].milestone->status == PlanStatus::kGreen);
  CHECK(lines[1].milestone->status == PlanStatus::kGreen);
  CHECK(lines[0].milestone->due == Date{2016, 4, 30});
  CHECK_FALSE(lines[1].milestone->due);

  // Learning Point 3: three actions and three of everything, paired in order.
  CHECK(lines[17].action->action ==
        "Review with OCSP and TVP whether city worker should be involved in intelligence "
        "sharing meetings.");
  CHECK(lines[17].milestone->lead == "Dana Price");
  CHECK(lines[17].milestone->due == Date{2015, 3, 31});
  CHECK(lines[17].milestone->status == PlanStatus::kAmber);
  CHECK(lines[16].milestone->lead == "Chris Ellery");

  // Dates as written, parsed.
  CHECK(lines[9].milestone->due_text == "Before October 2015");
  CHECK(lines[9].milestone->due == Date{2015, 9, 30});
  CHECK(lines[10].milestone->due_text == "Feb/March 2015");
  CHECK(lines[10].milestone->due == Date{2015, 3, 31});
  CHECK(lines[27].milestone->due_text == "On-going");
  CHECK(lines[27].milestone->ongoing);
  // Implausible dates are kept as written, not used.
  CHECK(lines[32].milestone->due_text == "October 2915");
  CHECK_FALSE(lines[32].milestone->due);
  CHECK(lines[32].milestone->notes ==
        std::vector<std::string>{"Completion date \"October 2915\" is implausible"});

  // Statuses: "Green" and "G-Green" alike; the three B-Blue actions are completed.
  CHECK(lines[27].milestone->status == PlanStatus::kGreen);
  std::vector<std::size_t> completed;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_completed(*lines[i].milestone)) completed.push_back(i);
  }
  CHECK(completed == std::vector<std::size_t>{3, 20, 21});
  CHECK(lines[3].milestone->progress == "Completed");
  // A merged action cell continues onto its further lines of evidence.
  CHECK(lines[4].action->action == lines[2].action->action);
  CHECK(lines[4].milestone->source == where + "D15");

  // Document control below the table.
  CHECK(plan.title == "Oxford City Council\nSafeguarding Action Plan 205-16");
  CHECK(plan.owner == "Dana Price, Executive Director, Community Services");
  CHECK(plan.version == "2");
  CHECK(plan.last_reviewed == "8th  April 2015");
  CHECK(plan.next_review == "7th May 2015");
  REQUIRE(plan.history.size() == 2);
  CHECK(plan.history[1].version == "2");
  CHECK(plan.history[1].date == "4th April 2015");
  CHECK(plan.history[1].notes == "Revised for CEB Report");
}

TEST_CASE("plan reader: seed 001 written by openpyxl", "[engine][plan]") {
  check_seed_plan("plan-seed001.xlsx");
}

TEST_CASE("plan reader: seed 001 re-saved by LibreOffice", "[engine][plan]") {
  check_seed_plan("plan-seed001-libreoffice.xlsx");
}

TEST_CASE("plan reader: statuses rated by rule beside the user's", "[engine][plan]") {
  const ActionPlan plan = app::rerate_plan(kDir + "plan-seed001.xlsx", seed_settings());
  const std::vector<Line> lines = lines_of(plan);
  // "Feb/March 2015", given A-Amber, is overdue on 8 April 2015.
  CHECK(lines[10].milestone->status == PlanStatus::kAmber);
  CHECK(lines[10].milestone->suggested == PlanStatus::kRed);
  CHECK(lines[3].milestone->suggested == PlanStatus::kBlue);
}

TEST_CASE("plan reader: a plan with no Action column gives a located error", "[engine][plan]") {
  const std::string path = kDir + "plan-no-action-column.xlsx";
  try {
    read_plan(path, seed_settings());
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.problems() ==
          std::vector<std::string>{
              path + ": Plan!B3: the header row has no Action column (found \"Learning "
                     "Points\", \"Evidence\", \"Completion date\", \"Lead\", \"Progress\", "
                     "\"Status (RAG rating)\"); expected a column headed \"Action\""});
  }
}

TEST_CASE("plan reader: an unreadable plan gives an error", "[engine][plan]") {
  const std::string path = kDir + "plan-not-a-zip.xlsx";
  CHECK_THROWS_WITH(read_plan(path, seed_settings()),
                    path +
                        ": not an .xlsx workbook (not a zip archive); save it as Excel "
                        "Workbook (.xlsx)");
  CHECK_THROWS_AS(read_plan(kDir + "no-such-plan.xlsx", seed_settings()), IoError);
}

TEST_CASE("a date warning is given once for a cell two actions share", "[readers][plan][issue9]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy.\n\nReport progress to the board."));
  sheet.set(1, 3, std::string("October 2915"));
  sheet.set(1, 6, std::string("Purple"));
  test::TempDir dir;
  const std::string path = dir.file("plan.xlsx");
  CHECK(write_xlsx(book, path).empty());
  const ActionPlan plan = read_plan(path, seed_settings());
  REQUIRE(plan.actions.size() == 2);
  CHECK(plan.flags ==
        std::vector<std::string>{
            path + ": Plan!G2: status \"Purple\" is not a plan status; expected B-Blue, G-Green, "
                   "A-Amber or R-Red",
            path + ": Plan!D2: date \"October 2915\" is implausible: more than 3 years from the "
                   "audit date (8 April 2015); kept as written but not used to rate the status; "
                   "correct it if it is a typing error"});
  // Each action still says so itself.
  CHECK(plan.actions[0].milestones.at(0).notes ==
        std::vector<std::string>{"Completion date \"October 2915\" is implausible"});
  CHECK(plan.actions[1].milestones.at(0).notes == plan.actions[0].milestones.at(0).notes);
}

TEST_CASE("a plan with a stray cell at XFD1048576 is read by its stored cells",
          "[readers][plan][issue9]") {
  // Reading walked every column of every row up to the stray cell (17 billion cells).
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy."));
  sheet.set(1, 6, std::string("G-Green"));
  sheet.set(1048575, 16383, std::string("stray"));
  test::TempDir dir;
  const std::string path = dir.file("plan.xlsx");
  CHECK(write_xlsx(book, path).empty());
  const ActionPlan plan = read_plan(path, seed_settings());
  REQUIRE(plan.actions.size() == 1);
  CHECK(plan.actions[0].action == "Refresh the policy.");
  CHECK(plan.flags.empty());
}

}  // namespace
}  // namespace s11
