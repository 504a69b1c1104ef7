#include "engine/review.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "base/text.h"
#include "engine/scoring.h"

namespace s11 {
namespace {

constexpr std::size_t kFileStemMax = 80;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A proportion as a whole percentage that never shows 100 unless all, nor 0 unless none.
int percent_of(double fraction) {
  long value = std::lround(fraction * 100.0);
  if (value >= 100 && fraction < 1.0) value = 99;
  if (value <= 0 && fraction > 0.0) value = 1;
  return static_cast<int>(value);
}

AgreementSummary summarise(const std::vector<PairAgreement>& pairs,
                           Agreement PairAgreement::*which) {
  AgreementSummary summary;
  summary.pairs = static_cast<int>(pairs.size());
  summary.exact = kNaN;
  summary.kappa = kNaN;
  summary.ac1 = kNaN;
  if (pairs.size() == 1) {
    const Agreement& a = pairs.front().*which;
    summary.compared = a.compared;
    summary.agreed = a.agreed;
    summary.exact = a.exact();
    summary.kappa = a.kappa;
    summary.ac1 = a.ac1;
    return summary;
  }
  double exact_sum = 0;
  double kappa_sum = 0;
  double ac1_sum = 0;
  int exact_n = 0;
  int kappa_n = 0;
  int ac1_n = 0;
  for (const auto& pair : pairs) {
    const Agreement& a = pair.*which;
    summary.compared += a.compared;
    summary.agreed += a.agreed;
    if (a.compared > 0) {
      exact_sum += a.exact();
      ++exact_n;
    }
    if (!std::isnan(a.kappa)) {
      kappa_sum += a.kappa;
      ++kappa_n;
    }
    if (!std::isnan(a.ac1)) {
      ac1_sum += a.ac1;
      ++ac1_n;
    }
  }
  if (exact_n > 0) summary.exact = exact_sum / exact_n;
  if (kappa_n > 0) summary.kappa = kappa_sum / kappa_n;
  if (ac1_n > 0) summary.ac1 = ac1_sum / ac1_n;
  return summary;
}

}  // namespace

std::string role_label(ReviewerRole role) {
  return role == ReviewerRole::kIndependent ? "independent" : "peer";
}

std::optional<ReviewerRole> parse_role(std::string_view text) {
  std::string t = normalise(text);
  if (t == "peer" || t == "peer reviewer") return ReviewerRole::kPeer;
  if (t == "independent" || t == "independent reviewer") return ReviewerRole::kIndependent;
  return std::nullopt;
}

std::string review_file_stem(const std::string& reviewer) {
  std::string out;
  for (char c : trim(reviewer)) {
    auto u = static_cast<unsigned char>(c);
    bool unsafe =
        u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos;
    out += unsafe ? '-' : c;
  }
  std::size_t start = out.find_first_not_of(".~ ");
  out = start == std::string::npos ? std::string() : out.substr(start);
  if (out.size() > kFileStemMax) {
    std::size_t cut = kFileStemMax;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out.empty() ? "reviewer" : out;
}

const ReviewJudgement* Review::standard(const std::string& id) const {
  auto it = standards.find(id);
  return it == standards.end() ? nullptr : &it->second;
}

const ReviewJudgement* Review::area(const std::string& id) const {
  auto it = areas.find(id);
  return it == areas.end() ? nullptr : &it->second;
}
double Agreement::exact() const {
  return compared == 0 ? kNaN : static_cast<double>(agreed) / compared;
}

Agreement compare_ratings(const std::vector<std::pair<int, int>>& pairs, int categories) {
  Agreement result;
  result.compared = static_cast<int>(pairs.size());
  result.kappa = kNaN;
  result.ac1 = kNaN;
  if (pairs.empty() || categories < 1) return result;
  const auto k = static_cast<std::size_t>(categories);
  std::vector<double> first(k, 0.0);
  std::vector<double> second(k, 0.0);
  const double n = static_cast<double>(pairs.size());
  const double scale = categories > 1 ? categories - 1 : 1;
  double observed = 0;
  for (const auto& [a, b] : pairs) {
    result.agreed += a == b;
    observed += std::abs(a - b) / scale;
    first[static_cast<std::size_t>(a)] += 1.0 / n;
    second[static_cast<std::size_t>(b)] += 1.0 / n;
  }
  observed /= n;
  if (categories >= 2) {
    // Gwet's AC1: chance agreement from the raters' mean proportions per category.
    double chance = 0;
    for (std::size_t q = 0; q < k; ++q) {
      const double pi = (first[q] + second[q]) / 2;
      chance += pi * (1 - pi);
    }
    chance /= static_cast<double>(categories - 1);
    result.ac1 = (result.agreed / n - chance) / (1 - chance);
  }
  double expected = 0;
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      double distance = i > j ? static_cast<double>(i - j) : static_cast<double>(j - i);
      expected += distance / scale * first[i] * second[j];
    }
  }
  // Rounding can leave a hair above zero where the exact value is zero.
  constexpr double kTiny = 1e-12;
  if (expected < kTiny) {
    result.kappa = observed < kTiny ? 1.0 : kNaN;
  } else {
    result.kappa = 1.0 - observed / expected;
  }
  return result;
}

ReviewAgreement measure_agreement(const std::vector<Review>& reviews, const Framework& framework) {
  ReviewAgreement agreement;
  const int rating_categories = static_cast<int>(framework.scheme.levels.size());
  for (std::size_t a = 0; a < reviews.size(); ++a) {
    for (std::size_t b = a + 1; b < reviews.size(); ++b) {
      std::vector<std::pair<int, int>> ratings;
      std::vector<std::pair<int, int>> levels;
      auto add_level = [&](const ReviewJudgement* x, const ReviewJudgement* y) {
        if (x && y && x->impact_level > 0 && y->impact_level > 0) {
          levels.emplace_back(x->impact_level - 1, y->impact_level - 1);
        }
      };
      for (const auto& standard : framework.standards) {
        const ReviewJudgement* x = reviews[a].standard(standard.id);
        const ReviewJudgement* y = reviews[b].standard(standard.id);
        if (x && y && x->rating && y->rating) {
          ratings.emplace_back(static_cast<int>(framework.scheme.rank(*x->rating)),
                               static_cast<int>(framework.scheme.rank(*y->rating)));
        }
        add_level(x, y);
      }
      for (const auto& area : framework.areas) {
        add_level(reviews[a].area(area.id), reviews[b].area(area.id));
      }
      PairAgreement pair;
      pair.first = a;
      pair.second = b;
      pair.ratings = compare_ratings(ratings, rating_categories);
      pair.levels = compare_ratings(levels, 4);
      agreement.pairs.push_back(pair);
    }
  }
  agreement.ratings = summarise(agreement.pairs, &PairAgreement::ratings);
  agreement.levels = summarise(agreement.pairs, &PairAgreement::levels);
  return agreement;
}

std::string kappa_text(double kappa) {
  if (std::isnan(kappa)) return "n/a";
  if (std::fabs(kappa) < 0.005) kappa = 0;  // never "-0.00"
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", kappa);
  return text;
}

std::string agreement_sentence(const AgreementSummary& summary, const std::string& items) {
  const std::string coefficients =
      "weighted kappa " + kappa_text(summary.kappa) + "; Gwet's AC1 " + kappa_text(summary.ac1);
  if (summary.pairs == 0) return "n/a: agreement needs two reviewers or more";
  if (summary.pairs == 1) {
    if (summary.compared == 0) return "n/a: no " + items + " judged by both reviewers";
    return "Raw agreement " + std::to_string(display_percent(summary.agreed, summary.compared)) +
           "% (" + std::to_string(summary.agreed) + " of " + std::to_string(summary.compared) +
           " " + items + "); " + coefficients;
  }
  std::string exact = std::isnan(summary.exact) ? std::string("n/a")
                                                : std::to_string(percent_of(summary.exact)) + "%";
  return "Mean over " + std::to_string(summary.pairs) + " pairs of reviewers: raw agreement " +
         exact + "; " + coefficients;
}

std::map<std::string, ModeratedRating> moderate_ratings(const std::vector<Review>& reviews,
                                                        const Framework& framework) {
  std::map<std::string, ModeratedRating> moderated;
  for (const auto& standard : framework.standards) {
    ModeratedRating& m = moderated[standard.id];
    std::set<const RatingLevel*> all;
    std::set<const RatingLevel*> peers;
    for (const auto& review : reviews) {
      const ReviewJudgement* j = review.standard(standard.id);
      if (!j || !j->rating) continue;
      ++m.raters;
      all.insert(j->rating);
      if (review.role == ReviewerRole::kPeer) peers.insert(j->rating);
    }
    if (all.empty()) continue;
    if (all.size() == 1) {
      m.basis = ModeratedRating::Basis::kAllAgree;
      m.rating = *all.begin();
    } else if (peers.size() == 1) {
      m.basis = ModeratedRating::Basis::kPeersAgree;
      m.rating = *peers.begin();
    } else {
      m.basis = ModeratedRating::Basis::kDisagree;
    }
  }
  return moderated;
}

std::string moderated_text(const ModeratedRating& moderated) {
  switch (moderated.basis) {
    case ModeratedRating::Basis::kNotReviewed:
      return "not reviewed";
    case ModeratedRating::Basis::kAllAgree:
      return moderated.rating->name;
    case ModeratedRating::Basis::kPeersAgree:
      return moderated.rating->name + " (peer reviewers)";
    case ModeratedRating::Basis::kDisagree:
      break;
  }
  return "reviewers disagree";
}

}  // namespace s11
