#pragma once
/// Last year's return as s11 wrote it (read by readers/previous_return_reader.h), and the
/// change since then per standard, per focus area and overall, in words
/// ("Amber → Green; met up 17 percentage points; evidenced up 8 percentage points",
/// "level 1 → 2", "no change") and as fields for columns.

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/scoring.h"
#include "standards/framework.h"

namespace s11 {

/// One standard's row (or the Overall row) of last year's Summary sheet, with its operating
/// impact level from last year's Impact sheet.
struct PreviousStandard {
  std::string id;                  ///< Standard id, or "Overall".
  std::string agency_rating;       ///< Level name as in the scheme; "" when "Not rated".
  std::string evidence_rating;     ///< Level name; "" when "Not applicable" (nothing applicable).
  std::optional<int> met_percent;  ///< Whole-number %, as displayed; none when "n/a".
  std::optional<int> evidenced_percent;  ///< Likewise.
  std::optional<int> operating_level;    ///< 0-4; none when unknown (no Impact sheet, "n/a").
};

/// One focus area's row of last year's Impact sheet.
struct PreviousArea {
  std::string id;  ///< The framework's area id (the sheet names areas by title).
  std::optional<int> operating_level;  ///< 0-4; none when "n/a".
};

/// What last year's return says.
struct PreviousReturn {
  std::string path;          ///< The workbook read, as given.
  std::string organisation;  ///< From the Summary sheet's heading block; "" when absent.
  std::string period;        ///< E.g. "2014-15"; "" when absent.
  std::optional<Date> audit_date;
  std::vector<PreviousStandard> standards;  ///< In the sheet's order.
  std::optional<PreviousStandard> overall;  ///< The Overall row, when present.
  bool has_impact = false;                  ///< The workbook has an Impact sheet.
  std::vector<PreviousArea> areas;          ///< In the sheet's order; empty without Impact.
  /// The rating scheme's level names, best first, from the framework it was read against;
  /// used to tell a rise from a fall.
  std::vector<std::string> scheme_levels;

  /// The standard with this id, or nullptr.
  const PreviousStandard* find_standard(const std::string& id) const;
  /// The area with this id, or nullptr.
  const PreviousArea* find_area(const std::string& id) const;
};

/// How one standard (or the overall rating) changed since last year.
struct StandardChange {
  std::string id;               ///< Standard id, or "Overall".
  bool is_new = false;          ///< Not in last year's return.
  std::string previous_rating;  ///< Last year's evidence-based rating; "" none.
  std::string current_rating;   ///< This year's; "" none.
  /// Levels of the scheme risen (positive) or fallen (negative); 0 when the same or unknown.
  int rating_steps = 0;
  std::string previous_agency_rating;  ///< "" when not rated.
  std::string current_agency_rating;
  std::optional<int> met_change;        ///< Percentage points; none when either year lacks it.
  std::optional<int> evidenced_change;  ///< Likewise.
  std::optional<int> previous_level;    ///< Operating impact level last year, when known.
  std::optional<int> current_level;     ///< This year's, when the standard has one.
  /// "Amber → Green; met up 17 percentage points; evidenced up 8 percentage points", "Green,
  /// unchanged; evidenced down 20 percentage points", "no change", "new standard"; a changed
  /// agency rating adds "; agency rating Green → Blue".
  std::string text;
  /// "level 1 → 2", "no change", "not assessed last year", "new standard".
  std::string level_text;
};

/// How one focus area's operating impact level changed.
struct AreaChange {
  std::string id;
  bool is_new = false;                ///< Not in last year's Impact sheet (which was present).
  std::optional<int> previous_level;  ///< When known.
  std::optional<int> current_level;   ///< When the area has applicable standards.
  int level_steps = 0;                ///< Current minus previous when both are known, else 0.
  /// "level 1 → 2", "no change", "not assessed last year", "new focus area".
  std::string text;
};

/// Everything that changed since last year.
struct YearOnYear {
  std::string previous_period;            ///< E.g. "2014-15", or "" when unknown.
  std::vector<StandardChange> standards;  ///< One per AuditResult::standards, same order.
  StandardChange overall;
  std::vector<AreaChange> areas;               ///< One per ImpactResult::areas, same order.
  std::vector<std::string> removed_standards;  ///< In last year's return, not in this framework.
  std::vector<std::string> removed_areas;

  /// StandardChange::text per standard, for the Summary sheet's "Since last year" column.
  std::vector<std::string> standard_texts() const;
  /// StandardChange::level_text per standard, for add_impact_sheet's standard_changes.
  std::vector<std::string> standard_level_texts() const;
  /// AreaChange::text per area, for add_impact_sheet's area_changes.
  std::vector<std::string> area_texts() const;
};

/// Compares last year's return with this year's results (standards matched by id, areas by
/// id). Never fails.
YearOnYear compare_years(const PreviousReturn& previous, const AuditResult& result,
                         const ImpactResult& impact);

}  // namespace s11
