#pragma once
/// The Section 11 return workbook (`out/section11-return.xlsx`) and the gap list
/// (`out/gaps.csv`), built from a scored audit.

#include <string>

#include "engine/audit.h"
#include "engine/scoring.h"
#include "reports/layout.h"

namespace s11 {

/// Sheet names of the return, in order.
inline constexpr const char* kSummarySheet = "Summary";
inline constexpr const char* kReturnSheet = "Return";
inline constexpr const char* kGapsSheet = "Gaps";
inline constexpr const char* kDocumentControlSheet = "Document control";

/// The return's layout: Summary (ratings per standard, overall line, chart), Return (a row
/// per point, with empty peer-review columns), Gaps and Document control. `s11_version` is
/// recorded in document control.
layout::Workbook build_return(const Audit& audit, const AuditResult& result,
                              const std::string& s11_version);

/// The gap list as CSV (UTF-8 with BOM, CRLF, RFC 4180, formula-safe): one row per gap, in the
/// order of the Gaps sheet.
std::string render_gaps_csv(const AuditResult& result);

/// Words for a claim comparison, e.g. "Over-claim: rated Blue, evidence supports Green";
/// "" when the ratings match.
std::string claim_text(Claim claim, const RatingLevel* agency, const RatingLevel* evidence);

}  // namespace s11
