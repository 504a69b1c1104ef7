#pragma once
/// The challenge list: the questions a peer or independent reviewer should ask an agency first,
/// ranked by weight, each with the evidence that prompts it. It prepares the challenge event
/// (SECTION11.md §1, seed 002): over-claims that nobody challenges are the failure s11 exists
/// to prevent, and evidence that contradicts a self-assessment is the first thing a panel asks
/// about.
///
/// Ranking, category by category (categories never interleave; the enum's order):
///  1. Contradicted points: applicable points that current evidence contradicts (register
///     items marked Contradicts, staff survey results below their thresholds), whatever their
///     status (PointResult::contradicted). One question per point. Essential points first,
///     then framework order.
///  2. Essential practice gaps not contradicted: applicable essential points self-assessed Not
///     met or Partly met, or Met with current evidence that shows them only in part
///     (PointResult::practice_gap). Framework order.
///  3. Over-claimed ratings, with their reasons (StandardResult::over_claim_reasons):
///     standards whose first reason is evidence that contradicts points first; then the bigger
///     gap in levels of the scheme; then framework order. An over-claimed overall rating
///     closes the category.
///  4. Evidence gaps, one question per standard (its points self-assessed Met with nothing
///     current in the register that shows them, or with no status): standards with an
///     essential such point first, then framework order.
///  Then the rest:
///  5. Other practice gaps (not essential, not contradicted); framework order.
///  6. Points self-assessed Met, no practice gap, whose current evidence reaches no level above
///     1 (at least one current item at level 1, none at 2-4; items with no level show nothing
///     about practice either): "a policy exists, nothing shows it reaches practice". Essential
///     points first, then points of standards the agency rates higher (a Blue resting on policy
///     alone before an Amber; unrated last), then framework order.
///  7. Focus areas operating below the impact level the agency's ratings claim. The claim of
///     an area is the median of RatingLevel::expected_impact over the agency's ratings of the
///     area's standards (the lower middle value for an even count, so one high rating alone
///     does not raise it); standards the agency did not rate are left out. The bigger shortfall
///     first, then framework order.

#include <cstddef>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/scoring.h"

namespace s11 {

/// Why an item is on the challenge list; the order is the ranking order.
enum class ChallengeCategory {
  kContradicted = 1,          ///< A point that current evidence contradicts.
  kEssentialPracticeGap = 2,  ///< An essential point not (fully) in place.
  kOverClaim = 3,             ///< A standard (or the overall rating) rated above its evidence.
  kEvidenceGap = 4,           ///< A standard's Met points with no current evidence.
  kPracticeGap = 5,           ///< Another point not (fully) in place.
  kLevelOneOnly = 6,          ///< A Met point with level-1 current evidence only.
  kImpactBelowClaim = 7,      ///< A focus area operating below its ratings' claim.
};

/// How many questions the first printed page of the list holds: the ones a panel asks.
inline constexpr std::size_t kChallengeFirstPage = 12;

/// Short words for a category, for a sheet column: "Evidence contradicts", "Essential practice
/// gap", "Over-claimed rating", "Evidence gap", "Practice gap", "Met on level-1 evidence only",
/// "Impact below the ratings' claim".
std::string challenge_category_label(ChallengeCategory category);

/// One question for the reviewer.
struct ChallengeItem {
  int rank = 0;  ///< 1..n, in list order.
  ChallengeCategory category = ChallengeCategory::kOverClaim;
  std::string standard_id;  ///< The standard, "Overall" for the overall rating, "" for an area.
  std::string point_id;     ///< The point, or "" for a standard or an area.
  std::string area_id;      ///< The focus area of the standard or point, or the area itself.
  std::string area_title;   ///< That area's title ("" when the framework has none for it).
  /// The question in words, e.g. "Standard 2 is rated Blue but the evidence supports Green,
  /// because there is no current best-practice example: which current example of best practice
  /// can you share?".
  std::string question;
  /// The evidence that prompts it: ids, dates and figures, e.g. "Blue needs a current
  /// best-practice example, has none; 6 of 6 applicable points met, 6 evidenced; ...".
  std::string why;
};

/// The ranked challenge list for a scored audit and its impact assessment (both derived from
/// `audit`). Deterministic; empty when there is nothing to challenge. Never fails on a
/// well-formed model.
std::vector<ChallengeItem> build_challenge(const Audit& audit, const AuditResult& result,
                                           const ImpactResult& impact);

}  // namespace s11
