#include "engine/challenge.h"

#include <algorithm>
#include <map>
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

/// `text` with its first letter in capitals ("points 3.2" -> "Points 3.2").
std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

/// How a point was self-assessed, as the subject of a question: "Point 4.2 is self-assessed
/// Partly met", "Essential point 1.1 has no status recorded".
std::string point_subject(const PointResult& p) {
  std::string subject =
      std::string(p.point->essential ? "Essential point " : "Point ") + p.point->id;
  if (p.assessment.status == PointStatus::kNotAnswered) return subject + " has no status recorded";
  return subject + " is self-assessed " + status_label(p.assessment.status);
}

/// "E01 (policy, level 1, 18 March 2015)"; "no level" when the item has none.
std::string levelled(const EvidenceItem& item) {
  std::string level =
      item.impact_level > 0 ? "level " + std::to_string(item.impact_level) : "no level";
  return item.id + " (" + item.type + ", " + level + ", " + item.date.words() + ")";
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

/// What a contradicting item shows, as a clause: "the staff survey finds 58% of ..." or "E12
/// Staff focus group (8 October 2013) shows otherwise".
std::string contradiction_clause(const EvidenceItem& item) {
  if (!item.finding.empty()) return "the staff survey finds " + finding_clause(item);
  return item.id + " " + item.title + " (" + item.date.words() + ") shows otherwise";
}

/// An over-claim's reason as a clause, point statuses in words: "evidence contradicts point
/// 4.2", "point 5.5 is self-assessed Partly met", "points 1.3 and 1.4 lack current evidence",
/// "there is no current best-practice example".
std::string reason_clause(const OverClaimReason& reason,
                          const std::map<std::string, const PointResult*>& points) {
  const auto& ids = reason.point_ids;
  switch (reason.cause) {
    case OverClaimCause::kContradicted:
      return "evidence contradicts " + points_phrase(ids);
    case OverClaimCause::kNotMet: {
      // Grouped by status, in the order the statuses first occur.
      std::vector<std::string> order;
      std::map<std::string, std::vector<std::string>> by_status;
      for (const auto& id : ids) {
        auto it = points.find(id);
        PointStatus status =
            it == points.end() ? PointStatus::kNotMet : it->second->assessment.status;
        std::string words = status == PointStatus::kNotAnswered
                                ? "no status recorded"
                                : "self-assessed " + status_label(status);
        if (!by_status.count(words)) order.push_back(words);
        by_status[words].push_back(id);
      }
      std::vector<std::string> parts;
      for (const auto& words : order) {
        const auto& group = by_status.at(words);
        const bool one = group.size() == 1;
        parts.push_back(points_phrase(group) +
                        (words == "no status recorded" ? (one ? " has " : " have ")
                                                       : (one ? " is " : " are ")) +
                        words);
      }
      return join_list(parts, "and");
    }
    case OverClaimCause::kLacksEvidence:
      return points_phrase(ids) + (ids.size() == 1 ? " lacks" : " lack") + " current evidence";
    case OverClaimCause::kNoBestPractice:
      break;
  }
  return "there is no current best-practice example";
}

/// The question an over-claim's first reason asks.
std::string reason_ask(const OverClaimReason& reason) {
  const auto& ids = reason.point_ids;
  switch (reason.cause) {
    case OverClaimCause::kContradicted:
      return "which is right, the rating or the evidence?";
    case OverClaimCause::kNotMet:
      return "will the rating be corrected, or what shows " +
             std::string(ids.size() == 1 ? "this point is" : "these points are") + " met in full?";
    case OverClaimCause::kLacksEvidence:
      return "what current evidence shows that " + points_phrase(ids) + is_are(ids.size()) +
             " met?";
    case OverClaimCause::kNoBestPractice:
      break;
  }
  return "which current example of best practice can you share?";
}

/// "Blue needs ...; 5 of 6 applicable points met, 6 evidenced; ..." for an over-claim.
std::string over_claim_why(const RatingLevel& agency, const Tally& tally,
                           const std::vector<const PointResult*>& points) {
  std::vector<std::string> why = {
      agency.name + " " + shortfall(agency, tally),
      std::to_string(tally.met) + " of " + std::to_string(tally.applicable) +
          " applicable points met, " + std::to_string(tally.evidenced) + " evidenced"};
  std::vector<std::string> contradicted;
  std::vector<const EvidenceItem*> stale_examples;
  for (const auto* p : points) {
    if (!p->applicable()) continue;
    if (p->contradicted())
      contradicted.push_back(p->point->id + ": " + dated_list(p->contradicting));
    for (const auto* item : p->stale) {
      if (item->best_practice &&
          std::find(stale_examples.begin(), stale_examples.end(), item) == stale_examples.end()) {
        stale_examples.push_back(item);
      }
    }
  }
  if (!contradicted.empty()) why.push_back("contradicting evidence: " + capped_list(contradicted));
  if (agency.requires_best_practice && tally.best_practice == 0 && !stale_examples.empty()) {
    why.push_back(std::string(stale_examples.size() == 1 ? "the only best-practice example is"
                                                         : "the best-practice examples are") +
                  " stale: " + dated_list(stale_examples));
  }
  return join(why, "; ");
}

/// An over-claim's question: "Standard 4 is rated Green but the evidence supports Amber,
/// because evidence contradicts point 4.2: which is right, the rating or the evidence?".
std::string over_claim_question(const std::string& subject,
                                const std::vector<OverClaimReason>& reasons,
                                const std::map<std::string, const PointResult*>& points) {
  if (reasons.empty()) return subject + ": what evidence supports the rating?";
  std::vector<std::string> clauses;
  for (const auto& reason : reasons) clauses.push_back(reason_clause(reason, points));
  return subject + ", because " + join_list(clauses, "and") + ": " + reason_ask(reasons.front());
}

/// A challenge item waiting to be ranked within its category.
struct Candidate {
  /// Sort key within the category, smaller first: group, then two numbers, then positions.
  std::tuple<int, int, int, std::size_t, std::size_t> key;
  ChallengeItem item;
};

class Builder {
 public:
  Builder(const Audit& audit, const AuditResult& result, const ImpactResult& impact)
      : audit_(audit), result_(result), impact_(impact) {
    for (const auto& gap : result_.gaps) {
      if (gap.kind == GapKind::kPractice && gap.point) practice_reasons_[gap.point] = gap.reason;
    }
  }

  std::vector<ChallengeItem> build() {
    std::vector<ChallengeItem> items;
    collect();
    for (auto& [category, candidates] : categories_) {
      std::stable_sort(candidates.begin(), candidates.end(),
                       [](const Candidate& a, const Candidate& b) { return a.key < b.key; });
      for (auto& candidate : candidates) {
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

  void add(ChallengeCategory category, Candidate candidate) {
    candidate.item.category = category;
    categories_[category].push_back(std::move(candidate));
  }

  /// "standard 4 rated Green by the agency, Amber by the evidence", or "".
  static std::string rated(const StandardResult& sr) {
    if (!sr.agency_rating) return "";
    return "standard " + sr.standard->id + " rated " + sr.agency_rating->name + " by the agency" +
           (sr.evidence_rating ? ", " + sr.evidence_rating->name + " by the evidence" : "");
  }

  void collect() {
    const RatingScheme& scheme = audit_.framework.scheme;
    std::vector<const PointResult*> all_points;
    std::map<std::string, const PointResult*> by_id;
    for (std::size_t s = 0; s < result_.standards.size(); ++s) {
      const StandardResult& sr = result_.standards[s];
      std::vector<const PointResult*> points;
      for (const auto& p : sr.points) {
        points.push_back(&p);
        by_id[p.point->id] = &p;
      }
      all_points.insert(all_points.end(), points.begin(), points.end());
      if (sr.claim == Claim::kOverClaim) {
        ChallengeItem item = about(ChallengeCategory::kOverClaim, sr.standard, "");
        item.question = over_claim_question(
            "Standard " + sr.standard->id + " is rated " + sr.agency_rating->name +
                " but the evidence supports " + sr.evidence_rating->name,
            sr.over_claim_reasons, by_id);
        item.why = over_claim_why(*sr.agency_rating, sr.tally, points);
        const bool contradicted_first =
            !sr.over_claim_reasons.empty() &&
            sr.over_claim_reasons.front().cause == OverClaimCause::kContradicted;
        const int gap = static_cast<int>(scheme.rank(*sr.evidence_rating)) -
                        static_cast<int>(scheme.rank(*sr.agency_rating));
        add(ChallengeCategory::kOverClaim,
            {{0, contradicted_first ? 0 : 1, -gap, s, 0}, std::move(item)});
      }
      for (std::size_t i = 0; i < sr.points.size(); ++i) point_items(sr, s, i);
      evidence_gap_item(sr, s);
    }
    if (result_.overall_claim == Claim::kOverClaim) {
      ChallengeItem item = about(ChallengeCategory::kOverClaim, nullptr, "");
      item.standard_id = "Overall";
      item.question =
          over_claim_question("The overall rating is " + result_.agency_overall_rating->name +
                                  " but the evidence supports " + result_.overall_rating->name,
                              result_.overall_over_claim_reasons, by_id);
      item.why = over_claim_why(*result_.agency_overall_rating, result_.overall, all_points);
      add(ChallengeCategory::kOverClaim, {{1, 0, 0, 0, 0}, std::move(item)});
    }
    area_items();
  }

  void point_items(const StandardResult& sr, std::size_t s, std::size_t i) {
    const PointResult& p = sr.points[i];
    if (!p.applicable()) return;
    const std::string& id = p.point->id;
    const bool essential = p.point->essential;
    const std::string requirement = id + " \"" + p.point->requirement + "\"";

    if (p.contradicted()) {
      ChallengeItem item = about(ChallengeCategory::kContradicted, sr.standard, id);
      std::vector<std::string> clauses;
      std::vector<std::string> found;
      for (const auto* e : p.contradicting) {
        clauses.push_back(contradiction_clause(*e));
        found.push_back(levelled(*e) + ": " + finding_clause(*e));
      }
      item.question = point_subject(p) + (p.met() ? ", but " : ", and ") +
                      join_list(clauses, "and") +
                      (p.met() ? ": which is right, and what will close the gap?"
                               : ": what will close the gap, and by when?");
      std::vector<std::string> why = {requirement, "contradicting evidence: " + join(found, "; ")};
      if (!rated(sr).empty()) why.push_back(rated(sr));
      item.why = join(why, "; ");
      add(ChallengeCategory::kContradicted, {{essential ? 0 : 1, 0, 0, s, i}, std::move(item)});
      return;
    }

    if (p.practice_gap()) {
      const ChallengeCategory category =
          essential ? ChallengeCategory::kEssentialPracticeGap : ChallengeCategory::kPracticeGap;
      ChallengeItem item = about(category, sr.standard, id);
      switch (p.assessment.status) {
        case PointStatus::kPartlyMet:
          item.question =
              point_subject(p) + ": which part is not yet in place, and by when will it be?";
          break;
        case PointStatus::kMet:
          item.question = point_subject(p) +
                          ", but its current evidence shows it only in part: what shows it is "
                          "met in full?";
          break;
        default:
          item.question = point_subject(p) + ": what is being done, and by when will it be met?";
          break;
      }
      std::vector<std::string> why = {requirement};
      auto reason = practice_reasons_.find(p.point);
      if (reason != practice_reasons_.end() && !reason->second.empty()) {
        why.push_back(reason->second);
      }
      if (!rated(sr).empty()) why.push_back(rated(sr));
      item.why = join(why, "; ");
      add(category, {{0, 0, 0, s, i}, std::move(item)});
      return;
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
        std::vector<std::string> why = {requirement, "current evidence: " + join(parts, ", ")};
        if (sr.agency_rating) {
          why.push_back("standard " + sr.standard->id + " rated " + sr.agency_rating->name +
                        " by the agency");
        }
        item.why = join(why, "; ");
        // A higher claim resting on policy alone is the more pressing question.
        const int claim = sr.agency_rating
                              ? static_cast<int>(audit_.framework.scheme.rank(*sr.agency_rating))
                              : static_cast<int>(audit_.framework.scheme.levels.size());
        add(ChallengeCategory::kLevelOneOnly,
            {{essential ? 0 : 1, claim, 0, s, i}, std::move(item)});
      }
    }
  }

  /// One question for the points of `sr` self-assessed Met with no current evidence, or with
  /// no status: "Points 3.2, 3.4 and 3.5 are self-assessed Met with no current evidence: where
  /// is it filed?".
  void evidence_gap_item(const StandardResult& sr, std::size_t s) {
    std::vector<std::string> unevidenced;
    std::vector<std::string> unanswered;
    std::vector<std::string> essential;
    std::vector<std::string> stale;
    for (const auto& p : sr.points) {
      if (!p.evidence_gap()) continue;
      if (p.point->essential) essential.push_back(p.point->id);
      if (p.assessment.status == PointStatus::kNotAnswered) {
        unanswered.push_back(p.point->id);
      } else {
        unevidenced.push_back(p.point->id);
      }
      if (!p.stale.empty()) stale.push_back(p.point->id + ": " + dated_list(p.stale));
    }
    if (unevidenced.empty() && unanswered.empty()) return;
    std::vector<std::string> parts;
    if (!unevidenced.empty()) {
      parts.push_back(points_phrase(unevidenced) + is_are(unevidenced.size()) +
                      " self-assessed Met with no current evidence");
    }
    if (!unanswered.empty()) {
      parts.push_back(points_phrase(unanswered) + (unanswered.size() == 1 ? " has" : " have") +
                      " no status recorded");
    }
    ChallengeItem item = about(ChallengeCategory::kEvidenceGap, sr.standard, "");
    std::string ask = ": where is it filed?";
    if (!unanswered.empty()) {
      ask = unevidenced.empty()
                ? std::string(unanswered.size() == 1 ? ": is it" : ": are they") +
                      " met, and where is the evidence filed?"
                : ": where is the evidence filed, and is " + join_list(unanswered, "or") + " met?";
    }
    item.question = capitalised(join(parts, ", and ")) + ask;
    std::vector<std::string> why = {"standard " + sr.standard->id + " \"" + sr.standard->title +
                                    "\""};
    if (!essential.empty()) why.push_back("essential: " + join_list(essential, "and"));
    if (!stale.empty()) {
      why.push_back("only stale evidence, dated before " + result_.stale_before.long_text() + ": " +
                    join(stale, "; "));
    }
    if (!rated(sr).empty()) why.push_back(rated(sr));
    item.why = join(why, "; ");
    add(ChallengeCategory::kEvidenceGap,
        {{essential.empty() ? 1 : 0, 0, 0, s, 0}, std::move(item)});
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
      item.area_id = ai.area->id;
      item.area_title = ai.area->title;
      const ImpactLevelInfo* level = audit_.framework.impact.find(claim);
      item.question = ai.area->title + " operates at impact level " + std::to_string(operating) +
                      ", but the agency's ratings of its standards claim level " +
                      std::to_string(claim) + ": what evidence at level " + std::to_string(claim) +
                      (level ? " (" + level->name + ")" : "") + " can you show?";
      item.why = "agency ratings: " + join(ratings, ", ") + "; median claim: level " +
                 std::to_string(claim) + "; " + ai.profile.rationale;
      add(ChallengeCategory::kImpactBelowClaim, {{0, operating - claim, 0, a, 0}, std::move(item)});
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
  std::map<const Point*, std::string> practice_reasons_;
  /// Candidates by category; the map's order is the ranking order.
  std::map<ChallengeCategory, std::vector<Candidate>> categories_;
};

}  // namespace

std::string challenge_category_label(ChallengeCategory category) {
  switch (category) {
    case ChallengeCategory::kContradicted:
      return "Evidence contradicts";
    case ChallengeCategory::kEssentialPracticeGap:
      return "Essential practice gap";
    case ChallengeCategory::kOverClaim:
      return "Over-claimed rating";
    case ChallengeCategory::kEvidenceGap:
      return "Evidence gap";
    case ChallengeCategory::kPracticeGap:
      return "Practice gap";
    case ChallengeCategory::kLevelOneOnly:
      return "Met on level-1 evidence only";
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
