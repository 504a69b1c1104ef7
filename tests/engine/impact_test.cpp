#include "engine/impact.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";
const Date kCurrent{2015, 1, 10};
const Date kStale{2011, 1, 10};

/// An audit on the OSCB scheme whose standards are `points` (standard id -> number of points,
/// points "S.1", "S.2" ...), each in area `areas[i]`; every point Met unless made N/A.
struct Builder {
  Audit audit;

  Builder() {
    audit.framework = load_framework(kStandardsDir + "oscb-2015.xml");
    audit.framework.areas.clear();
    audit.framework.standards.clear();
    audit.config.audit_date = Date{2015, 3, 31};
    audit.config.currency_months = 24;
  }

  Builder& area(const std::string& id) {
    audit.framework.areas.push_back({id, "Area " + id});
    return *this;
  }

  Builder& standard(const std::string& id, const std::string& area_id, int points) {
    Standard s;
    s.id = id;
    s.title = "Standard " + id;
    s.area = area_id;
    for (int i = 1; i <= points; ++i) {
      Point p;
      p.id = id + "." + std::to_string(i);
      p.requirement = "Requirement " + p.id;
      s.points.push_back(p);
      audit.assessments[p.id].status = PointStatus::kMet;
    }
    audit.framework.standards.push_back(s);
    return *this;
  }

  Builder& not_applicable(const std::string& point) {
    audit.assessments[point] = {PointStatus::kNotApplicable, "Not our service", ""};
    return *this;
  }

  Builder& item(const std::string& id, int level, std::vector<std::string> points,
                Date date = kCurrent, bool contradicts = false) {
    EvidenceItem e;
    e.id = id;
    e.title = "Item " + id;
    e.type = "Policy";
    e.date = date;
    e.points = std::move(points);
    e.impact_level = level;
    e.shows = contradicts ? EvidenceShows::kContradicts : EvidenceShows::kSupports;
    if (contradicts) {
      e.survey_question = "q" + id;
      e.finding = "below threshold";
    }
    audit.evidence.push_back(e);
    return *this;
  }

  ImpactResult assess() {
    result = score_audit(audit);
    return assess_impact(audit, result);
  }

  AuditResult result;
};

/// One standard of `points` points in one area, the first `evidenced` with a level-1 item each.
/// A standard of `points` points, each with levelled evidence: the first `at_two` at level 2,
/// the rest at level 1.
ImpactProfile one_standard(int points, int at_two, int percent = 75) {
  Builder b;
  b.area("a").standard("1", "a", points);
  b.audit.framework.impact.operating_percent = percent;
  for (int i = 1; i <= points; ++i)
    b.item("E" + std::to_string(i), i <= at_two ? 2 : 1, {"1." + std::to_string(i)});
  return b.assess().standards.at(0).profile;
}

using Counts = std::array<int, kMaxImpactLevel + 1>;
using Ids = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("a framework without <impact> uses 75% and the four standard levels",
          "[engine][impact]") {
  const Framework framework;
  CHECK(framework.impact.operating_percent == 75);
  REQUIRE(framework.impact.levels.size() == 4);
  CHECK(framework.impact.levels[0].number == 1);
  CHECK(framework.impact.levels[0].name == "Inputs and processes");
  CHECK(framework.impact.levels[3].name == "Embedded and shared practice");
  REQUIRE(framework.impact.find(3) != nullptr);
  CHECK(framework.impact.find(3)->name == "Outcomes for children and families");
  CHECK(framework.impact.find(5) == nullptr);
}

TEST_CASE("the operating level is reached at exactly the threshold, not just below it",
          "[engine][impact]") {
  struct Row {
    int points;
    int evidenced;
    int percent;
    int operating;
  };
  const Row rows[] = {
      {4, 3, 75, 2},                                   // exactly 75%
      {8, 6, 75, 2},                                   // exactly 75%
      {8, 5, 75, 1},                                   // 62.5%
      {3, 2, 75, 1},                                   // 66.7%
      {7, 5, 75, 1},                                   // 71.4%
      {15, 11, 75, 1},                                 // 73.3%: just below
      {1, 1, 75, 2},   {4, 0, 75, 1},  {5, 4, 80, 2},  // exactly 80%
      {4, 3, 80, 1},                                   // 75%, below 80%
      {3, 3, 100, 2},  {3, 2, 100, 1}, {3, 0, 0, 1},   // 0%: level 2 still needs some
      {3, 1, 0, 2},
  };
  for (const auto& row : rows) {
    INFO(row.evidenced << " of " << row.points << " points at level 2, threshold " << row.percent
                       << "%");
    CHECK(one_standard(row.points, row.evidenced, row.percent).operating == row.operating);
  }
}

TEST_CASE("a standard operates at the highest level most of its points reach", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 4);
  b.item("E1", 1, {"1.1"}).item("E2", 2, {"1.2"}).item("E3", 2, {"1.3"}).item("E4", 3, {"1.4"});
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.members == 4);
  CHECK(p.with_evidence == Counts{0, 4, 3, 1, 0});
  CHECK(p.operating == 2);
  CHECK(p.emerging == std::vector<int>{3});
  CHECK(p.emerging_members == Ids{{"1.4"}});
  CHECK(p.counts == Counts{0, 1, 2, 1, 0});
  CHECK(p.summary == "level 2, emerging level 3 in point 1.4");
  CHECK(p.rationale ==
        "Operating at level 2: 3 of 4 points with levelled evidence (75%) have current evidence "
        "at level 2 or above (E2, E3, E4); level 3 needs at least 60% (3 of 4 points with "
        "levelled evidence), has 1; "
        "level 3 is "
        "emerging in point 1.4 (E4).");
}

TEST_CASE("level 3 evidence counts for levels 1 to 3 without level 2", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 2);
  b.item("E1", 3, {"1.1"}).item("E2", 3, {"1.2"});
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.with_evidence == Counts{0, 2, 2, 2, 0});
  CHECK(p.operating == 3);
  CHECK(p.emerging.empty());
  CHECK(p.emerging_members.empty());
  CHECK(p.counts == Counts{0, 0, 0, 2, 0});
  CHECK(p.summary == "level 3");
}

TEST_CASE("stale and contradicting items do not count towards a level", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 2);
  b.item("E1", 1, {"1.1"});
  b.item("E2", 3, {"1.1"}, kStale);
  // 1.2 has level-3 support, but a survey result contradicts it: a practice gap, not counted.
  b.item("E3", 3, {"1.2"});
  b.item("S1", 2, {"1.2"}, kCurrent, true);
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.operating == 1);
  CHECK(p.members == 1);
  CHECK(p.emerging.empty());
  CHECK(p.counts == Counts{0, 1, 0, 0, 0});
  CHECK(p.rationale ==
        "Operating at level 1: 1 of 1 point with levelled evidence (100%) has current evidence at "
        "level 1 or above (E1); level 2 needs at least 60% (1 of 1 point with levelled evidence), "
        "has 0; 1 of 2 applicable points has no levelled supporting evidence or is contradicted, "
        "and is not counted.");
}

TEST_CASE("Not applicable points are not members and their evidence does not count",
          "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 4).not_applicable("1.4");
  b.item("E1", 2, {"1.1"}).item("E2", 2, {"1.2"}).item("E3", 2, {"1.3"}).item("E4", 4, {"1.4"});
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.members == 3);
  CHECK(p.operating == 2);
  CHECK(p.emerging.empty());
  CHECK(p.counts == Counts{0, 0, 3, 0, 0});
}

TEST_CASE("a standard with no applicable points is left out of its area", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 2).standard("2", "a", 1).standard("3", "a", 1);
  b.not_applicable("1.1").not_applicable("1.2");
  b.item("E1", 4, {"1.1"}).item("E2", 2, {"2.1"}).item("E3", 2, {"3.1"});
  const ImpactResult impact = b.assess();
  const ImpactProfile& left_out = impact.standards.at(0).profile;
  CHECK(left_out.members == 0);
  CHECK(left_out.operating == 0);
  CHECK(left_out.summary == "no applicable points");
  CHECK(left_out.rationale ==
        "No applicable points: every point is Not applicable, so the standard is left out of "
        "its area.");

  REQUIRE(impact.areas.size() == 1);
  const AreaImpact& area = impact.areas[0];
  CHECK(area.standards.size() == 3);  // All its standards, members or not.
  CHECK(area.profile.members == 2);
  CHECK(area.profile.operating == 2);
  CHECK(area.profile.emerging.empty());
  CHECK(area.profile.counts == Counts{0, 0, 2, 0, 0});
  CHECK(area.profile.rationale ==
        "Operating at level 2: 2 of 2 standards (100%) operate at level 2 or "
        "above (E2, E3); level 3 needs at least 60% (2 of 2 standards), has 0; standard 1 is left "
        "out: "
        "no applicable points.");
}

TEST_CASE("an area operates at the level most of its standards reach, naming the emerging ones",
          "[engine][impact]") {
  Builder b;
  b.area("lead").area("part");
  b.standard("1", "lead", 2).standard("2", "lead", 1).standard("3", "lead", 1);
  b.standard("4", "lead", 1).standard("5", "lead", 1).standard("6", "part", 1);
  // Standard 1 has level 2 evidence on one of its two points (50%, below 60%): it operates at
  // level 1 and counts for its area at that level, with level 2 emerging.
  b.item("E1", 2, {"1.1"}).item("E2", 1, {"1.2"});
  b.item("E3", 2, {"2.1"}).item("E4", 3, {"3.1"}).item("E5", 1, {"4.1"});
  b.item("E6", 4, {"5.1"});
  b.item("E7", 0, {"6.1"});
  const ImpactResult impact = b.assess();
  REQUIRE(impact.areas.size() == 2);
  const AreaImpact& lead = impact.areas[0];
  CHECK(lead.area->id == "lead");
  CHECK(lead.profile.members == 5);
  CHECK(lead.profile.with_evidence == Counts{0, 5, 3, 2, 1});
  CHECK(lead.profile.operating == 2);  // 3 of 5 (60%)
  CHECK(lead.profile.lagging == std::vector<std::string>{"1", "4"});
  CHECK(lead.profile.emerging == std::vector<int>{3, 4});
  CHECK(lead.profile.emerging_members == Ids{{"3", "5"}, {"5"}});
  CHECK(lead.profile.counts == Counts{0, 2, 2, 1, 1});
  CHECK(lead.profile.summary ==
        "level 2, emerging level 3 in standards 3 and 5, and level 4 in standard 5; behind: "
        "standards 1 and 4");
  CHECK(lead.profile.rationale ==
        "Operating at level 2: 3 of 5 standards (60%) operate at level 2 or above "
        "(E1, E3, E4, E6); level 3 needs at least 60% (3 of 5 standards), has 2; behind the rest: "
        "standards 1 (level 1) and 4 (level 1); level 3 is emerging in "
        "standards 3 and 5 (E4, E6); level 4 is emerging in standard 5 (E6).");

  // Evidence with no level is counted but reaches no level.
  const AreaImpact& part = impact.areas[1];
  CHECK(part.profile.operating == 0);
  CHECK(part.profile.emerging.empty());
  CHECK(part.profile.counts == Counts{1, 0, 0, 0, 0});
  CHECK(part.profile.summary == "no levelled evidence");
  CHECK(part.profile.rationale ==
        "Not yet at level 1: level 1 needs at least 60% (1 of 1 standard), has 0; 1 current item "
        "with no "
        "impact level does not count (E7).");
  CHECK(impact.operating_percent == 60);
  CHECK(impact.area_percent == 60);
}

TEST_CASE("below level 1 the evidence there is shows as emerging", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 1).standard("2", "a", 1).standard("3", "a", 1);
  b.item("E1", 3, {"2.1"});
  const AreaImpact area = b.assess().areas.at(0);
  CHECK(area.profile.operating == 0);
  CHECK(area.profile.emerging == std::vector<int>{1, 2, 3});
  CHECK(area.profile.emerging_members == Ids{{"2"}, {"2"}, {"2"}});
  CHECK(area.profile.summary == "not yet at level 1, emerging level 3 in standard 2");
  CHECK(
      area.profile.rationale ==
      "Not yet at level 1: level 1 needs at least 60% (2 of 3 standards), has 1; levels 1 to 3 are "
      "emerging in standard 2 (E1).");
}

TEST_CASE("an item supporting several points counts once per standard and per area",
          "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 2).standard("2", "a", 1);
  b.item("E1", 2, {"1.1", "1.2", "2.1"}).item("E2", 0, {"1.1", "1.2"});
  const ImpactResult impact = b.assess();
  CHECK(impact.standards[0].profile.counts == Counts{1, 0, 1, 0, 0});
  CHECK(impact.standards[1].profile.counts == Counts{0, 0, 1, 0, 0});
  CHECK(impact.areas[0].profile.counts == Counts{1, 0, 1, 0, 0});
}

TEST_CASE("evidence ids are listed in natural order, at most six named", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 1);
  for (int i = 12; i >= 1; --i) b.item("E" + std::to_string(i), 1, {"1.1"});
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.rationale ==
        "Operating at level 1: 1 of 1 point with levelled evidence (100%) has current evidence at "
        "level 1 or above (E1, E2, E3, E4, E5, E6 and 6 more); level 2 needs at least 60% (1 of 1 "
        "point with levelled evidence), has 0.");
}

TEST_CASE("an area with no applicable standard says so", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 1).not_applicable("1.1");
  const AreaImpact area = b.assess().areas.at(0);
  CHECK(area.profile.members == 0);
  CHECK(area.profile.operating == 0);
  CHECK(area.profile.summary == "no applicable standards");
  CHECK(area.profile.rationale == "No standard in this area has an applicable point.");
}

TEST_CASE("one weak standard of three does not pull its area down, and is named",
          "[engine][impact][issue11]") {
  Builder b;
  b.area("part").standard("4", "part", 2).standard("7", "part", 2).standard("9", "part", 2);
  // Standards 4 and 7 show level 2 on every point with levelled evidence; 7 also level 3.
  b.item("E1", 2, {"4.1"}).item("E2", 2, {"7.1"}).item("E3", 3, {"7.2"});
  b.item("E4", 1, {"9.1"});
  // A focus group contradicts 9.2: a practice gap, it counts towards no level.
  b.item("E5", 2, {"9.2"});
  b.item("E6", 2, {"9.2"}, kCurrent, true);
  // Points with no levelled evidence (4.2) are not counted against their standard.
  const ImpactResult impact = b.assess();
  const ImpactProfile& s4 = impact.standards[0].profile;
  CHECK(s4.members == 1);
  CHECK(s4.operating == 2);
  CHECK(s4.rationale ==
        "Operating at level 2: 1 of 1 point with levelled evidence (100%) has current evidence "
        "at level 2 or above (E1); level 3 needs at least 60% (1 of 1 point with levelled "
        "evidence), has 0; 1 of 2 applicable points has no levelled supporting evidence or is "
        "contradicted, and is not counted.");
  CHECK(impact.standards[1].profile.operating == 2);  // 7.1 at 2, 7.2 at 3: 50% at 3
  CHECK(impact.standards[1].profile.emerging == std::vector<int>{3});
  const ImpactProfile& s9 = impact.standards[2].profile;
  CHECK(s9.operating == 1);  // 9.1 at 1; 9.2 is not counted
  CHECK(s9.members == 1);
  const ImpactProfile& area = impact.areas[0].profile;
  CHECK(area.operating == 2);  // 2 of 3 standards (67%) operate at 2 or above
  CHECK(area.lagging == std::vector<std::string>{"9"});
  CHECK(area.summary == "level 2, emerging level 3 in standard 7; behind: standard 9");
}

}  // namespace s11
