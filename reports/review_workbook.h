#pragma once
/// The workbook `s11 review` writes for one peer or independent reviewer
/// (`DIR/reviews/NAME.xlsx`): the engine's ratings and impact levels per focus area and per
/// standard with the current evidence, beside input columns for the reviewer's own judgement.
/// Its shape is in engine/review.h (review_workbook), shared with the reader.

#include <string>

#include "engine/audit.h"
#include "engine/impact.h"
#include "engine/review.h"
#include "engine/scoring.h"
#include "reports/layout.h"

namespace s11 {

/// At most this many current evidence items are listed on a row ("and 3 more" after them).
inline constexpr std::size_t kReviewEvidenceListMax = 5;

/// The layout of a blank review workbook for `reviewer` in `role`. Sheet "Review": the
/// reviewer's name, role and date at the top (inputs), then a row per focus area, each
/// followed by its standards: id, title, the agency's rating, the evidence-based rating, the
/// engine's operating impact level and summary, the current evidence (ids and shortened
/// titles with their levels, highest level first, capped), and unlocked input columns with
/// drop-downs: reviewer impact level (1-4), moderated rating (the scheme's levels; standards'
/// rows only), rationale and recommendation. Everything else is protected; headers are
/// frozen and print on every page. Sheet "Guidance": the four impact levels (the framework's
/// impact model), the rating scheme, and how the return uses the reviews. Before both, the
/// reviewer's starting page: the protected "Findings" sheet (reports/findings_report.h), its
/// recommendations the framework's suggested actions.
layout::Workbook build_review_workbook(const Audit& audit, const AuditResult& result,
                                       const ImpactResult& impact, const std::string& reviewer,
                                       ReviewerRole role);

}  // namespace s11
