#include "engine/review.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "test_support.h"

namespace s11 {
namespace {

const Framework& oscb() {
  static const Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/oscb-2015.xml");
  return framework;
}

/// A review in memory: `ratings` as {standard id, level name}, `levels` as {id, level}
/// (standard or area ids).
Review make_review(const std::string& name, ReviewerRole role,
                   const std::vector<std::pair<std::string, std::string>>& ratings,
                   const std::vector<std::pair<std::string, int>>& levels = {}) {
  Review review;
  review.reviewer = name;
  review.role = role;
  for (const auto& [id, rating] : ratings) review.standards[id].rating = oscb().scheme.find(rating);
  for (const auto& [id, level] : levels) {
    if (oscb().find_area(id)) {
      review.areas[id].impact_level = level;
    } else {
      review.standards[id].impact_level = level;
    }
  }
  return review;
}

}  // namespace

// --- Cohen's weighted kappa (linear weights), by hand --------------------------------------
// kappa_w = 1 - D_o / D_e, D_o = sum d_ij p_ij, D_e = sum d_ij p_i. p_.j, d_ij = |i-j|/(k-1).

TEST_CASE("kappa is 1 when two raters agree on every item", "[engine][review]") {
  // Every pair on the diagonal: D_o = 0, while D_e > 0 (three categories used), so kappa = 1.
  Agreement a = compare_ratings({{0, 0}, {1, 1}, {2, 2}, {0, 0}}, 4);
  CHECK(a.compared == 4);
  CHECK(a.agreed == 4);
  CHECK(a.exact() == 1.0);
  CHECK(a.kappa == Approx(1.0));
  CHECK(a.ac1 == Approx(1.0));  // p_a = 1
}

TEST_CASE("kappa is exactly 0 when agreement is what chance gives", "[engine][review]") {
  // Table (rows first rater, columns second) over categories 0 and 1 of 4 (k - 1 = 3):
  //   1 1
  //   1 1      n = 4, marginals (1/2, 1/2) for both.
  // D_o = (0 + 1 + 1 + 0) / 4 / 3 = 1/6.  D_e = (1/4 * 1 + 1/4 * 1) / 3 = 1/6.
  // kappa = 1 - (1/6) / (1/6) = 0; exact agreement 2 of 4.
  Agreement a = compare_ratings({{0, 0}, {0, 1}, {1, 0}, {1, 1}}, 4);
  CHECK(a.agreed == 2);
  CHECK(a.exact() == 0.5);
  CHECK(a.kappa == Approx(0.0).margin(1e-12));
  CHECK(kappa_text(a.kappa) == "0.00");
  // AC1 over the scheme's four categories: pi = (1/2, 1/2, 0, 0), sum pi (1 - pi) = 1/2,
  // p_e = (1/2) / 3 = 1/6; AC1 = (1/2 - 1/6) / (5/6) = 0.4.
  CHECK(a.ac1 == Approx(0.4));
}

TEST_CASE("kappa is negative when raters disagree more than chance", "[engine][review]") {
  // Table 0 1 / 1 0: D_o = (1 + 1) / 2 / 3 = 1/3; marginals (1/2, 1/2) for both, so
  // D_e = (1/4 + 1/4) / 3 = 1/6; kappa = 1 - (1/3) / (1/6) = -1.
  Agreement a = compare_ratings({{0, 1}, {1, 0}}, 4);
  CHECK(a.agreed == 0);
  CHECK(a.exact() == 0.0);
  CHECK(a.kappa == Approx(-1.0));
  CHECK(kappa_text(a.kappa) == "-1.00");
  // p_a = 0, p_e = 1/6 as above: AC1 = (0 - 1/6) / (5/6) = -0.2.
  CHECK(a.ac1 == Approx(-0.2));
}

TEST_CASE("kappa over three categories matches the hand computation", "[engine][review]") {
  // Ten items, three categories (weights d = 0, 1/2, 1):
  //            B0 B1 B2 | row
  //        A0   3  1  0 |  4
  //        A1   1  2  1 |  4
  //        A2   0  0  2 |  2
  //       col   4  3  3 | 10
  // Observed: three cells one step apart: D_o = (1 + 1 + 1) * 1/2 / 10 = 0.15.
  // Expected, p = (.4, .4, .2), q = (.4, .3, .3):
  //   i=0: .4*.3*.5 + .4*.3*1  = .18
  //   i=1: .4*.4*.5 + .4*.3*.5 = .14
  //   i=2: .2*.4*1  + .2*.3*.5 = .11      D_e = .43
  // kappa = 1 - .15 / .43 = 28/43 = 0.6512; exact agreement 7 of 10.
  std::vector<std::pair<int, int>> pairs = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 0},
                                            {1, 1}, {1, 1}, {1, 2}, {2, 2}, {2, 2}};
  Agreement a = compare_ratings(pairs, 3);
  CHECK(a.agreed == 7);
  CHECK(a.kappa == Approx(28.0 / 43.0));
  CHECK(kappa_text(a.kappa) == "0.65");
  // AC1: pi = ((.4 + .4) / 2, (.4 + .3) / 2, (.2 + .3) / 2) = (.4, .35, .25);
  // sum pi (1 - pi) = .24 + .2275 + .1875 = .655; p_e = .655 / 2 = .3275;
  // AC1 = (.7 - .3275) / .6725 = 149/269 = 0.55.
  CHECK(a.ac1 == Approx(149.0 / 269.0));
  CHECK(kappa_text(a.ac1) == "0.55");
  // The (k - 1) divisor cancels: the same ratings on a longer scale give the same kappa.
  // AC1 counts every category of the scale: Q = 5 gives p_e = .655 / 4 = .16375 and
  // AC1 = .53625 / .83625 = 429/669.
  Agreement longer = compare_ratings(pairs, 5);
  CHECK(longer.kappa == Approx(28.0 / 43.0));
  CHECK(longer.ac1 == Approx(429.0 / 669.0));
}

TEST_CASE("AC1 stays high where kappa collapses: every rating Green but one", "[engine][review]") {
  // Twelve standards on a four-level scheme (Blue 0, Green 1, Amber 2, Red 3). The first
  // rater puts all twelve at Green; the second all Green but one Amber. Raw agreement 11/12.
  // Kappa: the first rater's marginal is all Green, D_o = (1/12) * (1/3) = 1/36 and
  // D_e = sum_j d(Green, j) * 1 * q_j = (1/3) * (1/12) = 1/36, so kappa = 1 - 1 = 0.
  // AC1: pi_Green = (1 + 11/12) / 2 = 23/24, pi_Amber = 1/24; sum pi (1 - pi) = 2 * 23/576;
  // p_e = (46/576) / 3 = 23/864; AC1 = (11/12 - 23/864) / (1 - 23/864) = 769/841 = 0.91.
  std::vector<std::pair<int, int>> pairs(11, {1, 1});
  pairs.emplace_back(1, 2);
  Agreement a = compare_ratings(pairs, 4);
  CHECK(a.agreed == 11);
  CHECK(a.exact() == Approx(11.0 / 12.0));
  CHECK(a.kappa == Approx(0.0).margin(1e-12));
  CHECK(a.ac1 == Approx(769.0 / 841.0));
  CHECK(kappa_text(a.kappa) == "0.00");
  CHECK(kappa_text(a.ac1) == "0.91");
}

TEST_CASE("AC1 is undefined with nothing compared or a scale of one category", "[engine][review]") {
  CHECK(std::isnan(compare_ratings({}, 4).ac1));
  CHECK(std::isnan(compare_ratings({{0, 0}, {0, 0}}, 1).ac1));
  CHECK(kappa_text(compare_ratings({}, 4).ac1) == "n/a");
  // Both raters always in one and the same category: p_a = 1, so AC1 is 1 (kappa is taken
  // as 1 too).
  Agreement same = compare_ratings({{2, 2}, {2, 2}, {2, 2}}, 4);
  CHECK(same.ac1 == Approx(1.0));
}

TEST_CASE("kappa when chance disagreement is zero or nothing was compared", "[engine][review]") {
  // Both raters used one and the same category: D_e = 0 and D_o = 0, taken as kappa 1.
  Agreement same = compare_ratings({{2, 2}, {2, 2}, {2, 2}}, 4);
  CHECK(same.kappa == 1.0);
  Agreement none = compare_ratings({}, 4);
  CHECK(none.compared == 0);
  CHECK(std::isnan(none.kappa));
  CHECK(std::isnan(none.exact()));
  CHECK(kappa_text(none.kappa) == "n/a");
}

TEST_CASE("two reviewers' agreement is stated as a sentence", "[engine][review]") {
  AgreementSummary s;
  s.pairs = 1;
  s.compared = 12;
  s.agreed = 8;
  s.exact = 8.0 / 12.0;
  s.kappa = 0.52;
  s.ac1 = 0.6;
  CHECK(agreement_sentence(s, "standards") ==
        "Raw agreement 67% (8 of 12 standards); weighted kappa 0.52; Gwet's AC1 0.60");
  s.compared = 0;
  s.agreed = 0;
  CHECK(agreement_sentence(s, "standards") == "n/a: no standards judged by both reviewers");
  CHECK(agreement_sentence(AgreementSummary{}, "standards") ==
        "n/a: agreement needs two reviewers or more");
}

TEST_CASE("three reviewers' agreement is the mean over pairs", "[engine][review]") {
  // A and B agree on all four: exact 1, kappa 1. C moves every rating one step (ranks
  // 1,0,3,2 against 0,1,2,3): exact 0; D_o = 1/3; uniform marginals give
  // D_e = (1/16) * (sum of |i-j| over the 4x4 table = 20) / 3 = 1.25/3; kappa = 1 - 0.8 = 0.2.
  // Means over the three pairs: exact (1 + 0 + 0) / 3 = 33%; kappa (1 + .2 + .2) / 3 = 0.47.
  // AC1: A and B 1 (p_a = 1); A or B with C: p_a = 0, pi = 1/4 each, sum pi (1 - pi) = 3/4,
  // p_e = 1/4, AC1 = -1/3; mean (1 - 1/3 - 1/3) / 3 = 1/9 = 0.11.
  std::vector<Review> reviews = {
      make_review("A", ReviewerRole::kPeer,
                  {{"1", "Blue"}, {"2", "Green"}, {"3", "Amber"}, {"4", "Red"}}),
      make_review("B", ReviewerRole::kPeer,
                  {{"1", "Blue"}, {"2", "Green"}, {"3", "Amber"}, {"4", "Red"}}),
      make_review("C", ReviewerRole::kIndependent,
                  {{"1", "Green"}, {"2", "Blue"}, {"3", "Red"}, {"4", "Amber"}}),
  };
  ReviewAgreement agreement = measure_agreement(reviews, oscb());
  REQUIRE(agreement.pairs.size() == 3);
  CHECK(agreement.pairs[0].ratings.kappa == Approx(1.0));
  CHECK(agreement.pairs[1].first == 0);
  CHECK(agreement.pairs[1].second == 2);
  CHECK(agreement.pairs[1].ratings.kappa == Approx(0.2));
  CHECK(agreement.pairs[2].ratings.kappa == Approx(0.2));
  CHECK(agreement.ratings.pairs == 3);
  CHECK(agreement.ratings.exact == Approx(1.0 / 3.0));
  CHECK(agreement.ratings.kappa == Approx(1.4 / 3.0));
  CHECK(agreement.pairs[1].ratings.ac1 == Approx(-1.0 / 3.0));
  CHECK(agreement.ratings.ac1 == Approx(1.0 / 9.0));
  CHECK(agreement_sentence(agreement.ratings, "standards") ==
        "Mean over 3 pairs of reviewers: raw agreement 33%; weighted kappa 0.47; Gwet's AC1 "
        "0.11");
  // No levels were given, so there is nothing to compare.
  CHECK(agreement.levels.compared == 0);
  CHECK(agreement_sentence(agreement.levels, "standards and areas") ==
        "Mean over 3 pairs of reviewers: raw agreement n/a; weighted kappa n/a; Gwet's AC1 n/a");
}

TEST_CASE("impact levels are compared over standards and areas both judged", "[engine][review]") {
  // Levels 2,2,3 against 2,3,3 (standard 1, standard 2, area leadership); standard 3 and
  // area workforce are judged by one reviewer only and left out.
  std::vector<Review> reviews = {
      make_review("A", ReviewerRole::kPeer, {}, {{"1", 2}, {"2", 2}, {"leadership", 3}, {"3", 1}}),
      make_review("B", ReviewerRole::kPeer, {},
                  {{"1", 2}, {"2", 3}, {"leadership", 3}, {"workforce", 2}}),
  };
  ReviewAgreement agreement = measure_agreement(reviews, oscb());
  CHECK(agreement.levels.compared == 3);
  CHECK(agreement.levels.agreed == 2);
  CHECK(agreement.ratings.compared == 0);
}

TEST_CASE("the moderated rating follows the agreement rule", "[engine][review]") {
  std::vector<Review> reviews = {
      make_review("Peer 1", ReviewerRole::kPeer,
                  {{"1", "Green"}, {"2", "Green"}, {"3", "Green"}, {"6", "Blue"}}),
      make_review("Peer 2", ReviewerRole::kPeer, {{"1", "Green"}, {"2", "Green"}, {"3", "Amber"}}),
      make_review("Independent 1", ReviewerRole::kIndependent,
                  {{"1", "Green"},
                   {"2", "Amber"},
                   {"3", "Amber"},
                   {"4", "Red"},
                   {"6", "Green"},
                   {"7", "Green"}}),
      make_review("Independent 2", ReviewerRole::kIndependent, {{"7", "Amber"}}),
  };
  auto moderated = moderate_ratings(reviews, oscb());
  CHECK(moderated.size() == oscb().standards.size());
  using Basis = ModeratedRating::Basis;
  // All who rated it agree.
  CHECK(moderated.at("1").basis == Basis::kAllAgree);
  CHECK(moderated.at("1").rating->name == "Green");
  CHECK(moderated.at("1").raters == 3);
  CHECK(moderated_text(moderated.at("1")) == "Green");
  // The independent reviewer differs; the peers agree.
  CHECK(moderated.at("2").basis == Basis::kPeersAgree);
  CHECK(moderated_text(moderated.at("2")) == "Green (peer reviewers)");
  // The peers differ among themselves: nothing is carried.
  CHECK(moderated.at("3").basis == Basis::kDisagree);
  CHECK(moderated.at("3").rating == nullptr);
  CHECK(moderated_text(moderated.at("3")) == "reviewers disagree");
  // One rater is all who rated it.
  CHECK(moderated_text(moderated.at("4")) == "Red");
  CHECK(moderated.at("5").basis == Basis::kNotReviewed);
  CHECK(moderated_text(moderated.at("5")) == "not reviewed");
  // A single peer against a single independent reviewer: the peer's rating.
  CHECK(moderated_text(moderated.at("6")) == "Blue (peer reviewers)");
  // Two independent reviewers who differ and no peer.
  CHECK(moderated.at("7").basis == Basis::kDisagree);
}

TEST_CASE("review file names are safe", "[engine][review]") {
  CHECK(review_file_stem("Peer reviewer - Thornbury Health Trust") ==
        "Peer reviewer - Thornbury Health Trust");
  CHECK(review_file_stem("Chair/Vice-chair: board?") == "Chair-Vice-chair- board-");
  CHECK(review_file_stem("  .~lock ") == "lock");
  CHECK(review_file_stem("...") == "reviewer");
  CHECK(review_file_stem(std::string(100, 'x')).size() == 80);
  CHECK(parse_role(" Independent ") == ReviewerRole::kIndependent);
  CHECK(!parse_role("observer"));
}

}  // namespace s11
