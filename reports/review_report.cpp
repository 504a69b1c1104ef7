#include "reports/review_report.h"

#include <filesystem>
#include <map>
#include <set>

#include "reports/styles.h"
#include "workbooks/columns.h"

namespace s11 {
namespace {

namespace rw = return_workbook;
namespace rs = return_workbook::review_sheet;

/// Columns before the reviewers', in the order of rs::kLeadingHeaders; two per reviewer
/// follow from kFirstReviewerCol, then rs::kTrailingHeaders.
constexpr int kAreaCol = column_of(rs::kLeadingHeaders, rs::kAreaHeader);
constexpr int kStandardCol = column_of(rs::kLeadingHeaders, rs::kStandardHeader);
constexpr int kTitleCol = column_of(rs::kLeadingHeaders, rs::kTitleHeader);
constexpr int kAgencyCol = column_of(rs::kLeadingHeaders, rs::kAgencyHeader);
constexpr int kEvidenceRatingCol = column_of(rs::kLeadingHeaders, rs::kEvidenceHeader);
constexpr int kLevelCol = column_of(rs::kLeadingHeaders, rs::kLevelHeader);
constexpr int kFirstReviewerCol = column_count(rs::kLeadingHeaders);
/// The trailing columns' offsets from the first of them.
constexpr int kCarriedOffset = column_of(rs::kTrailingHeaders, rs::kCarriedHeader);
constexpr int kRationaleOffset = column_of(rs::kTrailingHeaders, rs::kRationaleHeader);
constexpr int kRecommendationOffset = column_of(rs::kTrailingHeaders, rs::kRecommendationHeader);
/// The heading block's texts span at least to this column (I), reviewers or none.
constexpr int kInfoMinLastCol = 8;

layout::Style differ(layout::Style style) {
  style.fill = kReviewDifferFill;
  return style;
}

layout::Style centred(layout::Style style) {
  style.align = layout::Style::Align::kCenter;
  return style;
}

void level_cell(layout::Sheet& sheet, int row, int col, int level, const layout::Style& style) {
  if (level > 0) {
    sheet.set(row, col, static_cast<double>(level), centred(style));
  } else {
    sheet.set(row, col, "", style);
  }
}

/// "Name: text" paragraphs of every reviewer who wrote something; shortened after a whole
/// paragraph when too long for a cell.
layout::TextList comments(const std::vector<Review>& reviews,
                          const std::vector<const ReviewJudgement*>& judgements,
                          std::string ReviewJudgement::*field) {
  layout::TextList list{{}, "\n\n", "comments", "the reviewers' workbooks", "the comments"};
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    if (!judgements[i] || (judgements[i]->*field).empty()) continue;
    list.items.push_back(reviews[i].reviewer + ": " + judgements[i]->*field);
  }
  return list;
}

/// True when `level` differs from another reviewer's level or from `engine` (when known).
bool level_differs(int level, const std::vector<const ReviewJudgement*>& judgements, int engine) {
  if (level == 0) return false;
  if (level != engine) return true;
  for (const auto* j : judgements) {
    if (j && j->impact_level > 0 && j->impact_level != level) return true;
  }
  return false;
}

bool rating_differs(const RatingLevel* rating,
                    const std::vector<const ReviewJudgement*>& judgements,
                    const RatingLevel* evidence) {
  if (!rating) return false;
  if (rating != evidence) return true;
  for (const auto* j : judgements) {
    if (j && j->rating && j->rating != rating) return true;
  }
  return false;
}

std::string reviewer_line(const Review& review) {
  std::string line = review.reviewer + " (" + role_label(review.role);
  if (review.date) line += ", " + review.date->words();
  line += "; " + std::filesystem::path(review.path).filename().string() + ")";
  return line;
}

std::string pair_line(const PairAgreement& pair, const std::vector<Review>& reviews) {
  auto figures = [](const Agreement& a, const std::string& items) {
    if (a.compared == 0) return "no " + items + " judged by both";
    return "raw " + std::to_string(display_percent(a.agreed, a.compared)) + "% (" +
           std::to_string(a.agreed) + " of " + std::to_string(a.compared) + " " + items +
           "), kappa " + kappa_text(a.kappa) + ", AC1 " + kappa_text(a.ac1);
  };
  return reviews[pair.first].reviewer + " and " + reviews[pair.second].reviewer + ": ratings " +
         figures(pair.ratings, "standards") + "; levels " +
         figures(pair.levels, "standards and areas");
}

}  // namespace

void add_review_sheet(layout::Workbook& book, const Audit& audit, const AuditResult& result,
                      const ImpactResult& impact, const std::vector<Review>& reviews,
                      const ReviewAgreement& agreement) {
  layout::Sheet& sheet = book.add_sheet(kReviewSheet);
  const Framework& framework = audit.framework;
  const int reviewer_count = static_cast<int>(reviews.size());
  const int trailing_col = kFirstReviewerCol + 2 * reviewer_count;
  const int carried_col = trailing_col + kCarriedOffset;
  const int rationale_col = trailing_col + kRationaleOffset;
  const int recommendation_col = trailing_col + kRecommendationOffset;
  const int last_col = recommendation_col;

  sheet.set(0, layout::kTextCol, "Review: self-rating, evidence and reviewers' judgements",
            styles::title());
  layout::Style label;
  label.bold = true;
  layout::Style wrap;
  wrap.wrap = true;
  int row = 2;
  auto info = [&](const std::string& name, const std::string& text) {
    sheet.set(row, rw::kLabelCol, name, label);
    sheet.set(row, rw::kValueCol, text, wrap);
    sheet.merges.push_back(
        layout::Range{row, rw::kValueCol, row, std::max(last_col, kInfoMinLastCol)});
    ++row;
  };
  info("Moderated ratings", agreement_sentence(agreement.ratings, "standards"));
  info("Impact levels", agreement_sentence(agreement.levels, "standards and areas"));
  if (agreement.pairs.size() > 1) {
    for (const auto& pair : agreement.pairs) info("Pair", pair_line(pair, reviews));
  }
  if (reviews.empty()) {
    info("Reviewers",
         "None: no review workbooks were found in the audit's reviews folder "
         "(make one with `s11 review DIR --reviewer NAME`).");
  }
  for (const auto& review : reviews) info("Reviewer", reviewer_line(review));
  info("Raw agreement", "The share of standards the two ratings put at the same level.");
  info("Weighted kappa",
       "Agreement beyond chance, counting near misses as half agreement; it falls towards 0 "
       "when nearly every rating is the same level, even if the two agree.");
  info("Gwet's AC1",
       "Agreement beyond chance that stays stable when nearly every rating is the same level.");
  info("How to read",
       "A reviewer's rating is shaded where it differs from another reviewer's or from the "
       "evidence-based rating; a reviewer's level where it differs from another reviewer's or "
       "from the level the evidence shows. " +
           std::string(rs::kCarriedHeader) +
           ": the rating every reviewer who rated the standard gave or, when they differ, the "
           "peer reviewers' common rating; otherwise \"reviewers disagree\" and no rating goes "
           "into the Return sheet's peer review column.");
  sheet.row_heights[row - 1] = 45;
  ++row;

  const int header_row = row;
  std::vector<std::string> headers(rs::kLeadingHeaders.begin(), rs::kLeadingHeaders.end());
  for (const auto& review : reviews) {
    headers.push_back(review.reviewer + std::string(rs::kReviewerRatingSuffix));
    headers.push_back(review.reviewer + std::string(rs::kReviewerLevelSuffix));
  }
  headers.insert(headers.end(), rs::kTrailingHeaders.begin(), rs::kTrailingHeaders.end());
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(header_row, static_cast<int>(i), headers[i], styles::header());
  }
  ++row;

  std::map<std::string, const StandardResult*> results;
  for (const auto& sr : result.standards) results[sr.standard->id] = &sr;
  std::map<std::string, int> standard_levels;
  for (const auto& si : impact.standards) standard_levels[si.standard->id] = si.profile.operating;
  std::map<std::string, int> area_levels;
  for (const auto& ai : impact.areas) area_levels[ai.area->id] = ai.profile.operating;
  const auto moderated = moderate_ratings(reviews, framework);

  const layout::Style group = styles::group();
  for (const auto& area : framework.areas) {
    std::vector<const ReviewJudgement*> judgements;
    for (const auto& review : reviews) judgements.push_back(review.area(area.id));
    const int engine = area_levels.count(area.id) ? area_levels.at(area.id) : 0;
    sheet.set(row, kAreaCol, area.id, group);
    sheet.set(row, kStandardCol, "", group);
    sheet.set(row, kTitleCol, "Focus area: " + area.title, group);
    sheet.set(row, kAgencyCol, "", group);
    sheet.set(row, kEvidenceRatingCol, "", group);
    styles::impact_level_cell(sheet, row, kLevelCol, engine, group);
    for (int i = 0; i < reviewer_count; ++i) {
      const ReviewJudgement* j = judgements[static_cast<std::size_t>(i)];
      const int level = j ? j->impact_level : 0;
      sheet.set(row, kFirstReviewerCol + 2 * i, "", group);
      level_cell(sheet, row, kFirstReviewerCol + 2 * i + 1, level,
                 level_differs(level, judgements, engine) ? differ(group) : group);
    }
    sheet.set(row, carried_col, "", group);
    sheet.set_list(row, rationale_col, comments(reviews, judgements, &ReviewJudgement::rationale),
                   group);
    sheet.set_list(row, recommendation_col,
                   comments(reviews, judgements, &ReviewJudgement::recommendation), group);
    ++row;

    for (const auto& standard : framework.standards) {
      if (standard.area != area.id || !results.count(standard.id)) continue;
      const StandardResult& sr = *results.at(standard.id);
      std::vector<const ReviewJudgement*> sj;
      for (const auto& review : reviews) sj.push_back(review.standard(standard.id));
      const int engine_level =
          standard_levels.count(standard.id) ? standard_levels.at(standard.id) : 0;
      sheet.set(row, kAreaCol, area.id, styles::text());
      sheet.set(row, kStandardCol, standard.id, styles::text());
      sheet.set(row, kTitleCol, standard.title, styles::text());
      styles::rating_cell(sheet, row, kAgencyCol, sr.agency_rating, std::string(rw::kNotRated));
      styles::rating_cell(sheet, row, kEvidenceRatingCol, sr.evidence_rating,
                          std::string(rw::kNotApplicable));
      styles::impact_level_cell(sheet, row, kLevelCol, engine_level, styles::text());
      for (int i = 0; i < reviewer_count; ++i) {
        const ReviewJudgement* j = sj[static_cast<std::size_t>(i)];
        const RatingLevel* rating = j ? j->rating : nullptr;
        const int level = j ? j->impact_level : 0;
        layout::Style rs = rating_differs(rating, sj, sr.evidence_rating) ? differ(styles::text())
                                                                          : styles::text();
        sheet.set(row, kFirstReviewerCol + 2 * i, rating ? rating->name : "", rs);
        level_cell(
            sheet, row, kFirstReviewerCol + 2 * i + 1, level,
            level_differs(level, sj, engine_level) ? differ(styles::text()) : styles::text());
      }
      const ModeratedRating& m = moderated.at(standard.id);
      if (m.rating) {
        sheet.set(row, carried_col, moderated_text(m), styles::rating_fill(m.rating->colour));
      } else {
        sheet.set(
            row, carried_col, moderated_text(m),
            m.basis == ModeratedRating::Basis::kDisagree ? differ(styles::text()) : styles::text());
      }
      sheet.set_list(row, rationale_col, comments(reviews, sj, &ReviewJudgement::rationale),
                     styles::text());
      sheet.set_list(row, recommendation_col,
                     comments(reviews, sj, &ReviewJudgement::recommendation), styles::text());
      ++row;
    }
  }

  sheet.freeze_rows = header_row + 1;
  sheet.freeze_cols = kTitleCol + 1;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.autofilter = layout::Range{header_row, 0, std::max(header_row, row - 1), last_col};
  sheet.column_widths = {{kAreaCol, 18},   {kStandardCol, 9},        {kTitleCol, 36},
                         {kAgencyCol, 10}, {kEvidenceRatingCol, 11}, {kLevelCol, 9}};
  for (int i = 0; i < reviewer_count; ++i) {
    sheet.column_widths[kFirstReviewerCol + 2 * i] = 13;
    sheet.column_widths[kFirstReviewerCol + 2 * i + 1] = 10;
  }
  sheet.column_widths[carried_col] = 14;
  sheet.column_widths[rationale_col] = 50;
  sheet.column_widths[recommendation_col] = 50;
  // Its footer is the workbook's, with the organisation (reports/xlsx_emitter.h).
}

}  // namespace s11
