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
  std::vector<const EvidenceItem*> current;  ///< Current items that support it (Supports).
  std::vector<const EvidenceItem*> partial;  ///< Current items that show it only in part.
  std::vector<const EvidenceItem*> stale;    ///< Items older than the window (any kind).
  /// Current items that contradict it (marked Contradicts, or a survey result below its
  /// threshold).
  std::vector<const EvidenceItem*> contradicting;
  bool applicable() const { return assessment.status != PointStatus::kNotApplicable; }
  /// Self-assessed Met.
  bool met() const { return assessment.status == PointStatus::kMet; }
  /// Some current item supports it fully; Partly items alone are not proof.
  bool evidenced() const { return !current.empty(); }
  /// Some current item contradicts it.
  bool contradicted() const { return !contradicting.empty(); }
  /// Met as judged from the evidence: self-assessed Met and not contradicted.
  bool judged_met() const { return met() && !contradicted(); }
  /// Something must change (an applicable point): self-assessed Not met or Partly met, or
  /// contradicted by current evidence whatever its status, or self-assessed Met with current
  /// evidence that shows it only in part and none that shows it fully.
  bool practice_gap() const;
  /// Something must be filed or recorded (an applicable point that is no practice gap):
  /// self-assessed Met with nothing current in the register that shows it, or given no status.
  bool evidence_gap() const;
  /// A current supporting item is marked as a best-practice example.
  bool best_practice() const;
};

/// Counts over a set of points (a standard, or the whole audit) that a rating is taken from.
struct Tally {
  int points = 0;             ///< All points.
  int applicable = 0;         ///< Points not marked Not applicable.
  int met = 0;                ///< Applicable points Met as judged (PointResult::judged_met).
  int contradicted = 0;       ///< Applicable points contradicted by current evidence.
  int evidenced = 0;          ///< Applicable points with current evidence.
  int best_practice = 0;      ///< Applicable points with a current best-practice example.
  int essential_not_met = 0;  ///< Applicable essential points not Met as judged.

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

/// Why an agency's rating is above what its evidence supports, one cause with its points.
enum class OverClaimCause {
  kContradicted,    ///< Evidence contradicts points the agency self-assessed Met.
  kNotMet,          ///< The agency's own statuses: points it assessed Not met or Partly met.
  kLacksEvidence,   ///< Points Met with no current evidence that shows them fully.
  kNoBestPractice,  ///< The rating needs a current best-practice example; there is none.
};

/// One cause of an over-claim. The causes of an over-claim are listed in this enum's order, so
/// the one a panel challenges first (evidence that contradicts) comes first.
struct OverClaimReason {
  OverClaimCause cause = OverClaimCause::kLacksEvidence;
  std::vector<std::string> point_ids;  ///< In framework order; empty for kNoBestPractice.
};

/// "evidence contradicts points 11.3 and 11.4", "points 3.2 and 3.4 lack current evidence",
/// "points 5.5 self-assessed Partly met or Not met", "no current best-practice example".
std::string over_claim_reason_text(const OverClaimReason& reason);

/// How one standard stands.
struct StandardResult {
  const Standard* standard = nullptr;
  std::vector<PointResult> points;
  Tally tally;
  const RatingLevel* evidence_rating = nullptr;  ///< nullptr when no point is applicable.
  const RatingLevel* agency_rating = nullptr;    ///< nullptr when the agency gave none.
  Claim claim = Claim::kNotRated;
  /// When over-claimed: why, most serious cause first (see OverClaimReason).
  std::vector<OverClaimReason> over_claim_reasons;
  int survey_questions = 0;  ///< Staff survey questions with results for its points.
  int survey_below = 0;      ///< Of those, how many are below their thresholds.
};

/// What kind of gap, and so what must happen.
enum class GapKind {
  kPractice,   ///< Something must change: not met, partly met, or contradicted by evidence.
  kEvidence,   ///< Something must be filed: self-assessed Met with no current evidence, or
               ///< no status recorded. One gap per standard lists all its points.
  kOverClaim,  ///< A rating above what the evidence supports: corrected in the return.
};

/// "Practice gap", "Evidence gap", "Over-claimed rating".
std::string gap_kind_label(GapKind kind);

/// One line of the gap list.
struct Gap {
  const Standard* standard = nullptr;  ///< nullptr for the overall rating's over-claim.
  /// The point of a practice gap; nullptr for an evidence gap (see `points`), an over-claim or
  /// a reviewer's recommendation on a whole standard.
  const Point* point = nullptr;
  bool essential = false;  ///< The point, or one of an evidence gap's points, is essential.
  std::string status;      ///< The self-assessed status label, or the agency's rating.
  /// In words, e.g. "self-assessed Met but evidence contradicts it: E12 Staff focus group (8
  /// October 2013)" or "points 3.2, 3.4 and 3.5 are self-assessed Met with no current evidence".
  std::string reason;
  std::string action;  ///< The framework's suggested action, or what to file or correct.
  GapKind kind = GapKind::kPractice;
  /// An evidence gap's points, in framework order (every point of its standard that lacks
  /// evidence or a status); empty for other kinds.
  std::vector<const Point*> points;
  /// A practice gap because current evidence contradicts the point (whatever its status).
  bool contradicted = false;
  /// For an over-claim: why, most serious cause first.
  std::vector<OverClaimReason> over_claim_reasons;
  /// The agency's rating is above what its evidence supports (standard or overall): the
  /// rating is corrected in the return, so the action plan drafts no action for it.
  bool over_claim() const { return kind == GapKind::kOverClaim; }
  /// The plan drafts actions for practice gaps only: an evidence gap is filed, an over-claim
  /// corrected.
  bool needs_action() const { return kind == GapKind::kPractice; }
  /// "3.2, 3.4 and 3.5" for an evidence gap, the point's id, or "".
  std::string point_list() const;
};

/// Everything the return reports.
struct AuditResult {
  std::vector<StandardResult> standards;  ///< In framework order.
  Tally overall;
  const RatingLevel* overall_rating = nullptr;  ///< nullptr when nothing is applicable.
  const RatingLevel* agency_overall_rating = nullptr;
  Claim overall_claim = Claim::kNotRated;
  std::vector<OverClaimReason> overall_over_claim_reasons;  ///< When the overall is over-claimed.
  /// Practice gaps (essential first, then framework order), then evidence gaps (one per
  /// standard; standards with an essential point first, then framework order), then
  /// over-claims (standards in framework order, then the overall rating).
  std::vector<Gap> gaps;
  Date stale_before;  ///< Evidence whose date (its period's first day) is before this is stale.
};

/// How many gaps of each kind, for summaries.
struct GapCounts {
  int practice = 0;            ///< Practice gaps (reviewers' recommendations included).
  int essential_practice = 0;  ///< Of those, on essential points.
  int evidence = 0;            ///< Evidence gaps: one per standard.
  int evidence_points = 0;     ///< The points those evidence gaps list.
  int over_claims = 0;         ///< Over-claimed ratings (standards and the overall rating).
};
GapCounts count_gaps(const std::vector<Gap>& gaps);

/// The gap list in one sentence, kinds apart: "3 practice gaps (1 on an essential point), 2
/// evidence gaps (5 points in 2 standards to be filed) and 1 over-claimed rating".
std::string gap_summary(const std::vector<Gap>& gaps);

/// "evidence contradicts point 11.3; points 11.5 and 11.6 lack current evidence": an
/// over-claim's causes in words, most serious first.
std::string over_claim_words(const std::vector<OverClaimReason>& reasons);

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
