#include "engine/scoring.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";

Tally tally(int applicable, int met, int evidenced, int best_practice, int essential_not_met = 0) {
  Tally t;
  t.points = applicable;
  t.applicable = applicable;
  t.met = met;
  t.evidenced = evidenced;
  t.best_practice = best_practice;
  t.essential_not_met = essential_not_met;
  return t;
}

std::string rated(const RatingScheme& scheme, const Tally& t) {
  const RatingLevel* level = rate(scheme, t);
  return level ? level->name : "none";
}

/// A framework of one standard with `n` points, the first `essential` of them essential.
Framework small_framework(int n, int essential = 0) {
  Framework f = load_framework(kStandardsDir + "oscb-2015.xml");
  f.standards.resize(1);
  Standard& s = f.standards[0];
  s.points.clear();
  for (int i = 1; i <= n; ++i) {
    Point p;
    p.id = "1." + std::to_string(i);
    p.requirement = "Requirement " + std::to_string(i);
    p.action = "Do " + std::to_string(i);
    p.essential = i <= essential;
    s.points.push_back(p);
  }
  return f;
}

EvidenceItem item(const std::string& id, Date date, std::vector<std::string> points,
                  bool best_practice = false) {
  EvidenceItem e;
  e.id = id;
  e.title = "Item " + id;
  e.type = "policy";
  e.date = date;
  e.points = std::move(points);
  e.best_practice = best_practice;
  return e;
}

}  // namespace

TEST_CASE("OSCB scheme rates at its boundaries", "[engine][scoring]") {
  const RatingScheme scheme = load_framework(kStandardsDir + "oscb-2015.xml").scheme;
  struct Row {
    Tally t;
    const char* expected = nullptr;
  };
  const Row rows[] = {
      {tally(4, 4, 4, 1), "Blue"},   // all met, all evidenced, an example
      {tally(4, 4, 4, 0), "Green"},  // no example, no blue
      {tally(4, 4, 3, 1), "Green"},  // 75% evidenced is enough for green
      {tally(8, 8, 5, 0), "Amber"},  // 62.5% evidenced: not green
      {tally(4, 3, 4, 1), "Amber"},  // one point not met: never green
      {tally(4, 2, 0, 0), "Amber"},  // exactly 50% met
      {tally(6, 3, 0, 0), "Amber"}, {tally(7, 3, 7, 1), "Red"},    // 42.9% met
      {tally(4, 0, 0, 0), "Red"},   {tally(3, 3, 2, 0), "Amber"},  // 66.7% evidenced, below 75%
      {tally(0, 0, 0, 0), "none"},                                 // nothing applicable
  };
  for (const auto& row : rows) {
    INFO("applicable " << row.t.applicable << " met " << row.t.met << " evidenced "
                       << row.t.evidenced << " examples " << row.t.best_practice);
    CHECK(rated(scheme, row.t) == row.expected);
  }
}

TEST_CASE("Working Together scheme rates at its boundaries", "[engine][scoring]") {
  const RatingScheme scheme = load_framework(kStandardsDir + "working-together-8.xml").scheme;
  struct Row {
    Tally t;
    const char* expected = nullptr;
  };
  const Row rows[] = {
      {tally(5, 5, 4, 0), "Green"},     // exactly 80% evidenced
      {tally(5, 5, 3, 0), "Amber"},     // 60% evidenced
      {tally(5, 5, 5, 1, 0), "Green"},  // no blue in this scheme
      {tally(5, 3, 0, 0), "Amber"},     // exactly 60% met
      {tally(5, 4, 5, 0, 1), "Red"},    // an essential point not met sinks it
      {tally(10, 5, 10, 0), "Red"},     // 50% met
  };
  for (const auto& row : rows) {
    INFO("applicable " << row.t.applicable << " met " << row.t.met << " evidenced "
                       << row.t.evidenced << " essential not met " << row.t.essential_not_met);
    CHECK(rated(scheme, row.t) == row.expected);
  }
}

TEST_CASE("display percentages never round a shortfall away", "[engine][scoring]") {
  CHECK(display_percent(0, 0) == 0);
  CHECK(display_percent(3, 4) == 75);
  CHECK(display_percent(2, 3) == 67);
  CHECK(display_percent(1, 8) == 13);  // 12.5 rounds half up
  CHECK(display_percent(199, 200) == 99);
  CHECK(display_percent(1, 300) == 1);
  CHECK(display_percent(7, 7) == 100);
}

TEST_CASE("shortfall explains what a level needs", "[engine][scoring]") {
  const RatingScheme scheme = load_framework(kStandardsDir + "oscb-2015.xml").scheme;
  CHECK(shortfall(*scheme.find("Blue"), tally(6, 6, 5, 0)) ==
        "needs 100% of points evidenced, has 83%; needs a current best-practice example, has "
        "none");
  CHECK(shortfall(*scheme.find("Green"), tally(6, 6, 5, 0)).empty());
  CHECK(rating_sentence(*scheme.find("Green"), tally(6, 6, 5, 0)) ==
        "Green: all points met and most points evidenced (100% met, 83% evidenced)");
}

TEST_CASE("score_audit counts current and stale evidence and flags claims", "[engine][scoring]") {
  Audit audit;
  audit.framework = small_framework(4, 1);
  audit.config.audit_date = Date{2015, 11, 30};
  audit.config.currency_months = 24;
  for (const char* id : {"1.1", "1.2", "1.3"}) audit.assessments[id].status = PointStatus::kMet;
  audit.assessments["1.4"].status = PointStatus::kNotApplicable;
  audit.assessments["1.4"].justification = "We run no such service.";
  audit.evidence = {item("E1", {2015, 3, 31}, {"1.1"}, true),
                    item("E2", {2013, 11, 30}, {"1.2"}),   // first day of the window: current
                    item("E3", {2013, 11, 29}, {"1.3"})};  // one day older: stale
  audit.agency_ratings["1"] = "Blue";

  AuditResult result = score_audit(audit);
  REQUIRE(result.standards.size() == 1);
  const StandardResult& s = result.standards[0];
  CHECK(result.stale_before == Date{2013, 11, 30});
  CHECK(s.tally.points == 4);
  CHECK(s.tally.applicable == 3);
  CHECK(s.tally.met == 3);
  CHECK(s.tally.evidenced == 2);
  CHECK(s.tally.best_practice == 1);
  CHECK(s.evidence_rating->name == "Amber");  // 67% evidenced
  CHECK(s.agency_rating->name == "Blue");
  CHECK(s.claim == Claim::kOverClaim);
  CHECK(s.points[2].stale.size() == 1);
  CHECK(s.points[2].current.empty());

  // An evidence gap (1.3 Met with only stale evidence), then the over-claim with its cause.
  REQUIRE(result.gaps.size() == 2);
  CHECK(result.gaps[0].kind == GapKind::kEvidence);
  CHECK(result.gaps[0].point == nullptr);
  CHECK(result.gaps[0].point_list() == "1.3");
  CHECK(result.gaps[0].reason ==
        "point 1.3 is self-assessed Met with no current evidence (only stale evidence, older "
        "than 24 months: 1.3: E3 (29 November 2013))");
  CHECK(result.gaps[1].kind == GapKind::kOverClaim);
  CHECK(result.gaps[1].point == nullptr);
  CHECK(result.gaps[1].reason ==
        "over-claimed: agency rated Blue, evidence supports Amber because point 1.3 lacks "
        "current evidence (Blue needs 100% of points evidenced, has 67%)");
  REQUIRE(s.over_claim_reasons.size() == 1);
  CHECK(s.over_claim_reasons[0].cause == OverClaimCause::kLacksEvidence);
  CHECK(s.over_claim_reasons[0].point_ids == std::vector<std::string>{"1.3"});
  CHECK(gap_summary(result.gaps) ==
        "0 practice gaps, 1 evidence gap (1 point in 1 standard to be filed) and 1 over-claimed "
        "rating");
}

TEST_CASE("a month's evidence is as old as the month's first day", "[engine][scoring]") {
  // Audit date 30 May 2015, 24 months: current from 30 May 2013. "May 2013" starts on 1 May
  // 2013, before that day, so it is stale (conservatively, though its last days are not);
  // "June 2013" and "Q1 2013-14" (April to June 2013) are judged by their first days too.
  Audit audit;
  audit.framework = small_framework(3);
  audit.config.audit_date = Date{2015, 5, 30};
  audit.config.currency_months = 24;
  for (const char* id : {"1.1", "1.2", "1.3"}) audit.assessments[id].status = PointStatus::kMet;
  audit.evidence = {item("E1", {2015, 1, 1}, {"1.1"}), item("E2", {2015, 1, 1}, {"1.2"}),
                    item("E3", {2015, 1, 1}, {"1.3"})};
  audit.evidence[0].date = DatePeriod::month(2013, 5);
  audit.evidence[1].date = DatePeriod::month(2013, 6);
  audit.evidence[2].date = DatePeriod::financial_quarter(2013, 1);
  AuditResult result = score_audit(audit);
  CHECK(result.stale_before == Date{2013, 5, 30});
  const StandardResult& s = result.standards.at(0);
  CHECK(s.points[0].stale.size() == 1);
  CHECK(s.points[1].current.size() == 1);
  CHECK(s.points[2].stale.size() == 1);
  REQUIRE(result.gaps.size() >= 1);
  CHECK(result.gaps[0].reason ==
        "points 1.1 and 1.3 are self-assessed Met with no current evidence (only stale "
        "evidence, older than 24 months: 1.1: E1 (May 2013); 1.3: E3 (Q1 2013-14, April to June "
        "2013))");
}

TEST_CASE("evidence that contradicts or shows a point only in part makes a practice gap",
          "[engine][scoring]") {
  Audit audit;
  audit.framework = small_framework(5, 1);
  audit.config.audit_date = Date{2013, 10, 31};
  for (const char* id : {"1.1", "1.2", "1.3", "1.4", "1.5"}) {
    audit.assessments[id].status = PointStatus::kMet;
  }
  audit.evidence = {item("E1", {2013, 3, 31}, {"1.1", "1.2", "1.3"}),
                    item("E2", {2013, 10, 8}, {"1.2"}), item("E3", {2013, 10, 8}, {"1.3"})};
  audit.evidence[1].title = "Staff focus group";
  audit.evidence[1].shows = EvidenceShows::kContradicts;
  audit.evidence[2].shows = EvidenceShows::kPartly;
  audit.evidence.push_back(item("E4", {2013, 10, 8}, {"1.4"}));
  audit.evidence[3].shows = EvidenceShows::kPartly;
  audit.agency_ratings["1"] = "Green";
  AuditResult result = score_audit(audit);
  const StandardResult& s = result.standards[0];
  // 1.2 is contradicted: not met as judged, so Green (100% met) is out of reach.
  CHECK(s.tally.met == 4);
  CHECK(s.tally.contradicted == 1);
  CHECK(s.points[1].practice_gap());
  CHECK(s.points[2].evidenced());  // E1 supports it; E3 only partly
  CHECK_FALSE(s.points[2].practice_gap());
  CHECK(s.points[3].practice_gap());  // Met, and only Partly evidence
  CHECK(s.points[4].evidence_gap());  // Met, nothing at all
  CHECK(s.evidence_rating->name == "Amber");
  REQUIRE(result.gaps.size() == 4);
  CHECK(result.gaps[0].kind == GapKind::kPractice);
  CHECK(result.gaps[0].point->id == "1.2");
  CHECK_FALSE(result.gaps[0].essential);
  CHECK(result.gaps[0].contradicted);
  CHECK(result.gaps[0].reason ==
        "self-assessed Met but evidence contradicts it: E2 Staff focus group (8 October 2013)");
  CHECK(result.gaps[1].point->id == "1.4");
  CHECK(result.gaps[1].reason ==
        "self-assessed Met but current evidence shows it only in part: E4 (8 October 2013)");
  CHECK(result.gaps[2].kind == GapKind::kEvidence);
  CHECK(result.gaps[2].reason == "point 1.5 is self-assessed Met with no current evidence");
  CHECK(result.gaps[3].kind == GapKind::kOverClaim);
  CHECK(result.gaps[3].reason ==
        "over-claimed: agency rated Green, evidence supports Amber because evidence contradicts "
        "point 1.2; points 1.4 and 1.5 lack current evidence (Green needs 100% of points met, has "
        "80% (1 contradicted by evidence); needs 75% of points evidenced, has 60%)");
  CHECK(result.gaps[3].action ==
        "Correct the rating of standard 1 in the return to what the evidence supports, or file "
        "the evidence the rating needs.");
}

TEST_CASE("score_audit lists essential gaps first with every reason", "[engine][scoring]") {
  Audit audit;
  audit.framework = small_framework(3, 1);
  audit.config.audit_date = Date{2015, 11, 30};
  audit.assessments["1.1"].status = PointStatus::kPartlyMet;
  audit.assessments["1.2"].status = PointStatus::kNotMet;
  // 1.3 has no status.
  audit.agency_ratings["1"] = "Red";
  audit.agency_overall_rating = "Red";
  AuditResult result = score_audit(audit);
  REQUIRE(result.gaps.size() == 3);
  CHECK(result.gaps[0].essential);
  CHECK(result.gaps[0].point->id == "1.1");
  CHECK(result.gaps[0].reason == "self-assessed Partly met; no evidence in the register");
  CHECK(result.gaps[1].reason == "self-assessed Not met; no evidence in the register");
  CHECK(result.gaps[2].kind == GapKind::kEvidence);
  CHECK(result.gaps[2].reason == "point 1.3 has no status recorded");
  CHECK(result.standards[0].claim == Claim::kMatches);
  CHECK(result.overall_rating->name == "Red");
  CHECK(result.overall_claim == Claim::kMatches);
}

TEST_CASE("an agency rating below the evidence is an under-claim", "[engine][scoring]") {
  Audit audit;
  audit.framework = small_framework(2);
  audit.config.audit_date = Date{2015, 11, 30};
  for (const char* id : {"1.1", "1.2"}) audit.assessments[id].status = PointStatus::kMet;
  audit.evidence = {item("E1", {2015, 1, 1}, {"1.1", "1.2"})};
  audit.agency_ratings["1"] = "amber";
  AuditResult result = score_audit(audit);
  CHECK(result.standards[0].evidence_rating->name == "Green");
  CHECK(result.standards[0].claim == Claim::kUnderClaim);
  CHECK(result.gaps.empty());
}

TEST_CASE("a standard with every point not applicable gets no rating", "[engine][scoring]") {
  Audit audit;
  audit.framework = small_framework(2);
  audit.config.audit_date = Date{2015, 11, 30};
  for (const char* id : {"1.1", "1.2"}) {
    audit.assessments[id].status = PointStatus::kNotApplicable;
    audit.assessments[id].justification = "No such service.";
  }
  AuditResult result = score_audit(audit);
  CHECK(result.standards[0].evidence_rating == nullptr);
  CHECK(result.overall_rating == nullptr);
  CHECK(result.gaps.empty());
}

}  // namespace s11
