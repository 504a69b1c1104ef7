#include "engine/plan_leads.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/text.h"

namespace s11 {
namespace {

/// One part of a Lead cell: a person's name (trimmed) or the text between names, as written.
struct Part {
  std::string text;
  bool name = false;
};

std::vector<std::string> words(const std::string& text) { return split_list(text, " \t\r\n"); }

/// Appends `text` as a name with its surrounding spaces kept as separators.
void add_name(std::vector<Part>& parts, const std::string& text) {
  const std::string core = trim(text);
  if (core.empty()) {
    if (!text.empty()) parts.push_back({text, false});
    return;
  }
  const std::size_t start = text.find(core);
  if (start > 0) parts.push_back({text.substr(0, start), false});
  parts.push_back({core, true});
  if (start + core.size() < text.size()) parts.push_back({text.substr(start + core.size()), false});
}

/// Splits `text` (no "/") on " and " when each side has at least two words.
void add_names(std::vector<Part>& parts, const std::string& text) {
  const std::string low = lower(text);
  const std::size_t at = low.find(" and ");
  if (at != std::string::npos) {
    const std::string left = text.substr(0, at);
    const std::string right = text.substr(at + 5);
    if (words(left).size() >= 2 && words(right).size() >= 2) {
      add_name(parts, left);
      parts.push_back({text.substr(at, 5), false});
      add_names(parts, right);
      return;
    }
  }
  add_name(parts, text);
}

std::vector<Part> split_lead(const std::string& lead) {
  std::vector<Part> parts;
  std::size_t begin = 0;
  while (true) {
    const std::size_t slash = lead.find('/', begin);
    add_names(parts,
              lead.substr(begin, slash == std::string::npos ? std::string::npos : slash - begin));
    if (slash == std::string::npos) break;
    parts.push_back({"/", false});
    begin = slash + 1;
  }
  return parts;
}

/// "path: Sheet!C14" -> {"path: Sheet!", "C14"}; no "!" -> {"", source}.
std::pair<std::string, std::string> split_place(const std::string& source) {
  const std::size_t bang = source.rfind('!');
  if (bang == std::string::npos) return {"", source};
  return {source.substr(0, bang + 1), source.substr(bang + 1)};
}

}  // namespace

int name_distance(const std::string& a, const std::string& b) {
  const std::size_t n = a.size();
  const std::size_t m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[n][m];
}

bool same_person(const std::string& a, const std::string& b) {
  const auto wa = words(lower(a));
  const auto wb = words(lower(b));
  if (wa.empty() || wb.empty() || wa.size() != wb.size() || wa == wb) return false;
  int total = 0;
  for (std::size_t i = 0; i < wa.size(); ++i) {
    if (wa[i] == wb[i]) continue;
    if (wa[i].front() != wb[i].front()) return false;
    const int d = name_distance(wa[i], wb[i]);
    if (d * 5 > static_cast<int>(std::max(wa[i].size(), wb[i].size()))) return false;
    total += d;
  }
  return total <= 2;
}

std::vector<std::string> lead_names(const std::string& lead) {
  std::vector<std::string> names;
  for (const auto& part : split_lead(lead)) {
    if (part.name) names.push_back(part.text);
  }
  return names;
}

std::vector<std::string> unify_leads(ActionPlan& plan) {
  // Every spelling, in the order met, with its count and the places it was found.
  struct Spelling {
    std::string text;
    int count = 0;
    std::vector<std::string> places;
  };
  std::vector<Spelling> spellings;
  std::map<std::string, std::size_t> index;
  for (const auto& action : plan.actions) {
    for (const auto& m : action.milestones) {
      for (const auto& name : lead_names(m.lead)) {
        const std::string key = words(name).empty() ? name : join(words(name), " ");
        auto [it, added] = index.emplace(key, spellings.size());
        if (added) spellings.push_back({key, 0, {}});
        Spelling& s = spellings[it->second];
        ++s.count;
        if (!m.source.empty() &&
            std::find(s.places.begin(), s.places.end(), m.source) == s.places.end()) {
          s.places.push_back(m.source);
        }
      }
    }
  }
  // Group spellings that chain by same_person (union-find over the order met).
  std::vector<std::size_t> group(spellings.size());
  for (std::size_t i = 0; i < group.size(); ++i) group[i] = i;
  auto root = [&](std::size_t i) {
    while (group[i] != i) i = group[i];
    return i;
  };
  for (std::size_t i = 0; i < spellings.size(); ++i) {
    for (std::size_t j = i + 1; j < spellings.size(); ++j) {
      if (normalise(spellings[i].text) == normalise(spellings[j].text) ||
          same_person(spellings[i].text, spellings[j].text)) {
        const std::size_t ri = root(i);
        const std::size_t rj = root(j);
        group[std::max(ri, rj)] = std::min(ri, rj);
      }
    }
  }
  std::map<std::string, std::string> canonical;  // spelling -> the spelling to write
  std::vector<std::string> warnings;
  for (std::size_t r = 0; r < spellings.size(); ++r) {
    if (root(r) != r) continue;
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < spellings.size(); ++i) {
      if (root(i) == r) members.push_back(i);
    }
    if (members.size() < 2) continue;
    std::size_t best = members.front();
    for (std::size_t i : members) {
      if (spellings[i].count > spellings[best].count) best = i;
    }
    std::vector<std::string> variants;
    std::string first_prefix;
    bool first_place = true;
    for (std::size_t i : members) {
      canonical[spellings[i].text] = spellings[best].text;
      if (i == best) continue;
      std::vector<std::string> places;
      for (const auto& place : spellings[i].places) {
        auto [prefix, cell] = split_place(place);
        if (first_place) {
          first_prefix = prefix;
          first_place = false;
          places.push_back(place);
        } else {
          places.push_back(!prefix.empty() && prefix == first_prefix ? cell : place);
        }
      }
      variants.push_back(spellings[i].text +
                         (places.empty() ? "" : " (" + join(places, ", ") + ")"));
    }
    warnings.push_back(spellings[best].text + " is also written " + join(variants, ", ") +
                       "; all read as " + spellings[best].text);
  }
  if (canonical.empty()) return warnings;
  for (auto& action : plan.actions) {
    for (auto& m : action.milestones) {
      std::string rewritten;
      for (const auto& part : split_lead(m.lead)) {
        if (!part.name) {
          rewritten += part.text;
          continue;
        }
        const std::string key = join(words(part.text), " ");
        auto it = canonical.find(key);
        rewritten += it == canonical.end() ? part.text : it->second;
      }
      m.lead = rewritten;
    }
  }
  return warnings;
}

}  // namespace s11
