#include "engine/challenge.h"

#include <algorithm>
#include <tuple>

#include "base/percent.h"
#include "base/text.h"

namespace s11 {
namespace {

/// Point ids named in one list before "and N more".
constexpr std::size_t kMaxNamed = 6;

/// At most kMaxNamed of `words`, then "and N more".
std::string capped_list(std::vector<std::string> words) {
  if (words.size() > kMaxNamed) {
    std::size_t more = words.size() - kMaxNamed;
    words.resize(kMaxNamed);
    words.push_back(std::to_string(more) + " more");
  }
  return join_list(words, "and");
}

/// "point 3.4", "points 3.4 and 3.5".
std::string points_phrase(const std::vector<std::string>& ids) {
  return (ids.size() == 1 ? "point " : "points ") + capped_list(ids);
}

std::string is_are(std::size_t n) { return n == 1 ? " is" : " are"; }

std::string status_words(PointStatus status) {
  return status == PointStatus::kNotAnswered ? "no status" : status_label(status);
}

/// "E01 (policy, level 1, 18 March 2015)"; "no level" when the item has none.
std::string levelled(const EvidenceItem& item) {
  std::string level =
      item.impact_level > 0 ? "level " + std::to_string(item.impact_level) : "no level";
  return item.id + " (" + item.type + ", " + level + ", " + item.date.long_text() + ")";
}

/// A survey finding as a clause: "58% of 48 staff know ... (threshold 80%)".
std::string finding_clause(const EvidenceItem& item) {
  std::string finding = item.finding.empty() ? item.title : item.finding;
  const std::string marker = "; threshold ";
  if (auto at = finding.rfind(marker); at != std::string::npos) {
    finding = finding.substr(0, at) + " (threshold " + finding.substr(at + marker.size()) + ")";
  }
  return finding;
}

/// The question and the evidence for a rating above what the evidence supports.
struct ClaimDetail {
  std::string asks;  ///< "which current example of best practice can you share?"
  std::string why;
};

ClaimDetail over_claim_detail(const RatingLevel& agency, const Tally& tally,
                              const std::vector<const PointResult*>& points) {
  const bool met_short = !reaches(tally.met, tally.applicable, agency.min_met_percent);
  const bool essential_short = agency.requires_essential_met && tally.essential_not_met > 0;
  const bool evidenced_short =
      !reaches(tally.evidenced, tally.applicable, agency.min_evidenced_percent);
  const bool example_short = agency.requires_best_practice && tally.best_practice == 0;

  std::vector<const PointResult*> not_met;
  std::vector<const PointResult*> unevidenced;
  for (const auto* p : points) {
    if (!p->applicable()) continue;
    bool listed = false;
    if (!p->met() && (met_short || (essential_short && p->point->essential))) {
      not_met.push_back(p);
      listed = true;
    }
    if (evidenced_short && !p->evidenced() && !listed) unevidenced.push_back(p);
  }

  std::vector<std::string> clauses;
  std::vector<std::string> why = {
      agency.name + " " + shortfall(agency, tally),
      std::to_string(tally.met) + " of " + std::to_string(tally.applicable) +
          " applicable points met, " + std::to_string(tally.evidenced) + " evidenced"};
  if (!not_met.empty()) {
    std::vector<std::string> ids;
    std::vector<std::string> statuses;
    for (const auto* p : not_met) {
      ids.push_back(p->point->id + (p->point->essential ? " (essential)" : ""));
      statuses.push_back(p->point->id + " " + status_words(p->assessment.status));
    }
    clauses.push_back("how can it be " + agency.name + " while " + points_phrase(ids) +
                      is_are(ids.size()) + " not met");
    why.push_back("self-assessed " + capped_list(statuses));
  }
  if (!unevidenced.empty()) {
    std::vector<std::string> ids;
    std::vector<std::string> details;
    for (const auto* p : unevidenced) {
      ids.push_back(p->point->id);
      if (!p->stale.empty()) {
        details.push_back(p->point->id + " has only stale evidence: " + dated_list(p->stale));
      } else if (!p->contradicting.empty()) {
        details.push_back(p->point->id + " has only a survey result below threshold: " +
                          dated_list(p->contradicting));
      } else {
        details.push_back(p->point->id + " has no evidence");
      }
    }
    clauses.push_back("what current evidence shows that " + points_phrase(ids) +
                      is_are(ids.size()) + " met");
    why.push_back(capped_list(details));
  }
  if (example_short) {
    clauses.push_back("which current example of best practice can you share");
    std::vector<const EvidenceItem*> stale_examples;
    for (const auto* p : points) {
      if (!p->applicable()) continue;
      for (const auto* item : p->stale) {
        if (item->best_practice &&
            std::find(stale_examples.begin(), stale_examples.end(), item) == stale_examples.end()) {
          stale_examples.push_back(item);
        }
      }
    }
    if (stale_examples.empty()) {
      why.push_back("no supporting evidence is marked best practice");
    } else if (stale_examples.size() == 1) {
      why.push_back("the only best-practice example is stale: " + dated_list(stale_examples));
    } else {
      why.push_back("the best-practice examples are stale: " + dated_list(stale_examples));
    }
  }
  if (clauses.empty()) clauses.push_back("what evidence supports the rating");
  return {join(clauses, ", and ") + "?", join(why, "; ")};
}

/// Applicable essential points not met or not evidenced.
int essential_gaps(const StandardResult& sr) {
  int n = 0;
  for (const auto& p : sr.points) {
    if (p.applicable() && p.point->essential && (!p.met() || !p.evidenced())) ++n;
  }
  return n;
}

/// A challenge item waiting to be ranked within its category.
struct Candidate {
  /// Sort key within the category, smaller first: group, then two numbers, then positions.
  std::tuple<int, int, int, std::size_t, std::size_t, std::size_t> key;
  ChallengeItem item;
};

class Builder {
 public:
  Builder(const Audit& audit, const AuditResult& result, const ImpactResult& impact)
      : audit_(audit), result_(result), impact_(impact) {}

  std::vector<ChallengeItem> build() {
    std::vector<ChallengeItem> items;
    collect();
    for (auto* category : {&over_claims_, &stale_essentials_, &level_one_, &surveys_, &areas_}) {
      std::stable_sort(category->begin(), category->end(),
                       [](const Candidate& a, const Candidate& b) { return a.key < b.key; });
      for (auto& candidate : *category) {
        candidate.item.rank = static_cast<int>(items.size()) + 1;
        items.push_back(std::move(candidate.item));
      }
    }
    return items;
  }

 private:
  ChallengeItem about(ChallengeCategory category, const Standard* standard,
                      const std::string& point_id) const {
    ChallengeItem item;
    item.category = category;
    if (standard) {
      item.standard_id = standard->id;
      item.area_id = standard->area;
      const FocusArea* area = audit_.framework.find_area(standard->area);
      item.area_title = area ? area->title : "";
    }
    item.point_id = point_id;
    return item;
  }

  void collect() {
    const RatingScheme& scheme = audit_.framework.scheme;
    std::vector<const PointResult*> all_points;
    for (std::size_t s = 0; s < result_.standards.size(); ++s) {
      const StandardResult& sr = result_.standards[s];
      std::vector<const PointResult*> points;
      for (const auto& p : sr.points) points.push_back(&p);
      all_points.insert(all_points.end(), points.begin(), points.end());
      if (sr.claim == Claim::kOverClaim) {
        ClaimDetail detail = over_claim_detail(*sr.agency_rating, sr.tally, points);
        ChallengeItem item = about(ChallengeCategory::kOverClaim, sr.standard, "");
        item.question = "Standard " + sr.standard->id + " is rated " + sr.agency_rating->name +
                        " but the evidence supports " + sr.evidence_rating->name + ": " +
                        detail.asks;
        item.why = detail.why;
        const int gap = static_cast<int>(scheme.rank(*sr.evidence_rating)) -
                        static_cast<int>(scheme.rank(*sr.agency_rating));
        over_claims_.push_back({{0, -gap, -essential_gaps(sr), s, 0, 0}, std::move(item)});
      }
      for (std::size_t i = 0; i < sr.points.size(); ++i) point_items(sr, s, i);
    }
    if (result_.overall_claim == Claim::kOverClaim) {
      ClaimDetail detail =
          over_claim_detail(*result_.agency_overall_rating, result_.overall, all_points);
      ChallengeItem item = about(ChallengeCategory::kOverClaim, nullptr, "");
      item.standard_id = "Overall";
      item.question = "The overall rating is " + result_.agency_overall_rating->name +
                      " but the evidence supports " + result_.overall_rating->name + ": " +
                      detail.asks;
      item.why = detail.why;
      over_claims_.push_back({{1, 0, 0, 0, 0, 0}, std::move(item)});
    }
    area_items();
  }

  void point_items(const StandardResult& sr, std::size_t s, std::size_t i) {
    const PointResult& p = sr.points[i];
    if (!p.applicable()) return;
    const std::string& id = p.point->id;
    const bool essential = p.point->essential;
    const std::string rated = sr.agency_rating ? "standard " + sr.standard->id + " rated " +
                                                     sr.agency_rating->name + " by the agency"
                                               : "";

    if (essential && !p.evidenced() && !p.stale.empty()) {
      Date latest = p.stale.front()->date;
      for (const auto* item : p.stale) latest = std::max(latest, item->date);
      ChallengeItem item = about(ChallengeCategory::kStaleEssential, sr.standard, id);
      if (p.met()) {
        item.question = "Essential point " + id +
                        " is self-assessed Met but its only evidence is stale (the latest from " +
                        latest.long_text() + "): what current evidence shows it is still met?";
      } else {
        item.question = "Essential point " + id + " is self-assessed " +
                        status_words(p.assessment.status) +
                        " and its only evidence is stale (the latest from " + latest.long_text() +
                        "): what current evidence is there, and when will it be met?";
      }
      std::vector<std::string> why = {id + " \"" + p.point->requirement + "\"",
                                      "only stale evidence, dated before " +
                                          result_.stale_before.long_text() + ": " +
                                          dated_list(p.stale)};
      if (!p.contradicting.empty()) {
        why.push_back("a current survey result is below threshold: " + dated_list(p.contradicting));
      }
      item.why = join(why, "; ");
      stale_essentials_.push_back({{0, 0, 0, s, i, 0}, std::move(item)});
    }

    if (p.met() && !p.current.empty()) {
      int best = 0;
      for (const auto* e : p.current) best = std::max(best, e->impact_level);
      if (best == 1) {
        ChallengeItem item = about(ChallengeCategory::kLevelOneOnly, sr.standard, id);
        item.question = "Point " + id +
                        " is self-assessed Met on level-1 evidence only (a policy or process "
                        "exists): what shows it reaches practice?";
        std::vector<std::string> parts;
        for (const auto* e : p.current) parts.push_back(levelled(*e));
        std::vector<std::string> why = {id + " \"" + p.point->requirement + "\"",
                                        "current evidence: " + join(parts, ", ")};
        if (!rated.empty()) why.push_back(rated);
        item.why = join(why, "; ");
        // A higher claim resting on policy alone is the more pressing question.
        const int claim = sr.agency_rating
                              ? static_cast<int>(audit_.framework.scheme.rank(*sr.agency_rating))
                              : static_cast<int>(audit_.framework.scheme.levels.size());
        level_one_.push_back({{essential ? 0 : 1, claim, 0, s, i, 0}, std::move(item)});
      }
    }

    const bool claims_all_met = sr.agency_rating && sr.agency_rating->min_met_percent >= 100;
    if (p.met() || claims_all_met) {
      for (std::size_t e = 0; e < p.contradicting.size(); ++e) {
        const EvidenceItem& result = *p.contradicting[e];
        ChallengeItem item = about(ChallengeCategory::kSurveyContradicts, sr.standard, id);
        std::string subject;
        if (p.met() && claims_all_met) {
          subject = "Point " + id + " is self-assessed Met and standard " + sr.standard->id +
                    " is rated " + sr.agency_rating->name;
        } else if (p.met()) {
          subject = "Point " + id + " is self-assessed Met";
        } else {
          subject = "Standard " + sr.standard->id + " is rated " + sr.agency_rating->name +
                    ", which needs every point met";
        }
        item.question = subject + ", but the staff survey finds " + finding_clause(result) +
                        (p.met() ? "" : " for point " + id) +
                        ": which is right, and what will close the gap?";
        std::vector<std::string> why = {
            levelled(result) + ": " + (result.finding.empty() ? result.title : result.finding),
            "point " + id + " self-assessed " + status_words(p.assessment.status)};
        if (sr.agency_rating) {
          why.push_back(rated + (sr.evidence_rating
                                     ? ", " + sr.evidence_rating->name + " by the evidence"
                                     : ""));
        }
        item.why = join(why, "; ");
        // Register order: position of the item in the audit's evidence.
        std::size_t order = static_cast<std::size_t>(&result - audit_.evidence.data());
        if (order >= audit_.evidence.size()) order = e;
        surveys_.push_back({{0, 0, 0, s, i, order}, std::move(item)});
      }
    }
  }

  void area_items() {
    for (std::size_t a = 0; a < impact_.areas.size(); ++a) {
      const AreaImpact& ai = impact_.areas[a];
      if (!ai.area || ai.profile.members == 0) continue;
      std::vector<int> claims;
      std::vector<std::string> ratings;
      for (const auto* standard : ai.standards) {
        const StandardResult* sr = standard_result(standard);
        if (!sr || !sr->agency_rating) continue;
        claims.push_back(sr->agency_rating->expected_impact);
        ratings.push_back(standard->id + " " + sr->agency_rating->name + " (level " +
                          std::to_string(sr->agency_rating->expected_impact) + ")");
      }
      if (claims.empty()) continue;
      std::vector<int> sorted = claims;
      std::sort(sorted.begin(), sorted.end());
      const int claim = sorted[(sorted.size() - 1) / 2];
      const int operating = ai.profile.operating;
      if (operating >= claim) continue;
      ChallengeItem item;
      item.category = ChallengeCategory::kImpactBelowClaim;
      item.area_id = ai.area->id;
      item.area_title = ai.area->title;
      const ImpactLevelInfo* level = audit_.framework.impact.find(claim);
      item.question = ai.area->title + " operates at impact level " + std::to_string(operating) +
                      ", but the agency's ratings of its standards claim level " +
                      std::to_string(claim) + ": what evidence at level " + std::to_string(claim) +
                      (level ? " (" + level->name + ")" : "") + " can you show?";
      item.why = "agency ratings: " + join(ratings, ", ") + "; median claim: level " +
                 std::to_string(claim) + "; " + ai.profile.rationale;
      areas_.push_back({{0, operating - claim, 0, a, 0, 0}, std::move(item)});
    }
  }

  const StandardResult* standard_result(const Standard* standard) const {
    for (const auto& sr : result_.standards) {
      if (sr.standard == standard || (sr.standard && sr.standard->id == standard->id)) return &sr;
    }
    return nullptr;
  }

  const Audit& audit_;
  const AuditResult& result_;
  const ImpactResult& impact_;
  std::vector<Candidate> over_claims_;
  std::vector<Candidate> stale_essentials_;
  std::vector<Candidate> level_one_;
  std::vector<Candidate> surveys_;
  std::vector<Candidate> areas_;
};

}  // namespace

std::string challenge_category_label(ChallengeCategory category) {
  switch (category) {
    case ChallengeCategory::kOverClaim:
      return "Over-claimed rating";
    case ChallengeCategory::kStaleEssential:
      return "Essential point, only stale evidence";
    case ChallengeCategory::kLevelOneOnly:
      return "Met on level-1 evidence only";
    case ChallengeCategory::kSurveyContradicts:
      return "Staff survey contradicts";
    case ChallengeCategory::kImpactBelowClaim:
      return "Impact below the ratings' claim";
  }
  return "";
}

std::vector<ChallengeItem> build_challenge(const Audit& audit, const AuditResult& result,
                                           const ImpactResult& impact) {
  return Builder(audit, result, impact).build();
}

}  // namespace s11
