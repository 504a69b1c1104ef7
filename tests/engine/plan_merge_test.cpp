#include "engine/plan_merge.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace s11 {
namespace {

PlanMilestone milestone(const std::string& evidence, const std::string& progress = "",
                        PlanStatus status = PlanStatus::kGreen, const std::string& lead = "HR") {
  PlanMilestone m;
  m.evidence = evidence;
  m.progress = progress;
  m.status = status;
  m.statuses = {plan_status_label(status)};
  m.lead = lead;
  m.due = Date{2016, 3, 31};
  m.due_text = "31 March 2016";
  return m;
}

PlanAction action(const std::string& learning_point, const std::string& text,
                  std::vector<PlanMilestone> milestones, const std::string& point = "") {
  PlanAction a;
  a.learning_point = learning_point;
  a.action = text;
  a.point_id = point;
  a.milestones = std::move(milestones);
  return a;
}

ActionPlan plan(std::vector<PlanAction> actions) {
  ActionPlan p;
  p.title = "Safeguarding action plan 2015-16";
  p.actions = std::move(actions);
  return p;
}

/// "learning point / action / evidence" of each milestone, in order.
std::vector<std::string> rows(const ActionPlan& p) {
  std::vector<std::string> out;
  for (const auto& a : p.actions) {
    for (const auto& m : a.milestones)
      out.push_back(a.learning_point + " / " + a.action + " / " + m.evidence);
  }
  return out;
}

}  // namespace

TEST_CASE("merge: the user's progress and status win; s11's other updates are taken",
          "[engine][plan][plan-merge]") {
  const ActionPlan written =
      plan({action("Standard 5", "Train staff", {milestone("Training log")})});
  ActionPlan edited = written;
  edited.actions[0].milestones[0].progress = "Booked for May";
  edited.actions[0].milestones[0].status = PlanStatus::kAmber;
  edited.actions[0].milestones[0].statuses = {"A-Amber"};
  // Since the last run audit.ini names another lead, and the rule suggests Red.
  ActionPlan drafted =
      plan({action("Standard 5", "Train staff",
                   {milestone("Training log", "", PlanStatus::kGreen, "Director")})});
  drafted.actions[0].milestones[0].suggested = PlanStatus::kRed;
  drafted.title = "Safeguarding action plan 2016-17";

  const MergedPlan merged = merge_plan(&written, edited, drafted);
  REQUIRE(merged.plan.actions.size() == 1);
  REQUIRE(merged.plan.actions[0].milestones.size() == 1);
  const PlanMilestone& m = merged.plan.actions[0].milestones[0];
  CHECK(m.progress == "Booked for May");
  CHECK(m.status == PlanStatus::kAmber);
  CHECK(m.statuses == std::vector<std::string>{"A-Amber"});
  CHECK(m.suggested == PlanStatus::kRed);
  CHECK(m.lead == "Director");
  CHECK(merged.plan.title == "Safeguarding action plan 2016-17");
  CHECK(merged.edits.progress == 1);
  CHECK(merged.edits.statuses == 1);
  CHECK(merged.edits.total() == 2);
  CHECK(merged.edits.text() == "progress of 1 milestone, 1 status");
}

TEST_CASE("merge: leads, dates and learning points typed in are carried",
          "[engine][plan][plan-merge]") {
  const ActionPlan written =
      plan({action("Standard 5", "Train staff", {milestone("Training log")})});
  ActionPlan edited = written;
  edited.actions[0].learning_point = "Standard 5: staff are trained";
  edited.actions[0].milestones[0].lead = "Jo Bloggs";
  edited.actions[0].milestones[0].due = Date{2016, 6, 30};
  edited.actions[0].milestones[0].due_text = "June 2016";
  const MergedPlan merged = merge_plan(&written, edited, written);
  const PlanAction& a = merged.plan.actions.at(0);
  CHECK(a.learning_point == "Standard 5: staff are trained");
  CHECK(a.milestones.at(0).lead == "Jo Bloggs");
  CHECK(a.milestones.at(0).due_text == "June 2016");
  CHECK(a.milestones.at(0).due == Date{2016, 6, 30});
  CHECK(merged.edits.text() == "1 lead, 1 completion date, 1 learning point");
}

TEST_CASE("merge: rows the user added stay in their place", "[engine][plan][plan-merge]") {
  const ActionPlan written = plan({action("Standard 1", "Update the policy", {milestone("Policy")}),
                                   action("Standard 2", "Appoint a lead", {milestone("Minutes")})});
  ActionPlan edited = written;
  edited.actions.insert(edited.actions.begin() + 1, action("Standard 1", "Brief the board",
                                                           {milestone("Board paper", "Done")}));
  edited.actions[0].milestones.push_back(milestone("Intranet page"));
  const MergedPlan merged = merge_plan(&written, edited, written);
  CHECK(rows(merged.plan) ==
        std::vector<std::string>{"Standard 1 / Update the policy / Policy",
                                 "Standard 1 / Update the policy / Intranet page",
                                 "Standard 1 / Brief the board / Board paper",
                                 "Standard 2 / Appoint a lead / Minutes"});
  CHECK(merged.plan.actions[1].milestones[0].progress == "Done");
  CHECK(merged.edits.added == 2);
  CHECK(merged.edits.text() == "2 rows added");
}

TEST_CASE("merge: an action the draft no longer has is kept when edited, dropped when not",
          "[engine][plan][plan-merge]") {
  const ActionPlan written =
      plan({action("Standard 1", "Update the policy", {milestone("Policy")}),
            action("Standard 2", "Appoint a lead", {milestone("Minutes")}),
            action("Standard 3", "Audit files", {milestone("Audit report")})});
  ActionPlan edited = written;
  edited.actions[1].milestones[0].progress = "Interviews in June";
  // The gaps of standards 2 and 3 are closed: the draft has only standard 1's action.
  const ActionPlan drafted = plan({written.actions[0]});
  const MergedPlan merged = merge_plan(&written, edited, drafted);
  CHECK(rows(merged.plan) == std::vector<std::string>{"Standard 1 / Update the policy / Policy",
                                                      "Standard 2 / Appoint a lead / Minutes"});
  CHECK(merged.plan.actions[1].notes == std::vector<std::string>{kKeptNote});
  CHECK(merged.plan.actions[1].milestones[0].progress == "Interviews in June");
  CHECK(merged.edits.kept == 1);
  CHECK(merged.edits.text() == "1 edited row kept that s11 no longer drafts");
}

TEST_CASE("merge: deleted rows stay deleted; new drafted actions join their learning point",
          "[engine][plan][plan-merge]") {
  const ActionPlan written = plan({action("Standard 1", "Update the policy", {milestone("Policy")}),
                                   action("Standard 1", "Train staff", {milestone("Log")}),
                                   action("Standard 2", "Appoint a lead", {milestone("Minutes")})});
  ActionPlan edited = written;
  edited.actions.erase(edited.actions.begin() + 1);
  ActionPlan drafted = written;
  drafted.actions.push_back(action("Standard 1", "Check references", {milestone("Sample")}));
  drafted.actions.push_back(action("Standard 9", "Survey staff", {milestone("Results")}));
  const MergedPlan merged = merge_plan(&written, edited, drafted);
  CHECK(rows(merged.plan) == std::vector<std::string>{"Standard 1 / Update the policy / Policy",
                                                      "Standard 1 / Check references / Sample",
                                                      "Standard 2 / Appoint a lead / Minutes",
                                                      "Standard 9 / Survey staff / Results"});
  CHECK(merged.edits.removed == 1);
  CHECK(merged.edits.text() == "1 row you deleted left out");
}

TEST_CASE("merge: keys ignore case, spacing and punctuation; the point id settles a tie",
          "[engine][plan][plan-merge]") {
  const ActionPlan drafted = plan(
      {action("Standard 4", "Review the safer recruitment policy.", {milestone("Policy")}, "4.1"),
       action("Standard 4", "Review the safer recruitment policy.", {milestone("Policy")}, "4.2")});
  ActionPlan edited = plan({action("Standard 4", "review the  Safer Recruitment policy",
                                   {milestone("policy", "Approved")}, "4.2")});
  const MergedPlan merged = merge_plan(nullptr, edited, drafted);
  REQUIRE(merged.plan.actions.size() == 2);
  CHECK(merged.plan.actions[0].point_id == "4.2");
  CHECK(merged.plan.actions[0].milestones[0].progress == "Approved");
  CHECK(merged.plan.actions[1].point_id == "4.1");
  CHECK(merged.plan.actions[1].milestones[0].progress.empty());
}

TEST_CASE("merge: without the written plan every difference from the draft is the user's",
          "[engine][plan][plan-merge]") {
  const ActionPlan drafted =
      plan({action("Standard 1", "Update the policy", {milestone("Policy")})});
  ActionPlan edited = drafted;
  edited.actions[0].milestones[0].lead = "Jo Bloggs";
  edited.actions.push_back(action("Standard 2", "Appoint a lead", {milestone("Minutes")}));
  const MergedPlan merged = merge_plan(nullptr, edited, drafted);
  REQUIRE(merged.plan.actions.size() == 2);
  CHECK(merged.plan.actions[0].milestones[0].lead == "Jo Bloggs");
  CHECK(merged.plan.actions[1].notes == std::vector<std::string>{kKeptNote});
  CHECK(merged.edits.text() == "1 lead, 1 edited row kept that s11 no longer drafts");
}

TEST_CASE("merge: an unedited plan gives the draft as it is", "[engine][plan][plan-merge]") {
  const ActionPlan written = plan({action("Standard 1", "Update the policy", {milestone("Policy")}),
                                   action("Standard 2", "Appoint a lead", {milestone("Minutes")})});
  // Since the last run the evidence changed: the draft is ordered otherwise, with a new action.
  const ActionPlan drafted =
      plan({written.actions[1], action("Standard 3", "Audit files", {milestone("Report")}),
            written.actions[0]});
  const MergedPlan merged = merge_plan(&written, written, drafted);
  CHECK(merged.edits.total() == 0);
  CHECK(merged.edits.text().empty());
  CHECK(rows(merged.plan) == rows(drafted));
}

TEST_CASE("merge: what was carried, in words", "[engine][plan][plan-merge]") {
  PlanEdits edits;
  edits.progress = 2;
  edits.statuses = 3;
  edits.leads = 2;
  edits.dates = 1;
  edits.learning_points = 2;
  edits.added = 1;
  edits.kept = 2;
  edits.removed = 3;
  CHECK(edits.total() == 16);
  CHECK(edits.text() ==
        "progress of 2 milestones, 3 statuses, 2 leads, 1 completion date, 2 learning points, "
        "1 row added, 2 edited rows kept that s11 no longer drafts, 3 rows you deleted left out");
}

}  // namespace s11
