#include "engine/impact.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "base/text.h"

namespace s11 {
namespace {

/// Evidence ids named in one list before "and N more".
constexpr std::size_t kMaxIdsNamed = 6;

/// One thing the rule counts: a point of a standard with levelled evidence, or a standard of
/// an area.
struct Member {
  std::string id;
  std::vector<const EvidenceItem*> items;  ///< Current supporting items, no duplicates.
  int level = 0;  ///< The level it counts at: a point's (capped) level, a standard's operating.
  int reach = 0;  ///< The highest level it shows any evidence of (>= level).
};

/// Words for members.
struct Words {
  std::string one;    ///< As counted, one: "point with levelled evidence", "standard".
  std::string many;   ///< As counted, several: "points with levelled evidence", "standards".
  std::string named;  ///< Before ids: "point", "standard".
  /// The members are an area's standards: they operate at a level (points have evidence at
  /// one), and those behind the rest are named.
  bool of_area = false;
};

int level_of(const EvidenceItem& item) {
  return item.impact_level >= 1 && item.impact_level <= kMaxImpactLevel ? item.impact_level : 0;
}

int best_level(const std::vector<const EvidenceItem*>& items) {
  int best = 0;
  for (const auto* item : items) best = std::max(best, level_of(*item));
  return best;
}

// Ids such as E2 and E10 sort by their numbers, so lists read in register order.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    const bool a_digit = std::isdigit(static_cast<unsigned char>(a[i])) != 0;
    const bool b_digit = std::isdigit(static_cast<unsigned char>(b[j])) != 0;
    if (a_digit && b_digit) {
      std::size_t a_end = i;
      std::size_t b_end = j;
      while (a_end < a.size() && std::isdigit(static_cast<unsigned char>(a[a_end]))) ++a_end;
      while (b_end < b.size() && std::isdigit(static_cast<unsigned char>(b[b_end]))) ++b_end;
      std::string a_num = a.substr(i, a_end - i);
      std::string b_num = b.substr(j, b_end - j);
      a_num.erase(0, std::min(a_num.find_first_not_of('0'), a_num.size()));
      b_num.erase(0, std::min(b_num.find_first_not_of('0'), b_num.size()));
      if (a_num.size() != b_num.size()) return a_num.size() < b_num.size();
      if (a_num != b_num) return a_num < b_num;
      i = a_end;
      j = b_end;
      continue;
    }
    if (a[i] != b[j]) return a[i] < b[j];
    ++i;
    ++j;
  }
  if ((a.size() - i) != (b.size() - j)) return (a.size() - i) < (b.size() - j);
  return a < b;
}

/// "E01, E02 and 3 more": sorted, at most kMaxIdsNamed named.
std::string id_list(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end(), natural_less);
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return join_at_most(ids, kMaxIdsNamed);
}

std::string plural(int n, const std::string& word) { return n == 1 ? word : word + "s"; }

/// "standard 7", "standards 7 and 9".
std::string named_members(const std::vector<std::string>& ids, const std::string& word) {
  return plural(static_cast<int>(ids.size()), word) + " " + join_list(ids, "and");
}

/// Ids of the items of `members` at `level` or above (0: items with no level).
std::vector<std::string> ids_at_or_above(const std::vector<Member>& members, int level,
                                         bool unlevelled_only = false) {
  std::vector<std::string> ids;
  for (const auto& member : members) {
    for (const auto* item : member.items) {
      const int item_level = level_of(*item);
      if (unlevelled_only ? item_level == 0 : item_level >= level) ids.push_back(item->id);
    }
  }
  return ids;
}

/// The smallest number of `members` that meets `percent` (at least one).
int needed(int members, int percent) {
  const int n = (percent * members + 99) / 100;
  return std::max(1, n);
}

ImpactProfile profile_of(const std::vector<Member>& members, int percent, const Words& words) {
  const auto counted = [&](int n) { return n == 1 ? words.one : words.many; };
  ImpactProfile profile;
  profile.members = static_cast<int>(members.size());

  std::map<std::string, int> distinct;  // Item id -> level: an item counts once.
  for (const auto& member : members) {
    for (const auto* item : member.items) distinct.emplace(item->id, level_of(*item));
  }
  for (const auto& [id, level] : distinct) ++profile.counts[static_cast<std::size_t>(level)];

  std::vector<int> best;
  for (const auto& member : members) best.push_back(member.level);
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    profile.with_evidence[static_cast<std::size_t>(level)] = static_cast<int>(
        std::count_if(best.begin(), best.end(), [&](int b) { return b >= level; }));
  }
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    const int with = profile.with_evidence[static_cast<std::size_t>(level)];
    // At least one member, so a threshold of 0% still needs some evidence.
    if (with > 0 && with * 100 >= percent * profile.members) profile.operating = level;
  }
  for (int level = profile.operating + 1; level <= kMaxImpactLevel; ++level) {
    std::vector<std::string> ids;
    for (const auto& member : members) {
      if (member.reach >= level) ids.push_back(member.id);
    }
    if (ids.empty()) continue;
    profile.emerging.push_back(level);
    profile.emerging_members.push_back(std::move(ids));
  }
  for (const auto& member : members) {
    if (member.level < profile.operating) profile.lagging.push_back(member.id);
  }

  if (profile.members == 0) return profile;  // The caller words the empty case.

  // The rationale.
  const int operating = profile.operating;
  std::string text;
  if (operating > 0) {
    const int with = profile.with_evidence[static_cast<std::size_t>(operating)];
    text = "Operating at level " + std::to_string(operating) + ": " + std::to_string(with) +
           " of " + std::to_string(profile.members) + " " + counted(profile.members) + " (" +
           std::to_string(display_percent(with, profile.members)) + "%) " +
           (words.of_area ? (with == 1 ? "operates" : "operate")
                          : (with == 1 ? "has current evidence" : "have current evidence")) +
           " at level " + std::to_string(operating) + " or above (" +
           id_list(ids_at_or_above(members, operating)) + ")";
  } else {
    text = "Not yet at level 1";
  }
  if (operating < kMaxImpactLevel) {
    const int next = operating + 1;
    const int with = profile.with_evidence[static_cast<std::size_t>(next)];
    text += std::string(operating > 0 ? "; " : ": ") + "level " + std::to_string(next) +
            " needs at least " + std::to_string(percent) + "% (" +
            std::to_string(needed(profile.members, percent)) + " of " +
            std::to_string(profile.members) + " " + counted(profile.members) + "), has " +
            std::to_string(with);
  }
  if (words.of_area && !profile.lagging.empty()) {
    std::vector<std::string> below;
    for (const auto& member : members) {
      if (member.level < operating) {
        below.push_back(member.id + (member.level > 0
                                         ? " (level " + std::to_string(member.level) + ")"
                                         : " (not yet level 1)"));
      }
    }
    text += "; behind the rest: " + words.named + (below.size() == 1 ? " " : "s ") +
            join_list(below, "and");
  }
  // Consecutive emerging levels in the same members read as one: "levels 1 to 3".
  std::vector<std::pair<std::size_t, std::size_t>> groups;  // First and last index.
  for (std::size_t i = 0; i < profile.emerging.size(); ++i) {
    if (!groups.empty() && profile.emerging[i] == profile.emerging[i - 1] + 1 &&
        profile.emerging_members[i] == profile.emerging_members[i - 1]) {
      groups.back().second = i;
    } else {
      groups.emplace_back(i, i);
    }
  }
  for (const auto& [first, last] : groups) {
    const int level = profile.emerging[first];
    std::vector<Member> emerging;
    for (const auto& member : members) {
      if (member.reach >= level) emerging.push_back(member);
    }
    const std::string levels = first == last ? "level " + std::to_string(level) + " is"
                                             : "levels " + std::to_string(level) +
                                                   (last == first + 1 ? " and " : " to ") +
                                                   std::to_string(profile.emerging[last]) + " are";
    text += "; " + levels + " emerging in " +
            named_members(profile.emerging_members[first], words.named) + " (" +
            id_list(ids_at_or_above(emerging, level)) + ")";
  }
  if (profile.counts[0] > 0) {
    text += "; " + std::to_string(profile.counts[0]) + " current " +
            plural(profile.counts[0], "item") + " with no impact level " +
            (profile.counts[0] == 1 ? "does" : "do") + " not count (" +
            id_list(ids_at_or_above(members, 0, true)) + ")";
  }
  if (distinct.empty()) text += "; no current evidence";
  profile.rationale = text + ".";

  // The summary.
  bool levelled = false;
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    levelled = levelled || profile.counts[static_cast<std::size_t>(level)] > 0;
  }
  if (!levelled) {
    profile.summary = "no levelled evidence";
    return profile;
  }
  std::string summary = operating > 0 ? "level " + std::to_string(operating) : "not yet at level 1";
  // Higher evidence implies the lower levels, so each group is named by its highest level.
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const std::size_t last = groups[g].second;
    summary += g == 0 ? ", emerging level " : ", and level ";
    summary += std::to_string(profile.emerging[last]) + " in " +
               named_members(profile.emerging_members[last], words.named);
  }
  if (words.of_area && operating > 0 && !profile.lagging.empty()) {
    summary += "; behind: " + named_members(profile.lagging, words.named);
  }
  profile.summary = summary;
  return profile;
}

/// A point as a member of its standard: its current supporting items and the highest level
/// among them. nullopt when it has no current supporting item with a level, or when current
/// evidence contradicts it: a contradicted point is a practice gap (on the Gaps sheet), and
/// counts towards no level, as reviewers judge an area by what its evidence shows works and
/// list what it contradicts as areas for development.
std::optional<Member> point_member(const PointResult& point) {
  if (point.contradicted()) return std::nullopt;
  const int level = best_level(point.current);
  if (level == 0) return std::nullopt;
  return Member{point.point->id, point.current, level, level};
}

void add_unique(std::vector<const EvidenceItem*>& items,
                const std::vector<const EvidenceItem*>& more) {
  for (const auto* item : more) {
    if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
  }
}

}  // namespace

ImpactResult assess_impact(const Audit& audit, const AuditResult& result) {
  ImpactResult impact;
  const int percent = audit.framework.impact.operating_percent;
  const int area_percent = audit.framework.impact.area_percent;
  impact.operating_percent = percent;
  impact.area_percent = area_percent;

  // Per standard: its applicable points with current levelled evidence are the members.
  std::map<const Standard*, Member> standard_members;  // Only standards with applicable points.
  for (const auto& sr : result.standards) {
    std::vector<Member> members;
    Member whole{sr.standard->id, {}, 0, 0};
    int applicable = 0;
    for (const auto& point : sr.points) {
      if (!point.applicable()) continue;
      ++applicable;
      add_unique(whole.items, point.current);  // Unlevelled items too, for the area's counts.
      auto member = point_member(point);
      if (!member) continue;
      members.push_back(std::move(*member));
    }
    StandardImpact si{sr.standard, profile_of(members, percent,
                                              {"point with levelled evidence",
                                               "points with levelled evidence", "point"})};
    si.profile.applicable = applicable > 0;
    if (applicable == 0) {
      si.profile.rationale =
          "No applicable points: every point is Not applicable, so the standard is left out of "
          "its area.";
      si.profile.summary = "no applicable points";
    } else {
      if (members.empty()) {
        si.profile.rationale =
            "No point counts towards a level: none of its " + std::to_string(applicable) +
            " applicable points has current levelled supporting evidence that nothing "
            "contradicts.";
        si.profile.summary = "no levelled evidence";
      } else if (static_cast<int>(members.size()) < applicable) {
        const int without = applicable - static_cast<int>(members.size());
        si.profile.rationale.pop_back();  // The full stop.
        si.profile.rationale += "; " + std::to_string(without) + " of " +
                                std::to_string(applicable) + " applicable points " +
                                (without == 1 ? "has no levelled supporting evidence or is "
                                                "contradicted, and is not counted."
                                              : "have no levelled supporting evidence or are "
                                                "contradicted, and are not counted.");
      }
      whole.level = si.profile.operating;
      whole.reach = si.profile.emerging.empty() ? si.profile.operating : si.profile.emerging.back();
      standard_members.emplace(sr.standard, std::move(whole));
    }
    impact.standards.push_back(std::move(si));
  }

  // Per area: its standards with at least one applicable point are the members, each at the
  // level it operates at, so an area never contradicts the standards shown under it.
  for (const auto& area : audit.framework.areas) {
    AreaImpact ai;
    ai.area = &area;
    std::vector<Member> members;
    std::vector<std::string> left_out;
    for (const auto& sr : result.standards) {
      if (sr.standard->area != area.id) continue;
      ai.standards.push_back(sr.standard);
      const auto it = standard_members.find(sr.standard);
      if (it == standard_members.end()) {
        left_out.push_back(sr.standard->id);
      } else {
        members.push_back(it->second);
      }
    }
    ai.profile = profile_of(members, area_percent, {"standard", "standards", "standard", true});
    ai.profile.applicable = !members.empty();
    if (members.empty()) {
      ai.profile.rationale = "No standard in this area has an applicable point.";
      ai.profile.summary = "no applicable standards";
    } else if (!left_out.empty()) {
      ai.profile.rationale.pop_back();  // The full stop.
      ai.profile.rationale += "; " + named_members(left_out, "standard") +
                              (left_out.size() == 1 ? " is" : " are") +
                              " left out: no applicable points.";
    }
    impact.areas.push_back(std::move(ai));
  }
  return impact;
}

}  // namespace s11
