#include "readers/plan_reader.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "base/errors.h"
#include "base/text.h"
#include "base/xlsx_reader.h"
#include "reports/layout.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

const std::string kDir = std::string(S11_TEST_DATA_DIR) + "/plan/";

PlanSettings seed_settings() {
  PlanSettings settings;
  settings.audit_date = {2015, 11, 30};
  settings.as_of = {2015, 11, 30};
  settings.plausible_years = 3;
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

ActionPlan read_written(const layout::Workbook& book, test::TempDir& dir, std::string& path) {
  path = dir.file("plan.xlsx");
  REQUIRE(write_xlsx(book, path).empty());
  return read_plan(path, seed_settings());
}

// Seed 001 read by hand (tests/data/plan/make_plan_fixtures.py GROUND_TRUTH): per action its
// learning point, the head of its text, and per milestone the head of its evidence, its date
// as written, its lead (inherited within the action when it has none of its own), the head of
// its progress and its statuses as written.
struct TruthMilestone {
  std::string evidence;
  std::string due;
  std::string lead;
  std::string progress;
  std::string statuses;
};
struct TruthAction {
  int learning_point;
  std::string action;
  std::vector<TruthMilestone> milestones;
};

const std::vector<TruthAction> kSeedTruth = {
    {1,
     "Regularly review the Safegua",
     {{"Named Safeguarding Offic", "April 2015\nOn-going", "Jo Whitfield", "On track", "G-Green"},
      {"Annual Section 11 Self- ", "Oct 2015", "Jo Whitfield", "On track", "G-Green"},
      {"Bi-annual Assessment of ", "April 2016", "Jo Whitfield", "On track", "G-Green"},
      {"Annual report to CEB and", "April 2015\nApril 2016", "Jo Whitfield",
       "Slight delay in publication of Report", "G-Green"},
      {"Monthly Director Review ", "April 2015 then monthly", "Jo Whitfield",
       "Review meeting undertaken April 2015", "G-Green"}}},
    {1,
     "Ensure that Policy and Proce",
     {{"On-going review of Polic", "On-going", "Kim Ashdown", "On track", ""}}},
    {2,
     "Consider new ways in which o",
     {{"Named Safeguarding Offic", "April 2015\nOn-going", "Jo Whitfield", "On track", "G-Green"},
      {"Safeguarding Training Pr", "April 2015\nOctober 2015", "Kim Ashdwon", "Completed",
       "B-Blue"},
      {"To identify appropriate ", "March\nOn-going", "Jo Whitfield/Kim Ashdown", "On track",
       "G-Green"},
      {"To promote the support a", "April 2015\nOn-going", "Sam Okafor/Jo Whitfield", "On track",
       "G-Green"},
      {"To keep under review sup", "April May 2015\nOn-going", "Sam Okafor/Jo Whitfield",
       "On track", "G-Green"}}},
    {2,
     "Further develop and implemen",
     {{"Review of Councillor tra", "April  2015", "Kim Ashdonw",
       "Review completed awaiting final approval fro", "G-Green"},
      {"Compulsory Councillor tr", "May 2015", "Kim Ashdonw",
       "Training provided for new Civic Office Holde", "G-Green, G-Green"},
      {"3 x non-compulsory train", "Before October 2015", "Kim Ashdonw",
       "Dates in progress of being arranged.", "G-Green"}}},
    {2,
     "Ensure that awareness raisin",
     {{"Correspondence and minut", "Feb/March 2015", "Jo Whitfield",
       "Awaiting a response. Position to be reviewed", "A-Amber"}}},
    {2,
     "Ensure that the need for awa",
     {{"Specific training materi", "Oct 2015", "Jo Whitfield/ Kim Ashdown",
       "District meeting with OSCB Training Group Ch", "A-Amber"}}},
    {2,
     "Measure training outcomes in",
     {{"Annual survey using OSCB", "April 2015 On-going", "Kim Ashdown", "On track", "G-Green"}}},
    {2,
     "Promote staff attendance at ",
     {{"Circulate OSCB Newslette", "April 2015\nOn-going", "Jo Whitfield", "On track", "G-Green"}}},
    {2,
     "Strengthen policy and proced",
     {{"New Allegations Policy", "May 2015", "Sam Okafor", "Draft in circulation for consultation.",
       "G-Green"}}},
    {3,
     "Make routine the review of p",
     {{"Minutes of the Oxford Co", "April 2015 On-going", "Dana Price", "On track", "G-Green"}}},
    {3,
     "Joint intelligence sharing o",
     {{"Regular attendance at me", "April  2015 On-going", "Chris Ellery", "On track", "G-Green"}}},
    {3,
     "Review with OCSP and TVP whe",
     {{"Correspondence", "March 2015", "Dana Price", "Access confirmed to general intelligence bri",
       "A-Amber"}}},
    {4,
     "Seek harmonisation of licens",
     {{"Oxfordshire Chief Execut", "February 2015 and Review April 2015", "Dana Price",
       "Approach agreed in principle 4/2/15\nMeting a", "G-Green"}}},
    {4,
     "Regularly review the City Co",
     {{"Named Safeguarding Offic", "April\nOn-going", "Jo Whitfield", "On track", "G-Green"}}},
    {5,
     "Establish an Oxford City Cou",
     {{"Pilot scheme established", "February 2015", "Jo Whitfield", "", "B-Blue"}}},
    {5,
     "Review and share this inform",
     {{"Review completed.\nEvent ", "March 2015\n19th March 2015", "Jo Whitfield", "", "B-Blue"},
      {"Steering group with dist", "April  2015 –June 2015", "Jo Whitfield",
       "Representatives on Steering Group identified", "G-Green"},
      {"Report to Oxfordshire Ch", "9th June 2019", "Jo Whitfield", "", "G-Green"}}},
    {5,
     "Review results of MASH repor",
     {{"Attendance at MASH Opera", "April 2015 On-going", "Jo Whitfield",
       "There are currently some delays with receivi", "A-Amber"}}},
    {5,
     "Ensure that protocols with t",
     {{"Attendance at MASH Opera", "April 2025\nOn-going", "Jo Whitfield", "On track", "G-Green"}}},
    {5,
     "Review the City Council appr",
     {{"To review in the light o", "March/June 2015", "Jo Whitfield",
       "Reviewed as a part of the MASH Evaluation un", "G-Green"}}},
    {5,
     "Keep Data Sharing Protocols ",
     {{"To review and monitor MA", "On-going", "Pat Grevielle",
       "Reviewed as a part of the MASH Evaluation un", "Green"}}},
    {6,
     "The Director of Community Se",
     {{"Regular reports on CSE a", "Feb 2015 and on-going", "Dana Price",
       "Director of Community Services has joined th", "G-Green"}}},
    {6,
     "To ensure that relevant Memb",
     {{"Regular Briefings circul", "April 2015\nOn-going", "Jo Whitfield", "On track", "G-Green"}}},
    {6,
     "Ensure that any multi-agency",
     {{"Review of inter-agency m", "Oct 2015", "Kim Ashdown", "On Track", "G-Green"}}},
    {6,
     "To review and promote the us",
     {{"To regularly review the ", "April 2015\nOn-going", "Jo Whitfield", "On track", "G-Green"},
      {"To review escalation pro", "October 2915", "Kim Ashdown", "On-track", "G-Green"}}},
    {7,
     "Working with the CSE sub gro",
     {{"Notes of the OSCB, CSE S", "Feb 2015 and on-going", "Chris Ellery",
       "Initial meeting at CEO level-approach agreed", "G-Green"},
      {".", "April 2015", "Chris Ellery", "Draft Terms of Reference drafted to be agree",
       "G-Green"}}},
};

bool starts_with(const std::string& text, const std::string& head) {
  return text.compare(0, head.size(), head) == 0;
}

std::string learning_point_number(const PlanAction& a) {
  return a.learning_point.substr(0, a.learning_point.find('\n'));
}

std::string statuses_of(const PlanMilestone& m) { return join(m.statuses, ", "); }

// The actions of `plan` against kSeedTruth; `same_words`: the statuses are written as in the
// seed (otherwise only their meaning is compared).
void check_truth(const ActionPlan& plan, bool same_words) {
  REQUIRE(plan.actions.size() == kSeedTruth.size());
  for (std::size_t i = 0; i < kSeedTruth.size(); ++i) {
    const TruthAction& want = kSeedTruth[i];
    const PlanAction& got = plan.actions[i];
    INFO("action " << i + 1 << ": " << got.action);
    CHECK_FALSE(got.unmatched);
    CHECK(got.carried);
    CHECK(learning_point_number(got) == "Learning Point " + std::to_string(want.learning_point));
    CHECK(starts_with(got.action, want.action));
    REQUIRE(got.milestones.size() == want.milestones.size());
    for (std::size_t j = 0; j < want.milestones.size(); ++j) {
      const TruthMilestone& w = want.milestones[j];
      const PlanMilestone& m = got.milestones[j];
      INFO("milestone " << j + 1 << ": " << m.evidence);
      CHECK(starts_with(m.evidence, w.evidence));
      CHECK(m.due_text == w.due);
      CHECK(m.lead == w.lead);
      if (w.progress.empty()) {
        CHECK(m.progress.empty());
      } else {
        CHECK(starts_with(m.progress, w.progress));
      }
      if (same_words) {
        CHECK(statuses_of(m) == w.statuses);
      } else {
        PlanStatus status = PlanStatus::kNone;
        for (const auto& word : split_list(w.statuses, ",")) {
          status = worse_status(status, *parse_plan_status(word));
        }
        CHECK(m.status == status);
        CHECK(m.statuses.size() == split_list(w.statuses, ",").size());
      }
    }
  }
}

std::map<std::string, int> status_words(const ActionPlan& plan) {
  std::map<std::string, int> out;
  for (const auto& a : plan.actions) {
    for (const auto& m : a.milestones) {
      for (const auto& s : m.statuses) ++out[s];
    }
  }
  return out;
}

std::vector<std::string> seed_date_flags(const std::string& where) {
  return {where +
              "D12: date \"March On-going\" has no year; expected a month and year such as "
              "\"March 2016\"",
          where +
              "D14: date \"April On-going\" has no year; expected a month and year such as "
              "\"March 2016\"",
          where +
              "D15: date \"9th June 2019\" is implausible: more than 3 years from the audit date "
              "(30 November 2015); kept as written but not used to rate the status; correct it "
              "if it is a typing error",
          where +
              "D15: date \"April 2025 On-going\" is implausible: more than 3 years from the "
              "audit date (30 November 2015); kept as written but not used to rate the status; "
              "correct it if it is a typing error",
          where +
              "D16: date \"October 2915\" is implausible: more than 3 years from the audit date "
              "(30 November 2015); kept as written but not used to rate the status; correct it "
              "if it is a typing error"};
}

void check_seed_plan(const std::string& file) {
  const std::string path = kDir + file;
  const ActionPlan plan = read_plan(path, seed_settings());
  check_truth(plan, true);

  // 7 learning points, 25 actions, 39 milestones, each with its own date as written.
  std::map<std::string, int> per_point;
  std::size_t milestones = 0;
  for (const auto& a : plan.actions) {
    ++per_point[learning_point_number(a)];
    for (const auto& m : a.milestones) {
      ++milestones;
      CHECK_FALSE(m.due_text.empty());
      std::string evidence_cell = a.source;
      evidence_cell[evidence_cell.rfind('!') + 1] = 'C';
      CHECK(m.source == evidence_cell);
    }
  }
  CHECK(per_point == std::map<std::string, int>{{"Learning Point 1", 2},
                                                {"Learning Point 2", 7},
                                                {"Learning Point 3", 3},
                                                {"Learning Point 4", 2},
                                                {"Learning Point 5", 6},
                                                {"Learning Point 6", 4},
                                                {"Learning Point 7", 1}});
  CHECK(milestones == 39);
  CHECK(status_words(plan) ==
        std::map<std::string, int>{{"A-Amber", 4}, {"B-Blue", 3}, {"G-Green", 31}, {"Green", 1}});

  // Each typo reported by its own text and cell, the row's other dates still read.
  const std::string where = path + ": Action Plan!";
  CHECK(plan.flags == seed_date_flags(where));
  const PlanAction& share = plan.actions[15];  // Learning Point 5, "Review and share..."
  REQUIRE(share.milestones.size() == 3);
  CHECK(share.milestones[0].due == Date{2015, 3, 31});
  CHECK(share.milestones[1].due == Date{2015, 6, 30});
  CHECK_FALSE(share.milestones[2].due);
  CHECK(share.milestones[2].notes ==
        std::vector<std::string>{"Completion date \"9th June 2019\" is implausible"});
  CHECK(plan.actions[17].milestones[0].ongoing);
  CHECK_FALSE(plan.actions[17].milestones[0].due);
  CHECK(plan.actions[0].milestones[3].due == Date{2016, 4, 30});
  CHECK(plan.actions[0].milestones[4].ongoing);

  // Two progress notes and two statuses for one milestone.
  CHECK(plan.actions[3].milestones[1].progress ==
        "Training provided for new Civic Office Holders March 2015\n\nMember training booked in "
        "for 9/20/21stMay");
  CHECK(plan.actions[3].milestones[1].status == PlanStatus::kGreen);
  // Three progress notes for one milestone (Learning Point 6, its first action).
  CHECK(plan.actions[20].milestones[0].progress ==
        "Director of Community Services has joined the OSCB and the Oxfordshire Children\u2019s "
        "Trust Board, in his capacity of Oxford Community Safety Partnership Chair.\n\n3rd tier "
        "Children\u2019s & Adult\u2019s social care staff nominated to attend. Oxford Community "
        "Safety Partnership Executive Group.\n\nA meeting has been held between Director of "
        "Community services and the County Council Solicitor to discuss the future of "
        "Oxfordshire Community Safety Partnership, District Community Safety Partnerships and the "
        "OSCB.\nA proposal is awaited.");

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

TEST_CASE("plan reader: seed 001 as written, by openpyxl", "[readers][plan][issue10]") {
  check_seed_plan("plan-seed001.xlsx");
}

TEST_CASE("plan reader: seed 001 as written, re-saved by LibreOffice", "[readers][plan][issue10]") {
  // LibreOffice writes the two narrow columns' widths as one <col min="4" max="5">.
  const xlsx::Workbook book = xlsx::read_workbook(kDir + "plan-seed001-libreoffice.xlsx");
  CHECK(book.sheets[0].column_width(3) == 9);
  CHECK(book.sheets[0].column_width(4) == 9);
  CHECK(book.sheets[0].column_width(5) == 32);
  CHECK(book.sheets[0].column_width(7) == Approx(book.sheets[0].default_column_width));
  check_seed_plan("plan-seed001-libreoffice.xlsx");
}

TEST_CASE("plan reader: seed 001 one row per milestone, other header words",
          "[readers][plan][issue10]") {
  const std::string path = kDir + "plan-seed001-milestones.xlsx";
  const ActionPlan plan = read_plan(path, seed_settings());
  check_truth(plan, false);
  CHECK(
      status_words(plan) ==
      std::map<std::string, int>{
          {"Amber", 4}, {"Blue", 2}, {"Complete", 1}, {"G", 10}, {"Green", 12}, {"On track", 10}});
  const std::string where = path + ": Action Plan!";
  CHECK(plan.flags ==
        std::vector<std::string>{
            where + "D19: date \"March On-going\" has no year; expected a month and year such as "
                    "\"March 2016\"",
            where + "D34: date \"April On-going\" has no year; expected a month and year such as "
                    "\"March 2016\"",
            where + "D38: date \"9th June 2019\" is implausible: more than 3 years from the "
                    "audit date (30 November 2015); kept as written but not used to rate the "
                    "status; correct it if it is a typing error",
            where + "D40: date \"April 2025 On-going\" is implausible: more than 3 years from the "
                    "audit date (30 November 2015); kept as written but not used to rate the "
                    "status; correct it if it is a typing error",
            where + "D47: date \"October 2915\" is implausible: more than 3 years from the audit "
                    "date (30 November 2015); kept as written but not used to rate the status; "
                    "correct it if it is a typing error"});
  // A merged action is read from its first row; its milestones from their own rows.
  CHECK(plan.actions[15].source == where + "B36");
  CHECK(plan.actions[15].milestones[2].source == where + "C38");
}

TEST_CASE("plan reader: seed 001 retyped with single blank lines keeps every paragraph",
          "[readers][plan][issue10]") {
  const std::string path = kDir + "plan-seed001-collapsed.xlsx";
  const ActionPlan plan = read_plan(path, seed_settings());
  // The 25 actions, and under "not matched to an action" what could not be placed.
  std::vector<std::string> actions;
  std::vector<std::string> unmatched;
  for (const auto& a : plan.actions) {
    (a.unmatched ? unmatched : actions).push_back(learning_point_number(a));
  }
  CHECK(actions.size() == 25);
  CHECK(unmatched == std::vector<std::string>{"Learning Point 1", "Learning Point 2",
                                              "Learning Point 5", "Learning Point 6"});
  CHECK(status_words(plan) ==
        std::map<std::string, int>{{"A-Amber", 4}, {"B-Blue", 3}, {"G-Green", 31}, {"Green", 1}});

  // Rows whose counts agree (Learning Points 3, 4 and 7) are read as before.
  std::vector<TruthAction> agreed;
  ActionPlan same;
  for (const auto& a : plan.actions) {
    const std::string lp = learning_point_number(a);
    if (lp == "Learning Point 3" || lp == "Learning Point 4" || lp == "Learning Point 7") {
      same.actions.push_back(a);
    }
  }
  for (const auto& t : kSeedTruth) {
    if (t.learning_point == 3 || t.learning_point == 4 || t.learning_point == 7) {
      agreed.push_back(t);
    }
  }
  REQUIRE(same.actions.size() == 6);
  for (std::size_t i = 0; i < agreed.size(); ++i) {
    REQUIRE(same.actions[i].milestones.size() == agreed[i].milestones.size());
    for (std::size_t j = 0; j < agreed[i].milestones.size(); ++j) {
      CHECK(same.actions[i].milestones[j].lead == agreed[i].milestones[j].lead);
      CHECK(statuses_of(same.actions[i].milestones[j]) == agreed[i].milestones[j].statuses);
    }
  }
  const std::string where = path + ": Action Plan!";
  std::vector<std::string> rows;
  for (const auto& flag : plan.flags) {
    if (flag.find("could not match") != std::string::npos) rows.push_back(flag);
  }
  const std::string tail =
      " under \"not matched to an action\"; give each action its own row, or line its "
      "paragraphs up with blank lines";
  CHECK(rows ==
        std::vector<std::string>{
            where +
                "B11: could not match the paragraphs of row 11 (2 actions, 6 evidence items, "
                "6 dates, 3 leads, 6 progress notes and 5 statuses); blank lines do not keep "
                "them level; kept 6 milestones, 3 leads and 5 statuses" +
                tail,
            where +
                "B12: could not match the paragraphs of row 12 (7 actions, 13 evidence "
                "items, 13 dates, 11 leads, 14 progress notes and 14 statuses); blank lines "
                "do not keep them level; kept 13 milestones, 11 leads, 14 progress notes and "
                "14 statuses" +
                tail,
            where +
                "B15: could not match the paragraphs of row 15 (6 actions, 8 evidence items, "
                "8 dates, 8 leads, 5 progress notes and 8 statuses); blank lines do not keep "
                "them level; kept 8 milestones and 5 progress notes" +
                tail,
            where +
                "B16: could not match the paragraphs of row 16 (4 actions, 5 evidence items, "
                "5 dates, 5 leads, 7 progress notes and 5 statuses); blank lines do not keep "
                "them level; kept 5 milestones and 7 progress notes" +
                tail});
  // Every date is still checked, by its own text.
  CHECK(plan.flags.size() == rows.size() + 5);

  // Learning Point 1: the milestones in order, then what could not be placed.
  const PlanAction& bucket = plan.actions[2];
  REQUIRE(bucket.unmatched);
  CHECK(bucket.source == where + "B11");
  REQUIRE(bucket.milestones.size() == 7);
  CHECK(bucket.milestones[0].evidence == "Named Safeguarding Officers meeting minutes.");
  CHECK(bucket.milestones[0].progress == "On track");
  CHECK(bucket.milestones[0].lead.empty());
  CHECK(bucket.milestones[6].lead == "Jo Whitfield\n\nJo Whitfield\n\nKim Ashdown");
  CHECK(bucket.milestones[6].statuses ==
        std::vector<std::string>{"G-Green", "G-Green", "G-Green", "G-Green", "G-Green"});
  CHECK(bucket.milestones[6].source == where + "E11");
  CHECK(plan.actions[0].milestones.empty());
  // Learning Point 5: the row's worst open status is still there.
  const PlanAction& lp5 = plan.actions[22];
  REQUIRE(lp5.unmatched);
  CHECK(lp5.milestones[4].status == PlanStatus::kAmber);
  CHECK(lp5.milestones[4].lead == "Jo Whitfield");
}

TEST_CASE("plan reader: paragraphs kept level by blank lines pair by position",
          "[readers][plan][issue10]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  for (int c = 0; c < 7; ++c) sheet.column_widths[c] = 40;
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy.\n\n\n\nTrain the staff."));
  sheet.set(1, 2, std::string("Draft policy\n\nConsultation\n\nTraining sessions"));
  sheet.set(1, 3, std::string("May 2015\n\nJune 2015\n\nSeptember 2015"));
  sheet.set(1, 4, std::string("Jo Whitfield\n\n\n\nKim Ashdown"));
  sheet.set(1, 5, std::string("On track"));
  sheet.set(1, 6, std::string("G-Green\n\nA-Amber\n\nG-Green"));
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags.empty());
  REQUIRE(plan.actions.size() == 2);
  CHECK(plan.actions[0].action == "Refresh the policy.");
  REQUIRE(plan.actions[0].milestones.size() == 2);
  REQUIRE(plan.actions[1].milestones.size() == 1);
  const PlanMilestone& consult = plan.actions[0].milestones[1];
  CHECK(consult.evidence == "Consultation");
  CHECK(consult.due == Date{2015, 6, 30});
  CHECK(consult.lead == "Jo Whitfield");  // the lead above it within its action
  CHECK(consult.progress.empty());
  CHECK(consult.status == PlanStatus::kAmber);
  CHECK(consult.source == path + ": Plan!C2");
  const PlanMilestone& training = plan.actions[1].milestones[0];
  CHECK(training.evidence == "Training sessions");
  CHECK(training.lead == "Kim Ashdown");
  CHECK(plan.actions[0].milestones[0].progress == "On track");
}

TEST_CASE("plan reader: one row per milestone with other header words",
          "[readers][plan][issue10]") {
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Plan");
  const char* headers[] = {"Learning Point", "Actions",  "Evidence", "Due",
                           "Owner",          "Comments", "RAG"};
  for (int c = 0; c < 7; ++c) sheet.set(0, c, std::string(headers[c]));
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy."));
  sheet.set(1, 2, std::string("Draft policy"));
  sheet.set(1, 3, std::string("May 2015"));
  sheet.set(1, 4, std::string("Jo Whitfield"));
  sheet.set(1, 5, std::string("Done"));
  sheet.set(1, 6, std::string("Complete"));
  sheet.set(2, 2, std::string("Board approval"));
  sheet.set(2, 3, std::string("July 2015"));
  sheet.set(2, 5, std::string("Waiting for the board"));
  sheet.set(2, 6, std::string("Amber"));
  sheet.set(3, 1, std::string("Train the staff."));
  sheet.set(3, 2, std::string("Training sessions"));
  sheet.set(3, 6, std::string("On track"));
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags.empty());
  REQUIRE(plan.actions.size() == 2);
  REQUIRE(plan.actions[0].milestones.size() == 2);
  CHECK(plan.actions[0].milestones[0].status == PlanStatus::kBlue);
  CHECK(plan.actions[0].milestones[1].evidence == "Board approval");
  CHECK(plan.actions[0].milestones[1].due == Date{2015, 7, 31});
  CHECK(plan.actions[0].milestones[1].lead == "Jo Whitfield");
  CHECK(plan.actions[0].milestones[1].progress == "Waiting for the board");
  CHECK(plan.actions[0].milestones[1].statuses == std::vector<std::string>{"Amber"});
  CHECK(plan.actions[0].milestones[1].source == path + ": Plan!C3");
  CHECK(plan.actions[1].learning_point == "Learning Point 1");
  CHECK(plan.actions[1].milestones[0].status == PlanStatus::kGreen);
  CHECK(plan.actions[1].milestones[0].lead.empty());
}

TEST_CASE("plan reader: a date cell LibreOffice made of a typed \"Mar-16\" says so",
          "[readers][plan][issue12]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy."));
  sheet.set(1, 2, std::string("Draft policy"));
  sheet.set(1, 3, Date{2026, 3, 16});  // "Mar-16" typed in 2026 (en-US): 16 March 2026
  sheet.set(2, 2, std::string("Board approval"));
  sheet.set(2, 3, Date{2026, 3, 31});  // 2031 is no year of the plan: no hint
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags ==
        std::vector<std::string>{
            path + ": Plan!D2: date \"16 March 2026\" is implausible: more than 3 years from the "
                   "audit date (30 November 2015); kept as written but not used to rate the "
                   "status; correct it if it is a typing error; if \"Mar-16\" was typed, "
                   "LibreOffice read it as 16 March 2026 - type \"March 2016\" or format the cell "
                   "as text",
            path + ": Plan!D3: date \"31 March 2026\" is implausible: more than 3 years from the "
                   "audit date (30 November 2015); kept as written but not used to rate the "
                   "status; correct it if it is a typing error"});
}

TEST_CASE("plan reader: every date paragraph is checked by its own text",
          "[readers][plan][issue10]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy."));
  sheet.set(1, 2, std::string("Draft policy"));
  sheet.set(1, 3, std::string("October 2915\n\nApril 2015\nApril 2025"));
  sheet.set(1, 6, std::string("G-Green\n\nPurple"));
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags ==
        std::vector<std::string>{
            path + ": Plan!D2: date \"October 2915\" is implausible: more than 3 years from the "
                   "audit date (30 November 2015); kept as written but not used to rate the "
                   "status; correct it if it is a typing error",
            path + ": Plan!G2: status \"Purple\" is not a plan status; expected B-Blue, G-Green, "
                   "A-Amber or R-Red",
            path + ": Plan!D2: date \"April 2015 April 2025\" is implausible: more than 3 years "
                   "from the audit date (30 November 2015); kept as written but not used to rate "
                   "the status; correct it if it is a typing error"});
  // Two date paragraphs, one evidence paragraph: two milestones, the evidence on the first.
  REQUIRE(plan.actions.size() == 1);
  REQUIRE(plan.actions[0].milestones.size() == 2);
  CHECK(plan.actions[0].milestones[0].evidence == "Draft policy");
  CHECK(plan.actions[0].milestones[0].due_text == "October 2915");
  CHECK(plan.actions[0].milestones[0].notes ==
        std::vector<std::string>{"Completion date \"October 2915\" is implausible"});
  CHECK(plan.actions[0].milestones[1].due_text == "April 2015\nApril 2025");
  CHECK(plan.actions[0].milestones[0].statuses == std::vector<std::string>{"G-Green"});
  CHECK(plan.actions[0].milestones[1].statuses == std::vector<std::string>{"Purple"});
}

TEST_CASE("plan reader: a row with no layout keeps its paragraphs unmatched",
          "[readers][plan][issue10]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy.\n\nTrain the staff."));
  sheet.set(1, 2, std::string("Draft policy\n\nConsultation\n\nTraining sessions"));
  sheet.set(1, 3, std::string("May 2015\n\nJune 2015\n\nSeptember 2015"));
  sheet.set(1, 6, std::string("G-Green\n\nA-Amber"));
  // A further row continues the row's last action, not the paragraphs kept unmatched.
  sheet.set(2, 2, std::string("Staff survey"));
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags ==
        std::vector<std::string>{
            path + ": Plan!B2: could not match the paragraphs of row 2 (2 actions, 3 evidence "
                   "items, 3 dates and 2 statuses); blank lines do not keep them level; kept 3 "
                   "milestones and 2 statuses under \"not matched to an action\"; give each "
                   "action its own row, or line its paragraphs up with blank lines"});
  REQUIRE(plan.actions.size() == 3);
  CHECK(plan.actions[0].milestones.empty());
  REQUIRE(plan.actions[1].milestones.size() == 1);
  CHECK(plan.actions[1].milestones[0].evidence == "Staff survey");
  CHECK(plan.actions[1].milestones[0].source == path + ": Plan!C3");
  const PlanAction& bucket = plan.actions[2];
  CHECK(bucket.unmatched);
  CHECK(bucket.learning_point == "Learning Point 1");
  REQUIRE(bucket.milestones.size() == 4);
  CHECK(bucket.milestones[2].evidence == "Training sessions");
  CHECK(bucket.milestones[2].due == Date{2015, 9, 30});
  CHECK(bucket.milestones[3].statuses == std::vector<std::string>{"G-Green", "A-Amber"});
  CHECK(bucket.milestones[3].status == PlanStatus::kAmber);
  CHECK(bucket.milestones[3].source == path + ": Plan!G2");
}

TEST_CASE("plan reader: a plan with no Action column gives a located error", "[readers][plan]") {
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

TEST_CASE("plan reader: an unreadable plan gives an error", "[readers][plan]") {
  const std::string path = kDir + "plan-not-a-zip.xlsx";
  CHECK_THROWS_WITH(read_plan(path, seed_settings()),
                    path +
                        ": not an .xlsx workbook (not a zip archive); save it as Excel "
                        "Workbook (.xlsx)");
  CHECK_THROWS_AS(read_plan(kDir + "no-such-plan.xlsx", seed_settings()), IoError);
}

TEST_CASE("a date paragraph two actions might share is flagged once", "[readers][plan][issue9]") {
  layout::Workbook book;
  layout::Sheet& sheet = add_plan_sheet(book);
  sheet.set(1, 0, std::string("Learning Point 1"));
  sheet.set(1, 1, std::string("Refresh the policy.\n\nReport progress to the board."));
  sheet.set(1, 3, std::string("October 2915"));
  sheet.set(1, 6, std::string("Purple"));
  test::TempDir dir;
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  CHECK(plan.flags ==
        std::vector<std::string>{
            path + ": Plan!G2: status \"Purple\" is not a plan status; expected B-Blue, G-Green, "
                   "A-Amber or R-Red",
            path + ": Plan!D2: date \"October 2915\" is implausible: more than 3 years from the "
                   "audit date (30 November 2015); kept as written but not used to rate the "
                   "status; correct it if it is a typing error",
            path + ": Plan!B2: could not match the paragraphs of row 2 (2 actions, 1 date and 1 "
                   "status); blank lines do not keep them level; kept 1 milestone under \"not "
                   "matched to an action\"; give each action its own row, or line its "
                   "paragraphs up with blank lines"});
  REQUIRE(plan.actions.size() == 3);
  CHECK(plan.actions[2].milestones.at(0).notes ==
        std::vector<std::string>{"Completion date \"October 2915\" is implausible"});
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
  std::string path;
  const ActionPlan plan = read_written(book, dir, path);
  REQUIRE(plan.actions.size() == 1);
  CHECK(plan.actions[0].action == "Refresh the policy.");
  CHECK(plan.actions[0].milestones.at(0).statuses == std::vector<std::string>{"G-Green"});
  CHECK(plan.flags.empty());
}

}  // namespace
}  // namespace s11
