#pragma once
/// The four-level impact model (NFER, Morris and Golden 2005; seed 002 §3.7): how far an
/// agency's safeguarding has travelled, derived from the impact levels of its current
/// evidence, per standard and per focus area. Level 1: inputs, processes and structures;
/// 2: practitioners' experience and attitudes; 3: outcomes for children and families;
/// 4: embedded, shared practice. Levels are not stages: level 3 evidence counts without
/// level 2. The rule, as independent reviewers judge ("consistently operating at level 2 in
/// this area, with clear evidence of level 3 in key areas", seed 002 §4.2.17):
///  - A standard's members are its applicable points with current levelled evidence; points
///    with none are evidence gaps (reported as such), not level 0, since a reviewer judges the
///    level from the evidence seen. A point counts at the highest level of its current
///    supporting items. A point that current evidence contradicts is a practice gap and counts
///    towards no level: reviewers judge an area by what its evidence shows works ("operating
///    at level 2") and list what the evidence contradicts as areas for development. Partly
///    items do not count towards a level.
///  - A standard operates at the highest level reached by at least operating-percent of its
///    members.
///  - An area's members are its standards with an applicable point, each at the level it
///    operates at (0 with no levelled evidence), so an area never contradicts its standards.
///    It operates at the highest level at least area-percent of them reach: "most of it", so
///    with the bundled 60% two of three standards suffice and one weak standard does not pull
///    the area down; that standard is named as behind the rest.
///  - Levels above the operating level that some members show are emerging.
/// Both percentages are data in the framework file (standards/README.md).

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
  /// How many members the rule counted: applicable points of a standard with levelled
  /// evidence, or standards of an area with at least one applicable point. 0: the profile is
  /// empty ("no levelled evidence", "no applicable points").
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
  /// For an area: per emerging level, the ids of the standards that show it (operate at it
  /// or have it emerging). For a standard: the ids of its points.
  std::vector<std::vector<std::string>> emerging_members;
  /// The standard has an applicable point (the area: a standard that has): it has a level,
  /// 0 included. False: "no applicable points" and no level at all.
  bool applicable = false;
  /// The members below the operating level (an area's standards that lag behind), in order.
  std::vector<std::string> lagging;
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
  int operating_percent = 75;             ///< Points of a standard, from the framework.
  int area_percent = 75;                  ///< Standards of an area, from the framework.
};

/// Derives impact levels from the current evidence (AuditResult's current items per point;
/// stale items, contradicting survey results and items with no level do not count towards a
/// level). Never fails on a well-formed model.
ImpactResult assess_impact(const Audit& audit, const AuditResult& result);

}  // namespace s11
