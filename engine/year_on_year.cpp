#include "engine/year_on_year.h"

#include <string_view>

#include "engine/words.h"

namespace s11 {
namespace {

using words::kNotApplicable;
using words::kNotAvailable;
using words::kNotRated;
constexpr std::string_view kOverallLabel = words::kOverall;

std::string arrow() { return " \u2192 "; }

/// A change of a percentage, the sign in words: "up 17 percentage points", "down 1 percentage
/// point" (a "point" alone reads as a point of the framework).
std::string points_change(int delta) {
  const int size = delta < 0 ? -delta : delta;
  return std::string(delta > 0 ? "up " : "down ") + std::to_string(size) +
         (size == 1 ? " percentage point" : " percentage points");
}

std::string level_words(const std::optional<int>& level) {
  if (!level) return std::string(kNotAvailable);
  return *level > 0 ? std::to_string(*level) : std::string("not yet 1");
}

/// "level 1 → 2", "level not yet 1 → 2", "no change".
std::string level_change(const std::optional<int>& before, const std::optional<int>& now) {
  if (before == now) return "no change";
  return "level " + level_words(before) + arrow() + level_words(now);
}

int rank_of(const std::vector<std::string>& levels, const std::string& name) {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string rating_words(const std::string& name, std::string_view none) {
  return name.empty() ? std::string(none) : name;
}

StandardChange compare_standard(const PreviousReturn& previous, const PreviousStandard* before,
                                const std::string& id, const RatingLevel* evidence,
                                const RatingLevel* agency, const Tally& tally,
                                std::optional<int> level, bool has_levels) {
  StandardChange change;
  change.id = id;
  change.current_rating = evidence ? evidence->name : "";
  change.current_agency_rating = agency ? agency->name : "";
  change.current_level = level;
  if (!before) {
    change.is_new = true;
    change.text = id == kOverallLabel ? "not in last year's return" : "new standard";
    change.level_text = change.text;
    return change;
  }
  change.previous_rating = before->evidence_rating;
  change.previous_agency_rating = before->agency_rating;
  change.previous_level = before->operating_level;
  const int was = rank_of(previous.scheme_levels, change.previous_rating);
  const int now = rank_of(previous.scheme_levels, change.current_rating);
  if (was >= 0 && now >= 0) change.rating_steps = was - now;
  if (tally.applicable > 0 && before->met_percent) {
    change.met_change = tally.met_percent() - *before->met_percent;
  }
  if (tally.applicable > 0 && before->evidenced_percent) {
    change.evidenced_change = tally.evidenced_percent() - *before->evidenced_percent;
  }

  std::vector<std::string> parts;
  if (change.met_change && *change.met_change != 0) {
    parts.push_back("met " + points_change(*change.met_change));
  }
  if (change.evidenced_change && *change.evidenced_change != 0) {
    parts.push_back("evidenced " + points_change(*change.evidenced_change));
  }
  if (change.previous_agency_rating != change.current_agency_rating) {
    parts.push_back("agency rating " + rating_words(change.previous_agency_rating, kNotRated) +
                    arrow() + rating_words(change.current_agency_rating, kNotRated));
  }
  if (change.previous_rating != change.current_rating) {
    parts.insert(parts.begin(), rating_words(change.previous_rating, kNotApplicable) + arrow() +
                                    rating_words(change.current_rating, kNotApplicable));
  } else if (!parts.empty()) {
    parts.insert(parts.begin(),
                 rating_words(change.current_rating, kNotApplicable) + ", unchanged");
  }
  change.text = parts.empty() ? "no change" : parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) change.text += "; " + parts[i];

  if (id == kOverallLabel) {
    change.level_text = "";
  } else if (!has_levels) {
    change.level_text = "not assessed last year";
  } else {
    change.level_text = level_change(change.previous_level, change.current_level);
  }
  return change;
}

}  // namespace

const PreviousStandard* PreviousReturn::find_standard(const std::string& id) const {
  for (const auto& standard : standards) {
    if (standard.id == id) return &standard;
  }
  return nullptr;
}

const PreviousArea* PreviousReturn::find_area(const std::string& id) const {
  for (const auto& area : areas) {
    if (area.id == id) return &area;
  }
  return nullptr;
}
std::vector<std::string> YearOnYear::standard_texts() const {
  std::vector<std::string> out;
  for (const auto& change : standards) out.push_back(change.text);
  return out;
}

std::vector<std::string> YearOnYear::standard_level_texts() const {
  std::vector<std::string> out;
  for (const auto& change : standards) out.push_back(change.level_text);
  return out;
}

std::vector<std::string> YearOnYear::area_texts() const {
  std::vector<std::string> out;
  for (const auto& change : areas) out.push_back(change.text);
  return out;
}

YearOnYear compare_years(const PreviousReturn& previous, const AuditResult& result,
                         const ImpactResult& impact) {
  YearOnYear out;
  out.previous_period = previous.period;
  for (const auto& sr : result.standards) {
    const std::string& id = sr.standard->id;
    std::optional<int> level;
    for (const auto& si : impact.standards) {
      if (si.standard && si.standard->id == id && si.profile.members > 0) {
        level = si.profile.operating;
      }
    }
    out.standards.push_back(compare_standard(previous, previous.find_standard(id), id,
                                             sr.evidence_rating, sr.agency_rating, sr.tally, level,
                                             previous.has_impact));
  }
  out.overall = compare_standard(previous, previous.overall ? &*previous.overall : nullptr,
                                 std::string(kOverallLabel), result.overall_rating,
                                 result.agency_overall_rating, result.overall, std::nullopt,
                                 previous.has_impact);
  for (const auto& ai : impact.areas) {
    AreaChange change;
    change.id = ai.area ? ai.area->id : "";
    if (ai.profile.members > 0) change.current_level = ai.profile.operating;
    const PreviousArea* before = previous.find_area(change.id);
    if (!previous.has_impact) {
      change.text = "not assessed last year";
    } else if (!before) {
      change.is_new = true;
      change.text = "new focus area";
    } else {
      change.previous_level = before->operating_level;
      if (change.previous_level && change.current_level) {
        change.level_steps = *change.current_level - *change.previous_level;
      }
      change.text = level_change(change.previous_level, change.current_level);
    }
    out.areas.push_back(std::move(change));
  }
  for (const auto& standard : previous.standards) {
    bool found = false;
    for (const auto& sr : result.standards) found |= sr.standard->id == standard.id;
    if (!found) out.removed_standards.push_back(standard.id);
  }
  for (const auto& area : previous.areas) {
    bool found = false;
    for (const auto& ai : impact.areas) found |= ai.area && ai.area->id == area.id;
    if (!found) out.removed_areas.push_back(area.id);
  }
  return out;
}

}  // namespace s11
