#pragma once
/// The challenge list: the questions a peer or independent reviewer should ask an agency first,
/// ranked, each with the evidence that prompts it. It prepares the challenge event (SECTION11.md
/// §1, seed 002): over-claims that nobody challenges are the failure s11 exists to prevent.
///
/// Ranking, category by category (categories never interleave):
///  1. Over-claimed standards: the agency's rating is above the evidence-based one. The bigger
///     gap (in levels of the scheme) first; then more essential gaps (applicable essential
///     points not met or not evidenced); then framework order. An over-claimed overall rating
///     closes the category.
///  2. Essential points with only stale evidence (no current supporting item, at least one
///     older than the currency window), whatever their status; framework order.
///  3. Points self-assessed Met whose current evidence reaches no level above 1 (at least one
///     current item at level 1, none at 2-4; items with no level show nothing about practice
///     either): "a policy exists, nothing shows it reaches practice". Essential points first,
///     then points of standards the agency rates higher (a Blue resting on policy alone before
///     an Amber; unrated last), then framework order.
///  4. Staff survey results that contradict a self-rating: a current result below its threshold
///     (EvidenceItem::contradicts) on a point self-assessed Met, or on a point of a standard the
///     agency rated at a level that needs every point met (OSCB Blue and Green). Framework order
///     of the points, then register order.
///  5. Focus areas operating below the impact level the agency's ratings claim. The claim of
///     an area is the median of RatingLevel::expected_impact over the agency's ratings of the
///     area's standards (the lower middle value for an even count, so one high rating alone
///     does not raise it); standards the agency did not rate are left out. The bigger shortfall
///     first, then framework order.

#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/scoring.h"

namespace s11 {

/// Why an item is on the challenge list; the order is the ranking order.
enum class ChallengeCategory {
  kOverClaim = 1,          ///< A standard (or the overall rating) rated above its evidence.
  kStaleEssential = 2,     ///< An essential point with only stale evidence.
  kLevelOneOnly = 3,       ///< A Met point with level-1 current evidence only.
  kSurveyContradicts = 4,  ///< A staff survey result contradicting a self-rating.
  kImpactBelowClaim = 5,   ///< A focus area operating below its ratings' claim.
};

/// Short words for a category, for a sheet column: "Over-claimed rating", "Essential point,
/// only stale evidence", "Met on level-1 evidence only", "Staff survey contradicts",
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
  /// The question in words, e.g. "Standard 2 is rated Blue but the evidence supports Green:
  /// which current example of best practice can you share?".
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
