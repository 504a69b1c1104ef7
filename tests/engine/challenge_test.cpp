#include "engine/challenge.h"

#include <catch2/catch.hpp>

#include "engine/impact.h"
#include "engine/scoring.h"

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";

/// OSCB's scheme, areas and impact model with small standards: `layout` gives per standard
/// its id, its area and its points (ids starting with '!' are essential).
Framework framework_of(
    const std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>& layout) {
  Framework f = load_framework(kStandardsDir + "oscb-2015.xml");
  f.standards.clear();
  for (const auto& [id, area, points] : layout) {
    Standard s;
    s.id = id;
    s.title = "Standard " + id;
    s.area = area;
    for (const auto& point : points) {
      Point p;
      p.essential = point[0] == '!';
      p.id = p.essential ? point.substr(1) : point;
      p.requirement = "Requirement " + p.id;
      p.action = "Do " + p.id;
      s.points.push_back(p);
    }
    f.standards.push_back(s);
  }
  return f;
}

EvidenceItem item(const std::string& id, Date date, std::vector<std::string> points, int level,
                  bool best_practice = false) {
  EvidenceItem e;
  e.id = id;
  e.title = "Item " + id;
  e.type = "policy";
  e.date = date;
  e.points = std::move(points);
  e.impact_level = level;
  e.best_practice = best_practice;
  return e;
}

EvidenceItem survey(const std::string& question, std::vector<std::string> points,
                    const std::string& finding, bool contradicts) {
  EvidenceItem e = item("S-" + question, Date{2015, 11, 20}, std::move(points), 2);
  e.type = "survey";
  e.title = "Staff survey: " + finding;
  e.finding = finding;
  e.survey_question = question;
  e.shows = contradicts ? EvidenceShows::kContradicts : EvidenceShows::kSupports;
  return e;
}

Audit base_audit() {
  Audit audit;
  audit.config.audit_date = Date{2015, 11, 30};
  audit.config.currency_months = 24;
  return audit;
}

void met(Audit& audit, std::initializer_list<const char*> ids) {
  for (const char* id : ids) audit.assessments[id].status = PointStatus::kMet;
}

std::vector<ChallengeItem> challenge_of(const Audit& audit) {
  AuditResult result = score_audit(audit);
  ImpactResult impact = assess_impact(audit, result);
  return build_challenge(audit, result, impact);
}

const std::string kEscalation =
    "58% of 48 staff know how to escalate a disagreement with another agency; threshold 80%";

/// Four standards in three areas, with one thing to challenge of each kind and an over-claimed
/// overall rating.
Audit constructed_audit() {
  Audit audit = base_audit();
  audit.framework = framework_of({{"1", "leadership", {"!1.1", "1.2", "1.3"}},
                                  {"2", "policies", {"2.1", "2.2"}},
                                  {"3", "leadership", {"!3.1", "3.2"}},
                                  {"4", "partnership", {"4.1", "4.2"}}});
  met(audit, {"1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"});
  audit.evidence = {
      item("E1", {2015, 3, 18}, {"1.1"}, 1),       item("E2", {2015, 4, 1}, {"1.2"}, 2),
      item("E3", {2012, 6, 12}, {"1.3"}, 2, true),  // stale best-practice example
      item("E4", {2014, 10, 1}, {"2.1"}, 1),       item("E5", {2015, 2, 25}, {"2.2"}, 2),
      item("E6", {2013, 5, 14}, {"3.1"}, 1),  // stale
      item("E7", {2015, 6, 30}, {"3.2"}, 1),       item("E8", {2015, 9, 22}, {"3.2"}, 2),
      item("E9", {2015, 7, 31}, {"4.1"}, 3),       item("E10", {2015, 1, 20}, {"4.2"}, 2),
      survey("q07", {"4.2"}, kEscalation, true),
  };
  audit.agency_ratings = {{"1", "Blue"}, {"2", "Blue"}, {"3", "Green"}, {"4", "Green"}};
  audit.agency_overall_rating = "Blue";
  return audit;
}

}  // namespace

TEST_CASE("challenge list ranks the categories and words each question", "[engine][challenge]") {
  const Audit audit = constructed_audit();
  const std::vector<ChallengeItem> items = challenge_of(audit);
  REQUIRE(items.size() == 9);
  for (std::size_t i = 0; i < items.size(); ++i) CHECK(items[i].rank == static_cast<int>(i) + 1);

  // 1. Over-claims: Blue -> Amber (two levels) first; then Green -> Amber with an essential
  // gap before Blue -> Green without one; the overall rating last.
  CHECK(items[0].category == ChallengeCategory::kOverClaim);
  CHECK(items[0].standard_id == "1");
  CHECK(items[0].area_id == "leadership");
  CHECK(items[0].area_title == "Leadership and accountability");
  CHECK(items[0].question ==
        "Standard 1 is rated Blue but the evidence supports Amber: what current evidence shows "
        "that point 1.3 is met, and which current example of best practice can you share?");
  CHECK(items[0].why ==
        "Blue needs 100% of points evidenced, has 67%; needs a current best-practice example, "
        "has none; 3 of 3 applicable points met, 2 evidenced; 1.3 has only stale evidence: E3 "
        "(12 June 2012); the only best-practice example is stale: E3 (12 June 2012)");
  CHECK(items[1].standard_id == "3");
  CHECK(items[1].question ==
        "Standard 3 is rated Green but the evidence supports Amber: what current evidence shows "
        "that point 3.1 is met?");
  CHECK(items[1].why ==
        "Green needs 75% of points evidenced, has 50%; 2 of 2 applicable points met, 1 "
        "evidenced; 3.1 has only stale evidence: E6 (14 May 2013)");
  CHECK(items[2].standard_id == "2");
  CHECK(items[2].question ==
        "Standard 2 is rated Blue but the evidence supports Green: which current example of "
        "best practice can you share?");
  CHECK(items[2].why ==
        "Blue needs a current best-practice example, has none; 2 of 2 applicable points met, 2 "
        "evidenced; no supporting evidence is marked best practice");
  CHECK(items[3].category == ChallengeCategory::kOverClaim);
  CHECK(items[3].standard_id == "Overall");
  CHECK(items[3].question ==
        "The overall rating is Blue but the evidence supports Green: what current evidence "
        "shows that points 1.3 and 3.1 are met, and which current example of best practice can "
        "you share?");

  // 2. The essential point with only stale evidence.
  CHECK(items[4].category == ChallengeCategory::kStaleEssential);
  CHECK(items[4].point_id == "3.1");
  CHECK(items[4].standard_id == "3");
  CHECK(items[4].question ==
        "Essential point 3.1 is self-assessed Met but its only evidence is stale (the latest "
        "from 14 May 2013): what current evidence shows it is still met?");
  CHECK(items[4].why ==
        "3.1 \"Requirement 3.1\"; only stale evidence, dated before 30 November 2013: E6 (14 May "
        "2013)");

  // 3. Met on level-1 evidence only: the essential point first. 3.2 has level 1 and level 2
  // evidence, so it is not here.
  CHECK(items[5].category == ChallengeCategory::kLevelOneOnly);
  CHECK(items[5].point_id == "1.1");
  CHECK(items[5].question ==
        "Point 1.1 is self-assessed Met on level-1 evidence only (a policy or process exists): "
        "what shows it reaches practice?");
  CHECK(items[5].why ==
        "1.1 \"Requirement 1.1\"; current evidence: E1 (policy, level 1, 18 March 2015); "
        "standard 1 rated Blue by the agency");
  CHECK(items[6].category == ChallengeCategory::kLevelOneOnly);
  CHECK(items[6].point_id == "2.1");

  // 4. The survey result that contradicts a Met point of a standard rated Green.
  CHECK(items[7].category == ChallengeCategory::kSurveyContradicts);
  CHECK(items[7].point_id == "4.2");
  CHECK(items[7].question ==
        "Point 4.2 is self-assessed Met and standard 4 is rated Green, but the staff survey "
        "finds 58% of 48 staff know how to escalate a disagreement with another agency "
        "(threshold 80%): which is right, and what will close the gap?");
  CHECK(items[7].why ==
        "S-q07 (survey, level 2, 20 November 2015): " + kEscalation +
            "; point 4.2 self-assessed Met; standard 4 rated Green by the agency, Green by the "
            "evidence");

  // 5. Policies and procedures: standard 2 rated Blue claims level 3; it operates at level 2.
  // Leadership (Blue and Green: the lower middle claim is level 2) operates at level 2.
  CHECK(items[8].category == ChallengeCategory::kImpactBelowClaim);
  CHECK(items[8].area_id == "policies");
  CHECK(items[8].standard_id.empty());
  CHECK(items[8].point_id.empty());
  CHECK(items[8].question ==
        "Policies and procedures operates at impact level 2, but the agency's ratings of its "
        "standards claim level 3: what evidence at level 3 (Outcomes for children and families) "
        "can you show?");
  CHECK(items[8].why.rfind("agency ratings: 2 Blue (level 3); median claim: level 3; Operating "
                           "at level 2: ",
                           0) == 0);
}

TEST_CASE("challenge list is deterministic", "[engine][challenge]") {
  const Audit audit = constructed_audit();
  const auto first = challenge_of(audit);
  const auto second = challenge_of(audit);
  REQUIRE(first.size() == second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].question == second[i].question);
    CHECK(first[i].why == second[i].why);
  }
}

TEST_CASE("challenge categories stop at their boundaries", "[engine][challenge]") {
  Audit audit = base_audit();
  audit.framework = framework_of({{"1", "leadership", {"!1.1", "1.2", "1.3", "1.4"}},
                                  {"2", "leadership", {"!2.1", "2.2", "2.3"}}});
  // No agency ratings unless a section gives them, so nothing is over-claimed.

  SECTION("a Met point with level-1 and level-2 current evidence is not level-1 only") {
    met(audit, {"1.1"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1"}, 1), item("E2", {2015, 3, 2}, {"1.1"}, 2)};
    for (const auto& c : challenge_of(audit)) CHECK(c.category != ChallengeCategory::kLevelOneOnly);
  }
  SECTION("a Met point with level-1 and unlevelled current evidence is level-1 only") {
    met(audit, {"1.2"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.2"}, 1), item("E2", {2015, 3, 2}, {"1.2"}, 0)};
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 1);
    CHECK(items[0].category == ChallengeCategory::kLevelOneOnly);
    CHECK(items[0].why ==
          "1.2 \"Requirement 1.2\"; current evidence: E1 (policy, level 1, 1 March 2015), E2 "
          "(policy, no level, 2 March 2015)");
  }
  SECTION("a Met point with only unlevelled evidence, or a Partly met one on level 1, is not") {
    met(audit, {"1.2"});
    audit.assessments["1.3"].status = PointStatus::kPartlyMet;
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.2"}, 0), item("E2", {2015, 3, 2}, {"1.3"}, 1)};
    CHECK(challenge_of(audit).empty());
  }
  SECTION("an essential point with stale and current evidence is not stale-only") {
    met(audit, {"1.1"});
    audit.evidence = {item("E1", {2013, 11, 29}, {"1.1"}, 2),
                      item("E2", {2013, 11, 30}, {"1.1"}, 2)};  // first day of the window
    CHECK(challenge_of(audit).empty());
  }
  SECTION("an essential point Not met with only stale evidence is asked when it will be met") {
    audit.assessments["1.1"].status = PointStatus::kNotMet;
    audit.evidence = {item("E1", {2013, 11, 29}, {"1.1"}, 2)};
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 1);
    CHECK(items[0].question ==
          "Essential point 1.1 is self-assessed Not met and its only evidence is stale (the "
          "latest from 29 November 2013): what current evidence is there, and when will it be "
          "met?");
  }
  SECTION("a point that is not essential with only stale evidence is not in category 2") {
    met(audit, {"1.2"});
    audit.evidence = {item("E1", {2012, 1, 1}, {"1.2"}, 2)};
    CHECK(challenge_of(audit).empty());
  }
  SECTION("a contradicting survey result counts only against Met or a rating needing all met") {
    audit.assessments["1.4"].status = PointStatus::kPartlyMet;
    audit.assessments["2.2"].status = PointStatus::kPartlyMet;
    audit.agency_ratings = {{"1", "Amber"},   // Amber needs half the points met
                            {"2", "Green"}};  // Green needs every point met
    met(audit, {"2.1", "2.3", "1.3"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"2.1", "2.3", "1.3"}, 2),
                      survey("q01", {"1.4"}, "40% of 10 staff know it; threshold 90%", true),
                      survey("q02", {"2.2"}, "50% of 10 staff know it; threshold 90%", true),
                      survey("q03", {"1.3"}, "95% of 10 staff know it; threshold 90%", false)};
    auto items = challenge_of(audit);
    std::vector<ChallengeItem> surveys;
    for (const auto& c : items) {
      if (c.category == ChallengeCategory::kSurveyContradicts) surveys.push_back(c);
    }
    REQUIRE(surveys.size() == 1);
    CHECK(surveys[0].point_id == "2.2");
    CHECK(surveys[0].question ==
          "Standard 2 is rated Green, which needs every point met, but the staff survey finds "
          "50% of 10 staff know it (threshold 90%) for point 2.2: which is right, and what will "
          "close the gap?");
  }
  SECTION("an area operating at its ratings' claim is not challenged; one below it is") {
    met(audit, {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1", "1.2", "1.3", "1.4"}, 2),
                      item("E2", {2015, 3, 1}, {"2.1", "2.2", "2.3"}, 2)};
    audit.agency_ratings = {{"1", "Green"}, {"2", "Green"}};  // claim level 2, operating 2
    CHECK(challenge_of(audit).empty());
    audit.evidence[1].impact_level = 1;  // standard 2 now at level 1: 1 of 2 at level 2
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 4);  // 2.1, 2.2, 2.3 on level 1, then the area
    CHECK(items[3].category == ChallengeCategory::kImpactBelowClaim);
    CHECK(items[3].question ==
          "Leadership and accountability operates at impact level 1, but the agency's ratings "
          "of its standards claim level 2: what evidence at level 2 (Practitioners' experience "
          "and attitudes) can you show?");
  }
  SECTION("an area with no rated standard is not challenged") {
    met(audit, {"1.1"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1"}, 2)};
    CHECK(challenge_of(audit).empty());
  }
}

TEST_CASE("over-claims with equal gaps rank by essential gaps, then framework order",
          "[engine][challenge]") {
  Audit audit = base_audit();
  audit.framework = framework_of({{"1", "leadership", {"1.1", "1.2"}},
                                  {"2", "leadership", {"!2.1", "2.2"}},
                                  {"3", "leadership", {"3.1", "3.2"}}});
  met(audit, {"1.1", "2.1", "2.2", "3.1"});
  audit.evidence = {item("E1", {2015, 3, 1}, {"1.1", "2.2", "3.1"}, 2)};
  audit.agency_ratings = {{"1", "Green"}, {"2", "Green"}, {"3", "Green"}};
  auto items = challenge_of(audit);
  REQUIRE(items.size() >= 3);
  CHECK(items[0].standard_id == "2");  // Green -> Amber, essential 2.1 unevidenced
  CHECK(items[1].standard_id == "1");  // Green -> Amber (1.2 not met)
  CHECK(items[2].standard_id == "3");
  CHECK(items[1].question ==
        "Standard 1 is rated Green but the evidence supports Amber: how can it be Green while "
        "point 1.2 is not met?");
  CHECK(items[1].why ==
        "Green needs 100% of points met, has 50%; needs 75% of points evidenced, has 50%; 1 of "
        "2 applicable points met, 1 evidenced; self-assessed 1.2 no status");
}

TEST_CASE("challenge category labels", "[engine][challenge]") {
  CHECK(challenge_category_label(ChallengeCategory::kOverClaim) == "Over-claimed rating");
  CHECK(challenge_category_label(ChallengeCategory::kStaleEssential) ==
        "Essential point, only stale evidence");
  CHECK(challenge_category_label(ChallengeCategory::kLevelOneOnly) ==
        "Met on level-1 evidence only");
  CHECK(challenge_category_label(ChallengeCategory::kSurveyContradicts) ==
        "Staff survey contradicts");
  CHECK(challenge_category_label(ChallengeCategory::kImpactBelowClaim) ==
        "Impact below the ratings' claim");
}

}  // namespace s11
