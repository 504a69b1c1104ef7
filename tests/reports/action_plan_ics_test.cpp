#include "reports/action_plan_ics.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace s11 {
namespace {

const PlanCalendarOptions kOptions = {"-//s11//s11 0.1.0//EN", "Wychwood District Council",
                                      Date{2015, 11, 30}};

const std::string kHeader =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//s11//s11 0.1.0//EN\r\n"
    "CALSCALE:GREGORIAN\r\n"
    "METHOD:PUBLISH\r\n";

PlanMilestone milestone(const std::string& evidence, std::optional<Date> due,
                        PlanStatus status = PlanStatus::kGreen) {
  PlanMilestone m;
  m.evidence = evidence;
  m.due = due;
  m.status = status;
  m.suggested = status;
  return m;
}

PlanAction protocol_action() {
  PlanAction action;
  action.learning_point = "Standard 11: Information sharing";
  action.point_id = "11.2";
  action.action = "Agree an information sharing protocol";
  PlanMilestone protocol = milestone("A signed protocol", Date{2016, 3, 31});
  protocol.lead = "Head of Housing";
  protocol.notes = {"Gap: not met"};
  action.milestones = {protocol};
  return action;
}

/// Last year's action: one milestone done, one with an implausible date, one on-going since
/// April, one on-going review to come, one overdue.
PlanAction events_action() {
  PlanAction action;
  action.learning_point = "Learning Point 2\nWe need to continually improve";
  action.action = "Promote staff attendance at learning events.";
  action.carried = true;
  PlanMilestone done = milestone("Newsletter article", Date{2015, 3, 31}, PlanStatus::kBlue);
  PlanMilestone typo = milestone("Attendance figures", std::nullopt);
  typo.due_text = "October 2915";
  PlanMilestone began = milestone("Events advertised in Council Matters", Date{2015, 4, 30});
  began.due_text = "April 2015 On-going";
  began.ongoing = true;
  PlanMilestone review = milestone("Quarterly attendance report", Date{2016, 1, 31});
  review.due_text = "January 2016 then quarterly";
  review.ongoing = true;
  review.lead = "Jo Whitfield";
  PlanMilestone briefing = milestone("Managers' briefing; slides, notes", Date{2015, 9, 30});
  briefing.due_text = "Sept 2015";
  briefing.lead = "Jo Whitfield";
  briefing.progress = "Slides drafted\nBriefing booked";
  briefing.statuses = {"Green", "G-Green"};
  briefing.suggested = PlanStatus::kRed;
  action.milestones = {done, typo, began, review, briefing};
  return action;
}

ActionPlan sample_plan() {
  ActionPlan plan;
  plan.title = "Wychwood District Council safeguarding action plan 2015-16";
  plan.actions = {events_action(), protocol_action()};
  return plan;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(text.substr(start, end - start));
  }
  if (start != text.size()) lines.push_back(text.substr(start));  // No CRLF at the end.
  return lines;
}

/// The lines starting with `name` (e.g. "UID:"), after unfolding.
std::vector<std::string> properties(const std::string& calendar, const std::string& name) {
  std::string unfolded;
  for (std::size_t i = 0; i < calendar.size(); ++i) {
    if (calendar.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    unfolded += calendar[i];
  }
  std::vector<std::string> found;
  for (const auto& line : lines_of(unfolded)) {
    if (line.rfind(name, 0) == 0) found.push_back(line.substr(name.size()));
  }
  return found;
}

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks",
          "[reports][action_plan_ics]") {
  CHECK(ics::text("plain text") == "plain text");
  CHECK(ics::text("C:\\plans; 2015, draft") == "C:\\\\plans\\; 2015\\, draft");
  CHECK(ics::text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(ics::text("\r\n\r\n") == "\\n\\n");
  CHECK(ics::text("a: \"quoted\" = +1 @x -y") == "a: \"quoted\" = +1 @x -y");
  CHECK(ics::text("") == "");
}

TEST_CASE("TEXT values drop control characters and mend bytes that are not UTF-8",
          "[reports][action_plan_ics]") {
  CHECK(ics::text("tab\there") == "tab here");
  CHECK(ics::text(std::string("nul\0byte", 8)) == "nulbyte");
  CHECK(ics::text("bell\a esc\x1b[31m del\x7f vt\v ff\f") == "bell esc[31m del vt ff");
  CHECK(ics::text("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x93\x85") ==
        "caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x93\x85");
  CHECK(ics::text("Latin-1 caf\xE9!") == "Latin-1 caf\xEF\xBF\xBD!");
  CHECK(ics::text("cut \xE2\x80") == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("content lines are folded at 75 octets", "[reports][action_plan_ics]") {
  CHECK(ics::fold("VERSION:2.0") == "VERSION:2.0\r\n");
  CHECK(ics::fold("") == "\r\n");
  const std::string exact(75, 'a');
  CHECK(ics::fold(exact) == exact + "\r\n");
  CHECK(ics::fold(exact + "b") == exact + "\r\n b\r\n");
  // Continuations hold 74 octets after their space.
  const std::string long_line = std::string(75, 'a') + std::string(74, 'b') + "cc";
  CHECK(ics::fold(long_line) ==
        std::string(75, 'a') + "\r\n " + std::string(74, 'b') + "\r\n cc\r\n");
}

TEST_CASE("a fold never falls inside an escape", "[reports][action_plan_ics]") {
  const std::string head = "X:" + std::string(72, 'a');  // 74 octets
  CHECK(ics::fold(head + "\\nz") == head + "\r\n \\nz\r\n");
  // An escaped backslash ending on octet 75 is whole: the next character may start a line.
  CHECK(ics::fold(head.substr(1) + "\\\\nz") == head.substr(1) + "\\\\\r\n nz\r\n");
  // Octet 75 is the second of an escaped backslash: the pair moves to the next line.
  CHECK(ics::fold(head + "\\\\\\nz") == head + "\r\n \\\\\\nz\r\n");
}

TEST_CASE("a fold never falls inside a UTF-8 sequence", "[reports][action_plan_ics]") {
  const std::string e_acute = "\xC3\xA9";           // 2 octets
  const std::string euro = "\xE2\x82\xAC";          // 3 octets
  const std::string calendar = "\xF0\x9F\x93\x85";  // 4 octets
  // Octet 75 would be the second of é: the line breaks before it, at 74.
  CHECK(ics::fold(std::string(74, 'a') + e_acute + "z") ==
        std::string(74, 'a') + "\r\n " + e_acute + "z\r\n");
  // A sequence ending on octet 75 stays on the line.
  CHECK(ics::fold(std::string(73, 'a') + e_acute + "z") ==
        std::string(73, 'a') + e_acute + "\r\n z\r\n");
  CHECK(ics::fold(std::string(73, 'a') + euro) == std::string(73, 'a') + "\r\n " + euro + "\r\n");
  CHECK(ics::fold(std::string(72, 'a') + calendar) ==
        std::string(72, 'a') + "\r\n " + calendar + "\r\n");
  CHECK(ics::fold(std::string(71, 'a') + calendar + "z") ==
        std::string(71, 'a') + calendar + "\r\n z\r\n");
  // 40 euro signs (120 octets): 25 on the first line (75 octets), 24 on the next (1 + 72).
  std::string euros;
  for (int i = 0; i < 40; ++i) euros += euro;
  CHECK(ics::fold(euros) == euros.substr(0, 75) + "\r\n " + euros.substr(75) + "\r\n");
  std::string many;
  for (int i = 0; i < 30; ++i) many += "x" + euro + e_acute + calendar;
  const std::string folded = ics::fold(many);
  for (const auto& line : lines_of(folded)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK((line.empty() || (static_cast<unsigned char>(line.back()) & 0xC0) != 0xC0));
  }
}

TEST_CASE("the calendar has one event per open dated milestone, in plan order",
          "[reports][action_plan_ics]") {
  const std::string calendar = render_plan_calendar(sample_plan(), kOptions);
  CHECK(calendar ==
        kHeader +
            "X-WR-CALNAME:Wychwood District Council safeguarding action plan 2015-16\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:41c23eafc5fbedeab6897e972abd475e@s11\r\n"
            "DTSTAMP:20151130T000000Z\r\n"
            "DTSTART;VALUE=DATE:20160131\r\n"
            "DTEND;VALUE=DATE:20160201\r\n"
            "SUMMARY:Action plan review: Promote staff attendance at learning events. - \r\n"
            " Quarterly attendance report\r\n"
            "DESCRIPTION:Learning point: Learning Point 2\\nWe need to continually improv\r\n"
            " e\\nAction: Promote staff attendance at learning events.\\nEvidence: Quarter\r\n"
            " ly attendance report\\nReview date: 31 January 2016 (written \"January 2016 \r\n"
            " then quarterly\")\\; on-going: a review date\\, not a deadline\\nLead: Jo Whit\r\n"
            " field\\nStatus: G-Green (Action on target to be met)\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "BEGIN:VALARM\r\n"
            "ACTION:DISPLAY\r\n"
            "DESCRIPTION:Action plan review: Promote staff attendance at learning events\r\n"
            " . - Quarterly attendance report\r\n"
            "TRIGGER:-P7D\r\n"
            "END:VALARM\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:509120d3f89af9fe593214bb96af5dbd@s11\r\n"
            "DTSTAMP:20151130T000000Z\r\n"
            "DTSTART;VALUE=DATE:20150930\r\n"
            "DTEND;VALUE=DATE:20151001\r\n"
            "SUMMARY:Action plan: Promote staff attendance at learning events. - Manager\r\n"
            " s' briefing\\; slides\\, notes\r\n"
            "DESCRIPTION:Learning point: Learning Point 2\\nWe need to continually improv\r\n"
            " e\\nAction: Promote staff attendance at learning events.\\nEvidence: Manager\r\n"
            " s' briefing\\; slides\\, notes\\nCompletion date: 30 September 2015 (written \r\n"
            " \"Sept 2015\")\\nLead: Jo Whitfield\\nProgress: Slides drafted\\nBriefing booke\r\n"
            " d\\nStatus: G-Green (Action on target to be met)\\; written Green\\, G-Green\r\n"
            " \\nRule suggests: R-Red (There is high risk that the action will not be com\r\n"
            " pleted and remedial action is required)\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "BEGIN:VALARM\r\n"
            "ACTION:DISPLAY\r\n"
            "DESCRIPTION:Action plan: Promote staff attendance at learning events. - Man\r\n"
            " agers' briefing\\; slides\\, notes\r\n"
            "TRIGGER:-P7D\r\n"
            "END:VALARM\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:9150fd384d6ebe7ab80a12a33430af5c@s11\r\n"
            "DTSTAMP:20151130T000000Z\r\n"
            "DTSTART;VALUE=DATE:20160331\r\n"
            "DTEND;VALUE=DATE:20160401\r\n"
            "SUMMARY:Action plan: Agree an information sharing protocol - A signed proto\r\n"
            " col\r\n"
            "DESCRIPTION:Learning point: Standard 11: Information sharing\\nAction: Agree\r\n"
            "  an information sharing protocol\\nEvidence: A signed protocol\\nCompletion \r\n"
            " date: 31 March 2016\\nLead: Head of Housing\\nStatus: G-Green (Action on tar\r\n"
            " get to be met)\\nPoint: 11.2\\nNotes: Gap: not met\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "BEGIN:VALARM\r\n"
            "ACTION:DISPLAY\r\n"
            "DESCRIPTION:Action plan: Agree an information sharing protocol - A signed p\r\n"
            " rotocol\r\n"
            "TRIGGER:-P7D\r\n"
            "END:VALARM\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

TEST_CASE("a calendar with no open milestones has no events", "[reports][action_plan_ics]") {
  ActionPlan plan;
  CHECK(render_plan_calendar(plan, kOptions) ==
        kHeader + "X-WR-CALNAME:Action plan\r\nEND:VCALENDAR\r\n");
  plan.title = "Plan; 2015, final";
  PlanAction action;
  action.action = "Done already";
  action.milestones = {milestone("Report", Date{2016, 1, 1}, PlanStatus::kBlue),
                       milestone("No date", std::nullopt)};
  PlanMilestone completed = milestone("Progress says so", Date{2016, 2, 1});
  completed.progress = "Completed";
  action.milestones.push_back(completed);
  plan.actions = {action};
  CHECK(render_plan_calendar(plan, kOptions) ==
        kHeader + "X-WR-CALNAME:Plan\\; 2015\\, final\r\nEND:VCALENDAR\r\n");
}

TEST_CASE("a UID is the SHA-256 of the organisation, action and evidence",
          "[reports][action_plan_ics]") {
  ActionPlan plan;
  plan.actions = {protocol_action()};
  // sha256("Wychwood District Council\x1fAgree an information sharing protocol\x1fA signed
  // protocol"), its first 32 hex digits, by Python's hashlib.
  CHECK(properties(render_plan_calendar(plan, kOptions), "UID:") ==
        std::vector<std::string>{"9150fd384d6ebe7ab80a12a33430af5c@s11"});
  // Runs of white space do not count.
  plan.actions[0].action = "  Agree an information\nsharing   protocol ";
  CHECK(properties(render_plan_calendar(plan, kOptions), "UID:") ==
        std::vector<std::string>{"9150fd384d6ebe7ab80a12a33430af5c@s11"});
  PlanCalendarOptions other = kOptions;
  other.organisation = "Brackenridge Borough Council";
  CHECK(properties(render_plan_calendar(plan, other), "UID:") !=
        std::vector<std::string>{"9150fd384d6ebe7ab80a12a33430af5c@s11"});
}

TEST_CASE("UIDs stay when the plan is re-rated or an action is added before",
          "[reports][action_plan_ics]") {
  const ActionPlan plan = sample_plan();
  const std::vector<std::string> uids = properties(render_plan_calendar(plan, kOptions), "UID:");
  REQUIRE(uids.size() == 3);
  ActionPlan changed = plan;
  PlanAction added;
  added.action = "Refresh the DBS checks";
  added.milestones = {milestone("Checks renewed", Date{2016, 2, 29})};
  changed.actions.insert(changed.actions.begin(), added);
  for (auto& action : changed.actions) {
    for (auto& m : action.milestones) {
      if (m.due) m.due = add_months(*m.due, 1);
      m.lead = "Someone else";
      if (m.status != PlanStatus::kBlue) m.status = PlanStatus::kAmber;
      m.suggested = PlanStatus::kRed;
    }
  }
  PlanCalendarOptions later = kOptions;
  later.stamp = Date{2016, 1, 15};
  CHECK(
      properties(render_plan_calendar(changed, later), "UID:") ==
      std::vector<std::string>{"8ae4b178b83f1bef2f4da816fae51c7d@s11", uids[0], uids[1], uids[2]});
  CHECK(properties(render_plan_calendar(changed, later), "DTSTAMP:") ==
        std::vector<std::string>(4, "20160115T000000Z"));
}

TEST_CASE("identical milestones get distinct UIDs in plan order", "[reports][action_plan_ics]") {
  ActionPlan plan;
  PlanAction action;
  action.action = "Promote staff attendance at learning events.";
  action.milestones = {milestone("", Date{2016, 1, 31}), milestone("", Date{2016, 2, 29})};
  plan.actions = {action, action};
  const std::string base = "b472640eeb30b0cba7c73c90c38485b9";
  CHECK(properties(render_plan_calendar(plan, kOptions), "UID:") ==
        std::vector<std::string>{base + "@s11", base + "-2@s11", base + "-3@s11", base + "-4@s11"});
  // The first of them completed: the others keep theirs.
  plan.actions[0].milestones[0].status = PlanStatus::kBlue;
  CHECK(properties(render_plan_calendar(plan, kOptions), "UID:") ==
        std::vector<std::string>{base + "-2@s11", base + "-3@s11", base + "-4@s11"});
}

TEST_CASE("summaries are cut at a word, user text cannot break a line",
          "[reports][action_plan_ics]") {
  ActionPlan plan;
  PlanAction action;
  action.action =
      "Report progress on this plan to the Named Safeguarding Officers Group and to Corporate "
      "Management Team.";
  PlanMilestone m = milestone(
      "Named Safeguarding Officers Group minutes\nSix-monthly report to CMT", Date{2016, 4, 30});
  m.lead = "Jo\x1b[31m Whitfield\a";
  m.progress =
      "Caf\xC3\xA9 \xE2\x80\x98"
      "drop-in\xE2\x80\x99\r\nheld\x7f";
  action.milestones = {m};
  plan.actions = {action};
  const std::string calendar = render_plan_calendar(plan, kOptions);
  CHECK(properties(calendar, "SUMMARY:") ==
        std::vector<std::string>{"Action plan: Report progress on this plan to the Named "
                                 "Safeguarding\xE2\x80\xA6 - Named Safeguarding Officers Group "
                                 "minutes\\; Six-monthly\xE2\x80\xA6"});
  CHECK(properties(calendar, "DESCRIPTION:").front() ==
        "Action: Report progress on this plan to the Named Safeguarding Officers Group and to "
        "Corporate Management Team.\\nEvidence: Named Safeguarding Officers Group "
        "minutes\\nSix-monthly report to CMT\\nCompletion date: 30 April 2016\\nLead: Jo[31m "
        "Whitfield\\nProgress: Caf\xC3\xA9 \xE2\x80\x98"
        "drop-in\xE2\x80\x99\\nheld\\nStatus: "
        "G-Green (Action on target to be met)");
  for (const auto& line : lines_of(calendar)) {
    INFO(line);
    CHECK(line.size() <= 75);
    CHECK(line.find_first_of("\r\n\x1b\a\x7f") == std::string::npos);
  }
}

}  // namespace s11
