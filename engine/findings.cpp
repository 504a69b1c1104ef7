#include "engine/findings.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/text.h"

namespace s11 {
namespace {

/// Requirements and titles are cut to this many characters in a finding's text.
constexpr std::size_t kShortMax = 80;
/// A whole standard's strength cites at most this many items by id.
constexpr std::size_t kCitedMax = 6;

const char* const kDash = " \u2014 ";

/// Current supporting items of `point` at kStrengthLevel or above, in register order.
std::vector<const EvidenceItem*> strong_items(const PointResult& point) {
  std::vector<const EvidenceItem*> items;
  for (const auto* item : point.current) {
    if (item->impact_level >= kStrengthLevel) items.push_back(item);
  }
  return items;
}

void add_unique(std::vector<const EvidenceItem*>& to,
                const std::vector<const EvidenceItem*>& from) {
  for (const auto* item : from) {
    if (std::find(to.begin(), to.end(), item) == to.end()) to.push_back(item);
  }
}

/// The whole standard is a strength: something applicable, no practice gap, every applicable
/// point evidenced, operating at kStrengthLevel or above.
bool standard_strength(const StandardResult& sr, const ImpactProfile* profile) {
  if (!profile || profile->operating < kStrengthLevel || sr.tally.applicable == 0) return false;
  return std::all_of(sr.points.begin(), sr.points.end(), [](const PointResult& p) {
    return !p.applicable() || (!p.practice_gap() && p.evidenced());
  });
}

std::string standard_strength_text(const Standard& standard, int operating,
                                   const std::vector<const EvidenceItem*>& evidence) {
  std::vector<std::string> ids;
  for (const auto* item : evidence) ids.push_back(item->id);
  return "Standard " + standard.id + ": " + in_short(standard.title, kShortMax) + kDash +
         "every point evidenced, operating at level " + std::to_string(operating) + " (" +
         join_at_most(ids, kCitedMax) + ")";
}

std::string point_strength_text(const Strength& strength) {
  std::vector<std::string> items;
  for (const auto* item : strength.evidence) {
    items.push_back(in_short(item->title, kShortMax) + " (" + item->id + ", level " +
                    std::to_string(item->impact_level) + ")");
  }
  std::vector<std::string> points;
  for (const auto* point : strength.points) {
    points.push_back("point " + point->id + ": " + in_short(point->requirement, kShortMax));
  }
  return join(items, "; ") + kDash + join(points, "; ");
}

std::string development_text(const Gap& gap) {
  if (gap.kind == GapKind::kEvidence) {
    return "Standard " + (gap.standard ? gap.standard->id : std::string()) + ": " + gap.reason;
  }
  if (!gap.point) return gap.reason;
  return "Point " + gap.point->id + (gap.essential ? " (essential)" : "") + ": " +
         in_short(gap.point->requirement, kShortMax) + kDash + gap.reason;
}

/// A word written in capitals after its first letter ("LSCB", "OSCB's") keeps its case.
bool acronym(const std::string& word) {
  int upper = 0;
  for (std::size_t i = 1; i < word.size(); ++i) {
    if (std::isupper(static_cast<unsigned char>(word[i]))) ++upper;
  }
  return upper > 0;
}

std::vector<Strength> strengths_of(const std::vector<const StandardResult*>& members,
                                   const std::map<const Standard*, const ImpactProfile*>& levels) {
  std::vector<Strength> whole;
  std::vector<Strength> points;
  for (const auto* sr : members) {
    const auto found = levels.find(sr->standard);
    const ImpactProfile* profile = found == levels.end() ? nullptr : found->second;
    if (standard_strength(*sr, profile)) {
      Strength strength;
      strength.standard = sr->standard;
      for (const auto& p : sr->points) {
        if (!p.applicable()) continue;
        strength.points.push_back(p.point);
        add_unique(strength.evidence, strong_items(p));
      }
      // Whatever the impact rule says, level 1 evidence alone is no strength.
      if (!strength.evidence.empty()) {
        strength.text =
            standard_strength_text(*sr->standard, profile->operating, strength.evidence);
        whole.push_back(std::move(strength));
        continue;
      }
    }
    for (const auto& p : sr->points) {
      if (!p.applicable() || p.practice_gap()) continue;
      std::vector<const EvidenceItem*> items = strong_items(p);
      if (items.empty()) continue;
      // Points shown by the same evidence are one strength, as a reviewer cites an item once.
      auto same = std::find_if(points.begin(), points.end(),
                               [&](const Strength& s) { return s.evidence == items; });
      if (same != points.end()) {
        same->points.push_back(p.point);
      } else {
        Strength strength;
        strength.points.push_back(p.point);
        strength.evidence = std::move(items);
        points.push_back(std::move(strength));
      }
    }
  }
  for (auto& strength : points) strength.text = point_strength_text(strength);
  whole.insert(whole.end(), std::make_move_iterator(points.begin()),
               std::make_move_iterator(points.end()));
  return whole;
}

std::vector<Development> development_of(const AuditResult& result,
                                        const std::set<const Standard*>& standards) {
  std::vector<const Gap*> practice;
  std::vector<const Gap*> evidence;
  for (const auto& gap : result.gaps) {
    if (!gap.standard || !standards.count(gap.standard)) continue;
    if (gap.kind == GapKind::kPractice) practice.push_back(&gap);
    if (gap.kind == GapKind::kEvidence) evidence.push_back(&gap);
  }
  // AuditResult::gaps holds essential practice gaps first, each group in framework order; a
  // stable sort puts the contradicted ones before the rest and keeps that order.
  std::stable_sort(practice.begin(), practice.end(), [](const Gap* a, const Gap* b) {
    return std::make_pair(!a->contradicted, !a->essential) <
           std::make_pair(!b->contradicted, !b->essential);
  });
  // Evidence gaps are listed with essential ones first; here they follow the framework.
  std::map<const Standard*, std::size_t> order;
  for (std::size_t i = 0; i < result.standards.size(); ++i) order[result.standards[i].standard] = i;
  std::stable_sort(evidence.begin(), evidence.end(), [&](const Gap* a, const Gap* b) {
    return order[a->standard] < order[b->standard];
  });
  std::vector<Development> development;
  for (const auto* list : {&practice, &evidence}) {
    for (const auto* gap : *list) development.push_back({*gap, development_text(*gap)});
  }
  return development;
}

std::vector<Recommendation> recommendations_of(const AreaFindings& findings,
                                               const std::set<std::string>& standard_ids,
                                               const ActionPlan* plan) {
  std::vector<Recommendation> recommendations;
  std::set<std::string> seen;
  auto add = [&](const std::string& text, const std::string& standard, const std::string& point) {
    const std::string trimmed = trim(text);
    if (trimmed.empty() || !seen.insert(trimmed).second) return;
    recommendations.push_back({trimmed, standard, point});
  };
  if (plan) {
    for (const auto& action : plan->actions) {
      if (action.unmatched || !standard_ids.count(action.standard_id)) continue;
      if (action.carried && derived_status(action) == PlanStatus::kBlue) continue;
      add(action.action, action.standard_id, action.point_id);
    }
    return recommendations;
  }
  for (const auto& development : findings.development) {
    const Gap& gap = development.gap;
    if (!gap.needs_action()) continue;
    add(gap.action, gap.standard ? gap.standard->id : std::string(),
        gap.point ? gap.point->id : std::string());
  }
  return recommendations;
}

AreaFindings findings_of(const FocusArea* area, std::string title,
                         const std::vector<const StandardResult*>& members,
                         const AuditResult& result, const ImpactResult& impact,
                         const ActionPlan* plan) {
  std::map<const Standard*, const ImpactProfile*> levels;
  for (const auto& si : impact.standards) levels[si.standard] = &si.profile;

  AreaFindings findings;
  findings.area = area;
  findings.title = std::move(title);
  std::set<const Standard*> standards;
  std::set<std::string> standard_ids;
  for (const auto* sr : members) {
    findings.standards.push_back(sr->standard);
    standards.insert(sr->standard);
    standard_ids.insert(sr->standard->id);
  }
  findings.strengths = strengths_of(members, levels);
  findings.development = development_of(result, standards);

  if (area) {
    for (const auto& ai : impact.areas) {
      if (ai.area != area && !(ai.area && ai.area->id == area->id)) continue;
      findings.operating = ai.profile.operating;
      findings.impact_summary = ai.profile.summary;
      findings.impact_rationale = ai.profile.rationale;
      break;
    }
  } else {
    std::vector<std::string> each;
    for (const auto* sr : members) {
      const auto found = levels.find(sr->standard);
      if (found == levels.end()) continue;
      each.push_back("standard " + sr->standard->id + ": " + found->second->summary);
    }
    findings.impact_summary = "by standard";
    findings.impact_rationale = join(each, "; ");
  }

  findings.recommendation_lead = area ? recommendation_lead(findings.title)
                                      : "In order to strengthen its safeguarding arrangements, "
                                        "the agency should:";
  findings.recommendations = recommendations_of(findings, standard_ids, plan);
  return findings;
}

}  // namespace

std::string recommendation_lead(const std::string& area_title) {
  std::string lowered;
  std::string word;
  auto flush = [&] {
    lowered += acronym(word) ? word : lower(word);
    word.clear();
  };
  for (char c : area_title) {
    if (c == ' ') {
      flush();
      lowered += c;
    } else {
      word += c;
    }
  }
  flush();
  return "In order to strengthen " + lowered + ", the agency should:";
}

std::string in_short(const std::string& text, std::size_t max) {
  std::string whole = trim(text);
  while (!whole.empty() && whole.back() == '.') whole.pop_back();
  // Byte offsets where each code point starts.
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if ((static_cast<unsigned char>(whole[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  if (starts.size() <= max) return whole;
  const std::size_t keep = max > 3 ? max - 3 : 0;
  std::size_t end = keep < starts.size() ? starts[keep] : whole.size();
  // Cut after a whole word when there is a space to cut at.
  const std::size_t space = whole.rfind(' ', end);
  if (space != std::string::npos && space > 0) end = space;
  std::string cut = whole.substr(0, end);
  while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == ';')) {
    cut.pop_back();
  }
  return cut + "...";
}

std::vector<AreaFindings> area_findings(const Audit& audit, const AuditResult& result,
                                        const ImpactResult& impact, const ActionPlan* plan) {
  std::vector<AreaFindings> all;
  const Framework& framework = audit.framework;
  if (framework.areas.empty()) {
    std::vector<const StandardResult*> members;
    for (const auto& sr : result.standards) members.push_back(&sr);
    all.push_back(findings_of(nullptr, "All standards", members, result, impact, plan));
    return all;
  }
  for (const auto& area : framework.areas) {
    std::vector<const StandardResult*> members;
    for (const auto& sr : result.standards) {
      if (sr.standard->area == area.id) members.push_back(&sr);
    }
    all.push_back(findings_of(&area, area.title, members, result, impact, plan));
  }
  return all;
}

}  // namespace s11
