#pragma once
/// Scores an audit against its framework's rating scheme: per point, per standard and overall,
/// with the agency's own ratings beside the evidence-based ones and every gap explained.

#include <string>
#include <vector>

#include "base/percent.h"
#include "engine/audit.h"

namespace s11 {

/// How one point stands.
struct PointResult {
  const Standard* standard = nullptr;
  const Point* point = nullptr;
  PointAssessment assessment;
  std::vector<const EvidenceItem*> current;        ///< Supporting items within the currency window.
  std::vector<const EvidenceItem*> stale;          ///< Supporting items older than the window.
  std::vector<const EvidenceItem*> contradicting;  ///< Current results that contradict it.
  bool applicable() const { return assessment.status != PointStatus::kNotApplicable; }
  bool met() const { return assessment.status == PointStatus::kMet; }
  bool evidenced() const { return !current.empty(); }
  /// A current supporting item is marked as a best-practice example.
  bool best_practice() const;
};

/// Counts over a set of points (a standard, or the whole audit) that a rating is taken from.
struct Tally {
  int points = 0;             ///< All points.
  int applicable = 0;         ///< Points not marked Not applicable.
  int met = 0;                ///< Applicable points Met.
  int evidenced = 0;          ///< Applicable points with current evidence.
  int best_practice = 0;      ///< Applicable points with a current best-practice example.
  int essential_not_met = 0;  ///< Applicable essential points not Met.

  void add(const PointResult& point);
  /// Whole-number percentages for display (see display_percent).
  int met_percent() const;
  int evidenced_percent() const;
};

/// How the agency's own rating compares with the rating its evidence supports.
enum class Claim {
  kNotRated,    ///< The agency gave no rating, or nothing is applicable.
  kMatches,     ///< Same level.
  kOverClaim,   ///< The agency rated itself above what the evidence supports.
  kUnderClaim,  ///< The agency rated itself below it.
};

/// How one standard stands.
struct StandardResult {
  const Standard* standard = nullptr;
  std::vector<PointResult> points;
  Tally tally;
  const RatingLevel* evidence_rating = nullptr;  ///< nullptr when no point is applicable.
  const RatingLevel* agency_rating = nullptr;    ///< nullptr when the agency gave none.
  Claim claim = Claim::kNotRated;
  int survey_questions = 0;  ///< Staff survey questions with results for its points.
  int survey_below = 0;      ///< Of those, how many are below their thresholds.
};

/// One line of the gap list.
struct Gap {
  const Standard* standard = nullptr;  ///< nullptr for the overall rating's over-claim.
  const Point* point = nullptr;        ///< nullptr for a standard-level gap (an over-claim).
  bool essential = false;
  std::string status;  ///< The self-assessed status label, or the agency's rating.
  std::string reason;  ///< In words, e.g. "only stale evidence: E12 (3 March 2012)".
  std::string action;  ///< The framework's suggested action.
  /// The agency's rating is above what its evidence supports (standard or overall): the
  /// rating is corrected in the return, so the action plan drafts no action for it.
  bool over_claim = false;
};

/// Everything the return reports.
struct AuditResult {
  std::vector<StandardResult> standards;  ///< In framework order.
  Tally overall;
  const RatingLevel* overall_rating = nullptr;  ///< nullptr when nothing is applicable.
  const RatingLevel* agency_overall_rating = nullptr;
  Claim overall_claim = Claim::kNotRated;
  std::vector<Gap> gaps;  ///< Essential first, then an overall over-claim, then framework order.
  Date stale_before;      ///< Evidence dated before this day is stale.
};

/// The best level of `scheme` whose conditions `tally` meets (the last level always matches).
/// nullptr when no point is applicable.
const RatingLevel* rate(const RatingScheme& scheme, const Tally& tally);

/// Why `tally` falls short of `level`, in words ("needs 100% of points evidenced, has 83%;
/// needs a best-practice example, has none"); empty when it does not.
std::string shortfall(const RatingLevel& level, const Tally& tally);

/// "Green: all points met and most points evidenced (100% met, 83% evidenced)": the level,
/// the scheme's words for it and the actual figures, as a return states its rating.
std::string rating_sentence(const RatingLevel& level, const Tally& tally);

/// Scores `audit`. Never fails on a well-formed model.
AuditResult score_audit(const Audit& audit);

}  // namespace s11
