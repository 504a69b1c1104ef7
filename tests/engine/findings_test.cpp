#include "engine/findings.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";
const Date kCurrent{2015, 1, 10};

const std::string kDash = " \u2014 ";

/// An audit on the OSCB scheme built in memory: standards "S" with points "S.1" ... titled
/// "Title S." and "Requirement S.N", each point Met with suggested action "Act S.N" unless
/// changed; items titled "Title ID".
struct Builder {
  Audit audit;
  AuditResult result;
  ImpactResult impact;

  Builder() {
    audit.framework = load_framework(kStandardsDir + "oscb-2015.xml");
    audit.framework.areas.clear();
    audit.framework.standards.clear();
    audit.config.audit_date = Date{2015, 3, 31};
    audit.config.currency_months = 24;
  }

  Builder& area(const std::string& id, const std::string& title) {
    audit.framework.areas.push_back({id, title});
    return *this;
  }

  Builder& standard(const std::string& id, const std::string& area_id, int points) {
    Standard s;
    s.id = id;
    s.title = "Title " + id + ".";
    s.area = area_id;
    for (int i = 1; i <= points; ++i) {
      Point p;
      p.id = id + "." + std::to_string(i);
      p.requirement = "Requirement " + p.id + ".";
      p.action = "Act " + p.id;
      s.points.push_back(p);
      audit.assessments[p.id].status = PointStatus::kMet;
    }
    audit.framework.standards.push_back(s);
    return *this;
  }

  Builder& status(const std::string& point, PointStatus status) {
    audit.assessments[point].status = status;
    return *this;
  }

  Builder& essential(const std::string& point) {
    for (auto& s : audit.framework.standards) {
      for (auto& p : s.points) {
        if (p.id == point) p.essential = true;
      }
    }
    return *this;
  }

  Builder& item(const std::string& id, int level, std::vector<std::string> points,
                EvidenceShows shows = EvidenceShows::kSupports) {
    EvidenceItem e;
    e.id = id;
    e.title = "Title " + id;
    e.type = "Policy";
    e.date = kCurrent;
    e.points = std::move(points);
    e.impact_level = level;
    e.shows = shows;
    audit.evidence.push_back(e);
    return *this;
  }

  /// Scores and assesses impact; the tests then set the operating levels they need, so that
  /// they do not depend on the impact rule (engine/impact.h).
  Builder& assess() {
    result = score_audit(audit);
    impact = assess_impact(audit, result);
    return *this;
  }

  Builder& operating(const std::string& standard_id, int level) {
    for (auto& si : impact.standards) {
      if (si.standard->id == standard_id) si.profile.operating = level;
    }
    return *this;
  }
};

/// Area "a" (Leadership and accountability): standard 1, whole strength; standard 2, a mix.
/// Area "b" (LSCB engagement): standard 3, an evidence gap; standard 4, evidenced at level 2
/// but operating at level 1.
struct Sample : Builder {
  Sample() {
    Builder& b = *this;
    b.area("a", "Leadership and accountability").area("b", "LSCB engagement");
    b.standard("1", "a", 2).standard("2", "a", 8).standard("3", "b", 1).standard("4", "b", 1);
    b.item("E1", 2, {"1.1"}).item("E2", 3, {"1.2", "1.1"});
    b.item("E3", 2, {"2.1"});                                      // 2.1: a strength
    b.item("E7", 1, {"2.2"});                                      // 2.2: level 1 only, no strength
    b.status("2.3", PointStatus::kNotMet).item("E4", 3, {"2.3"});  // a practice gap
    b.item("E5", 3, {"2.4", "2.5"});                               // one strength of two points
    b.item("E6", 2, {"2.6"}, EvidenceShows::kContradicts);         // contradicted
    b.item("E9", 2, {"2.6"});
    b.status("2.7", PointStatus::kPartlyMet).essential("2.7");  // essential practice gap
    // 2.8: Met with no evidence, an evidence gap.
    b.item("E8", 2, {"4.1"});
    b.assess().operating("1", 2).operating("2", 2).operating("3", 0).operating("4", 1);
  }
};

TEST_CASE("findings come one per focus area, in framework order", "[engine][findings]") {
  Sample b;
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  REQUIRE(findings.size() == 2);
  CHECK(findings[0].area == &b.audit.framework.areas[0]);
  CHECK(findings[0].title == "Leadership and accountability");
  REQUIRE(findings[0].standards.size() == 2);
  CHECK(findings[0].standards[0]->id == "1");
  CHECK(findings[0].standards[1]->id == "2");
  CHECK(findings[1].title == "LSCB engagement");
  CHECK(findings[0].recommendation_lead ==
        "In order to strengthen leadership and accountability, the agency should:");
  CHECK(findings[1].recommendation_lead ==
        "In order to strengthen LSCB engagement, the agency should:");
}

TEST_CASE(
    "a standard with every point evidenced at level 2 is one strength; otherwise points "
    "with level 2 evidence and no practice gap are, worded by their evidence",
    "[engine][findings]") {
  Sample b;
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  const auto& a = findings[0].strengths;
  REQUIRE(a.size() == 3);
  CHECK(a[0].standard == &b.audit.framework.standards[0]);
  CHECK(a[0].points.size() == 2);
  CHECK(a[0].text ==
        "Standard 1: Title 1" + kDash + "every point evidenced, operating at level 2 (E1, E2)");
  CHECK(a[1].standard == nullptr);
  CHECK(a[1].text == "Title E3 (E3, level 2)" + kDash + "point 2.1: Requirement 2.1");
  // One item citing two points is one strength; 2.2 (level 1 only), 2.3 (Not met) and 2.6
  // (contradicted, though it has level 2 support too) are none.
  REQUIRE(a[2].points.size() == 2);
  CHECK(a[2].text == "Title E5 (E5, level 3)" + kDash +
                         "point 2.4: Requirement 2.4; point 2.5: Requirement 2.5");

  // Standard 4 is fully evidenced at level 2 but operates at level 1: its point, not the
  // standard, is the strength.
  const auto& bs = findings[1].strengths;
  REQUIRE(bs.size() == 1);
  CHECK(bs[0].standard == nullptr);
  CHECK(bs[0].text == "Title E8 (E8, level 2)" + kDash + "point 4.1: Requirement 4.1");
}

TEST_CASE("a policy existing is not practice: level 1 evidence is no strength",
          "[engine][findings]") {
  Builder b;
  b.area("a", "Policies").standard("1", "a", 1).item("E1", 1, {"1.1"}).assess().operating("1", 2);
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  CHECK(findings.at(0).strengths.empty());
}

TEST_CASE(
    "areas for development: contradicted practice gaps, then essential, then framework "
    "order, then one evidence gap per standard",
    "[engine][findings]") {
  Sample b;
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  const auto& d = findings[0].development;
  REQUIRE(d.size() == 4);
  CHECK(d[0].gap.point->id == "2.6");
  CHECK(d[0].text == "Point 2.6: Requirement 2.6" + kDash +
                         "self-assessed Met but evidence contradicts it: E6 Title E6 (10 "
                         "January 2015)");
  CHECK(d[1].gap.point->id == "2.7");
  CHECK(d[1].text == "Point 2.7 (essential): Requirement 2.7" + kDash +
                         "self-assessed Partly met; no evidence in the register");
  CHECK(d[2].text == "Point 2.3: Requirement 2.3" + kDash + "self-assessed Not met");
  CHECK(d[3].gap.kind == GapKind::kEvidence);
  CHECK(d[3].text == "Standard 2: point 2.8 is self-assessed Met with no current evidence");

  REQUIRE(findings[1].development.size() == 1);
  CHECK(findings[1].development[0].text ==
        "Standard 3: point 3.1 is self-assessed Met with no current evidence");
}

TEST_CASE("the impact block is the area's profile summary and rationale", "[engine][findings]") {
  Sample b;
  b.impact.areas[0].profile.operating = 2;
  b.impact.areas[0].profile.summary = "level 2, with level 3 evidence in standard 2";
  b.impact.areas[0].profile.rationale = "Operating at level 2: because.";
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  CHECK(findings[0].operating == 2);
  CHECK(findings[0].impact_summary == "level 2, with level 3 evidence in standard 2");
  CHECK(findings[0].impact_rationale == "Operating at level 2: because.");
  CHECK(findings[1].impact_summary == b.impact.areas[1].profile.summary);
}

TEST_CASE(
    "without a plan the recommendations are the suggested actions of the area's practice "
    "gaps, each once",
    "[engine][findings]") {
  Sample b;
  b.audit.framework.standards[1].points[6].action = "Act 2.3";  // 2.7 suggests what 2.3 does
  b.assess().operating("1", 2).operating("2", 2);
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  const auto& r = findings[0].recommendations;
  REQUIRE(r.size() == 2);
  CHECK(r[0].text == "Act 2.6");
  CHECK(r[0].standard_id == "2");
  CHECK(r[0].point_id == "2.6");
  CHECK(r[1].text == "Act 2.3");
  CHECK(r[1].point_id == "2.7");
  CHECK(findings[1].recommendations.empty());  // an evidence gap is filed, not acted on
}

TEST_CASE(
    "with a plan the recommendations are its actions for the area's standards, carried "
    "actions already completed left out",
    "[engine][findings]") {
  Sample b;
  ActionPlan plan;
  auto action = [&](const std::string& standard, const std::string& point,
                    const std::string& text) -> PlanAction& {
    PlanAction a;
    a.standard_id = standard;
    a.point_id = point;
    a.action = text;
    a.milestones.push_back(PlanMilestone{});
    a.milestones.back().status = PlanStatus::kGreen;
    plan.actions.push_back(a);
    return plan.actions.back();
  };
  action("2", "2.3", "Fix 2.3");
  action("3", "3.1", "File 3.1");
  action("2", "2.6", "Fix 2.6");
  action("2", "2.7", "Fix 2.3");  // the same text once
  PlanAction& done = action("1", "", "Done last year");
  done.carried = true;
  done.milestones.back().status = PlanStatus::kBlue;
  action("1", "", "Carried, still open").carried = true;
  action("2", "", "Stray lines").unmatched = true;
  action("", "", "No standard");

  const auto findings = area_findings(b.audit, b.result, b.impact, &plan);
  const auto& r = findings[0].recommendations;
  REQUIRE(r.size() == 3);
  CHECK(r[0].text == "Fix 2.3");
  CHECK(r[0].point_id == "2.3");
  CHECK(r[1].text == "Fix 2.6");
  CHECK(r[2].text == "Carried, still open");
  CHECK(r[2].standard_id == "1");
  CHECK(r[2].point_id.empty());
  REQUIRE(findings[1].recommendations.size() == 1);
  CHECK(findings[1].recommendations[0].text == "File 3.1");
}

TEST_CASE("a framework with no focus areas gives one pseudo-area of all standards",
          "[engine][findings]") {
  Builder b;
  b.standard("1", "", 1).standard("2", "", 1).item("E1", 2, {"1.1"}).assess();
  b.impact.standards[0].profile.summary = "level 2";
  b.impact.standards[1].profile.summary = "no levelled evidence";
  const auto findings = area_findings(b.audit, b.result, b.impact, nullptr);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].area == nullptr);
  CHECK(findings[0].title == "All standards");
  CHECK(findings[0].standards.size() == 2);
  CHECK(findings[0].impact_summary == "by standard");
  CHECK(findings[0].impact_rationale == "standard 1: level 2; standard 2: no levelled evidence");
  CHECK(findings[0].recommendation_lead ==
        "In order to strengthen its safeguarding arrangements, the agency should:");
  REQUIRE(findings[0].development.size() == 1);
  CHECK(findings[0].development[0].text ==
        "Standard 2: point 2.1 is self-assessed Met with no current evidence");
}

TEST_CASE("in_short drops a final full stop and cuts after a whole word", "[engine][findings]") {
  CHECK(in_short("Staff are trained.", 80) == "Staff are trained");
  CHECK(in_short("  Staff are trained  ", 80) == "Staff are trained");
  CHECK(in_short("Staff are trained in safeguarding", 20) == "Staff are trained...");
  CHECK(in_short("Staff, trained in safeguarding", 12) == "Staff...");
  CHECK(in_short("Abcdefghijklmnop", 10) == "Abcdefg...");
  CHECK(in_short("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", 5) == "\u00e9\u00e9...");
}

}  // namespace
}  // namespace s11
