#pragma once
/// Peer and independent review: the reviewer's workbook (`DIR/reviews/NAME.xlsx`, made by
/// `s11 review`), reading every such workbook back, the agreement between reviewers, and the
/// moderated rating each standard carries into the return.
///
/// A reviewer judges each focus area and each standard: an impact level 1-4 (seed 002 §3.7),
/// for standards a moderated rating on the framework's scheme, a rationale and a
/// recommendation. Any of them may be left blank (not reviewed).

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/date_period.h"
#include "standards/framework.h"

namespace s11 {

/// Who a reviewer is: a peer from the board's challenge event, or an independent reviewer.
enum class ReviewerRole { kPeer, kIndependent };

/// "peer" or "independent".
std::string role_label(ReviewerRole role);
/// The role named `text` (case-insensitive, spaces ignored), or nothing.
std::optional<ReviewerRole> parse_role(std::string_view text);

/// A file name for a reviewer's workbook, without ".xlsx": `reviewer` with characters that
/// are unsafe in file names (/ \ : * ? " < > | and control characters) replaced by "-",
/// leading dots, tildes and spaces dropped, at most 80 bytes; "reviewer" when nothing is left.
std::string review_file_stem(const std::string& reviewer);

/// One reviewer's judgement of one standard or focus area. Blank inputs stay empty.
struct ReviewJudgement {
  int impact_level = 0;                 ///< 1-4, or 0 when not given.
  const RatingLevel* rating = nullptr;  ///< Moderated rating (standards only), or nullptr.
  std::string rationale;
  std::string recommendation;
  int row = 0;  ///< Zero-based row it was read from.
};

/// One reviewer's workbook as read.
struct Review {
  std::string path;      ///< The file read.
  std::string reviewer;  ///< As given in the workbook; the file name's stem when blank.
  ReviewerRole role = ReviewerRole::kPeer;
  std::optional<DatePeriod> date;                    ///< When given; a month is kept a month.
  std::map<std::string, ReviewJudgement> standards;  ///< By standard id; rows with input only.
  std::map<std::string, ReviewJudgement> areas;      ///< By focus area id; rows with input only.
  std::vector<std::string> warnings;                 ///< Located; do not stop the run.

  /// The judgement of standard `id`, or nullptr when the reviewer left it blank.
  const ReviewJudgement* standard(const std::string& id) const;
  /// The judgement of focus area `id`, or nullptr when the reviewer left it blank.
  const ReviewJudgement* area(const std::string& id) const;
};

/// How far two raters agree over the items both rated.
struct Agreement {
  int compared = 0;  ///< Items both rated.
  int agreed = 0;    ///< Of those, items given the same value.
  /// Cohen's weighted kappa with linear weights; NaN when undefined (nothing compared).
  double kappa = 0;
  /// Gwet's AC1 (nominal categories); NaN when undefined (nothing compared, or a scale of
  /// fewer than two categories).
  double ac1 = 0;

  /// Raw agreement: agreed / compared as a fraction 0-1; NaN when nothing was compared.
  double exact() const;
};

/// Compares two raters' ordinal ratings. Each pair is (first rater's category, second
/// rater's category), categories 0 .. categories-1 in scale order.
///
/// Cohen's weighted kappa with linear weights: with n pairs, observed proportions
/// p_ij = n_ij / n, marginals p_i. and p_.j, and disagreement weights
/// d_ij = |i - j| / (k - 1) for k categories,
///
///     D_o = sum_ij d_ij p_ij            (observed weighted disagreement)
///     D_e = sum_ij d_ij p_i. p_.j       (disagreement expected by chance)
///     kappa_w = 1 - D_o / D_e
///
/// which equals (P_o - P_e) / (1 - P_e) with agreement weights w_ij = 1 - d_ij. The (k - 1)
/// cancels, so kappa does not depend on it. 1 is perfect agreement, 0 agreement no better
/// than chance, negative worse than chance. When D_e is 0 (both raters used one and the same
/// category throughout) kappa is 1 if D_o is 0 too, else undefined (NaN); with nothing
/// compared it is NaN. Kappa falls towards 0 when nearly every rating is in one category, even
/// when the raters agree on almost all of them (the "kappa paradox").
///
/// Raw agreement: p_a = (pairs on the diagonal) / n, the share of items rated the same.
///
/// Gwet's AC1, first-order agreement coefficient for nominal categories: with Q = `categories`
/// (every level of the rating scheme, used or not) and pi_q = (p_q. + p_.q) / 2, the mean of
/// the two raters' proportions in category q,
///
///     p_e = 1 / (Q - 1) * sum_q pi_q (1 - pi_q)     (chance agreement)
///     AC1 = (p_a - p_e) / (1 - p_e)
///
/// p_e is at most 1/Q, so 1 - p_e > 0 whenever Q >= 2. AC1 is 1 for perfect agreement and
/// stays high when nearly every rating is the same level and the raters agree (12 items, one
/// rater all Green, the other all Green but one Amber, Q = 4: p_a = 11/12, p_e = 23/864,
/// AC1 = 769/841 = 0.91, while kappa is 0). Undefined (NaN) with nothing compared or Q < 2.
Agreement compare_ratings(const std::vector<std::pair<int, int>>& pairs, int categories);

/// The agreement between two reviewers (indices into the reviews).
struct PairAgreement {
  std::size_t first = 0;
  std::size_t second = 0;
  Agreement ratings;  ///< Moderated ratings, over standards both rated (scheme order).
  Agreement levels;   ///< Impact levels 1-4, over standards and areas both judged.
};

/// A headline figure: for two reviewers their pair; for more, the mean over pairs.
struct AgreementSummary {
  int pairs = 0;     ///< Pairs of reviewers the figure is taken over.
  int compared = 0;  ///< Two reviewers: items both judged. More: total over pairs.
  int agreed = 0;    ///< Two reviewers: items judged the same. More: total over pairs.
  double exact = 0;  ///< Fraction 0-1: the pair's, or the mean over pairs that compared
                     ///< anything; NaN when none did.
  double kappa = 0;  ///< The pair's, or the mean over pairs with a defined kappa; NaN
                     ///< when none has one.
  double ac1 = 0;    ///< The pair's, or the mean over pairs with a defined AC1; NaN when
                     ///< none has one.
};

/// Agreement between all reviewers.
struct ReviewAgreement {
  std::vector<PairAgreement> pairs;  ///< Every pair, (0,1), (0,2) ... in review order.
  AgreementSummary ratings;          ///< Moderated ratings.
  AgreementSummary levels;           ///< Impact levels.
};

/// Measures agreement between every pair of `reviews`: moderated ratings on the ordinal
/// scale of `framework.scheme` (best level first) over standards both rated, impact levels on
/// the 1-4 scale over standards and areas both judged. Fewer than two reviews give no pairs
/// and NaN figures.
ReviewAgreement measure_agreement(const std::vector<Review>& reviews, const Framework& framework);

/// "Raw agreement 67% (8 of 12 standards); weighted kappa 0.52; Gwet's AC1 0.60", or for more
/// than two reviewers "Mean over 3 pairs of reviewers: raw agreement 61%; weighted kappa 0.40;
/// Gwet's AC1 0.55". `items` names what was compared ("standards"). Undefined figures show as
/// "n/a".
std::string agreement_sentence(const AgreementSummary& summary, const std::string& items);

/// A coefficient (kappa, AC1) to two decimals ("0.52", "-1.00"), or "n/a" when undefined.
std::string kappa_text(double kappa);

/// The moderated rating a standard carries into the return.
struct ModeratedRating {
  enum class Basis {
    kNotReviewed,  ///< No reviewer rated it.
    kAllAgree,     ///< Every reviewer who rated it gave this rating.
    kPeersAgree,   ///< Reviewers differ, but the peer reviewers who rated it agree.
    kDisagree,     ///< Reviewers differ and the peers do not settle it: nothing is carried.
  };
  Basis basis = Basis::kNotReviewed;
  const RatingLevel* rating = nullptr;  ///< nullptr unless kAllAgree or kPeersAgree.
  int raters = 0;                       ///< Reviewers who rated the standard.
};

/// The moderated rating of every standard of `framework`, by standard id. The rule: when all
/// reviewers who rated a standard agree, their rating; when they differ, the peer reviewers'
/// common rating if at least one peer rated it and all peers who did agree (the peer
/// challenge event is the board's moderation; an independent reviewer's dissent is shown on
/// the Review sheet, not carried); otherwise none ("reviewers disagree").
std::map<std::string, ModeratedRating> moderate_ratings(const std::vector<Review>& reviews,
                                                        const Framework& framework);

/// The carried rating in words, as the Summary, Return and Review sheets show it: "Green",
/// "Green (peer reviewers)", "reviewers disagree" or "not reviewed".
std::string moderated_text(const ModeratedRating& moderated);

}  // namespace s11
