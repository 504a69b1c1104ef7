#include "engine/scoring.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "base/percent.h"
#include "base/text.h"

namespace s11 {
namespace {

Claim compare(const RatingScheme& scheme, const RatingLevel* agency, const RatingLevel* evidence) {
  if (!agency || !evidence) return Claim::kNotRated;
  std::size_t a = scheme.rank(*agency);
  std::size_t e = scheme.rank(*evidence);
  if (a < e) return Claim::kOverClaim;
  if (a > e) return Claim::kUnderClaim;
  return Claim::kMatches;
}

/// "E12 (8 October 2013)" or, for a survey result, its finding.
std::string contradiction_text(const EvidenceItem& item) {
  if (!item.finding.empty()) return item.finding;
  return item.id + " " + item.title + " (" + item.date.words() + ")";
}

/// Why an applicable point is a practice gap, in words.
std::string practice_gap_reason(const PointResult& p, int currency_months) {
  std::vector<std::string> reasons;
  switch (p.assessment.status) {
    case PointStatus::kNotAnswered:
      reasons.push_back("no status recorded");
      break;
    case PointStatus::kNotMet:
      reasons.push_back("self-assessed Not met");
      break;
    case PointStatus::kPartlyMet:
      reasons.push_back("self-assessed Partly met");
      break;
    case PointStatus::kMet:
    case PointStatus::kNotApplicable:
      break;
  }
  for (const auto* item : p.contradicting) {
    if (!item->finding.empty()) {
      reasons.push_back(item->finding + (p.met() ? " (self-assessed Met)" : ""));
    } else {
      reasons.push_back(std::string(p.met() ? "self-assessed Met but e" : "E") +
                        "vidence contradicts it: " + contradiction_text(*item));
    }
  }
  if (!p.partial.empty()) {
    const bool only = !p.evidenced();
    reasons.push_back(
        std::string(p.met() && only && !p.contradicted() ? "self-assessed Met but " : "") +
        "current evidence shows it only in part: " + dated_list(p.partial));
  }
  if (!p.evidenced() && p.partial.empty() && !p.contradicted()) {
    if (p.stale.empty()) {
      reasons.push_back("no evidence in the register");
    } else {
      reasons.push_back("only stale evidence, older than " + std::to_string(currency_months) +
                        " months: " + dated_list(p.stale));
    }
  }
  return join(reasons, "; ");
}

std::vector<std::string> ids_of(const std::vector<const Point*>& points) {
  std::vector<std::string> ids;
  for (const auto* point : points) ids.push_back(point->id);
  return ids;
}

/// "point 3.2" or "points 3.2, 3.4 and 3.5".
std::string points_phrase(const std::vector<std::string>& ids) {
  return (ids.size() == 1 ? "point " : "points ") + join_list(ids, "and");
}

/// The evidence gap of one standard: its applicable points that are no practice gap but lack
/// current evidence or a status. nullopt when there are none.
std::optional<Gap> evidence_gap(const StandardResult& sr, int currency_months) {
  Gap gap;
  gap.kind = GapKind::kEvidence;
  gap.standard = sr.standard;
  std::vector<std::string> unevidenced;
  std::vector<std::string> unanswered;
  std::vector<std::string> essential;
  std::vector<std::string> stale;
  for (const auto& p : sr.points) {
    if (!p.evidence_gap()) continue;
    gap.points.push_back(p.point);
    if (p.point->essential) essential.push_back(p.point->id);
    if (p.assessment.status == PointStatus::kNotAnswered) {
      unanswered.push_back(p.point->id);
    } else {
      unevidenced.push_back(p.point->id);
    }
    if (!p.evidenced() && !p.stale.empty()) {
      stale.push_back(p.point->id + ": " + dated_list(p.stale));
    }
  }
  if (gap.points.empty()) return std::nullopt;
  std::vector<std::string> parts;
  if (!unevidenced.empty()) {
    parts.push_back(points_phrase(unevidenced) + (unevidenced.size() == 1 ? " is" : " are") +
                    " self-assessed Met with no current evidence" +
                    (stale.empty()
                         ? std::string()
                         : " (only stale evidence, older than " + std::to_string(currency_months) +
                               " months: " + join(stale, "; ") + ")"));
  }
  if (!unanswered.empty()) {
    parts.push_back(points_phrase(unanswered) + (unanswered.size() == 1 ? " has" : " have") +
                    " no status recorded");
  }
  gap.reason = join(parts, "; ");
  if (!essential.empty()) {
    gap.essential = true;
    gap.reason += " (essential: " + join_list(essential, "and") + ")";
  }
  gap.status = unevidenced.empty() ? "" : status_label(PointStatus::kMet);
  gap.action =
      "File current evidence for each point in the register, or correct its status, before the "
      "return is submitted.";
  return gap;
}

/// Why `tally` does not reach the agency's `level`, cause by cause, from the points of
/// `points` (one standard, or the whole audit).
std::vector<OverClaimReason> over_claim_reasons(const RatingLevel& level, const Tally& tally,
                                                const std::vector<const PointResult*>& points) {
  std::vector<OverClaimReason> reasons;
  const bool met_short = !reaches(tally.met, tally.applicable, level.min_met_percent) ||
                         (level.requires_essential_met && tally.essential_not_met > 0);
  const bool evidence_short =
      !reaches(tally.evidenced, tally.applicable, level.min_evidenced_percent);
  OverClaimReason contradicted{OverClaimCause::kContradicted, {}};
  OverClaimReason not_met{OverClaimCause::kNotMet, {}};
  OverClaimReason lacking{OverClaimCause::kLacksEvidence, {}};
  for (const auto* p : points) {
    if (!p->applicable()) continue;
    if (met_short && p->met() && p->contradicted()) contradicted.point_ids.push_back(p->point->id);
    if (met_short && !p->met()) not_met.point_ids.push_back(p->point->id);
    if (evidence_short && !p->evidenced() && !p->contradicted()) {
      lacking.point_ids.push_back(p->point->id);
    }
  }
  for (auto* reason : {&contradicted, &not_met, &lacking}) {
    if (!reason->point_ids.empty()) reasons.push_back(std::move(*reason));
  }
  if (level.requires_best_practice && tally.best_practice == 0) {
    reasons.push_back({OverClaimCause::kNoBestPractice, {}});
  }
  return reasons;
}

}  // namespace

std::string over_claim_reason_text(const OverClaimReason& reason) {
  const auto& ids = reason.point_ids;
  const bool one = ids.size() == 1;
  switch (reason.cause) {
    case OverClaimCause::kContradicted:
      return "evidence contradicts " + points_phrase(ids);
    case OverClaimCause::kNotMet:
      return points_phrase(ids) + (one ? " is" : " are") + " not self-assessed Met";
    case OverClaimCause::kLacksEvidence:
      return points_phrase(ids) + (one ? " lacks" : " lack") + " current evidence";
    case OverClaimCause::kNoBestPractice:
      break;
  }
  return "no current best-practice example";
}

std::string over_claim_words(const std::vector<OverClaimReason>& reasons) {
  std::vector<std::string> parts;
  for (const auto& reason : reasons) parts.push_back(over_claim_reason_text(reason));
  return join(parts, "; ");
}

GapCounts count_gaps(const std::vector<Gap>& gaps) {
  GapCounts counts;
  for (const auto& gap : gaps) {
    switch (gap.kind) {
      case GapKind::kPractice:
        ++counts.practice;
        counts.essential_practice += gap.essential ? 1 : 0;
        break;
      case GapKind::kEvidence:
        ++counts.evidence;
        counts.evidence_points += static_cast<int>(gap.points.size());
        break;
      case GapKind::kOverClaim:
        ++counts.over_claims;
        break;
    }
  }
  return counts;
}

std::string gap_summary(const std::vector<Gap>& gaps) {
  const GapCounts c = count_gaps(gaps);
  const auto n = [](int count, const std::string& one, const std::string& many) {
    return std::to_string(count) + " " + (count == 1 ? one : many);
  };
  std::string practice = n(c.practice, "practice gap", "practice gaps");
  if (c.essential_practice > 0) {
    practice += " (" + std::to_string(c.essential_practice) + " on essential points)";
  }
  std::string evidence = n(c.evidence, "evidence gap", "evidence gaps");
  if (c.evidence > 0) {
    evidence += " (" + n(c.evidence_points, "point", "points") + " in " +
                n(c.evidence, "standard", "standards") + " to be filed)";
  }
  return practice + ", " + evidence + " and " +
         n(c.over_claims, "over-claimed rating", "over-claimed ratings");
}

std::string gap_kind_label(GapKind kind) {
  switch (kind) {
    case GapKind::kEvidence:
      return "Evidence gap";
    case GapKind::kOverClaim:
      return "Over-claimed rating";
    case GapKind::kPractice:
      break;
  }
  return "Practice gap";
}

std::string Gap::point_list() const {
  if (!points.empty()) return join_list(ids_of(points), "and");
  return point ? point->id : "";
}

bool PointResult::practice_gap() const {
  if (!applicable()) return false;
  if (contradicted()) return true;
  if (assessment.status == PointStatus::kNotMet || assessment.status == PointStatus::kPartlyMet) {
    return true;
  }
  return met() && !evidenced() && !partial.empty();
}

bool PointResult::evidence_gap() const {
  if (!applicable() || practice_gap()) return false;
  return assessment.status == PointStatus::kNotAnswered || !evidenced();
}

bool PointResult::best_practice() const {
  return std::any_of(current.begin(), current.end(),
                     [](const EvidenceItem* item) { return item->best_practice; });
}

void Tally::add(const PointResult& point) {
  ++points;
  if (!point.applicable()) return;
  ++applicable;
  if (point.judged_met()) ++met;
  if (point.contradicted()) ++contradicted;
  if (point.evidenced()) ++evidenced;
  if (point.best_practice()) ++best_practice;
  if (point.point->essential && !point.judged_met()) ++essential_not_met;
}

int Tally::met_percent() const { return display_percent(met, applicable); }
int Tally::evidenced_percent() const { return display_percent(evidenced, applicable); }

const RatingLevel* rate(const RatingScheme& scheme, const Tally& tally) {
  if (tally.applicable == 0) return nullptr;
  for (const auto& level : scheme.levels) {
    if (shortfall(level, tally).empty()) return &level;
  }
  return &scheme.levels.back();
}

std::string shortfall(const RatingLevel& level, const Tally& tally) {
  std::vector<std::string> misses;
  if (!reaches(tally.met, tally.applicable, level.min_met_percent)) {
    misses.push_back("needs " + std::to_string(level.min_met_percent) + "% of points met, has " +
                     std::to_string(tally.met_percent()) + "%" +
                     (tally.contradicted > 0
                          ? " (" + std::to_string(tally.contradicted) + " contradicted by evidence)"
                          : ""));
  }
  if (!reaches(tally.evidenced, tally.applicable, level.min_evidenced_percent)) {
    misses.push_back("needs " + std::to_string(level.min_evidenced_percent) +
                     "% of points evidenced, has " + std::to_string(tally.evidenced_percent()) +
                     "%");
  }
  if (level.requires_best_practice && tally.best_practice == 0) {
    misses.push_back("needs a current best-practice example, has none");
  }
  if (level.requires_essential_met && tally.essential_not_met > 0) {
    misses.push_back("needs every essential point met, " + std::to_string(tally.essential_not_met) +
                     " not met");
  }
  return join(misses, "; ");
}

std::string rating_sentence(const RatingLevel& level, const Tally& tally) {
  return level.name + ": " + level.description + " (" + std::to_string(tally.met_percent()) +
         "% met, " + std::to_string(tally.evidenced_percent()) + "% evidenced)";
}

AuditResult score_audit(const Audit& audit) {
  const Framework& framework = audit.framework;
  const RatingScheme& scheme = framework.scheme;
  AuditResult result;
  result.stale_before = add_months(audit.config.audit_date, -audit.config.currency_months);

  std::map<std::string, std::vector<const EvidenceItem*>> by_point;
  for (const auto& item : audit.evidence) {
    for (const auto& id : item.points) by_point[id].push_back(&item);
  }

  for (const auto& standard : framework.standards) {
    StandardResult sr;
    sr.standard = &standard;
    for (const auto& point : standard.points) {
      PointResult pr;
      pr.standard = &standard;
      pr.point = &point;
      if (auto it = audit.assessments.find(point.id); it != audit.assessments.end()) {
        pr.assessment = it->second;
      }
      for (const auto* item : by_point[point.id]) {
        if (item->date.first < result.stale_before) {
          pr.stale.push_back(item);
        } else {
          (item->contradicts() ? pr.contradicting
           : item->partly()    ? pr.partial
                               : pr.current)
              .push_back(item);
        }
      }
      sr.tally.add(pr);
      result.overall.add(pr);
      sr.points.push_back(std::move(pr));
    }
    std::set<std::string> questions;
    std::set<std::string> below;
    for (const auto& pr : sr.points) {
      for (const auto* item : pr.current) {
        if (!item->survey_question.empty()) questions.insert(item->survey_question);
      }
      for (const auto* item : pr.contradicting) {
        questions.insert(item->survey_question);
        below.insert(item->survey_question);
      }
    }
    sr.survey_questions = static_cast<int>(questions.size());
    sr.survey_below = static_cast<int>(below.size());
    sr.evidence_rating = rate(scheme, sr.tally);
    if (auto it = audit.agency_ratings.find(standard.id); it != audit.agency_ratings.end()) {
      sr.agency_rating = scheme.find(it->second);
    }
    sr.claim = compare(scheme, sr.agency_rating, sr.evidence_rating);
    result.standards.push_back(std::move(sr));
  }
  result.overall_rating = rate(scheme, result.overall);
  result.agency_overall_rating =
      audit.agency_overall_rating.empty() ? nullptr : scheme.find(audit.agency_overall_rating);
  result.overall_claim = compare(scheme, result.agency_overall_rating, result.overall_rating);

  std::vector<const PointResult*> all_points;
  for (const auto& sr : result.standards) {
    for (const auto& pr : sr.points) all_points.push_back(&pr);
  }
  std::vector<Gap> essential;
  std::vector<Gap> practice;
  std::vector<Gap> essential_evidence;
  std::vector<Gap> evidence;
  std::vector<Gap> over_claims;
  for (auto& sr : result.standards) {
    if (sr.claim == Claim::kOverClaim) {
      std::vector<const PointResult*> points;
      for (const auto& pr : sr.points) points.push_back(&pr);
      sr.over_claim_reasons = over_claim_reasons(*sr.agency_rating, sr.tally, points);
      Gap gap;
      gap.kind = GapKind::kOverClaim;
      gap.standard = sr.standard;
      gap.status = sr.agency_rating->name;
      gap.over_claim_reasons = sr.over_claim_reasons;
      gap.reason = "over-claimed: agency rated " + sr.agency_rating->name + ", evidence supports " +
                   sr.evidence_rating->name + " because " +
                   over_claim_words(sr.over_claim_reasons) + " (" + sr.agency_rating->name + " " +
                   shortfall(*sr.agency_rating, sr.tally) + ")";
      gap.action = "Correct the rating of standard " + sr.standard->id +
                   " in the return to what the evidence supports, or file the evidence the "
                   "rating needs.";
      over_claims.push_back(std::move(gap));
    }
    for (const auto& pr : sr.points) {
      if (!pr.practice_gap()) continue;
      Gap gap;
      gap.kind = GapKind::kPractice;
      gap.standard = sr.standard;
      gap.point = pr.point;
      gap.essential = pr.point->essential;
      gap.contradicted = pr.contradicted();
      gap.status = status_label(pr.assessment.status);
      gap.reason = practice_gap_reason(pr, audit.config.currency_months);
      gap.action = pr.point->action;
      (gap.essential ? essential : practice).push_back(std::move(gap));
    }
    if (auto gap = evidence_gap(sr, audit.config.currency_months)) {
      (gap->essential ? essential_evidence : evidence).push_back(std::move(*gap));
    }
  }
  if (result.overall_claim == Claim::kOverClaim) {
    result.overall_over_claim_reasons =
        over_claim_reasons(*result.agency_overall_rating, result.overall, all_points);
    Gap gap;
    gap.kind = GapKind::kOverClaim;
    gap.status = result.agency_overall_rating->name;
    gap.over_claim_reasons = result.overall_over_claim_reasons;
    gap.reason = "overall rating over-claimed: agency rated " + result.agency_overall_rating->name +
                 ", evidence supports " + result.overall_rating->name + " because " +
                 over_claim_words(result.overall_over_claim_reasons) + " (" +
                 result.agency_overall_rating->name + " " +
                 shortfall(*result.agency_overall_rating, result.overall) + ")";
    gap.action = "Correct the overall rating in the return to what the evidence supports.";
    over_claims.push_back(std::move(gap));
  }
  result.gaps = std::move(essential);
  for (auto* list : {&practice, &essential_evidence, &evidence, &over_claims}) {
    result.gaps.insert(result.gaps.end(), std::make_move_iterator(list->begin()),
                       std::make_move_iterator(list->end()));
  }
  return result;
}

}  // namespace s11
