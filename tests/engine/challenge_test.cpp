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

/// A register item marked Contradicts for `points`, e.g. a focus group's finding.
EvidenceItem contradicting(const std::string& id, const std::string& title, Date date,
                           std::vector<std::string> points, int level) {
  EvidenceItem e = item(id, date, std::move(points), level);
  e.type = "focus group";
  e.title = title;
  e.shows = EvidenceShows::kContradicts;
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

/// Five standards in three areas, with something to challenge in every category and an
/// over-claimed overall rating:
///  1 (Blue): 1.2 contradicted by a focus group, 1.3 only stale evidence, no current example;
///  2 (Blue): all evidenced, no current best-practice example, 2.1 on level 1 only;
///  3 (Green): essential 3.1 only stale evidence;
///  4 (Green): 4.2 contradicted by a staff survey result below its threshold;
///  5 (Green): essential 5.1 Partly met, 5.2 Not met.
Audit constructed_audit() {
  Audit audit = base_audit();
  audit.framework = framework_of({{"1", "leadership", {"!1.1", "1.2", "1.3"}},
                                  {"2", "policies", {"2.1", "2.2"}},
                                  {"3", "leadership", {"!3.1", "3.2"}},
                                  {"4", "partnership", {"4.1", "4.2"}},
                                  {"5", "partnership", {"!5.1", "5.2"}}});
  met(audit, {"1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"});
  audit.assessments["5.1"].status = PointStatus::kPartlyMet;
  audit.assessments["5.2"].status = PointStatus::kNotMet;
  audit.evidence = {
      item("E1", {2015, 3, 18}, {"1.1"}, 1),
      item("E2", {2015, 4, 1}, {"1.2"}, 2),
      item("E3", {2012, 6, 12}, {"1.3"}, 2, true),  // stale best-practice example
      item("E4", {2014, 10, 1}, {"2.1"}, 1),
      item("E5", {2015, 2, 25}, {"2.2"}, 2),
      item("E6", {2013, 5, 14}, {"3.1"}, 1),  // stale
      item("E7", {2015, 6, 30}, {"3.2"}, 1),
      item("E8", {2015, 9, 22}, {"3.2"}, 2),
      item("E9", {2015, 7, 31}, {"4.1"}, 3),
      item("E10", {2015, 1, 20}, {"4.2"}, 2),
      survey("q07", {"4.2"}, kEscalation, true),
      contradicting("E11", "Staff focus group", {2015, 10, 8}, {"1.2"}, 2),
      item("E12", {2015, 5, 1}, {"5.1"}, 2),
  };
  audit.agency_ratings = {
      {"1", "Blue"}, {"2", "Blue"}, {"3", "Green"}, {"4", "Green"}, {"5", "Green"}};
  audit.agency_overall_rating = "Blue";
  return audit;
}

std::vector<ChallengeCategory> categories_of(const std::vector<ChallengeItem>& items) {
  std::vector<ChallengeCategory> out;
  for (const auto& c : items) out.push_back(c.category);
  return out;
}

}  // namespace

TEST_CASE("challenge list ranks contradictions, then over-claims, then evidence gaps",
          "[engine][challenge]") {
  const Audit audit = constructed_audit();
  const std::vector<ChallengeItem> items = challenge_of(audit);
  // The impact rule leaves contradicted points (1.2, 4.2) out of the level: two areas operate
  // below their ratings' claim.
  REQUIRE(items.size() == 16);
  for (std::size_t i = 0; i < items.size(); ++i) CHECK(items[i].rank == static_cast<int>(i) + 1);
  using C = ChallengeCategory;
  CHECK(categories_of(items) ==
        std::vector<C>{C::kContradicted, C::kContradicted, C::kEssentialPracticeGap, C::kOverClaim,
                       C::kOverClaim, C::kOverClaim, C::kOverClaim, C::kOverClaim, C::kOverClaim,
                       C::kEvidenceGap, C::kEvidenceGap, C::kPracticeGap, C::kLevelOneOnly,
                       C::kLevelOneOnly, C::kImpactBelowClaim, C::kImpactBelowClaim});

  // 1. Points that evidence contradicts, in framework order (neither is essential): a register
  // item marked Contradicts, then a staff survey result below its threshold.
  CHECK(items[0].point_id == "1.2");
  CHECK(items[0].standard_id == "1");
  CHECK(items[0].area_id == "leadership");
  CHECK(items[0].area_title == "Leadership and accountability");
  CHECK(items[0].question ==
        "Point 1.2 is self-assessed Met, but E11 Staff focus group (8 October 2015) shows "
        "otherwise: which is right, and what will close the gap?");
  CHECK(items[0].why ==
        "1.2 \"Requirement 1.2\"; contradicting evidence: E11 (focus group, level 2, 8 October "
        "2015): Staff focus group; standard 1 rated Blue by the agency, Amber by the evidence");
  CHECK(items[1].point_id == "4.2");
  CHECK(items[1].question ==
        "Point 4.2 is self-assessed Met, but the staff survey finds 58% of 48 staff know how to "
        "escalate a disagreement with another agency (threshold 80%): which is right, and what "
        "will close the gap?");
  CHECK(items[1].why ==
        "4.2 \"Requirement 4.2\"; contradicting evidence: S-q07 (survey, level 2, 20 November "
        "2015): 58% of 48 staff know how to escalate a disagreement with another agency "
        "(threshold 80%); standard 4 rated Green by the agency, Amber by the evidence");
  // The essential practice gap: Partly met is asked about as partly met.
  CHECK(items[2].point_id == "5.1");
  CHECK(items[2].question ==
        "Essential point 5.1 is self-assessed Partly met: which part is not yet in place, and "
        "by when will it be?");
  CHECK(items[2].why ==
        "5.1 \"Requirement 5.1\"; self-assessed Partly met; standard 5 rated Green by the "
        "agency, Red by the evidence");

  // 2. Over-claims: those whose first reason is contradicting evidence (1, 4), the bigger gap
  // first; then 5 (two levels), 2 and 3 (one level each, framework order); the overall last.
  CHECK(items[3].standard_id == "1");
  CHECK(items[3].point_id.empty());
  CHECK(items[3].question ==
        "Standard 1 is rated Blue but the evidence supports Amber, because evidence contradicts "
        "point 1.2, point 1.3 lacks current evidence and there is no current best-practice "
        "example: which is right, the rating or the evidence?");
  CHECK(items[3].why ==
        "Blue needs 100% of points met, has 67% (1 contradicted by evidence); needs 100% of "
        "points evidenced, has 67%; needs a current best-practice example, has none; 2 of 3 "
        "applicable points met, 2 evidenced; "
        "contradicting evidence: 1.2: E11 (8 October 2015); the only best-practice example is "
        "stale: E3 (12 June 2012)");
  CHECK(items[4].standard_id == "4");
  CHECK(items[4].question ==
        "Standard 4 is rated Green but the evidence supports Amber, because evidence contradicts "
        "point 4.2: which is right, the rating or the evidence?");
  CHECK(items[5].standard_id == "5");
  CHECK(items[5].question ==
        "Standard 5 is rated Green but the evidence supports Red, because point 5.1 is "
        "self-assessed Partly met and point 5.2 is self-assessed Not met and point 5.2 lacks "
        "current evidence: will the rating be corrected, or what shows these points are met in "
        "full?");
  CHECK(items[6].standard_id == "2");
  CHECK(items[6].question ==
        "Standard 2 is rated Blue but the evidence supports Green, because there is no current "
        "best-practice example: which current example of best practice can you share?");
  CHECK(items[6].why ==
        "Blue needs a current best-practice example, has none; 2 of 2 applicable points met, 2 "
        "evidenced");
  CHECK(items[7].standard_id == "3");
  CHECK(items[7].question ==
        "Standard 3 is rated Green but the evidence supports Amber, because point 3.1 lacks "
        "current evidence: what current evidence shows that point 3.1 is met?");
  CHECK(items[8].standard_id == "Overall");
  CHECK(items[8].question.rfind("The overall rating is Blue but the evidence supports ", 0) == 0);

  // 3. Evidence gaps, one per standard: the one with an essential point first.
  CHECK(items[9].standard_id == "3");
  CHECK(items[9].point_id.empty());
  CHECK(items[9].question ==
        "Point 3.1 is self-assessed Met with no current evidence: where is it filed?");
  CHECK(items[9].why ==
        "standard 3 \"Standard 3\"; essential: 3.1; only stale evidence, dated before 30 "
        "November 2013: 3.1: E6 (14 May 2013); standard 3 rated Green by the agency, Amber by "
        "the evidence");
  CHECK(items[10].standard_id == "1");
  CHECK(items[10].question ==
        "Point 1.3 is self-assessed Met with no current evidence: where is it filed?");

  // The rest: the other practice gap, Met points on level-1 evidence (the essential one
  // first), areas below their ratings' claim (only policies: partnership is not below the
  // level 2 its Green ratings claim).
  CHECK(items[11].point_id == "5.2");
  CHECK(items[11].question ==
        "Point 5.2 is self-assessed Not met: what is being done, and by when will it be met?");
  CHECK(items[12].point_id == "1.1");
  CHECK(items[12].question ==
        "Point 1.1 is self-assessed Met on level-1 evidence only (a policy or process exists): "
        "what shows it reaches practice?");
  CHECK(items[12].why ==
        "1.1 \"Requirement 1.1\"; current evidence: E1 (policy, level 1, 18 March 2015); "
        "standard 1 rated Blue by the agency");
  CHECK(items[13].point_id == "2.1");
  CHECK(items[14].area_id == "policies");
  CHECK(items[14].standard_id.empty());
  CHECK(items[14].question ==
        "Policies and procedures operates at impact level 1, but the agency's ratings of its "
        "standards claim level 3: what evidence at level 3 (Outcomes for children and families) "
        "can you show?");
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
  // No agency ratings unless a section gives them, so nothing is over-claimed; points are Not
  // applicable unless a section gives them a status, so they are no evidence gaps.
  for (const auto& standard : audit.framework.standards) {
    for (const auto& point : standard.points) {
      audit.assessments[point.id].status = PointStatus::kNotApplicable;
    }
  }

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
  SECTION("a Met point with only unlevelled evidence is not level-1 only") {
    met(audit, {"1.2"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.2"}, 0)};
    CHECK(challenge_of(audit).empty());
  }
  SECTION("a Partly met point is asked about as partly met, on level-1 evidence or not") {
    audit.assessments["1.3"].status = PointStatus::kPartlyMet;
    audit.evidence = {item("E2", {2015, 3, 2}, {"1.3"}, 1)};
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 1);
    CHECK(items[0].category == ChallengeCategory::kPracticeGap);
    CHECK(items[0].question ==
          "Point 1.3 is self-assessed Partly met: which part is not yet in place, and by when "
          "will it be?");
  }
  SECTION("a Met point shown only in part is a practice gap") {
    met(audit, {"1.1"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1"}, 2)};
    audit.evidence[0].shows = EvidenceShows::kPartly;
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 1);
    CHECK(items[0].category == ChallengeCategory::kEssentialPracticeGap);
    CHECK(items[0].question ==
          "Essential point 1.1 is self-assessed Met, but its current evidence shows it only in "
          "part: what shows it is met in full?");
  }
  SECTION("a contradicted point is asked about once, whatever its status") {
    audit.assessments["1.4"].status = PointStatus::kPartlyMet;
    met(audit, {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1", "1.2", "1.3", "2.1", "2.2", "2.3"}, 2),
                      survey("q01", {"1.4"}, "40% of 10 staff know it; threshold 90%", true),
                      survey("q02", {"1.4"}, "50% of 10 staff know it; threshold 90%", true),
                      survey("q03", {"1.3"}, "95% of 10 staff know it; threshold 90%", false)};
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 1);
    CHECK(items[0].category == ChallengeCategory::kContradicted);
    CHECK(items[0].point_id == "1.4");
    CHECK(items[0].question ==
          "Point 1.4 is self-assessed Partly met, and the staff survey finds 40% of 10 staff "
          "know it (threshold 90%) and the staff survey finds 50% of 10 staff know it "
          "(threshold 90%): what will close the gap, and by when?");
  }
  SECTION("evidence gaps of a standard are one question") {
    met(audit, {"1.1", "1.2", "1.3"});
    for (const char* id : {"1.4", "2.1", "2.2", "2.3"}) {
      audit.assessments[id].status = PointStatus::kNotAnswered;
    }
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.2"}, 2)};
    auto items = challenge_of(audit);
    REQUIRE(items.size() == 2);
    CHECK(items[0].category == ChallengeCategory::kEvidenceGap);
    CHECK(items[0].standard_id == "1");
    CHECK(items[0].question ==
          "Points 1.1 and 1.3 are self-assessed Met with no current evidence, and point 1.4 "
          "has no status recorded: where is the evidence filed, and is 1.4 met?");
    CHECK(items[0].why == "standard 1 \"Standard 1\"; essential: 1.1");
    CHECK(items[1].category == ChallengeCategory::kEvidenceGap);
    CHECK(items[1].standard_id == "2");  // 2.1 is essential too: framework order
    CHECK(items[1].question ==
          "Points 2.1, 2.2 and 2.3 have no status recorded: are they met, and where is the "
          "evidence filed?");
  }
  SECTION("an area operating at its ratings' claim is not challenged; one below it is") {
    met(audit, {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3"});
    audit.evidence = {item("E1", {2015, 3, 1}, {"1.1", "1.2", "1.3", "1.4"}, 2),
                      item("E2", {2015, 3, 1}, {"2.1", "2.2", "2.3"}, 2)};
    audit.agency_ratings = {{"1", "Green"}, {"2", "Green"}};  // claim level 2, operating 2
    CHECK(challenge_of(audit).empty());
    audit.evidence[1].impact_level = 1;  // standard 2 now at level 1
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

TEST_CASE("over-claims rank contradicted first, then by gap, then framework order",
          "[engine][challenge]") {
  Audit audit = base_audit();
  audit.framework = framework_of({{"1", "leadership", {"1.1", "1.2"}},
                                  {"2", "leadership", {"!2.1", "2.2"}},
                                  {"3", "leadership", {"3.1", "3.2"}}});
  met(audit, {"1.1", "1.2", "2.1", "2.2", "3.1", "3.2"});
  audit.evidence = {item("E1", {2015, 3, 1}, {"1.1", "1.2", "2.2", "3.1", "3.2"}, 2),
                    survey("q01", {"3.2"}, "40% of 10 staff know it; threshold 90%", true)};
  audit.agency_ratings = {{"1", "Blue"}, {"2", "Green"}, {"3", "Green"}};
  std::vector<ChallengeItem> over;
  for (const auto& c : challenge_of(audit)) {
    if (c.category == ChallengeCategory::kOverClaim) over.push_back(c);
  }
  REQUIRE(over.size() == 3);
  CHECK(over[0].standard_id == "3");  // Green -> Amber, contradicted
  CHECK(over[1].standard_id == "1");  // Blue -> Green: one level, framework order
  CHECK(over[2].standard_id == "2");  // Green -> Amber: one level (an essential gap or not)
  CHECK(over[2].question ==
        "Standard 2 is rated Green but the evidence supports Amber, because point 2.1 lacks "
        "current evidence: what current evidence shows that point 2.1 is met?");
}

TEST_CASE("challenge category labels", "[engine][challenge]") {
  using C = ChallengeCategory;
  CHECK(challenge_category_label(C::kContradicted) == "Evidence contradicts");
  CHECK(challenge_category_label(C::kEssentialPracticeGap) == "Essential practice gap");
  CHECK(challenge_category_label(C::kOverClaim) == "Over-claimed rating");
  CHECK(challenge_category_label(C::kEvidenceGap) == "Evidence gap");
  CHECK(challenge_category_label(C::kPracticeGap) == "Practice gap");
  CHECK(challenge_category_label(C::kLevelOneOnly) == "Met on level-1 evidence only");
  CHECK(challenge_category_label(C::kImpactBelowClaim) == "Impact below the ratings' claim");
}

}  // namespace s11
