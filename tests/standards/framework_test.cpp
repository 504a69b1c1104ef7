#include "standards/framework.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "base/errors.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;

using s11::test::TempDir;

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_.empty()) {
      unsetenv(name_);
    } else {
      setenv(name_, old_.c_str(), 1);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::string old_;
};

// Line numbers matter: the error tests below refer to them.
const std::string kValid = R"(<?xml version="1.0" encoding="UTF-8"?>
<framework id="test" version="1">
  <title>Test framework</title>
  <publisher>Test board</publisher>
  <rating-scheme id="brag" name="BRAG">
    <level name="Blue" code="B" colour="0070c0" anchor="100" min-met="100" min-evidenced="100" best-practice="required">all met and evidenced, with best practice</level>
    <level name="Green" code="G" colour="00B050" anchor="75" min-met="100" min-evidenced="75">all met, most evidenced</level>
    <level name="Amber" code="A" colour="FFC000" anchor="50" min-met="50">some met</level>
    <level name="Red" code="R" colour="FF0000" anchor="25">most need work</level>
  </rating-scheme>
  <area id="leadership" title="Leadership and accountability"/>
  <area id="workforce" title="Safe workforce"/>
  <standard id="1" area="leadership">
    <title>Senior commitment</title>
    <point id="1.1" essential="true">
      <requirement>A named
        senior lead.</requirement>
      <guidance>Job description.</guidance>
      <example>Lead named on the intranet.</example>
      <action>Appoint a lead.</action>
    </point>
    <point id="1.2">
      <requirement>Staff know the lead.</requirement>
    </point>
  </standard>
  <standard id="2" area="workforce">
    <title>Safer recruitment</title>
    <point id="2.1" essential="false">
      <requirement>Checks before starting.</requirement>
    </point>
  </standard>
</framework>
)";

// kValid with `from` (which must occur exactly once) replaced by `to`.
std::string with(const std::string& from, const std::string& to, std::string text = kValid) {
  const auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  REQUIRE(text.find(from, pos + 1) == std::string::npos);
  text.replace(pos, from.size(), to);
  return text;
}

// The problems reported for `xml`, each with the leading "path:" removed.
std::vector<std::string> problems_in(const std::string& xml) {
  TempDir dir;
  const std::string path = dir.write("f.xml", xml);
  try {
    s11::load_framework(path);
  } catch (const s11::InputError& e) {
    std::vector<std::string> problems;
    for (const auto& problem : e.problems()) {
      REQUIRE(problem.rfind(path + ":", 0) == 0);
      problems.push_back(problem.substr(path.size() + 1));
    }
    return problems;
  }
  FAIL("expected an InputError");
  return {};
}

using Problems = std::vector<std::string>;

s11::Framework load_bundled(const std::string& id) {
  return s11::load_framework(s11::resolve_framework(id, ""));
}

}  // namespace

TEST_CASE("a valid framework loads into the model", "[standards]") {
  TempDir dir;
  const std::string path = dir.write("f.xml", kValid);
  const s11::Framework framework = s11::load_framework(path);

  CHECK(framework.id == "test");
  CHECK(framework.version == "1");
  CHECK(framework.title == "Test framework");
  CHECK(framework.publisher == "Test board");
  CHECK(framework.path == path);

  REQUIRE(framework.areas.size() == 2);
  CHECK(framework.areas[1].id == "workforce");
  CHECK(framework.areas[1].title == "Safe workforce");

  REQUIRE(framework.standards.size() == 2);
  const s11::Standard& first = framework.standards[0];
  CHECK(first.id == "1");
  CHECK(first.title == "Senior commitment");
  CHECK(first.area == "leadership");
  REQUIRE(first.points.size() == 2);
  CHECK(first.points[0].id == "1.1");
  CHECK(first.points[0].requirement == "A named senior lead.");  // Line break and indent collapsed.
  CHECK(first.points[0].guidance == "Job description.");
  CHECK(first.points[0].example == "Lead named on the intranet.");
  CHECK(first.points[0].action == "Appoint a lead.");
  CHECK(first.points[0].essential);
  CHECK(first.points[1].guidance.empty());
  CHECK_FALSE(first.points[1].essential);
  CHECK_FALSE(framework.standards[1].points[0].essential);

  const s11::RatingScheme& scheme = framework.scheme;
  CHECK(scheme.id == "brag");
  CHECK(scheme.name == "BRAG");
  REQUIRE(scheme.levels.size() == 4);
  const s11::RatingLevel& blue = scheme.levels[0];
  CHECK(blue.name == "Blue");
  CHECK(blue.code == "B");
  CHECK(blue.colour == "0070C0");  // Upper-cased.
  CHECK(blue.description == "all met and evidenced, with best practice");
  CHECK(blue.anchor_percent == 100);
  CHECK(blue.min_met_percent == 100);
  CHECK(blue.min_evidenced_percent == 100);
  CHECK(blue.requires_best_practice);
  CHECK_FALSE(blue.requires_essential_met);
  const s11::RatingLevel& amber = scheme.levels[2];
  CHECK(amber.anchor_percent == 50);
  CHECK(amber.min_met_percent == 50);
  CHECK(amber.min_evidenced_percent == 0);
  CHECK_FALSE(amber.requires_best_practice);
  const s11::RatingLevel& red = scheme.levels[3];
  CHECK(red.min_met_percent == 0);
  CHECK(red.min_evidenced_percent == 0);
}

TEST_CASE("framework lookups find standards, points and areas by id", "[standards]") {
  TempDir dir;
  const s11::Framework framework = s11::load_framework(dir.write("f.xml", kValid));

  CHECK(framework.point_count() == 3);
  REQUIRE(framework.find_point("1.2") != nullptr);
  CHECK(framework.find_point("1.2")->requirement == "Staff know the lead.");
  CHECK(framework.find_point("3.1") == nullptr);
  REQUIRE(framework.standard_of("2.1") != nullptr);
  CHECK(framework.standard_of("2.1")->id == "2");
  CHECK(framework.standard_of("2") == nullptr);
  REQUIRE(framework.find_standard("1") != nullptr);
  CHECK(framework.find_standard("1")->title == "Senior commitment");
  CHECK(framework.find_standard("1.1") == nullptr);
  REQUIRE(framework.find_area("workforce") != nullptr);
  CHECK(framework.find_area("workforce")->title == "Safe workforce");
  CHECK(framework.find_area("Workforce") == nullptr);
}

TEST_CASE("rating levels are found by name or code, ignoring case and spaces", "[standards]") {
  TempDir dir;
  const s11::RatingScheme scheme = s11::load_framework(dir.write("f.xml", kValid)).scheme;

  REQUIRE(scheme.find("Green") != nullptr);
  CHECK(scheme.find("Green")->name == "Green");
  CHECK(scheme.find("  green ") == &scheme.levels[1]);
  CHECK(scheme.find("GREEN") == &scheme.levels[1]);
  CHECK(scheme.find("g") == &scheme.levels[1]);
  CHECK(scheme.find(" B\t") == &scheme.levels[0]);
  CHECK(scheme.find("amber") == &scheme.levels[2]);
  CHECK(scheme.find("Gren") == nullptr);
  CHECK(scheme.find("") == nullptr);
  CHECK(scheme.find("   ") == nullptr);

  CHECK(scheme.rank(scheme.levels[0]) == 0);
  CHECK(scheme.rank(*scheme.find("red")) == 3);
  const s11::RatingLevel copy = scheme.levels[2];
  CHECK(scheme.rank(copy) == 2);

  CHECK(scheme.names_for_message() == "Blue, Green, Amber or Red");
  s11::RatingScheme two;
  two.levels = {scheme.levels[1], scheme.levels[3]};
  CHECK(two.names_for_message() == "Green or Red");
  s11::RatingScheme one;
  one.levels = {scheme.levels[3]};
  CHECK(one.names_for_message() == "Red");
  CHECK(s11::RatingScheme{}.names_for_message().empty());
}

TEST_CASE("a problem is reported as path:line: message", "[standards]") {
  TempDir dir;
  const std::string path = dir.write("f.xml", with(R"(<point id="1.2">)", R"(<point id="1.1">)"));
  try {
    s11::load_framework(path);
    FAIL("expected an InputError");
  } catch (const s11::InputError& e) {
    CHECK(e.problems() ==
          Problems{path + ":22: duplicate point id \"1.1\" (first defined at line 15)"});
    CHECK(std::string(e.what()) ==
          path + ":22: duplicate point id \"1.1\" (first defined at line 15)");
  }
}

TEST_CASE("duplicate ids are reported with the line first defined", "[standards]") {
  CHECK(problems_in(with(R"(<standard id="2" area="workforce">)",
                         R"(<standard id="1" area="workforce">)")) ==
        Problems{R"(26: duplicate standard id "1" (first defined at line 13))"});
  CHECK(problems_in(with(R"(<area id="workforce" title="Safe workforce"/>)",
                         R"(<area id="leadership" title="Safe workforce"/>)")) ==
        Problems{
            R"(12: duplicate area id "leadership" (first defined at line 11))",
            R"(26: standard "2" refers to unknown area "workforce"; expected one of: leadership)"});
}

TEST_CASE("a standard referring to an unknown area lists the areas defined", "[standards]") {
  CHECK(
      problems_in(with(R"(area="workforce">)", R"(area="workfrce">)")) ==
      Problems{
          R"(12: area "workforce" has no standards; remove it or assign standards to it)",
          R"(26: standard "2" refers to unknown area "workfrce"; expected one of: leadership, workforce)"});
}

TEST_CASE("empty and missing texts are reported", "[standards]") {
  CHECK(problems_in(with("<requirement>Staff know the lead.</requirement>",
                         "<requirement>  </requirement>")) ==
        Problems{R"(23: point "1.2" has an empty <requirement>)"});
  CHECK(problems_in(with("<requirement>Staff know the lead.</requirement>",
                         "<guidance>Posters.</guidance>")) ==
        Problems{R"(22: point "1.2" has no <requirement>)"});
  CHECK(problems_in(with("<guidance>Job description.</guidance>", "<guidance/>")) ==
        Problems{R"(18: point "1.1" has an empty <guidance>)"});
  CHECK(problems_in(with("<title>Safer recruitment</title>", "<title></title>")) ==
        Problems{R"(27: standard "2" has an empty <title>)"});
  CHECK(problems_in(with("<title>Safer recruitment</title>", "")) ==
        Problems{R"(26: standard "2" has no <title>)"});
  CHECK(problems_in(with("<title>Test framework</title>", "<title> </title>")) ==
        Problems{"3: framework has an empty <title>"});
  CHECK(problems_in(with("<title>Test framework</title>", "")) ==
        Problems{"2: framework has no <title>"});
  CHECK(problems_in(with("<publisher>Test board</publisher>", "<publisher/>")) ==
        Problems{"4: framework has an empty <publisher>"});
  CHECK(
      problems_in(with(">most need work</level>", "/>")) ==
      Problems{
          R"(9: level "Red" has no description; expected text such as "all points met and most points evidenced")"});
}

TEST_CASE("repeated single elements are reported", "[standards]") {
  CHECK(problems_in(with("<title>Safer recruitment</title>",
                         "<title>Safer recruitment</title><title>Again</title>")) ==
        Problems{R"(27: standard "2" has more than one <title> (first at line 27))"});
  CHECK(problems_in(with("<guidance>Job description.</guidance>",
                         "<guidance>Job description.</guidance><guidance>More.</guidance>")) ==
        Problems{R"(18: point "1.1" has more than one <guidance> (first at line 18))"});
  CHECK(
      problems_in(with("<publisher>Test board</publisher>", "<title>Second</title>")) ==
      Problems{"4: more than one <title> in <framework> (first at line 3); expected exactly one"});
}

TEST_CASE("a standard needs points and a framework needs standards", "[standards]") {
  const std::string no_points = with(R"(    <point id="2.1" essential="false">
      <requirement>Checks before starting.</requirement>
    </point>
)",
                                     "");
  CHECK(problems_in(no_points) ==
        Problems{R"(26: standard "2" has no points; expected at least one <point>)"});

  const auto start = kValid.find("  <standard id=\"1\"");
  const auto end = kValid.find("</framework>");
  std::string no_standards = kValid;
  no_standards.erase(start, end - start);
  CHECK(problems_in(no_standards) ==
        Problems{"2: framework has no standards; expected at least one <standard>"});

  std::string no_areas = with(R"(  <area id="leadership" title="Leadership and accountability"/>
  <area id="workforce" title="Safe workforce"/>
)",
                              "");
  CHECK(
      problems_in(no_areas) ==
      Problems{
          "2: framework has no areas; expected at least one <area>",
          R"(11: standard "1" refers to unknown area "leadership"; the framework defines no areas)",
          R"(24: standard "2" refers to unknown area "workforce"; the framework defines no areas)"});
}

TEST_CASE("unknown elements and attributes are reported", "[standards]") {
  CHECK(problems_in(with("<guidance>Job description.</guidance>",
                         "<guidence>Job description.</guidence>")) ==
        Problems{"18: unknown element <guidence> in <point>; expected <requirement>, <guidance>, "
                 "<example>, <action>"});
  CHECK(problems_in(with(R"(<point id="1.2">)", R"(<point id="1.2" esential="true">)")) ==
        Problems{R"(22: unknown attribute "esential" on <point>; expected one of: id, essential)"});
  CHECK(problems_in(
            with("<action>Appoint a lead.</action>", "<action>Appoint a <b>lead</b>.</action>")) ==
        Problems{"20: unknown element <b> in <action>; expected text only"});
  CHECK(problems_in(with(R"(<area id="workforce" title="Safe workforce"/>)",
                         R"(<area id="workforce" title="Safe workforce">Text</area>)")) ==
        Problems{R"(12: unexpected text "Text" in <area>; expected only attributes)"});
  CHECK(
      problems_in(with("  </standard>\n  <standard id=\"2\"",
                       "  </standard>\n  stray\n  <standard id=\"2\"")) ==
      Problems{
          R"(25: unexpected text "stray" in <framework>; expected only <title>, <publisher>, <rating-scheme>, <impact>, <area>, <standard>)"});
  CHECK(
      problems_in(
          with(R"(<level name="Red" code="R")", R"(<level name="Red" code="R" color="FF0000")")) ==
      Problems{
          R"(9: unknown attribute "color" on <level>; expected one of: name, code, colour, anchor, min-met, min-evidenced, best-practice, essential, expects-impact)"});
}

TEST_CASE("missing and empty required attributes are reported", "[standards]") {
  CHECK(problems_in(with(R"(<standard id="2" area="workforce">)", R"(<standard id="2">)")) ==
        Problems{R"(12: area "workforce" has no standards; remove it or assign standards to it)",
                 R"(26: <standard> is missing required attribute "area")"});
  CHECK(problems_in(with(R"(<point id="1.2">)", R"(<point id="">)")) ==
        Problems{R"(22: <point> attribute "id" is empty)"});
  CHECK(problems_in(with(R"(<framework id="test" version="1">)", R"(<framework id="test">)")) ==
        Problems{R"(2: <framework> is missing required attribute "version")"});
  CHECK(
      problems_in(with(R"(<framework id="test" version="1">)",
                       R"(<framework id="my test" version="1">)")) ==
      Problems{
          R"(2: framework id "my test" may contain only letters, digits, '-', '_' and '.', as it names the file ID.xml)"});
  CHECK(problems_in(with(R"(<point id="1.2">)", R"(<point id="1 2">)")) ==
        Problems{R"(22: point id "1 2" contains a space; expected a single word such as "5.3")"});
  CHECK(problems_in(with(R"(essential="true">)", R"(essential="yes">)")) ==
        Problems{R"(15: point "1.1": essential must be "true" or "false"; found "yes")"});
}

TEST_CASE("rating level attributes are checked", "[standards]") {
  CHECK(problems_in(with(R"(anchor="75")", R"(anchor="75.5")")) ==
        Problems{R"(7: level "Green": anchor must be a whole number from 0 to 100; found "75.5")"});
  CHECK(
      problems_in(with(R"(min-evidenced="75")", R"(min-evidenced="101")")) ==
      Problems{
          R"(7: level "Green": min-evidenced must be a whole number from 0 to 100; found "101")"});
  CHECK(problems_in(with(R"(code="A" colour="FFC000" anchor="50" min-met="50")",
                         R"(code="A" colour="FFC000" anchor="50" min-met="-5")")) ==
        Problems{R"(8: level "Amber": min-met must be a whole number from 0 to 100; found "-5")"});
  CHECK(
      problems_in(with(R"(colour="00B050")", R"(colour="#00B050")")) ==
      Problems{
          R"(7: level "Green": colour must be six hex digits such as "00B050"; found "#00B050")"});
  CHECK(problems_in(with(R"(colour="FFC000")", R"(colour="orange")")) ==
        Problems{
            R"(8: level "Amber": colour must be six hex digits such as "00B050"; found "orange")"});
  CHECK(
      problems_in(with(R"(best-practice="required")", R"(best-practice="yes")")) ==
      Problems{R"(6: level "Blue": best-practice must be "required" or "optional"; found "yes")"});
  CHECK(problems_in(with(R"(<level name="Amber" code="A")", R"(<level name="Amber")")) ==
        Problems{R"(8: <level> is missing required attribute "code")"});
}

TEST_CASE("a rating level may claim an impact level, which never rises down the scheme",
          "[standards]") {
  TempDir dir;
  const s11::Framework plain = s11::load_framework(dir.write("plain.xml", kValid));
  CHECK(plain.scheme.levels[0].expected_impact == 0);  // Not given: claims none.

  std::string xml = with(R"(anchor="100")", R"(anchor="100" expects-impact="3")");
  xml = with(R"(anchor="75")", R"(anchor="75" expects-impact=" 2 ")", xml);
  const s11::Framework framework = s11::load_framework(dir.write("f.xml", xml));
  CHECK(framework.scheme.levels[0].expected_impact == 3);
  CHECK(framework.scheme.levels[1].expected_impact == 2);
  CHECK(framework.scheme.levels[2].expected_impact == 0);

  CHECK(problems_in(with(R"(anchor="75")", R"(anchor="75" expects-impact="5")")) ==
        Problems{
            R"(7: level "Green": expects-impact must be a whole number from 0 to 4; found "5")"});
  CHECK(problems_in(with(R"(anchor="50")", R"(anchor="50" expects-impact="two")")) ==
        Problems{
            R"(8: level "Amber": expects-impact must be a whole number from 0 to 4; found "two")"});
  CHECK(
      problems_in(with(R"(anchor="100")", R"(anchor="100" expects-impact="1")",
                       with(R"(anchor="75")", R"(anchor="75" expects-impact="2")"))) ==
      Problems{
          R"(6: level "Blue" has expects-impact 1, below the expects-impact 2 of "Green", the level below it; a better rating cannot claim a lower impact level)"});
}

const std::string kImpact = R"(  </rating-scheme>
  <impact operating-percent="80">
    <level n="2" name="Practitioners">Staff know
      and act.</level>
    <level n="1" name="Inputs">Policies exist.</level>
    <level n="3" name="Outcomes">Children are safer.</level>
    <level n="4" name="Embedded">Practice is shared.</level>
  </impact>
)";

// kValid with the <impact> above (lines 11-17), changed by `from` -> `to` when given.
std::string with_impact(const std::string& from = "", const std::string& to = "") {
  const std::string impact = from.empty() ? kImpact : with(from, to, kImpact);
  return with("  </rating-scheme>\n", impact);
}

TEST_CASE("the impact model is read from <impact>, or defaults when there is none", "[standards]") {
  TempDir dir;
  const s11::Framework plain = s11::load_framework(dir.write("plain.xml", kValid));
  CHECK(plain.impact.operating_percent == 75);
  REQUIRE(plain.impact.levels.size() == 4);
  CHECK(plain.impact.levels[1].number == 2);
  CHECK(plain.impact.levels[1].name == "Practitioners' experience and attitudes");

  const s11::Framework framework = s11::load_framework(dir.write("f.xml", with_impact()));
  CHECK(framework.impact.operating_percent == 80);
  CHECK(framework.impact.area_percent == 80);  // area-percent defaults to operating-percent
  REQUIRE(framework.impact.levels.size() == 4);
  CHECK(framework.impact.levels[0].number == 1);  // In level order, whatever the file's.
  CHECK(framework.impact.levels[0].name == "Inputs");
  CHECK(framework.impact.levels[1].name == "Practitioners");
  CHECK(framework.impact.levels[1].description == "Staff know and act.");
  CHECK(framework.impact.levels[3].description == "Practice is shared.");
  CHECK(framework.impact.find(3)->name == "Outcomes");

  const s11::Framework no_percent =
      s11::load_framework(dir.write("g.xml", with_impact(R"( operating-percent="80")", "")));
  CHECK(no_percent.impact.operating_percent == 75);

  const s11::Framework both = s11::load_framework(dir.write(
      "h.xml",
      with_impact(R"( operating-percent="80")", R"( operating-percent="70" area-percent="55")")));
  CHECK(both.impact.operating_percent == 70);
  CHECK(both.impact.area_percent == 55);
}

TEST_CASE("impact model problems are reported with their lines", "[standards]") {
  CHECK(problems_in(with_impact(R"("80")", R"("80%")")) ==
        Problems{
            R"(11: impact: operating-percent must be a whole number from 0 to 100; found "80%")"});
  CHECK(problems_in(with_impact(R"("80")", R"("101")")) ==
        Problems{
            R"(11: impact: operating-percent must be a whole number from 0 to 100; found "101")"});
  CHECK(problems_in(with_impact(R"(n="2")", R"(n="5")")) ==
        Problems{R"(11: <impact> has no level 2; expected four <level> elements numbered 1 to 4)",
                 R"(12: impact level: n must be a whole number from 1 to 4; found "5")"});
  CHECK(problems_in(with_impact(R"(n="1")", R"(n="2")")) ==
        Problems{R"(11: <impact> has no level 1; expected four <level> elements numbered 1 to 4)",
                 R"(14: duplicate impact level 2 (first defined at line 12))"});
  CHECK(problems_in(with_impact(R"(    <level n="3" name="Outcomes">Children are safer.</level>
    <level n="4" name="Embedded">Practice is shared.</level>
)",
                                "")) ==
        Problems{
            R"(11: <impact> has no levels 3, 4; expected four <level> elements numbered 1 to 4)"});
  CHECK(
      problems_in(with_impact("Children are safer.", "")) ==
      Problems{
          R"(15: impact level 3 has no description; expected text such as "changes to outcomes for children and families")"});
  CHECK(problems_in(with_impact(R"(n="4" name="Embedded")", R"(n="4")")) ==
        Problems{R"(16: <level> is missing required attribute "name")"});
  CHECK(
      problems_in(
          with_impact(R"(<impact operating-percent="80">)", R"(<impact threshold="80">)")) ==
      Problems{
          R"(11: unknown attribute "threshold" on <impact>; expected one of: operating-percent, area-percent)"});
  CHECK(
      problems_in(with_impact("  </impact>\n", "  </impact>\n  <impact/>\n")) ==
      Problems{
          R"(18: more than one <impact> in <framework> (first at line 11); expected exactly one)"});
}

TEST_CASE("duplicate level names and codes are reported, ignoring case", "[standards]") {
  CHECK(problems_in(with(R"(name="Amber" code="A")", R"(name="green" code="A")")) ==
        Problems{R"(8: duplicate level name "green" (first defined at line 7))"});
  CHECK(problems_in(with(R"(name="Amber" code="A")", R"(name="Amber" code="g")")) ==
        Problems{R"(8: duplicate level code "g" (first defined at line 7))"});
  CHECK(
      problems_in(with(R"(name="Amber" code="A")", R"(name="Amber" code="Blue")")) ==
      Problems{
          R"(8: level code "Blue" is already the name of level "Blue" (line 6); names and codes must all differ)"});
}

TEST_CASE("rating levels must run from most to least demanding", "[standards]") {
  CHECK(
      problems_in(with(R"(anchor="75" min-met="100")", R"(anchor="75" min-met="40")")) ==
      Problems{
          R"(7: level "Green" needs min-met >= 50 and min-evidenced >= 0 (those of "Amber", the level below it); found min-met 40 and min-evidenced 75)"});
  CHECK(
      problems_in(
          with(R"(min-met="100" min-evidenced="100")", R"(min-met="100" min-evidenced="70")")) ==
      Problems{
          R"(6: level "Blue" needs min-met >= 100 and min-evidenced >= 75 (those of "Green", the level below it); found min-met 100 and min-evidenced 70)"});
  CHECK(
      problems_in(with(R"(anchor="50" min-met="50">)",
                       R"(anchor="50" min-met="50" essential="required">)")) ==
      Problems{
          R"(7: level "Green" needs essential="required" as "Amber", the level below it, has it)"});
  CHECK(
      problems_in(with(R"(min-met="100" min-evidenced="75">)",
                       R"(min-met="100" min-evidenced="100" best-practice="required">)")) ==
      Problems{
          R"(6: level "Blue" has the same conditions as "Green", the level below it, so no standard could ever be rated "Green")"});
  CHECK(
      problems_in(
          with(R"(anchor="75")", R"(anchor="80")", with(R"(anchor="50")", R"(anchor="90")"))) ==
      Problems{
          R"(7: level "Green" has anchor 80, below the anchor 90 of "Amber", the level below it; expected anchors to fall from best to worst)"});
}

TEST_CASE("the last rating level must have no conditions", "[standards]") {
  CHECK(
      problems_in(with(R"(anchor="25">)", R"(anchor="25" min-met="10" essential="required">)")) ==
      Problems{
          R"(8: level "Amber" needs essential="required" as "Red", the level below it, has it)",
          R"(9: the last level "Red" must have no conditions so every standard gets a rating; found min-met 10, essential="required")"});
  CHECK(
      problems_in(with(R"(anchor="50" min-met="50">)", R"(anchor="50">)")) ==
      Problems{
          R"(8: level "Amber" has the same conditions as "Red", the level below it, so no standard could ever be rated "Red")"});
}

TEST_CASE("a rating scheme needs at least two levels", "[standards]") {
  const auto start = kValid.find("    <level name=\"Blue\"");
  const auto end = kValid.find("    <level name=\"Red\"");
  std::string one_level = kValid;
  one_level.erase(start, end - start);
  CHECK(
      problems_in(one_level) ==
      Problems{
          R"(5: rating scheme "brag" has only one level; expected at least two, best first, the last with no conditions)"});

  std::string no_scheme = kValid;
  no_scheme.erase(kValid.find("  <rating-scheme"),
                  kValid.find("  <area") - kValid.find("  <rating-scheme"));
  CHECK(problems_in(no_scheme) ==
        Problems{"2: framework has no <rating-scheme>; expected one before the areas"});
}

TEST_CASE("every problem in a file is reported at once, in line order", "[standards]") {
  std::string xml = with(R"(area="workforce">)", R"(area="workfrce">)");
  xml = with(R"(min-met="50">)", R"(min-met="fifty">)", xml);
  xml = with("<requirement>Checks before starting.</requirement>", "<requirement/>", xml);
  xml = with(R"(<point id="1.2">)", R"(<point id="1.1">)", xml);
  CHECK(
      problems_in(xml) ==
      Problems{
          R"(8: level "Amber": min-met must be a whole number from 0 to 100; found "fifty")",
          R"(12: area "workforce" has no standards; remove it or assign standards to it)",
          R"(22: duplicate point id "1.1" (first defined at line 15))",
          R"(26: standard "2" refers to unknown area "workfrce"; expected one of: leadership, workforce)",
          R"(29: point "2.1" has an empty <requirement>)"});
}

TEST_CASE("line numbers count CRLF line ends", "[standards]") {
  std::string crlf;
  for (char c : with(R"(<point id="1.2">)", R"(<point id="1.1">)")) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  CHECK(problems_in(crlf) ==
        Problems{R"(22: duplicate point id "1.1" (first defined at line 15))"});
}

TEST_CASE("malformed XML is reported with its line", "[standards]") {
  CHECK(problems_in(with("<guidance>Job description.</guidance>",
                         "<guidance>Job description.</guidnce>")) ==
        Problems{"18: malformed XML: Start-end tags mismatch"});
  CHECK(problems_in(with(R"(<area id="workforce" title="Safe workforce"/>)",
                         R"(<area id="workforce" title=Safe/>)")) ==
        Problems{"12: malformed XML: Error parsing element attribute"});
  CHECK(problems_in("") == Problems{"1: malformed XML: No document element found"});
  CHECK(problems_in("<standards/>") ==
        Problems{"1: root element is <standards>; expected <framework>"});
}

TEST_CASE("a framework file that cannot be opened is an IoError", "[standards]") {
  TempDir dir;
  const std::string missing = (dir.path() / "missing.xml").string();
  CHECK_THROWS_MATCHES(s11::load_framework(missing), s11::IoError,
                       Catch::Message(missing + ": cannot open: No such file or directory"));
  CHECK_THROWS_MATCHES(s11::load_framework(dir.path().string()), s11::IoError,
                       Catch::Message(dir.path().string() + ": cannot open: Is a directory"));
}

TEST_CASE("the bundled OSCB framework has twelve standards in four areas", "[standards]") {
  const s11::Framework framework = load_bundled("oscb-2015");
  CHECK(framework.id == "oscb-2015");
  CHECK(framework.version == "2015.1");
  REQUIRE(framework.standards.size() == 12);
  REQUIRE(framework.areas.size() == 4);
  CHECK(framework.areas[0].id == "leadership");
  CHECK(framework.areas[1].id == "partnership");
  CHECK(framework.areas[2].id == "workforce");
  CHECK(framework.areas[3].id == "policies");
  for (std::size_t i = 0; i < framework.standards.size(); ++i) {
    const s11::Standard& standard = framework.standards[i];
    CHECK(standard.id == std::to_string(i + 1));
    CHECK(standard.points.size() >= 3);
    CHECK(standard.points.size() <= 8);
    bool any_essential = false;
    for (std::size_t j = 0; j < standard.points.size(); ++j) {
      const s11::Point& point = standard.points[j];
      CHECK(point.id == standard.id + "." + std::to_string(j + 1));
      CHECK_FALSE(point.guidance.empty());
      CHECK_FALSE(point.example.empty());
      CHECK_FALSE(point.action.empty());
      any_essential = any_essential || point.essential;
    }
    CHECK(any_essential);
  }
  CHECK(framework.point_count() == 66);
  CHECK(framework.find_standard("1")->area == "leadership");
  CHECK(framework.find_standard("7")->area == "partnership");
  CHECK(framework.find_standard("11")->area == "workforce");
  CHECK(framework.find_standard("12")->area == "policies");
  CHECK(framework.scheme.names_for_message() == "Blue, Green, Amber or Red");
  CHECK(framework.scheme.levels[0].requires_best_practice);
  CHECK(framework.scheme.levels[1].anchor_percent == 75);
  CHECK(framework.scheme.levels[1].min_evidenced_percent == 75);
  CHECK(framework.find_point("6.2")->essential);
  CHECK(framework.standard_of("11.3")->id == "11");
  CHECK(framework.scheme.find("Blue")->expected_impact == 3);
  CHECK(framework.scheme.find("Green")->expected_impact == 2);
  CHECK(framework.scheme.find("Amber")->expected_impact == 1);
  CHECK(framework.scheme.find("Red")->expected_impact == 0);
  CHECK(framework.impact.operating_percent == 60);
  CHECK(framework.impact.area_percent == 60);
  REQUIRE(framework.impact.levels.size() == 4);
  for (int n = 1; n <= 4; ++n) {
    CHECK(framework.impact.levels[static_cast<std::size_t>(n - 1)].number == n);
    CHECK(framework.impact.levels[static_cast<std::size_t>(n - 1)].name ==
          s11::default_impact_model().levels[static_cast<std::size_t>(n - 1)].name);
  }
}

TEST_CASE("the bundled Working Together framework has eight standards and a RAG scheme",
          "[standards]") {
  const s11::Framework framework = load_bundled("working-together-8");
  CHECK(framework.id == "working-together-8");
  REQUIRE(framework.standards.size() == 8);
  CHECK(framework.areas.size() == 3);
  for (const auto& standard : framework.standards) {
    CHECK(standard.points.size() >= 3);
    CHECK(standard.points.size() <= 6);
  }
  CHECK(framework.point_count() == 32);
  const s11::RatingScheme& scheme = framework.scheme;
  CHECK(scheme.names_for_message() == "Green, Amber or Red");
  REQUIRE(scheme.levels.size() == 3);
  CHECK(scheme.levels[0].min_met_percent == 100);
  CHECK(scheme.levels[0].min_evidenced_percent == 80);
  CHECK(scheme.levels[0].requires_essential_met);
  CHECK(scheme.levels[1].min_met_percent == 60);
  CHECK(scheme.levels[1].requires_essential_met);
  CHECK_FALSE(scheme.levels[2].requires_essential_met);
  CHECK(scheme.find("blue") == nullptr);
  CHECK(scheme.levels[0].expected_impact == 2);
  CHECK(scheme.levels[1].expected_impact == 1);
  CHECK(scheme.levels[2].expected_impact == 0);
  CHECK(framework.impact.operating_percent == 60);
  CHECK(framework.impact.levels.size() == 4);
}

TEST_CASE("bundled framework ids are listed sorted", "[standards]") {
  const auto ids = s11::bundled_framework_ids();
  CHECK(ids == std::vector<std::string>{"oscb-2015", "working-together-8"});
}

TEST_CASE("resolve_framework accepts a path or a bundled id", "[standards]") {
  TempDir dir;
  const std::string path = dir.write("mine.xml", kValid);

  CHECK(s11::resolve_framework(path, "/nowhere") == path);
  CHECK(s11::resolve_framework("mine.xml", dir.path().string()) ==
        (dir.path() / "mine.xml").string());

  const std::string bundled = s11::resolve_framework("oscb-2015", dir.path().string());
  CHECK(fs::path(bundled).filename() == "oscb-2015.xml");
  CHECK(s11::load_framework(bundled).id == "oscb-2015");
  CHECK(s11::resolve_framework("working-together-8.xml", dir.path().string()) ==
        (fs::path(bundled).parent_path() / "working-together-8.xml").string());

  // A file beside the audit wins over a bundled framework of the same name.
  const std::string local = dir.write("oscb-2015", kValid);
  CHECK(s11::resolve_framework("oscb-2015", dir.path().string()) == local);
}

TEST_CASE("resolve_framework names the bundled ids when nothing matches", "[standards]") {
  TempDir dir;
  const std::string base = dir.path().string();
  CHECK_THROWS_MATCHES(
      s11::resolve_framework("oscb", base), s11::InputError,
      Catch::Message("framework \"oscb\" is neither a file (looked for \"" + base +
                     "/oscb\") nor a bundled framework id; bundled ids: oscb-2015, "
                     "working-together-8"));
  CHECK_THROWS_MATCHES(
      s11::resolve_framework(" ", base), s11::InputError,
      Catch::Message("no framework given; expected a bundled framework id or a path to a "
                     "framework file; bundled ids: oscb-2015, working-together-8"));
}

TEST_CASE("S11_STANDARDS_PATH directories are searched before the built-in one", "[standards]") {
  TempDir first;
  TempDir second;
  first.write("local-board.xml", kValid);
  const std::string override_path = second.write("oscb-2015.xml", kValid);
  first.write("notes.txt", "not a framework");
  const ScopedEnv env("S11_STANDARDS_PATH", first.path().string() + "::" + second.path().string());

  CHECK(s11::bundled_framework_ids() ==
        std::vector<std::string>{"local-board", "oscb-2015", "working-together-8"});
  CHECK(s11::resolve_framework("local-board", "") == (first.path() / "local-board.xml").string());
  CHECK(s11::resolve_framework("oscb-2015", "") == override_path);
}
