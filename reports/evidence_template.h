#pragma once
/// The workbook `s11 new` writes for an agency to fill in: a Self-assessment sheet (a row per
/// point and per standard), an Evidence register and the Guidance for every point. With
/// `s11 new --from`, the same workbook prefilled from last year's.

#include <map>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "reports/layout.h"

namespace s11 {

/// How a point of this year's framework stands against last year's.
enum class PointChange {
  kUnchanged,       ///< Same id, same requirement: its status and comments are carried.
  kWordingChanged,  ///< Same id, the requirement reworded: carried, to be confirmed.
  kNew,             ///< Not in last year's framework: nothing to carry.
};

/// One point of this year's framework, with what last year's workbook said of it.
struct CarriedPoint {
  PointChange change = PointChange::kUnchanged;
  PointAssessment assessment;    ///< Last year's status, justification and comments.
  std::string last_requirement;  ///< Last year's wording, for kWordingChanged.
};

/// A point of last year's framework that this year's does not have.
struct RemovedPoint {
  std::string id;
  std::string standard;  ///< The id of its standard last year.
  std::string requirement;
  PointStatus status = PointStatus::kNotAnswered;  ///< What last year's workbook said.
};

/// An item of last year's evidence register.
struct CarriedEvidence {
  EvidenceItem item;                 ///< Its points reduced to those this framework has.
  std::vector<std::string> dropped;  ///< Point ids it supported that this framework has not.
  bool stale = false;                ///< Dated before this year's currency window.
};

/// What `s11 new --from` carries into this year's workbook from last year's, decided by
/// app/new_audit.h; build_evidence_template() writes it and marks what needs the user.
struct CarriedWorkbook {
  std::string source;     ///< Last year's workbook, as the user named it.
  std::string period;     ///< Last year's period, e.g. "2015-16".
  std::string framework;  ///< Last year's framework, e.g. "oscb-2015 version 2015.1".
  std::map<std::string, CarriedPoint> points;  ///< Every point of this framework, by id.
  std::vector<RemovedPoint> removed;           ///< In last year's framework order.
  /// Last year's agency ratings of the standards this framework has (standard id -> name as
  /// given); a name this framework's scheme does not know is noted, not written.
  std::map<std::string, std::string> agency_ratings;
  std::string agency_overall_rating;      ///< "" when not given.
  std::vector<CarriedEvidence> evidence;  ///< In register order.
  std::vector<CarriedEvidence> left_out;  ///< Items that supported only removed points.
};

/// The layout of `evidence.xlsx` for `framework`: blank, or prefilled from `carried` when it
/// is given. Input cells are unlocked and carry drop-downs; everything else is protected. A
/// carried workbook has a "Since last year" column on both sheets saying, for each row, what
/// was carried and what needs review (a reworded or new point, stale evidence, points dropped
/// from an item), those rows filled, and a line under each sheet's title saying what was
/// carried from where.
layout::Workbook build_evidence_template(const Framework& framework, const AuditConfig& config,
                                         const CarriedWorkbook* carried = nullptr);

}  // namespace s11
