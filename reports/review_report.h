#pragma once
/// The Review sheet of the return: the agency's self-rating, the evidence-based rating, s11's
/// impact level and every reviewer's moderated rating and level side by side, disagreements
/// shaded, the moderated rating carried into the Return sheet, and the agreement between
/// reviewers.

#include <string>
#include <vector>

#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/review.h"
#include "engine/scoring.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// The sheet's name in the return.
inline constexpr const char* kReviewSheet = return_workbook::kReview.data();

/// Fill of a reviewer's cell that differs: a rating that differs from another reviewer's
/// rating of the standard or from the evidence-based rating; a level that differs from another
/// reviewer's level or from s11's operating level. Also the fill of "reviewers disagree".
inline constexpr const char* kReviewDifferFill = "F8CBAD";

/// Adds the Review sheet to `book` (after its existing sheets). At the top: the agreement on
/// moderated ratings (over standards) and on impact levels (over standards and areas) as
/// agreement_sentence gives them, each pair's figures when there are more than two
/// reviewers, the reviewers (name, role, date, file) and a legend. Then a row per focus area,
/// each followed by its standards: agency rating, evidence-based rating, s11's operating
/// level, per reviewer two columns (rating, level) headed by the reviewer's name, the carried
/// rating (moderate_ratings, in words by moderated_text), and every reviewer's rationale and
/// recommendation ("Name: text", one paragraph per reviewer). Landscape, fit to width, headers
/// frozen and repeated on every printed page. Never fails on well-formed inputs; with no
/// reviews the sheet says so.
void add_review_sheet(layout::Workbook& book, const Audit& audit, const AuditResult& result,
                      const ImpactResult& impact, const std::vector<Review>& reviews,
                      const ReviewAgreement& agreement);

}  // namespace s11
