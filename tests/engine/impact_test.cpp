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
ImpactProfile one_standard(int points, int evidenced, int percent = 75) {
  Builder b;
  b.area("a").standard("1", "a", points);
  b.audit.framework.impact.operating_percent = percent;
  for (int i = 1; i <= evidenced; ++i)
    b.item("E" + std::to_string(i), 1, {"1." + std::to_string(i)});
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
      {4, 3, 75, 1},                                   // exactly 75%
      {8, 6, 75, 1},                                   // exactly 75%
      {8, 5, 75, 0},                                   // 62.5%
      {3, 2, 75, 0},                                   // 66.7%
      {7, 5, 75, 0},                                   // 71.4%
      {15, 11, 75, 0},                                 // 73.3%: just below
      {1, 1, 75, 1},   {4, 0, 75, 0},  {5, 4, 80, 1},  // exactly 80%
      {4, 3, 80, 0},                                   // 75%, below 80%
      {3, 3, 100, 1},  {3, 2, 100, 0}, {3, 0, 0, 0},   // a 0% threshold still needs some evidence
      {3, 1, 0, 1},
  };
  for (const auto& row : rows) {
    INFO(row.evidenced << " of " << row.points << " points at " << row.percent << "%");
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
  CHECK(p.summary == "level 2, with level 3 evidence in point 1.4");
  CHECK(p.rationale ==
        "Operating at level 2: 3 of 4 applicable points (75%) have current evidence at level 2 "
        "or above (E2, E3, E4); level 3 needs at least 75% (3 of 4 applicable points), has 1; "
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
  b.area("a").standard("1", "a", 1);
  b.item("E1", 1, {"1.1"});
  b.item("E2", 3, {"1.1"}, kStale);
  b.item("S1", 2, {"1.1"}, kCurrent, true);
  const ImpactProfile p = b.assess().standards.at(0).profile;
  CHECK(p.operating == 1);
  CHECK(p.emerging.empty());
  CHECK(p.counts == Counts{0, 1, 0, 0, 0});
  CHECK(p.rationale ==
        "Operating at level 1: 1 of 1 applicable point (100%) has current evidence at level 1 or "
        "above (E1); level 2 needs at least 75% (1 of 1 applicable point), has 0.");
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
        "Operating at level 2: 2 of 2 standards (100%) have current evidence at level 2 or "
        "above (E2, E3); level 3 needs at least 75% (2 of 2 standards), has 0; standard 1 is left "
        "out: "
        "no applicable points.");
}

TEST_CASE("an area operates at the level most of its standards reach, naming the emerging ones",
          "[engine][impact]") {
  Builder b;
  b.area("lead").area("part");
  b.standard("1", "lead", 2).standard("2", "lead", 1).standard("3", "lead", 1);
  b.standard("4", "lead", 1).standard("5", "lead", 1).standard("6", "part", 1);
  // Standard 1 reaches level 2 through one of its two points: a standard counts for an area
  // at the highest level any of its points' current items has.
  b.item("E1", 2, {"1.1"}).item("E2", 1, {"1.2"});
  b.item("E3", 2, {"2.1"}).item("E4", 3, {"3.1"}).item("E5", 1, {"4.1"});
  b.item("E6", 4, {"5.1"});
  b.item("E7", 0, {"6.1"});
  const ImpactResult impact = b.assess();
  REQUIRE(impact.areas.size() == 2);
  const AreaImpact& lead = impact.areas[0];
  CHECK(lead.area->id == "lead");
  CHECK(lead.profile.members == 5);
  CHECK(lead.profile.with_evidence == Counts{0, 5, 4, 2, 1});
  CHECK(lead.profile.operating == 2);  // 4 of 5 (80%)
  CHECK(lead.profile.emerging == std::vector<int>{3, 4});
  CHECK(lead.profile.emerging_members == Ids{{"3", "5"}, {"5"}});
  CHECK(lead.profile.counts == Counts{0, 2, 2, 1, 1});
  CHECK(lead.profile.summary ==
        "level 2, with level 3 evidence in standards 3 and 5, and level 4 in standard 5");
  CHECK(lead.profile.rationale ==
        "Operating at level 2: 4 of 5 standards (80%) have current evidence at level 2 or above "
        "(E1, E3, E4, E6); level 3 needs at least 75% (4 of 5 standards), has 2; level 3 is "
        "emerging in "
        "standards 3 and 5 (E4, E6); level 4 is emerging in standard 5 (E6).");

  // Evidence with no level is counted but reaches no level.
  const AreaImpact& part = impact.areas[1];
  CHECK(part.profile.operating == 0);
  CHECK(part.profile.emerging.empty());
  CHECK(part.profile.counts == Counts{1, 0, 0, 0, 0});
  CHECK(part.profile.summary == "no levelled evidence");
  CHECK(part.profile.rationale ==
        "Not yet at level 1: level 1 needs at least 75% (1 of 1 standard), has 0; 1 current item "
        "with no "
        "impact level does not count (E7).");
  CHECK(impact.operating_percent == 75);
}

TEST_CASE("below level 1 the evidence there is shows as emerging", "[engine][impact]") {
  Builder b;
  b.area("a").standard("1", "a", 1).standard("2", "a", 1).standard("3", "a", 1);
  b.item("E1", 3, {"2.1"});
  const AreaImpact area = b.assess().areas.at(0);
  CHECK(area.profile.operating == 0);
  CHECK(area.profile.emerging == std::vector<int>{1, 2, 3});
  CHECK(area.profile.emerging_members == Ids{{"2"}, {"2"}, {"2"}});
  CHECK(area.profile.summary == "not yet at level 1, with level 3 evidence in standard 2");
  CHECK(
      area.profile.rationale ==
      "Not yet at level 1: level 1 needs at least 75% (3 of 3 standards), has 1; levels 1 to 3 are "
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
        "Operating at level 1: 1 of 1 applicable point (100%) has current evidence at level 1 or "
        "above (E1, E2, E3, E4, E5, E6 and 6 more); level 2 needs at least 75% (1 of 1 applicable "
        "point), "
        "has 0.");
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

}  // namespace s11
