#include "reports/review_workbook.h"

#include <algorithm>
#include <map>
#include <set>

#include "engine/findings.h"
#include "engine/words.h"
#include "reports/findings_report.h"
#include "reports/styles.h"
#include "workbooks/columns.h"
#include "workbooks/review_workbook.h"

namespace s11 {
namespace {

namespace rw = review_workbook;

/// Evidence titles are cut to this many characters in the evidence list.
constexpr std::size_t kReviewTitleMax = 60;

constexpr int kReviewerRow = 2;
constexpr int kRoleRow = 3;
constexpr int kDateRow = 4;
constexpr int kHeaderRow = 6;
constexpr int kColumns = column_count(rw::kHeaders);

// Columns, in the order of rw::kHeaders.
constexpr int kAreaCol = column_of(rw::kHeaders, rw::kAreaHeader);
constexpr int kStandardCol = column_of(rw::kHeaders, rw::kStandardHeader);
constexpr int kTitleCol = column_of(rw::kHeaders, rw::kTitleHeader);
constexpr int kAgencyCol = column_of(rw::kHeaders, rw::kAgencyRatingHeader);
constexpr int kEvidenceRatingCol = column_of(rw::kHeaders, rw::kEvidenceRatingHeader);
constexpr int kLevelCol = column_of(rw::kHeaders, rw::kEngineLevelHeader);
constexpr int kSummaryCol = column_of(rw::kHeaders, rw::kEngineSummaryHeader);
constexpr int kEvidenceCol = column_of(rw::kHeaders, rw::kEvidenceHeader);
constexpr int kReviewerLevelCol = column_of(rw::kHeaders, rw::kLevelHeader);
constexpr int kRatingCol = column_of(rw::kHeaders, rw::kRatingHeader);
constexpr int kRationaleCol = column_of(rw::kHeaders, rw::kRationaleHeader);
constexpr int kRecommendationCol = column_of(rw::kHeaders, rw::kRecommendationHeader);

/// The reviewer block above the table: a label, its value (merged across two columns), and a
/// hint merged across four more; the reader finds a value in the cell right of its label.
constexpr int kLabelCol = 0;
constexpr int kValueCol = kLabelCol + 1;
constexpr int kValueLastCol = kValueCol + 1;
constexpr int kHintCol = kValueLastCol + 1;
constexpr int kHintLastCol = kHintCol + 3;

/// Guidance sheet: paragraphs span the key tables' three columns.
namespace level_key_col {
constexpr int kLevel = column_of(rw::kLevelKeyHeaders, rw::kLevelKeyLevelHeader);
constexpr int kName = column_of(rw::kLevelKeyHeaders, rw::kLevelKeyNameHeader);
constexpr int kDescription = column_of(rw::kLevelKeyHeaders, rw::kLevelKeyDescriptionHeader);
}  // namespace level_key_col
namespace rating_key_col {
constexpr int kRating = column_of(rw::kRatingKeyHeaders, rw::kRatingKeyRatingHeader);
constexpr int kHeadline = column_of(rw::kRatingKeyHeaders, rw::kRatingKeyHeadlineHeader);
constexpr int kMeaning = column_of(rw::kRatingKeyHeaders, rw::kRatingKeyMeaningHeader);
}  // namespace rating_key_col
static_assert(column_count(rw::kLevelKeyHeaders) == column_count(rw::kRatingKeyHeaders),
              "both keys share the guidance sheet's columns and widths");
constexpr int kGuidanceLastCol = column_count(rw::kLevelKeyHeaders) - 1;

template <std::size_t N>
void header_cells(layout::Sheet& sheet, int row, const std::array<std::string_view, N>& headers) {
  for (std::size_t i = 0; i < N; ++i) {
    sheet.set(row, static_cast<int>(i), std::string(headers[i]), styles::header());
  }
}

/// Current items supporting any of `standards`' points, each once, highest impact level first
/// (the items that decide a level), then in order of first mention.
std::vector<const EvidenceItem*> current_evidence(
    const std::vector<const StandardResult*>& standards) {
  std::vector<const EvidenceItem*> items;
  std::set<const EvidenceItem*> seen;
  for (const auto* sr : standards) {
    for (const auto& p : sr->points) {
      for (const auto* item : p.current) {
        if (seen.insert(item).second) items.push_back(item);
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const EvidenceItem* a, const EvidenceItem* b) {
    return a->impact_level > b->impact_level;
  });
  return items;
}

/// A title cut to kReviewTitleMax characters, so a row lists several items legibly.
std::string brief(const std::string& title) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < title.size(); ++i) {
    if ((static_cast<unsigned char>(title[i]) & 0xC0) == 0x80) continue;
    if (chars++ == kReviewTitleMax) return title.substr(0, i) + "...";
  }
  return title;
}

std::string evidence_list(const std::vector<const EvidenceItem*>& items) {
  if (items.empty()) return "No current evidence";
  std::string text;
  for (std::size_t i = 0; i < items.size() && i < kReviewEvidenceListMax; ++i) {
    const EvidenceItem& item = *items[i];
    if (!text.empty()) text += "\n";
    text += item.id + " " + brief(item.title);
    if (item.impact_level > 0) text += " (level " + std::to_string(item.impact_level) + ")";
  }
  if (items.size() > kReviewEvidenceListMax) {
    text += "\nand " + std::to_string(items.size() - kReviewEvidenceListMax) + " more";
  }
  return text;
}

void level_cell(layout::Sheet& sheet, int row, int col, int level, const layout::Style& style) {
  if (level > 0) {
    layout::Style centred = style;
    centred.align = layout::Style::Align::kCenter;
    sheet.set(row, col, static_cast<double>(level), centred);
  } else {
    sheet.set(row, col, std::string(styles::kNotYetLevelOne), style);
  }
}

void build_review_sheet(layout::Sheet& sheet, const Audit& audit, const AuditResult& result,
                        const ImpactResult& impact, const std::string& reviewer,
                        ReviewerRole role) {
  const Framework& framework = audit.framework;
  sheet.set(0, layout::kTextCol,
            "Section 11 review: " + audit.config.organisation + ", " + audit.config.period,
            styles::title());
  layout::Style intro;
  intro.wrap = true;
  sheet.set(1, layout::kTextCol,
            "For each focus area and each standard, give your own impact level (1-4) and, for "
            "each standard, a moderated rating (" +
                framework.scheme.names_for_message() +
                "), with your rationale and recommendation. The agency's rating, the rating its "
                "evidence supports and the impact level s11 derives from the evidence are shown "
                "for reference; the Guidance sheet explains the levels. Leave a row blank if "
                "you did not review it. Do not name children, families or staff.",
            intro);
  sheet.merges.push_back(layout::Range{1, layout::kTextCol, 1, kColumns - 1});
  sheet.row_heights[1] = 48;

  layout::Style label;
  label.bold = true;
  layout::Style date_input = styles::date();
  date_input.locked = false;
  date_input.fill = styles::input().fill;
  date_input.align = layout::Style::Align::kLeft;
  sheet.set(kReviewerRow, kLabelCol, std::string(rw::kReviewerLabel), label);
  sheet.set(kReviewerRow, kValueCol, reviewer, styles::input());
  sheet.set(kRoleRow, kLabelCol, std::string(rw::kRoleLabel), label);
  sheet.set(kRoleRow, kValueCol, role_label(role), styles::input());
  sheet.set(kDateRow, kLabelCol, std::string(rw::kDateLabel), label);
  sheet.set(kDateRow, kValueCol, "", date_input);
  sheet.merges.push_back(layout::Range{kReviewerRow, kValueCol, kReviewerRow, kValueLastCol});
  sheet.merges.push_back(layout::Range{kRoleRow, kValueCol, kRoleRow, kValueLastCol});
  sheet.merges.push_back(layout::Range{kDateRow, kValueCol, kDateRow, kValueLastCol});
  sheet.set(kReviewerRow, kHintCol, "Your name, or your role and organisation", styles::text());
  sheet.set(kRoleRow, kHintCol, "peer (the board's challenge event) or independent",
            styles::text());
  sheet.set(kDateRow, kHintCol, "The day you completed the review, e.g. 20/11/2015",
            styles::text());
  for (int r : {kReviewerRow, kRoleRow, kDateRow}) {
    sheet.merges.push_back(layout::Range{r, kHintCol, r, kHintLastCol});
  }

  for (int c = 0; c < kColumns; ++c) {
    sheet.set(kHeaderRow, c, std::string(rw::kHeaders[static_cast<std::size_t>(c)]),
              styles::header());
  }

  std::map<std::string, const StandardResult*> results;
  for (const auto& sr : result.standards) results[sr.standard->id] = &sr;
  std::map<std::string, const ImpactProfile*> standard_impact;
  for (const auto& si : impact.standards) standard_impact[si.standard->id] = &si.profile;
  std::map<std::string, const ImpactProfile*> area_impact;
  for (const auto& ai : impact.areas) area_impact[ai.area->id] = &ai.profile;

  const layout::Style group = styles::group();
  int row = kHeaderRow + 1;
  const int first = row;
  for (const auto& area : framework.areas) {
    std::vector<const StandardResult*> members;
    for (const auto& standard : framework.standards) {
      if (standard.area == area.id && results.count(standard.id)) {
        members.push_back(results.at(standard.id));
      }
    }
    const ImpactProfile* profile = area_impact.count(area.id) ? area_impact.at(area.id) : nullptr;
    sheet.set(row, kAreaCol, area.id, group);
    sheet.set(row, kStandardCol, "", group);
    sheet.set(row, kTitleCol, "Focus area: " + area.title, group);
    sheet.set(row, kAgencyCol, "", group);
    sheet.set(row, kEvidenceRatingCol, "", group);
    level_cell(sheet, row, kLevelCol, profile ? profile->operating : 0, group);
    sheet.set(row, kSummaryCol, profile ? profile->summary : "", group);
    sheet.set(row, kEvidenceCol, evidence_list(current_evidence(members)), group);
    sheet.set(row, kReviewerLevelCol, "", styles::input());
    sheet.set(row, kRatingCol, "", group);  // ratings are per standard
    sheet.set(row, kRationaleCol, "", styles::input());
    sheet.set(row, kRecommendationCol, "", styles::input());
    ++row;
    for (const auto* sr : members) {
      const std::string& id = sr->standard->id;
      const ImpactProfile* sp = standard_impact.count(id) ? standard_impact.at(id) : nullptr;
      sheet.set(row, kAreaCol, area.id, styles::text());
      sheet.set(row, kStandardCol, id, styles::text());
      sheet.set(row, kTitleCol, sr->standard->title, styles::text());
      styles::rating_cell(sheet, row, kAgencyCol, sr->agency_rating, std::string(words::kNotRated));
      styles::rating_cell(sheet, row, kEvidenceRatingCol, sr->evidence_rating,
                          std::string(words::kNotApplicable));
      level_cell(sheet, row, kLevelCol, sp ? sp->operating : 0, styles::text());
      sheet.set(row, kSummaryCol, sp ? sp->summary : "", styles::text());
      sheet.set(row, kEvidenceCol, evidence_list(current_evidence({sr})), styles::text());
      for (int c : {kReviewerLevelCol, kRatingCol, kRationaleCol, kRecommendationCol}) {
        sheet.set(row, c, "", styles::input());
      }
      ++row;
    }
  }
  const int last = row - 1;

  std::vector<std::string> ratings;
  for (const auto& level : framework.scheme.levels) ratings.push_back(level.name);
  sheet.validations.push_back({layout::Range{kRoleRow, kValueCol, kRoleRow, kValueCol},
                               {rw::kRoles.begin(), rw::kRoles.end()},
                               "Choose peer or independent."});
  sheet.validations.push_back({layout::Range{first, kReviewerLevelCol, last, kReviewerLevelCol},
                               {"1", "2", "3", "4"},
                               "Choose an impact level 1-4."});
  sheet.validations.push_back({layout::Range{first, kRatingCol, last, kRatingCol}, ratings,
                               "Choose " + framework.scheme.names_for_message() + "."});
  sheet.freeze_rows = kHeaderRow + 1;
  sheet.repeat_first_row = kHeaderRow;
  sheet.repeat_last_row = kHeaderRow;
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.autofilter = layout::Range{kHeaderRow, 0, last, kColumns - 1};
  sheet.column_widths = {{kAreaCol, 12},    {kStandardCol, 9},        {kTitleCol, 40},
                         {kAgencyCol, 10},  {kEvidenceRatingCol, 11}, {kLevelCol, 9},
                         {kSummaryCol, 30}, {kEvidenceCol, 50},       {kReviewerLevelCol, 10},
                         {kRatingCol, 11},  {kRationaleCol, 45},      {kRecommendationCol, 45}};
  sheet.protect = true;
  // Its footer is the workbook's, with the organisation (reports/xlsx_emitter.h).
}

void build_guidance(layout::Sheet& sheet, const Framework& framework) {
  sheet.set(0, layout::kTextCol, "Guidance for reviewers", styles::title());
  layout::Style wrap;
  wrap.wrap = true;
  int row = 2;
  auto paragraph = [&](const std::string& text) {
    sheet.set(row, layout::kTextCol, text, wrap);
    sheet.merges.push_back(layout::Range{row, layout::kTextCol, row, kGuidanceLastCol});
    ++row;
  };
  paragraph(
      "The four-level impact model (NFER, Morris and Golden 2005) describes how far "
      "safeguarding has travelled. The levels are not stages: evidence of level 3 can exist "
      "without level 2. Give the level at which you judge the area or standard is operating; "
      "say in the rationale what evidence decided it and what would show the next level.");
  paragraph(
      "s11 derives its own level from the evidence register: the highest level at "
      "which at least " +
      std::to_string(framework.impact.operating_percent) +
      "% of the members (points of a standard, standards of an area) have current "
      "evidence at that level or above.");
  ++row;
  header_cells(sheet, row, rw::kLevelKeyHeaders);
  ++row;
  for (const auto& level : framework.impact.levels) {
    layout::Style centred = styles::text();
    centred.align = layout::Style::Align::kCenter;
    sheet.set(row, level_key_col::kLevel, static_cast<double>(level.number), centred);
    sheet.set(row, level_key_col::kName, level.name, styles::text());
    sheet.set(row, level_key_col::kDescription, level.description, styles::text());
    ++row;
  }
  ++row;
  paragraph("Moderated rating: the rating you judge each standard deserves on the " +
            framework.scheme.name +
            ". Moderate over-claims down and under-claims up; the agency's own rating and the "
            "rating its evidence supports are beside it.");
  ++row;
  header_cells(sheet, row, rw::kRatingKeyHeaders);
  ++row;
  for (const auto& level : framework.scheme.levels) {
    sheet.set(row, rating_key_col::kRating, level.name, styles::rating_fill(level.colour));
    sheet.set(row, rating_key_col::kHeadline, std::to_string(level.anchor_percent) + "%",
              styles::text());
    sheet.set(row, rating_key_col::kMeaning, level.description, styles::text());
    ++row;
  }
  ++row;
  paragraph(
      "How the return uses your review: `s11 run` reads every workbook in the audit's reviews "
      "folder and adds a Review sheet with each reviewer's ratings and levels side by side and "
      "the agreement between reviewers. A standard's moderated rating is carried into the "
      "return when every reviewer who rated it agrees, or, when they differ, when the peer "
      "reviewers agree among themselves.");
  sheet.column_widths = {
      {level_key_col::kLevel, 14}, {level_key_col::kName, 40}, {level_key_col::kDescription, 80}};
  sheet.fit_to_width = true;
  sheet.protect = true;
}

}  // namespace

layout::Workbook build_review_workbook(const Audit& audit, const AuditResult& result,
                                       const ImpactResult& impact, const std::string& reviewer,
                                       ReviewerRole role) {
  layout::Workbook book;
  book.title = "Section 11 review: " + audit.config.organisation + " " + audit.config.period;
  book.subject = audit.framework.title;
  book.author = reviewer;
  book.company = audit.config.organisation;
  book.created = audit.config.audit_date;
  book.add_sheet(std::string(rw::kReviewSheet));
  book.add_sheet(std::string(rw::kGuidanceSheet));
  build_review_sheet(book.sheets[0], audit, result, impact, reviewer, role);
  build_guidance(book.sheets[1], audit.framework);
  // The reviewer's starting page: the findings per area, recommending the framework's
  // suggested actions (a reviewer's workbook is made before any plan is agreed).
  add_findings_sheet(book, audit, area_findings(audit, result, impact, nullptr), 0);
  book.sheets[0].protect = true;
  return book;
}

}  // namespace s11
