#include "engine/plan_rules.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

TEST_CASE("plan status: typed statuses are normalised", "[engine][plan]") {
  for (const char* text : {"B-Blue", "Blue", "B", "b - blue", "Completed", "Complete"}) {
    INFO(text);
    CHECK(parse_plan_status(text) == PlanStatus::kBlue);
  }
  for (const char* text : {"G-Green", "Green", "G", " green ", "On track", "On-track"}) {
    INFO(text);
    CHECK(parse_plan_status(text) == PlanStatus::kGreen);
  }
  for (const char* text : {"A-Amber", "Amber", "A"})
    CHECK(parse_plan_status(text) == PlanStatus::kAmber);
  for (const char* text : {"R-Red", "Red", "R"}) CHECK(parse_plan_status(text) == PlanStatus::kRed);
  CHECK(parse_plan_status("") == PlanStatus::kNone);
  CHECK_FALSE(parse_plan_status("Purple"));
  CHECK_FALSE(parse_plan_status("G-Red"));
  CHECK(plan_status_label(*parse_plan_status("Green")) == "G-Green");
}

PlanMilestone due_on(Date due, const std::string& progress = "") {
  PlanMilestone m;
  m.due = due;
  m.progress = progress;
  m.status = PlanStatus::kGreen;
  return m;
}

PlanAction with(PlanMilestone m) {
  PlanAction a;
  a.milestones.push_back(std::move(m));
  return a;
}

TEST_CASE("status rule: boundaries", "[engine][plan]") {
  const Date as_of{2015, 4, 8};
  const auto in_days = [&](long n) { return civil_from_days(days_from_civil(as_of) + n); };
  CHECK(rule_status(due_on(in_days(30)), as_of, 30) == PlanStatus::kAmber);
  CHECK(rule_status(due_on(in_days(31)), as_of, 30) == PlanStatus::kGreen);
  CHECK(rule_status(due_on(in_days(30), "Booked for May"), as_of, 30) == PlanStatus::kGreen);
  CHECK(rule_status(due_on(in_days(0)), as_of, 30) == PlanStatus::kAmber);
  CHECK(rule_status(due_on(in_days(0), "On track"), as_of, 30) == PlanStatus::kGreen);
  CHECK(rule_status(due_on(in_days(-1)), as_of, 30) == PlanStatus::kRed);
  CHECK(rule_status(due_on(in_days(-1), "On track"), as_of, 30) == PlanStatus::kRed);
  CHECK(rule_status(due_on(in_days(10)), as_of, 5) == PlanStatus::kGreen);

  PlanMilestone done = due_on(in_days(-100));
  done.status = PlanStatus::kBlue;
  CHECK(rule_status(done, as_of, 30) == PlanStatus::kBlue);
  PlanMilestone done_by_progress = due_on(in_days(-100), "Completed");
  CHECK(rule_status(done_by_progress, as_of, 30) == PlanStatus::kBlue);

  PlanMilestone ongoing = due_on(in_days(-100));
  ongoing.ongoing = true;
  CHECK(rule_status(ongoing, as_of, 30) == PlanStatus::kGreen);
  PlanMilestone no_date;
  no_date.ongoing = true;
  CHECK(rule_status(no_date, as_of, 30) == PlanStatus::kGreen);
}

TEST_CASE("rate_plan keeps the user's status and sets the suggestion", "[engine][plan]") {
  ActionPlan plan;
  plan.actions.push_back(with(due_on({2015, 3, 31})));
  plan.actions[0].milestones[0].status = PlanStatus::kAmber;
  PlanSettings settings;
  settings.as_of = {2015, 4, 8};
  rate_plan(plan, settings);
  CHECK(plan.actions[0].milestones[0].status == PlanStatus::kAmber);
  CHECK(plan.actions[0].milestones[0].suggested == PlanStatus::kRed);
  CHECK(is_overdue(plan.actions[0], settings.as_of));
  CHECK_FALSE(is_overdue(plan.actions[0], Date{2015, 3, 31}));
}

TEST_CASE("an action's status is derived from its milestones", "[engine][plan]") {
  PlanAction a;
  CHECK(derived_status(a) == PlanStatus::kNone);
  CHECK_FALSE(is_completed(a));
  a.milestones.push_back(due_on({2015, 3, 31}));
  a.milestones.push_back(due_on({2015, 6, 30}));
  a.milestones[0].status = PlanStatus::kBlue;
  a.milestones[1].status = PlanStatus::kBlue;
  CHECK(derived_status(a) == PlanStatus::kBlue);
  CHECK(is_completed(a));
  a.milestones[1].status = PlanStatus::kGreen;
  CHECK(derived_status(a) == PlanStatus::kGreen);
  CHECK_FALSE(is_completed(a));
  a.milestones.push_back(due_on({2015, 9, 30}));
  a.milestones[2].status = PlanStatus::kAmber;
  CHECK(derived_status(a) == PlanStatus::kAmber);
  a.milestones[0].status = PlanStatus::kRed;
  CHECK(derived_status(a) == PlanStatus::kRed);
  CHECK(worse_status(PlanStatus::kNone, PlanStatus::kBlue) == PlanStatus::kBlue);
  CHECK(worse_status(PlanStatus::kGreen, PlanStatus::kNone) == PlanStatus::kGreen);
}

// A small framework: standard 11 with an essential point, standard 5 with an ordinary one.
struct Fixture {
  Standard s11{"11", "Information sharing", "partners", {}};
  Standard s5{"5", "Staff are trained", "workforce", {}};
  Point p112{"11.2",
             "Information is shared with partners under an agreed protocol",
             "A signed information sharing protocol",
             "",
             "Agree and review an information "
             "sharing protocol with partner agencies",
             true};
  Point p53{"5.3", "Training records are kept",           "Training records for all staff",
            "",    "Keep training records for all staff", false};
  AuditResult result;
  PlanSettings settings;

  Fixture() {
    result.gaps.push_back({&s11, &p112, true, "Not met", "not met", p112.action});
    result.gaps.push_back({&s5, &p53, false, "Partly met", "no current evidence", p53.action});
    settings.audit_date = {2015, 4, 8};
    settings.as_of = {2015, 4, 8};
    settings.next_audit = Date{2016, 3, 31};
    settings.default_lead = "Executive Director, Community Services";
    settings.version = "3";
    settings.period = "2015-16";
  }
};

TEST_CASE("match_gap: by point id, point mentioned, standard mentioned, word overlap",
          "[engine][plan]") {
  Fixture f;
  PlanAction by_id;
  by_id.action = "Something unrelated";
  by_id.point_id = "5.3";
  CHECK(match_gap(by_id, f.result.gaps) == &f.result.gaps[1]);

  PlanAction mentions_point;
  mentions_point.action = "Close gap 11.2 by June";
  CHECK(match_gap(mentions_point, f.result.gaps) == &f.result.gaps[0]);

  PlanAction mentions_standard;
  mentions_standard.learning_point = "Learning Point 3 (Standard 5)";
  mentions_standard.action = "Bring the records up to date";
  CHECK(match_gap(mentions_standard, f.result.gaps) == &f.result.gaps[1]);

  PlanAction words;
  words.action = "Review and share the information sharing protocol with partner agencies";
  CHECK(match_gap(words, f.result.gaps) == &f.result.gaps[0]);

  PlanAction unrelated;
  unrelated.action = "Seek harmonisation of licensing standards for Hackney Carriages";
  CHECK(match_gap(unrelated, f.result.gaps) == nullptr);
}

TEST_CASE("draft_plan: one drafted action per gap, essential first", "[engine][plan]") {
  Fixture f;
  f.settings.standard_leads["11"] = "Head of Housing";
  const ActionPlan plan = draft_plan(f.result, f.settings, nullptr);
  REQUIRE(plan.actions.size() == 2);
  const PlanAction& first = plan.actions[0];
  CHECK(first.learning_point == "Standard 11: Information sharing");
  CHECK(first.action == "Agree and review an information sharing protocol with partner agencies");
  CHECK(first.milestones.at(0).evidence == "A signed information sharing protocol");
  CHECK(first.milestones.at(0).due == Date{2016, 3, 31});
  CHECK(first.milestones.at(0).lead == "Head of Housing");
  CHECK(first.milestones.at(0).progress.empty());
  CHECK(first.milestones.at(0).status == PlanStatus::kGreen);
  CHECK(first.milestones.at(0).suggested == PlanStatus::kGreen);
  CHECK(first.point_id == "11.2");
  CHECK_FALSE(first.carried);
  CHECK(plan.actions[1].learning_point == "Standard 5: Staff are trained");
  CHECK(plan.actions[1].milestones.at(0).lead == "Executive Director, Community Services");
  REQUIRE(plan.history.size() == 1);
  CHECK(plan.history[0].version == "3");
  CHECK(plan.history[0].date == "2015-04-08");
  CHECK(plan.history[0].notes == "Drafted by s11 from the 2015-16 Section 11 audit");
}

TEST_CASE("draft_plan: leads by area and completion months by severity", "[engine][plan]") {
  Fixture f;
  f.settings.area_leads["workforce"] = "Head of HR";
  f.settings.essential_months = 6;
  const ActionPlan plan = draft_plan(f.result, f.settings, nullptr);
  REQUIRE(plan.actions.size() == 2);
  CHECK(plan.actions[0].milestones.at(0).due == Date{2015, 10, 8});
  CHECK(plan.actions[1].milestones.at(0).due == Date{2016, 3, 31});
  CHECK(plan.actions[1].milestones.at(0).lead == "Head of HR");
}

TEST_CASE("draft_plan: carried actions keep their text and suppress the gap they address",
          "[engine][plan]") {
  Fixture f;
  ActionPlan previous;
  previous.history.push_back({"2", "4th April 2015", "Revised for CEB Report"});
  PlanAction open;
  open.learning_point = "Learning Point 3 (Standard 5)";
  open.action = "Bring the records up to date";
  PlanMilestone m;
  m.lead = "Kim Ashdown";
  m.progress = "Half done";
  m.status = PlanStatus::kAmber;
  m.due = Date{2015, 5, 31};
  open.milestones.push_back(m);
  open.carried = true;
  open.source = "prev.xlsx: Plan!C5";
  previous.actions.push_back(open);
  const ActionPlan plan = draft_plan(f.result, f.settings, &previous);
  REQUIRE(plan.actions.size() == 2);
  CHECK(plan.actions[0].action == "Bring the records up to date");
  CHECK(plan.actions[0].milestones.at(0).lead == "Kim Ashdown");
  CHECK(plan.actions[0].milestones.at(0).progress == "Half done");
  CHECK(plan.actions[0].milestones.at(0).status == PlanStatus::kAmber);
  CHECK(plan.actions[0].milestones.at(0).suggested == PlanStatus::kGreen);
  CHECK(plan.actions[0].point_id == "5.3");
  CHECK(plan.actions[1].point_id == "11.2");
  CHECK(plan.flags.empty());
  REQUIRE(plan.history.size() == 2);
  CHECK(plan.history[1].notes ==
        "Drafted by s11 from the 2015-16 Section 11 audit, carrying forward 1 actions from the "
        "previous plan");
}

TEST_CASE("draft_plan: a completed action whose gap is still open is flagged", "[engine][plan]") {
  Fixture f;
  ActionPlan previous;
  PlanAction done;
  done.learning_point = "Learning Point 5";
  done.action = "Review and share the information sharing protocol with partner agencies";
  PlanMilestone finished;
  finished.status = PlanStatus::kBlue;
  done.milestones.push_back(finished);
  done.carried = true;
  done.source = "prev.xlsx: Plan!C9";
  previous.actions.push_back(done);
  const ActionPlan plan = draft_plan(f.result, f.settings, &previous);
  REQUIRE(plan.flags.size() == 1);
  CHECK(plan.flags[0] ==
        "prev.xlsx: Plan!C9: action completed, standard 11 still unevidenced (point 11.2: not "
        "met); a new action is drafted for it");
  // The completed action is kept, and both gaps are drafted.
  REQUIRE(plan.actions.size() == 3);
  CHECK(plan.actions[0].milestones.at(0).status == PlanStatus::kBlue);
  CHECK(plan.actions[1].point_id == "11.2");
  CHECK_FALSE(plan.actions[1].carried);
  CHECK(plan.actions[2].point_id == "5.3");
}

}  // namespace
}  // namespace s11
