#include "engine/scoring.h"

#include <algorithm>
#include <map>
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

std::string point_gap_reason(const PointResult& p, int currency_months) {
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
    reasons.push_back(item->finding + (p.met() ? " (self-assessed Met)" : ""));
  }
  if (!p.evidenced()) {
    std::string claim = p.met() ? "self-assessed Met but " : "";
    if (p.stale.empty()) {
      reasons.push_back(claim + "no evidence in the register");
    } else {
      reasons.push_back(claim + "only stale evidence, older than " +
                        std::to_string(currency_months) + " months: " + dated_list(p.stale));
    }
  }
  return join(reasons, "; ");
}

}  // namespace

bool PointResult::best_practice() const {
  return std::any_of(current.begin(), current.end(),
                     [](const EvidenceItem* item) { return item->best_practice; });
}

void Tally::add(const PointResult& point) {
  ++points;
  if (!point.applicable()) return;
  ++applicable;
  if (point.met()) ++met;
  if (point.evidenced()) ++evidenced;
  if (point.best_practice()) ++best_practice;
  if (point.point->essential && !point.met()) ++essential_not_met;
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
                     std::to_string(tally.met_percent()) + "%");
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
        if (item->date < result.stale_before) {
          pr.stale.push_back(item);
        } else {
          (item->contradicts ? pr.contradicting : pr.current).push_back(item);
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

  std::vector<Gap> essential;
  std::vector<Gap> other;
  if (result.overall_claim == Claim::kOverClaim) {
    Gap gap;
    gap.status = result.agency_overall_rating->name;
    gap.reason = "overall rating over-claimed: agency rated " + result.agency_overall_rating->name +
                 ", evidence supports " + result.overall_rating->name + " (" +
                 result.agency_overall_rating->name + " " +
                 shortfall(*result.agency_overall_rating, result.overall) + ")";
    gap.action = "Review the overall rating with the evidence before the return is submitted.";
    gap.over_claim = true;
    other.push_back(std::move(gap));
  }
  for (const auto& sr : result.standards) {
    if (sr.claim == Claim::kOverClaim) {
      Gap gap;
      gap.standard = sr.standard;
      gap.status = sr.agency_rating->name;
      gap.reason = "over-claimed: agency rated " + sr.agency_rating->name + ", evidence supports " +
                   sr.evidence_rating->name + " (" + sr.agency_rating->name + " " +
                   shortfall(*sr.agency_rating, sr.tally) + ")";
      gap.action = "Review the rating of standard " + sr.standard->id +
                   " with the evidence, or gather the evidence the rating needs.";
      gap.over_claim = true;
      other.push_back(std::move(gap));
    }
    for (const auto& pr : sr.points) {
      if (!pr.applicable()) continue;
      std::string reason = point_gap_reason(pr, audit.config.currency_months);
      if (reason.empty()) continue;
      Gap gap;
      gap.standard = sr.standard;
      gap.point = pr.point;
      gap.essential = pr.point->essential;
      gap.status = status_label(pr.assessment.status);
      gap.reason = std::move(reason);
      gap.action = pr.point->action;
      (gap.essential ? essential : other).push_back(std::move(gap));
    }
  }
  result.gaps = std::move(essential);
  result.gaps.insert(result.gaps.end(), std::make_move_iterator(other.begin()),
                     std::make_move_iterator(other.end()));
  return result;
}

}  // namespace s11
