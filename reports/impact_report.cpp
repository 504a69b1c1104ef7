#include "reports/impact_report.h"

#include <algorithm>

#include "base/text.h"
#include "reports/styles.h"
#include "workbooks/columns.h"

namespace s11 {
namespace {

namespace rw = return_workbook;
namespace iw = return_workbook::impact_sheet;
using layout::kTextCol;

// Both tables' columns, in the order of iw::kAreaHeaders and iw::kStandardHeaders, which
// differ in their first two only.
/// An area's title; a standard's id.
constexpr int kNameCol = column_of(iw::kAreaHeaders, rw::kAreaHeader);
/// An area's standards; a standard's title.
constexpr int kDetailCol = column_of(iw::kAreaHeaders, iw::kStandardsHeader);
/// Levels 1-4, one column each, then no level.
constexpr int kFirstCountCol = column_of(iw::kAreaHeaders, iw::kLevel1Header);
constexpr int kNoLevelCol = column_of(iw::kAreaHeaders, iw::kNoLevelHeader);
constexpr int kOperatingCol = column_of(iw::kAreaHeaders, rw::kOperatingHeader);
constexpr int kEmergingCol = column_of(iw::kAreaHeaders, iw::kEmergingHeader);
constexpr int kSummaryCol = column_of(iw::kAreaHeaders, iw::kSummaryHeader);
constexpr int kRationaleCol = column_of(iw::kAreaHeaders, iw::kRationaleHeader);
/// Only with a previous return.
constexpr int kChangeCol = column_count(iw::kAreaHeaders);
static_assert(kNoLevelCol == kFirstCountCol + kMaxImpactLevel,
              "one Level column per impact level, then No level");
static_assert(column_of(iw::kStandardHeaders, rw::kStandardHeader) == kNameCol &&
                  column_of(iw::kStandardHeaders, rw::kTitleHeader) == kDetailCol &&
                  column_of(iw::kStandardHeaders, iw::kLevel1Header) == kFirstCountCol &&
                  column_of(iw::kStandardHeaders, iw::kNoLevelHeader) == kNoLevelCol &&
                  column_of(iw::kStandardHeaders, rw::kOperatingHeader) == kOperatingCol &&
                  column_of(iw::kStandardHeaders, iw::kEmergingHeader) == kEmergingCol &&
                  column_of(iw::kStandardHeaders, iw::kSummaryHeader) == kSummaryCol &&
                  column_of(iw::kStandardHeaders, iw::kRationaleHeader) == kRationaleCol &&
                  column_count(iw::kStandardHeaders) == kChangeCol,
              "the area and standard tables share their columns after the first two");

/// The level key's columns; the description spans to the tables' last column.
constexpr int kKeyLevelCol = column_of(iw::kKeyHeaders, iw::kKeyLevelHeader);
constexpr int kKeyNameCol = column_of(iw::kKeyHeaders, iw::kKeyNameHeader);
constexpr int kKeyDescriptionCol = column_of(iw::kKeyHeaders, iw::kKeyDescriptionHeader);

// Pale to dark blue as an area travels further; pale red for not yet at level 1.
const char* const kLevelFills[] = {"FCE4D6", "DDEBF7", "BDD7EE", "9BC2E6", "5B9BD5"};
// The chart's segments: hues that tell apart on paper, in grey too (light to dark).
const char* const kChartFills[] = {"F4B183", "FFD966", "A9D18E", "5B9BD5", "1F4E78"};

/// The chart's table: per area, its applicable standards and how many operate at each level,
/// in the columns of the area table above (so one set of widths serves both).
constexpr std::array<std::string_view, 7> kByLevelHeaders = {
    rw::kAreaHeader,   "Standards (applicable)", iw::kLevel1Header,      iw::kLevel2Header,
    iw::kLevel3Header, iw::kLevel4Header,        styles::kNotYetLevelOne};
static_assert(column_of(iw::kAreaHeaders, iw::kLevel1Header) == 2 && kNoLevelCol == 6,
              "the chart's table shares the area table's columns");

std::string emerging_text(const ImpactProfile& profile) {
  std::vector<std::string> levels;
  for (int level : profile.emerging) levels.push_back(std::to_string(level));
  return join(levels, ", ");
}

layout::Style centred(layout::Style style) {
  style.align = layout::Style::Align::kCenter;
  return style;
}

template <std::size_t N>
void header_row(layout::Sheet& sheet, int row, const std::array<std::string_view, N>& shape,
                bool changes) {
  std::vector<std::string> headers(shape.begin(), shape.end());
  if (changes) headers.emplace_back(rw::kSinceLastYearHeader);
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(row, static_cast<int>(i), headers[i], styles::header());
  }
}

void profile_row(layout::Sheet& sheet, int row, const ImpactProfile& profile,
                 const layout::Style& text, const std::vector<std::string>* changes,
                 std::size_t index) {
  const layout::Style count = centred(text);
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    sheet.set(row, kFirstCountCol + level - 1,
              static_cast<double>(profile.counts[static_cast<std::size_t>(level)]), count);
  }
  sheet.set(row, kNoLevelCol, static_cast<double>(profile.counts[0]), count);
  if (profile.applicable) {
    const int operating = std::clamp(profile.operating, 0, kMaxImpactLevel);
    styles::impact_level_cell(sheet, row, kOperatingCol, operating,
                              styles::rating_fill(kLevelFills[operating]));
  } else {
    sheet.set(row, kOperatingCol, "n/a", count);
  }
  sheet.set(row, kEmergingCol, emerging_text(profile), count);
  sheet.set(row, kSummaryCol, profile.summary, text);
  sheet.set(row, kRationaleCol, profile.rationale, text);
  if (changes) {
    sheet.set(row, kChangeCol, index < changes->size() ? (*changes)[index] : std::string(), text);
  }
}

}  // namespace

std::string impact_rule_text(int percent) {
  return "An area operates at the highest level at which at least " + std::to_string(percent) +
         "% of its standards operate (the levels shown for them below); standards below it are "
         "named as behind the rest; levels are not stages";
}

void add_impact_sheet(layout::Workbook& book, const Framework& framework,
                      const ImpactResult& impact, const std::vector<std::string>* area_changes,
                      const std::vector<std::string>* standard_changes) {
  layout::Sheet& sheet = book.add_sheet(kImpactSheet);
  const bool changes = area_changes != nullptr || standard_changes != nullptr;
  const int last_col = changes ? kChangeCol : kRationaleCol;

  sheet.set(0, kTextCol, "Impact: how far safeguarding has travelled", styles::title());
  layout::Style note;
  note.wrap = true;
  sheet.set(1, kTextCol, impact_rule_text(impact.area_percent) + ".", note);
  sheet.set(2, kTextCol,
            "A standard operates at the highest level reached by at least " +
                std::to_string(impact.operating_percent) +
                "% of its points with levelled evidence (points with none are evidence gaps, on "
                "the Gaps sheet); points the evidence contradicts are practice gaps and do not "
                "count. Level 3 evidence counts without level 2. Stale evidence, Partly items and "
                "items with no level do not count. \"" +
                std::string(styles::kNotYetLevelOne) +
                "\": no level reached yet. The levels are explained "
                "below the tables.",
            note);
  sheet.merges.push_back({1, kTextCol, 1, last_col});
  sheet.merges.push_back({2, kTextCol, 2, last_col});

  // Focus areas: the matrix the chart is drawn from.
  const int area_header = 4;
  header_row(sheet, area_header, iw::kAreaHeaders, changes);
  int row = area_header + 1;
  layout::Style area_style = styles::group();
  for (std::size_t i = 0; i < impact.areas.size(); ++i) {
    const AreaImpact& ai = impact.areas[i];
    std::vector<std::string> ids;
    for (const auto* standard : ai.standards) ids.push_back(standard->id);
    sheet.set(row, kNameCol, ai.area ? ai.area->title : std::string(), area_style);
    sheet.set(row, kDetailCol, join(ids, ", "), area_style);
    profile_row(sheet, row, ai.profile, styles::text(), area_changes, i);
    ++row;
  }

  // How many standards of each area operate at each level: the chart's table, the two on a
  // page of their own. The standards then start a page, so the header repeated on their pages
  // is theirs (LibreOffice and Excel repeat it from where it is, not above it).
  ++row;
  if (!impact.areas.empty()) {
    sheet.page_breaks.push_back(row);
    header_row(sheet, row, kByLevelHeaders, false);
    ++row;
    const int first_by_level = row;
    for (const AreaImpact& ai : impact.areas) {
      std::array<int, kMaxImpactLevel + 1> standards{};
      int counted = 0;
      for (const StandardImpact& si : impact.standards) {
        if (!si.profile.applicable || std::find(ai.standards.begin(), ai.standards.end(),
                                                si.standard) == ai.standards.end()) {
          continue;
        }
        ++standards[static_cast<std::size_t>(std::clamp(si.profile.operating, 0, kMaxImpactLevel))];
        ++counted;
      }
      sheet.set(row, kNameCol, ai.area ? ai.area->title : std::string(), area_style);
      const layout::Style count = centred(styles::text());
      sheet.set(row, kDetailCol, static_cast<double>(counted), count);
      for (int level = 1; level <= kMaxImpactLevel; ++level) {
        sheet.set(row, kFirstCountCol + level - 1,
                  static_cast<double>(standards[static_cast<std::size_t>(level)]), count);
      }
      sheet.set(row, kNoLevelCol, static_cast<double>(standards[0]), count);
      ++row;
    }
    const int last_by_level = row - 1;
    ++row;
    layout::Chart chart;
    chart.kind = layout::Chart::Kind::kBarStacked;
    chart.title = "Standards at each operating level, by focus area";
    chart.y_title = "Standards (applicable)";
    chart.category_sheet = kImpactSheet;
    chart.category_first_row = first_by_level;
    chart.category_last_row = last_by_level;
    chart.category_col = kNameCol;
    // Not yet level 1 first, so each bar reads from the left as the area travels.
    chart.series.push_back({std::string(styles::kNotYetLevelOne), kImpactSheet, first_by_level,
                            last_by_level, kNoLevelCol, kChartFills[0]});
    for (int level = 1; level <= kMaxImpactLevel; ++level) {
      chart.series.push_back({"Level " + std::to_string(level), kImpactSheet, first_by_level,
                              last_by_level, kFirstCountCol + level - 1,
                              kChartFills[static_cast<std::size_t>(level)]});
    }
    chart.y_major_unit = 1;
    chart.anchor_row = row;
    chart.anchor_col = kTextCol;
    chart.width = 900;
    chart.height = 140 + 40 * static_cast<int>(impact.areas.size());
    sheet.charts.push_back(chart);
    // Rows of the default 15 points (20 pixels) under the chart.
    row += chart.rows_spanned();
  }
  sheet.page_breaks.push_back(row);

  // Standards, in framework order.
  const int standard_header = row;
  header_row(sheet, row, iw::kStandardHeaders, changes);
  ++row;
  for (std::size_t i = 0; i < impact.standards.size(); ++i) {
    const StandardImpact& si = impact.standards[i];
    sheet.set(row, kNameCol, si.standard ? si.standard->id : std::string(),
              centred(styles::text()));
    sheet.set(row, kDetailCol, si.standard ? si.standard->title : std::string(), styles::text());
    profile_row(sheet, row, si.profile, styles::text(), standard_changes, i);
    ++row;
  }

  // The level key.
  ++row;
  for (std::size_t i = 0; i < iw::kKeyHeaders.size(); ++i) {
    sheet.set(row, static_cast<int>(i), std::string(iw::kKeyHeaders[i]), styles::header());
  }
  sheet.merges.push_back({row, kKeyDescriptionCol, row, last_col});
  ++row;
  for (const auto& level : framework.impact.levels) {
    sheet.set(row, kKeyLevelCol, "Level " + std::to_string(level.number), centred(styles::text()));
    sheet.set(row, kKeyNameCol, level.name, styles::text());
    sheet.set(row, kKeyDescriptionCol, level.description, styles::text());
    sheet.merges.push_back({row, kKeyDescriptionCol, row, last_col});
    ++row;
  }

  sheet.freeze_rows = area_header + 1;
  sheet.freeze_cols = kNameCol + 1;
  sheet.repeat_first_row = standard_header;
  sheet.repeat_last_row = standard_header;
  sheet.column_widths = {{kNameCol, 24},      {kDetailCol, 34},   {kNoLevelCol, 9},
                         {kOperatingCol, 10}, {kEmergingCol, 10}, {kSummaryCol, 30},
                         {kRationaleCol, 50}};
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    sheet.column_widths[kFirstCountCol + level - 1] = 7;
  }
  if (changes) sheet.column_widths[kChangeCol] = 26;
}

}  // namespace s11
