#pragma once
/// What an independent reviewer writes for each focus area (seed 002 section 4): its
/// strengths, its areas for development, the impact level it operates at and the
/// recommendations, drawn from the scored audit, its impact levels and the action plan.
/// The return's Findings sheet and the first page of a reviewer's workbook show it.

#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/plan.h"
#include "engine/scoring.h"

namespace s11 {

/// Evidence below this impact level is not a strength: a policy existing (level 1) is not
/// practice.
inline constexpr int kStrengthLevel = 2;

/// One strength: a whole standard, or points shown by the same evidence.
struct Strength {
  /// The standard, when the whole of it is a strength: no practice gap, every applicable
  /// point evidenced, operating at kStrengthLevel or above and some item at that level.
  /// nullptr for points.
  const Standard* standard = nullptr;
  /// The points it covers, in framework order (every applicable point of a whole standard).
  std::vector<const Point*> points;
  /// The current supporting items at kStrengthLevel or above that show it, each once, in
  /// order of first mention.
  std::vector<const EvidenceItem*> evidence;
  /// As a reviewer writes it: "Standard 6: Safer recruitment — every point evidenced,
  /// operating at level 2 (E05, E06)", or for points, worded by their evidence: "Staff focus
  /// group (E07, level 2); DBS audit (E09, level 3) — point 6.2: Checks are made before ...".
  std::string text;
};

/// One area for development: a practice gap (something must change) or the evidence gap of a
/// standard (something must be filed).
struct Development {
  Gap gap;  ///< A practice or evidence gap of AuditResult::gaps.
  /// "Point 11.3 (essential): Staff know how to raise a concern about a colleague — self-
  /// assessed Met but evidence contradicts it: ...", or "Standard 3: points 3.2 and 3.4 are
  /// self-assessed Met with no current evidence".
  std::string text;
};

/// One recommended action.
struct Recommendation {
  std::string text;         ///< The action, as the plan or the framework words it.
  std::string standard_id;  ///< The standard it addresses.
  std::string point_id;     ///< The point it addresses; "" when not known.
};

/// The findings of one focus area, in the shape of a review's section 4.
struct AreaFindings {
  const FocusArea* area = nullptr;  ///< nullptr for the pseudo-area of a framework with none.
  std::string title;                ///< The area's title, or "All standards".
  std::vector<const Standard*> standards;  ///< In framework order.
  /// Whole standards first (framework order), then points (framework order of their first).
  std::vector<Strength> strengths;
  /// Practice gaps (contradicted first, then essential, then framework order), then evidence
  /// gaps (one per standard, framework order).
  std::vector<Development> development;
  int operating = 0;  ///< The area's operating impact level (ImpactProfile::operating).
  /// ImpactProfile::summary and rationale of the area. For the pseudo-area, "by standard" and
  /// each standard's summary ("standard 1: level 2; standard 2: no levelled evidence").
  std::string impact_summary;
  std::string impact_rationale;
  /// "In order to strengthen safe workforce, the agency should:" ("... strengthen its
  /// safeguarding arrangements ..." for the pseudo-area).
  std::string recommendation_lead;
  /// The drafted plan's actions for the area's standards (carried actions already completed
  /// left out), or without a plan the framework's suggested actions of its practice gaps; each
  /// text once.
  std::vector<Recommendation> recommendations;
};

/// The findings of every focus area of `audit`'s framework, in framework order; one
/// pseudo-area titled "All standards" when the framework has no areas. `result` and `impact`
/// are `audit`'s; `plan` may be nullptr (recommendations are then the framework's suggested
/// actions). Never fails on a well-formed model.
std::vector<AreaFindings> area_findings(const Audit& audit, const AuditResult& result,
                                        const ImpactResult& impact, const ActionPlan* plan);

/// "In order to strengthen TITLE, the agency should:", the title in lower case except for
/// words written in capitals ("LSCB"), as the review phrases a recommendation.
std::string recommendation_lead(const std::string& area_title);

/// `text` without a final full stop, cut after a whole word to at most `max` characters (code
/// points) with "..." when longer: a requirement or title in short.
std::string in_short(const std::string& text, std::size_t max);

}  // namespace s11
