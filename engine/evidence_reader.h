#pragma once
/// Reads a filled `evidence.xlsx` (whoever saved it: s11, Excel, LibreOffice Calc, openpyxl)
/// into the audit model.

#include <string>

#include "engine/audit.h"

namespace s11 {

/// Reads the Self-assessment and Evidence sheets of the workbook at `path` into `audit`'s
/// assessments, agency ratings and evidence register, checked against `audit.framework` and
/// `audit.config.audit_date`. Columns are found by their header text, so moved columns and
/// extra sheets are fine. Throws InputError listing every problem as
/// `path: Sheet!C7: message` (unknown point id, a status or rating outside the lists, Not
/// applicable without justification, a date that is not a date or is after the audit date,
/// duplicate evidence id, evidence supporting no point, points with no row), IoError when the
/// file cannot be read.
void read_evidence_workbook(const std::string& path, Audit& audit);

}  // namespace s11
