#pragma once
/// The Section 11 return workbook (`out/section11-return.xlsx`) and the gap list
/// (`out/gaps.csv`), built from a scored audit.

#include <map>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/review.h"
#include "engine/scoring.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// Sheet names of the return, in order (from workbooks/return_workbook.h).
inline constexpr const char* kSummarySheet = return_workbook::kSummary.data();
inline constexpr const char* kReturnSheet = return_workbook::kReturn.data();
inline constexpr const char* kGapsSheet = return_workbook::kGaps.data();
inline constexpr const char* kDocumentControlSheet = return_workbook::kDocumentControl.data();

/// What later stages of the cycle add to the return, when they exist.
struct ReturnExtras {
  /// The reviewers' workbooks as read (engine/review.h); none: no moderated column on the
  /// Summary, and the Return sheet's peer-review cells left for the reviewers to fill in.
  std::vector<Review> reviews;
  /// Standard id -> its moderated rating (moderate_ratings of `reviews`): on the Summary
  /// (with the level's fill) and once per standard on the Return sheet.
  std::map<std::string, ModeratedRating> moderated;
  /// One text per standard (AuditResult order) for Summary's "Since last year" column, and
  /// one for the overall row; empty when there is no previous return.
  std::vector<std::string> since_last_year;
  std::string overall_since_last_year;
  std::string previous_period;  ///< E.g. "2014-15", shown in the column's header.
};

/// The return's layout: Summary (the key to the rating scheme, then per standard the agency's,
/// the moderated (with reviews) and the evidence-based rating, the flag and the figures;
/// overall line, chart), Return (a row per point; the moderated rating and the reviewers'
/// comments once per standard), Gaps and Document control (with the approval block).
/// `s11_version` is recorded in document control.
layout::Workbook build_return(const Audit& audit, const AuditResult& result,
                              const std::string& s11_version, const ReturnExtras& extras = {});

/// The gap list as CSV (UTF-8 with BOM, CRLF, RFC 4180, formula-safe): one row per gap, in the
/// order of the Gaps sheet.
std::string render_gaps_csv(const AuditResult& result);

/// Words for a claim comparison, e.g. "Over-claim: rated Blue, evidence supports Green";
/// "" when the ratings match.
std::string claim_text(Claim claim, const RatingLevel* agency, const RatingLevel* evidence);

/// The Summary's moderated column header: "Moderated rating (peer review, 12 May 2015)", the
/// kind of review (peer, independent, or peer and independent) and the day the reviews give
/// when they all give the same one; else without it: "Moderated rating (peer review)".
std::string moderated_header(const std::vector<Review>& reviews);

/// Who moderated: "A Shah (peer, 12 May 2015) and J Brook (independent, 14 May 2015)".
std::string moderated_by(const std::vector<Review>& reviews);

/// The page footer of a return's sheet: the organisation and the period (each cut so the
/// footer holds one line), the sheet's name and the page number.
layout::PageText return_footer(const AuditConfig& config, const std::string& sheet_name);

}  // namespace s11
