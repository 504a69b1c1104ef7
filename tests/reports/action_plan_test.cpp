#include "reports/action_plan.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "app/plan_update.h"
#include "engine/plan_leads.h"
#include "engine/plan_rules.h"
#include "readers/plan_reader.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

ActionPlan sample_plan() {
  ActionPlan plan;
  plan.title = "Wychwood District Council safeguarding action plan 2015-16";
  plan.owner = "Executive Director, Community Services";
  plan.author = "Policy Officer";
  plan.version = "3";
  plan.last_reviewed = "8 April 2015";
  plan.next_review = "31 March 2016";
  plan.history = {{"2", "4th April 2015", "Revised for CEB Report"},
                  {"3", "2015-04-08", "Drafted by s11"}};
  PlanAction carried;
  carried.learning_point = "Learning Point 2\nWe need to continually improve";
  carried.action = "Promote staff attendance at learning events.";
  carried.carried = true;
  PlanMilestone newsletter;
  newsletter.due_text = "Feb/March 2015";
  newsletter.due = Date{2015, 3, 31};
  newsletter.lead = "Jo Whitfield";
  newsletter.progress = "On track";
  newsletter.status = PlanStatus::kAmber;
  newsletter.suggested = PlanStatus::kRed;
  PlanMilestone events;
  events.evidence = "Events advertised in Council Matters";
  events.due_text = "On-going";
  events.ongoing = true;
  events.lead = "Jo Whitfield";
  events.status = PlanStatus::kGreen;
  events.suggested = PlanStatus::kGreen;
  carried.milestones = {newsletter, events};
  PlanAction drafted;
  drafted.learning_point = "Standard 11: Information sharing";
  drafted.point_id = "11.2";
  drafted.action = "Agree an information sharing protocol";
  PlanMilestone protocol;
  protocol.evidence = "A signed protocol";
  protocol.due = Date{2016, 3, 31};
  protocol.lead = "Head of Housing";
  protocol.status = PlanStatus::kGreen;
  protocol.suggested = PlanStatus::kGreen;
  protocol.notes = {"Gap: not met"};
  drafted.milestones = {protocol};
  plan.actions = {carried, drafted};
  return plan;
}

TEST_CASE("action plan layout: status key, group rows, fills and drop-downs", "[reports][plan]") {
  const layout::Workbook book = build_action_plan(sample_plan(), Date{2015, 4, 8});
  REQUIRE(book.sheets.size() == 2);
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(sheet.name == "Action plan");
  const std::string text = layout::to_text(sheet);
  CHECK(contains(text, "A1 = Wychwood District Council safeguarding action plan 2015-16 [bold]\n"));
  CHECK(contains(text,
                 "A2 = Status key. Note: in this plan Blue means the action is completed, "
                 "unlike the audit's Blue = best practice. [bold]\n"));
  CHECK(contains(text, "A3 = B-Blue [bold fill=0070C0]\nB3 = Action completed\n"));
  CHECK(contains(text, "A4 = G-Green [bold fill=00B050]\nB4 = Action on target to be met\n"));
  CHECK(contains(text, "A5 = A-Amber [bold fill=FFC000]\n"));
  CHECK(contains(text, "A6 = R-Red [bold fill=FF0000]\n"));
  CHECK(contains(text,
                 "A8 = Learning points [bold fill=1F4E78]\nB8 = Action [bold fill=1F4E78]\n"
                 "C8 = Evidence [bold fill=1F4E78]\nD8 = Completion date [bold fill=1F4E78]"
                 "\nE8 = Lead [bold fill=1F4E78]\nF8 = Progress [bold fill=1F4E78]\n"
                 "G8 = Status (RAG rating) [bold fill=1F4E78]\n"));
  // Group row, then the carried action: one row per milestone, the action and its status
  // (the worst of its milestones') on the first, the rule's suggestion beside a status.
  CHECK(
      contains(text, "A9 = Learning Point 2\nWe need to continually improve [bold fill=DDEBF7]\n"));
  CHECK(contains(text,
                 "B10 = Promote staff attendance at learning events.\n"
                 "C10 = \nD10 = Feb/March 2015\nE10 = Jo Whitfield\nF10 = On track\n"
                 "G10 = A-Amber [bold fill=FFC000]\nH10 = A-Amber [bold fill=FFC000]\n"
                 "I10 = R-Red [bold fill=FF0000]\n"));
  CHECK(contains(text,
                 "B11 = \nC11 = Events advertised in Council Matters\nD11 = On-going\n"
                 "E11 = Jo Whitfield\nF11 = \nG11 = G-Green [bold fill=00B050]\nH11 = \nI11 = \n"));
  // The drafted action: a real date, no suggestion where the rule agrees.
  CHECK(contains(text, "A12 = Standard 11: Information sharing [bold fill=DDEBF7]\n"));
  CHECK(contains(text, "D13 = 2016-03-31 [format=dd/mm/yyyy]\n"));
  CHECK(contains(text,
                 "G13 = G-Green [bold fill=00B050]\nH13 = G-Green [bold fill=00B050]\nI13 = \n"
                 "J13 = 11.2\nK13 = Gap: not met\n"));

  REQUIRE(sheet.validations.size() == 1);
  CHECK(sheet.validations[0].range.first_row == 8);
  CHECK(sheet.validations[0].range.last_row == 12);
  CHECK(sheet.validations[0].range.first_col == 6);
  CHECK(sheet.validations[0].list ==
        std::vector<std::string>{"B-Blue", "G-Green", "A-Amber", "R-Red"});
  CHECK(sheet.landscape);
  CHECK(sheet.fit_to_width);
  CHECK(sheet.repeat_first_row == 7);
  CHECK(sheet.repeat_last_row == 7);
  CHECK(sheet.freeze_rows == 8);
  // Printed for the board: Learning Points to Action status; Rule suggests, Point and Notes
  // are for the lead. Group rows are merged over the printed columns only.
  REQUIRE(sheet.print_area);
  CHECK(sheet.print_area->first_row == 0);
  CHECK(sheet.print_area->first_col == 0);
  CHECK(sheet.print_area->last_row == 12);
  CHECK(sheet.print_area->last_col == 7);
  CHECK(std::any_of(sheet.merges.begin(), sheet.merges.end(), [](const layout::Range& r) {
    return r.first_row == 8 && r.last_row == 8 && r.first_col == 0 && r.last_col == 7;
  }));
}

TEST_CASE("action plan layout: document control with the version history", "[reports][plan]") {
  const layout::Workbook book = build_action_plan(sample_plan(), Date{2015, 4, 8});
  const layout::Sheet* control = book.find("Document control");
  REQUIRE(control);
  const std::string text = layout::to_text(*control);
  CHECK(contains(text, "A3 = Owner [bold]\nB3 = Executive Director, Community Services\n"));
  CHECK(contains(text, "A5 = Date last reviewed [bold]\nB5 = 8 April 2015\n"));
  CHECK(contains(text, "A6 = Next review date [bold]\nB6 = 31 March 2016\n"));
  CHECK(contains(text, "A7 = Version [bold]\nB7 = 3\n"));
  // Not yet approved: the lines are there to be written in.
  CHECK(contains(text, "A8 = Approved by [bold]\nB8 = Not yet approved\n"));
  CHECK(contains(text, "A9 = Meeting [bold]\nB9 = \n"));
  CHECK(contains(text, "A10 = Date approved [bold]\nB10 = \n"));
  CHECK(contains(text, "A13 = Version No. [bold fill=1F4E78]\n"));
  CHECK(contains(text, "A14 = 2\nB14 = 4th April 2015\nC14 = Revised for CEB Report\n"));
  CHECK(contains(text, "A15 = 3\nB15 = 2015-04-08\nC15 = Drafted by s11\n"));
}

TEST_CASE("action plan layout: document control says who approved the plan, where and when",
          "[reports][plan]") {
  ActionPlan plan = sample_plan();
  plan.approved_by = "City Executive Board";
  plan.approval_meeting = "City Executive Board, 14 January 2016";
  plan.approval_date = "14 January 2016";
  const std::string text =
      layout::to_text(*build_action_plan(plan, Date{2015, 4, 8}).find("Document control"));
  CHECK(contains(text, "A8 = Approved by [bold]\nB8 = City Executive Board\n"));
  CHECK(contains(text, "A9 = Meeting [bold]\nB9 = City Executive Board, 14 January 2016\n"));
  CHECK(contains(text, "A10 = Date approved [bold]\nB10 = 14 January 2016\n"));
}

TEST_CASE("lines not matched to an action say so in the Action column", "[reports][plan]") {
  ActionPlan plan = sample_plan();
  PlanAction bucket;
  bucket.learning_point = plan.actions[0].learning_point;
  bucket.unmatched = true;
  PlanMilestone line;
  line.evidence = "Named Safeguarding Officers meeting minutes.";
  bucket.milestones = {line};
  plan.actions.insert(plan.actions.begin() + 1, bucket);
  const std::string text = layout::to_text(build_action_plan(plan, Date{2015, 4, 8}).sheets[0]);
  CHECK(contains(text,
                 "B12 = Not matched to an action: the lines beside this could not be lined up "
                 "with the actions above (see the warning for this row); move each to its "
                 "action\nC12 = Named Safeguarding Officers meeting minutes.\n"));
}

TEST_CASE("action plan sheet appended to another workbook", "[reports][plan]") {
  layout::Workbook book;
  book.add_sheet("Summary");
  add_action_plan_sheet(book, sample_plan());
  REQUIRE(book.sheets.size() == 2);
  CHECK(book.sheets[1].name == "Action plan");
}

TEST_CASE("action plan round trip: s11's own plan is read back and re-rated", "[reports][plan]") {
  test::TempDir dir;
  const std::string path = dir.file("action-plan.xlsx");
  REQUIRE(write_xlsx(build_action_plan(sample_plan(), Date{2015, 4, 8}), path).empty());
  PlanSettings settings;
  settings.audit_date = {2015, 4, 8};
  settings.as_of = {2016, 4, 1};
  const ActionPlan plan = app::rerate_plan(path, settings);
  REQUIRE(plan.actions.size() == 2);
  CHECK(plan.actions[0].learning_point == "Learning Point 2\nWe need to continually improve");
  REQUIRE(plan.actions[0].milestones.size() == 2);
  CHECK(plan.actions[0].milestones[0].due_text == "Feb/March 2015");
  CHECK(plan.actions[0].milestones[0].status == PlanStatus::kAmber);
  CHECK(plan.actions[0].milestones[0].suggested == PlanStatus::kRed);
  CHECK(plan.actions[0].milestones[1].evidence == "Events advertised in Council Matters");
  CHECK(plan.actions[0].milestones[1].ongoing);
  CHECK(plan.actions[0].milestones[1].status == PlanStatus::kGreen);
  CHECK(plan.actions[1].learning_point == "Standard 11: Information sharing");
  CHECK(plan.actions[1].point_id == "11.2");
  REQUIRE(plan.actions[1].milestones.size() == 1);
  CHECK(plan.actions[1].milestones[0].due == Date{2016, 3, 31});
  // Due 31 March 2016, a day overdue.
  CHECK(plan.actions[1].milestones[0].suggested == PlanStatus::kRed);
  // Both open milestones are overdue on 1 April 2016: noted on each and flagged per action.
  CHECK(plan.actions[0].milestones[0].notes ==
        std::vector<std::string>{"Overdue: due 31 March 2015, not completed"});
  CHECK(plan.flags == std::vector<std::string>{
                          path + ": Action plan!B10: action \"Promote staff attendance at "
                                 "learning events.\" overdue as of 1 April 2016: due 31 March "
                                 "2015, not completed; the rule suggests R-Red",
                          path + ": Action plan!B13: action \"Agree an information sharing "
                                 "protocol\" overdue as of 1 April 2016: due 31 March 2016, not "
                                 "completed; the rule suggests R-Red"});
  CHECK(overdue_count(plan, settings.as_of) == 2);
  CHECK(plan.owner == "Executive Director, Community Services");
  CHECK(plan.version == "3");
  REQUIRE(plan.history.size() == 2);
  CHECK(plan.history[1].notes == "Drafted by s11");
}

TEST_CASE("seed 001's leads: one person typed three ways is one lead", "[reports][plan]") {
  PlanSettings settings;
  settings.audit_date = {2015, 4, 8};
  settings.as_of = settings.audit_date;
  const std::string path = std::string(S11_TEST_DATA_DIR) + "/plan/plan-seed001.xlsx";
  ActionPlan plan = read_plan(path, settings);
  const auto warnings = unify_leads(plan);
  // The fixture keeps the seed's slips in invented names: "Kim Ashdwon" and "Kim Ashdonw".
  // "Jo Whitfield " with a trailing space and "Jo Whitfield/ Kim Ashdown" are no variants.
  REQUIRE(warnings.size() == 1);
  const std::string& w = warnings[0];
  CHECK(w.rfind("Kim Ashdown is also written Kim Ashdwon (" + path + ": ", 0) == 0);
  CHECK(w.find("), Kim Ashdonw (") != std::string::npos);
  CHECK(w.size() > 26);
  CHECK(w.substr(w.size() - 26) == "); all read as Kim Ashdown");
  for (const auto& action : plan.actions) {
    for (const auto& m : action.milestones) {
      INFO(m.lead);
      CHECK(m.lead.find("Ashdwon") == std::string::npos);
      CHECK(m.lead.find("Ashdonw") == std::string::npos);
    }
  }
}

}  // namespace
}  // namespace s11
