#pragma once
/// Reads a filled `evidence.xlsx` (whoever saved it: s11, Excel, LibreOffice Calc, openpyxl)
/// into the audit model.

#include <map>
#include <string>
#include <vector>

#include "engine/audit.h"

namespace s11 {

/// What a filled evidence workbook says.
struct EvidenceWorkbook {
  std::map<std::string, PointAssessment> assessments;  ///< By point id.
  std::map<std::string, std::string> agency_ratings;   ///< Standard id -> level name as given.
  std::string agency_overall_rating;                   ///< Level name, or "" when not given.
  std::vector<EvidenceItem> evidence;                  ///< In register order.
  std::vector<std::string> warnings;                   ///< Located; do not stop the run.
};

/// Reads the Self-assessment and Evidence sheets of the workbook at `path`: the agency's
/// assessments, agency ratings and evidence register, checked against `framework` and
/// `audit_date`. Columns are found by their header text, so moved columns and
/// extra sheets are fine. Throws InputError listing every problem as
/// `path: Sheet!C7: message` (unknown point id, a status or rating outside the lists, Not
/// applicable without justification, a date that is not a date or is after the audit date,
/// duplicate evidence id, evidence supporting no point, points with no row), IoError when the
/// file cannot be read.
EvidenceWorkbook read_evidence_workbook(const std::string& path, const Framework& framework,
                                        const Date& audit_date);

}  // namespace s11
