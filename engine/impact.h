#pragma once
/// The four-level impact model (NFER, Morris and Golden 2005; seed 002 §3.7): how far an
/// agency's safeguarding has travelled, derived from the impact levels of its current
/// evidence, per standard and per focus area. Level 1: inputs, processes and structures;
/// 2: practitioners' experience and attitudes; 3: outcomes for children and families;
/// 4: embedded, shared practice. Levels are not stages: level 3 evidence counts without
/// level 2. The rule's threshold is data in the framework file.

#include <array>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/scoring.h"

namespace s11 {

/// The highest impact level.
inline constexpr int kMaxImpactLevel = 4;

/// What the current evidence says about one standard or one focus area.
struct ImpactProfile {
  /// counts[L] for L = 1..4: current evidence items at level L (index 0: items with no
  /// level). An item supporting several points of one standard counts once for it.
  std::array<int, kMaxImpactLevel + 1> counts{};
  /// How many members the rule counted: applicable points of a standard, or standards of an
  /// area with at least one applicable point. 0: the profile is empty ("no applicable points").
  int members = 0;
  /// with_evidence[L] for L = 1..4: members with current evidence at level L or above
  /// (index 0: unused, always 0).
  std::array<int, kMaxImpactLevel + 1> with_evidence{};
  /// The highest level L at which at least the framework's operating percentage of the
  /// members (points of a standard, standards of an area) have current evidence at L or
  /// above; 0 when not even level 1 is reached.
  int operating = 0;
  /// Levels above `operating` with some current evidence, lowest first.
  std::vector<int> emerging;
  /// For an area: per emerging level, the ids of the standards with evidence at that level
  /// or above. For a standard: the ids of its points.
  std::vector<std::vector<std::string>> emerging_members;
  /// The reasoning in words, naming the evidence that decided it, e.g. "Operating at level 2:
  /// 3 of 3 standards (100%) have current evidence at level 2 or above (E07, E21, S-q01);
  /// level 3 is emerging in standards 7 and 9 (E33, E40)".
  std::string rationale;
  /// "level 2, with level 3 evidence in standards 7 and 9", or "no levelled evidence".
  /// Below level 1 with some levelled evidence: "not yet at level 1, with level 2 evidence in
  /// standard 3"; with no members: "no applicable points" (standard) or "no applicable
  /// standards" (area). Consecutive emerging levels in the same members are named by the
  /// highest ("level 1, with level 3 evidence in standard 8"), as higher evidence implies lower.
  std::string summary;
};

/// One standard's impact.
struct StandardImpact {
  const Standard* standard = nullptr;
  ImpactProfile profile;
};

/// One focus area's impact.
struct AreaImpact {
  const FocusArea* area = nullptr;
  std::vector<const Standard*> standards;  ///< In framework order.
  ImpactProfile profile;
};

/// The impact model for a whole audit.
struct ImpactResult {
  std::vector<AreaImpact> areas;          ///< In framework order.
  std::vector<StandardImpact> standards;  ///< In framework order.
  int operating_percent = 75;             ///< The rule's threshold, from the framework.
};

/// Derives impact levels from the current evidence (AuditResult's current items per point;
/// stale items, contradicting survey results and items with no level do not count towards a
/// level). Never fails on a well-formed model.
ImpactResult assess_impact(const Audit& audit, const AuditResult& result);

}  // namespace s11
