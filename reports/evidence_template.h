#pragma once
/// The workbook `s11 new` writes for an agency to fill in: a Self-assessment sheet (a row per
/// point and per standard), an Evidence register and the Guidance for every point.

#include "engine/audit.h"
#include "reports/layout.h"

namespace s11 {

/// The layout of a blank `evidence.xlsx` for `framework`. Input cells are unlocked and carry
/// drop-downs; everything else is protected.
layout::Workbook build_evidence_template(const Framework& framework, const AuditConfig& config);

}  // namespace s11
