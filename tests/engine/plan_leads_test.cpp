#include "engine/plan_leads.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

TEST_CASE("name_distance: a swap of two letters is one edit", "[engine][plan]") {
  CHECK(name_distance("Marchetti", "Marchetti") == 0);
  CHECK(name_distance("Marchetti", "Marhcetti") == 1);
  CHECK(name_distance("Marchetti", "Marcehtti") == 1);
  CHECK(name_distance("Ashdown", "Asdown") == 1);
  CHECK(name_distance("Ashdown", "Ashdwon") == 1);
  CHECK(name_distance("Whitfield", "Whitfield-Smith") == 6);
  CHECK(name_distance("", "abc") == 3);
}

TEST_CASE("same_person: typing slips in a surname, never another first name", "[engine][plan]") {
  // One person: a letter dropped, two letters swapped, case.
  CHECK(same_person("Kim Ashdown", "Kim Ashdwon"));
  CHECK(same_person("Kim Ashdwon", "Kim Ashdown"));
  CHECK(same_person("Kim Ashdown", "Kim Asdown"));
  CHECK(same_person("Marchetti", "Marhcetti"));
  CHECK(same_person("Marchetti", "Marcehtti"));
  // Two swaps apart are two edits in nine letters: one person only through "Marchetti".
  CHECK_FALSE(same_person("Marhcetti", "Marcehtti"));
  CHECK(same_person("jo whitfield", "Jo Whitfeild"));
  // Different people, both ways round.
  for (auto [a, b] : std::vector<std::pair<const char*, const char*>>{
           {"Jo Whitfield", "Jo Whitfield-Smith"},
           {"Sam Okafor", "Pam Okafor"},
           {"Sam Okafor", "Sam Okafor"},  // the same spelling is no variant
           {"Head of HR", "Head of IT"},
           {"Jo Whitfield", "Jon Whitfield"},
           {"Kim Ashdown", "Kim Ashdown Price"},
           {"Dana Price", "Dana Pryce-Jones"},
           {"Lee Tanaka", "Lea Tanaka"},
           {"Kim Ashdown", "Kim Asdwon"},  // two edits in a word of seven letters
           {"", "Kim Ashdown"}}) {
    INFO(a << " / " << b);
    CHECK_FALSE(same_person(a, b));
    CHECK_FALSE(same_person(b, a));
  }
}

TEST_CASE("lead_names: slashes and \"and\" between names", "[engine][plan]") {
  CHECK(lead_names("Jo Whitfield/Kim Ashdown") ==
        std::vector<std::string>{"Jo Whitfield", "Kim Ashdown"});
  CHECK(lead_names("Jo Whitfield / Kim Ashdown ") ==
        std::vector<std::string>{"Jo Whitfield", "Kim Ashdown"});
  CHECK(lead_names("Jo Whitfield and Kim Ashdown") ==
        std::vector<std::string>{"Jo Whitfield", "Kim Ashdown"});
  CHECK(lead_names("Head of Leisure and Parks") ==
        std::vector<std::string>{"Head of Leisure and Parks"});
  CHECK(lead_names("Executive Director, Communities") ==
        std::vector<std::string>{"Executive Director, Communities"});
  CHECK(lead_names("").empty());
}

PlanAction action_led_by(const std::vector<std::pair<std::string, std::string>>& leads) {
  PlanAction a;
  for (const auto& [lead, source] : leads) {
    PlanMilestone m;
    m.lead = lead;
    m.source = source;
    a.milestones.push_back(m);
  }
  return a;
}

TEST_CASE("unify_leads: the most frequent spelling, one warning per person", "[engine][plan]") {
  ActionPlan plan;
  plan.actions.push_back(action_led_by({{"Kim Ashdown", "plan.xlsx: Plan!C12"},
                                        {"Kim Ashdwon", "plan.xlsx: Plan!C14"},
                                        {"Jo Whitfield/ Kim Ashdown", "plan.xlsx: Plan!C15"}}));
  plan.actions.push_back(action_led_by({{"Kim Asdown", "plan.xlsx: Plan!C20"},
                                        {"Jo Whitfield-Smith", "plan.xlsx: Plan!C21"},
                                        {"Sam Okafor and Jo Whitfeild", "other.xlsx: Plan!C4"},
                                        {"Pam Okafor", ""},
                                        {"Kim Asdown", "plan.xlsx: Plan!C22"}}));
  const auto warnings = unify_leads(plan);
  CHECK(warnings == std::vector<std::string>{
                        "Kim Ashdown is also written Kim Ashdwon (plan.xlsx: Plan!C14), Kim "
                        "Asdown (C20, C22); all read as Kim Ashdown",
                        "Jo Whitfield is also written Jo Whitfeild (other.xlsx: Plan!C4); all "
                        "read as Jo Whitfield"});
  const auto& a = plan.actions[0].milestones;
  const auto& b = plan.actions[1].milestones;
  CHECK(a[0].lead == "Kim Ashdown");
  CHECK(a[1].lead == "Kim Ashdown");
  CHECK(a[2].lead == "Jo Whitfield/ Kim Ashdown");  // the separator as written
  CHECK(b[0].lead == "Kim Ashdown");
  CHECK(b[1].lead == "Jo Whitfield-Smith");
  CHECK(b[2].lead == "Sam Okafor and Jo Whitfield");
  CHECK(b[3].lead == "Pam Okafor");
  CHECK(b[4].lead == "Kim Ashdown");
}

TEST_CASE("unify_leads: a tie goes to the spelling met first", "[engine][plan]") {
  ActionPlan plan;
  plan.actions.push_back(
      action_led_by({{"Marhcetti", "p.xlsx: P!E3"}, {"Marchetti", "p.xlsx: P!E4"}}));
  CHECK(unify_leads(plan) ==
        std::vector<std::string>{
            "Marhcetti is also written Marchetti (p.xlsx: P!E4); all read as Marhcetti"});
  CHECK(plan.actions[0].milestones[1].lead == "Marhcetti");
  ActionPlan three;
  three.actions.push_back(action_led_by({{"Marhcetti", "p.xlsx: P!E3"},
                                         {"Marchetti", "p.xlsx: P!E4"},
                                         {"Marcehtti", "p.xlsx: P!E5"},
                                         {"Marchetti", "p.xlsx: P!E6"}}));
  CHECK(unify_leads(three) == std::vector<std::string>{"Marchetti is also written Marhcetti "
                                                       "(p.xlsx: P!E3), Marcehtti (E5); all "
                                                       "read as Marchetti"});
  ActionPlan one;
  one.actions.push_back(action_led_by({{"Kim Ashdown", ""}, {"Sam Okafor", ""}}));
  CHECK(unify_leads(one).empty());
}

}  // namespace
}  // namespace s11
