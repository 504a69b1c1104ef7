#include "reports/impact_report.h"

#include <algorithm>

#include "base/text.h"
#include "reports/styles.h"

namespace s11 {
namespace {

constexpr int kFirstCountCol = 2;  // Columns C-F: levels 1-4; G: no level.
constexpr int kNoLevelCol = kFirstCountCol + kMaxImpactLevel;
constexpr int kOperatingCol = kNoLevelCol + 1;
constexpr int kEmergingCol = kOperatingCol + 1;
constexpr int kSummaryCol = kEmergingCol + 1;
constexpr int kRationaleCol = kSummaryCol + 1;
constexpr int kChangeCol = kRationaleCol + 1;

// Pale to dark blue as an area travels further; pale red for not yet at level 1.
const char* const kLevelFills[] = {"FCE4D6", "DDEBF7", "BDD7EE", "9BC2E6", "5B9BD5"};

std::string emerging_text(const ImpactProfile& profile) {
  std::vector<std::string> levels;
  for (int level : profile.emerging) levels.push_back(std::to_string(level));
  return join(levels, ", ");
}

layout::Style centred(layout::Style style) {
  style.align = layout::Style::Align::kCenter;
  return style;
}

void header_row(layout::Sheet& sheet, int row, const std::string& first, const std::string& second,
                bool changes) {
  std::vector<std::string> headers = {first, second};
  for (int level = 1; level <= kMaxImpactLevel; ++level) {
    headers.push_back("Level " + std::to_string(level));
  }
  headers.insert(headers.end(),
                 {"No level", "Operating level", "Emerging levels", "Summary", "Rationale"});
  if (changes) headers.emplace_back("Since last year");
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
  if (profile.members > 0) {
    const int operating = std::clamp(profile.operating, 0, kMaxImpactLevel);
    sheet.set(row, kOperatingCol, static_cast<double>(operating),
              centred(styles::rating_fill(kLevelFills[operating])));
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
         "% of its standards have current evidence at that level or above; levels are not "
         "stages";
}

void add_impact_sheet(layout::Workbook& book, const Framework& framework,
                      const ImpactResult& impact, const std::vector<std::string>* area_changes,
                      const std::vector<std::string>* standard_changes) {
  layout::Sheet& sheet = book.add_sheet(kImpactSheet);
  const bool changes = area_changes != nullptr || standard_changes != nullptr;
  const int last_col = changes ? kChangeCol : kRationaleCol;

  sheet.set(0, 0, "Impact: how far safeguarding has travelled", styles::title());
  sheet.set(1, 0, impact_rule_text(impact.operating_percent) + ".");
  sheet.set(2, 0,
            "A standard is judged the same way from its applicable points. Level 3 evidence "
            "counts without level 2. Stale evidence, survey results below their threshold and "
            "items with no level do not count. The levels are explained below the tables.");

  // Focus areas: the matrix the chart is drawn from.
  const int area_header = 4;
  header_row(sheet, area_header, "Focus area", "Standards", changes);
  int row = area_header + 1;
  const int first_area_row = row;
  layout::Style area_style = styles::group();
  for (std::size_t i = 0; i < impact.areas.size(); ++i) {
    const AreaImpact& ai = impact.areas[i];
    std::vector<std::string> ids;
    for (const auto* standard : ai.standards) ids.push_back(standard->id);
    sheet.set(row, 0, ai.area ? ai.area->title : std::string(), area_style);
    sheet.set(row, 1, join(ids, ", "), area_style);
    profile_row(sheet, row, ai.profile, styles::text(), area_changes, i);
    ++row;
  }
  const int last_area_row = row - 1;

  // Standards, in framework order.
  ++row;
  header_row(sheet, row, "Standard", "Title", changes);
  ++row;
  for (std::size_t i = 0; i < impact.standards.size(); ++i) {
    const StandardImpact& si = impact.standards[i];
    sheet.set(row, 0, si.standard ? si.standard->id : std::string(), centred(styles::text()));
    sheet.set(row, 1, si.standard ? si.standard->title : std::string(), styles::text());
    profile_row(sheet, row, si.profile, styles::text(), standard_changes, i);
    ++row;
  }

  // The level key.
  ++row;
  sheet.set(row, 0, "Impact level", styles::header());
  sheet.set(row, 1, "Name", styles::header());
  sheet.set(row, 2, "What evidence at this level shows", styles::header());
  sheet.merges.push_back({row, 2, row, last_col});
  ++row;
  for (const auto& level : framework.impact.levels) {
    sheet.set(row, 0, "Level " + std::to_string(level.number), centred(styles::text()));
    sheet.set(row, 1, level.name, styles::text());
    sheet.set(row, 2, level.description, styles::text());
    sheet.merges.push_back({row, 2, row, last_col});
    ++row;
  }
  ++row;

  sheet.freeze_rows = area_header + 1;
  sheet.freeze_cols = 1;
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = area_header;
  sheet.repeat_last_row = area_header;
  sheet.column_widths = {{0, 28}, {1, 40}, {2, 8},  {3, 8},  {4, 8},  {5, 8},
                         {6, 9},  {7, 10}, {8, 10}, {9, 36}, {10, 70}};
  if (changes) sheet.column_widths[kChangeCol] = 30;

  if (impact.areas.empty()) return;
  layout::Chart chart;
  chart.kind = layout::Chart::Kind::kRadarWithMarkers;
  chart.title = "Operating impact level by focus area";
  chart.category_sheet = kImpactSheet;
  chart.category_first_row = first_area_row;
  chart.category_last_row = last_area_row;
  chart.category_col = 0;
  chart.series.push_back(
      {"Operating level", kImpactSheet, first_area_row, last_area_row, kOperatingCol, "2E75B6"});
  chart.y_max = kMaxImpactLevel;
  chart.y_major_unit = 1;
  chart.anchor_row = row;
  chart.anchor_col = 1;
  chart.width = 900;
  chart.height = 640;
  sheet.page_breaks.push_back(row);  // The chart prints whole on a page of its own.
  sheet.charts.push_back(chart);
}

}  // namespace s11
