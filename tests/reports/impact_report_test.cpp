#include "reports/impact_report.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <string>
#include <variant>

#include "engine/scoring.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";

/// Two areas: "lead" with standards 1 (level 2) and 2 (level 3), "safe" with standard 3 whose
/// only point is Not applicable.
struct Sample {
  Audit audit;
  AuditResult result;
  ImpactResult impact;

  Sample() {
    audit.framework = load_framework(kStandardsDir + "oscb-2015.xml");
    audit.framework.areas = {{"lead", "Leadership"}, {"safe", "Safe workforce"}};
    audit.framework.standards.clear();
    const std::pair<const char*, const char*> standards[] = {
        {"1", "lead"}, {"2", "lead"}, {"3", "safe"}};
    for (const auto& [id, area] : standards) {
      Standard s;
      s.id = id;
      s.title = std::string("Standard ") + id;
      s.area = area;
      Point p;
      p.id = s.id + ".1";
      p.requirement = "Requirement";
      s.points.push_back(p);
      audit.framework.standards.push_back(s);
      audit.assessments[p.id].status = PointStatus::kMet;
    }
    audit.assessments["3.1"] = {PointStatus::kNotApplicable, "Not ours", ""};
    audit.config.audit_date = Date{2015, 3, 31};
    audit.config.currency_months = 24;
    const std::tuple<const char*, int, const char*> items[] = {
        {"E1", 2, "1.1"}, {"E2", 3, "2.1"}, {"E3", 0, "2.1"}};
    for (const auto& [id, level, point] : items) {
      EvidenceItem e;
      e.id = id;
      e.title = id;
      e.type = "Policy";
      e.date = Date{2015, 1, 1};
      e.impact_level = level;
      e.points = {point};
      audit.evidence.push_back(e);
    }
    result = score_audit(audit);
    impact = assess_impact(audit, result);
  }
};

/// The text of a cell ("" when empty), numbers as written by to_text.
std::string at(const layout::Sheet& sheet, int row, int col) {
  for (const auto& cell : sheet.cells) {
    if (cell.row != row || cell.col != col) continue;
    if (const auto* text = std::get_if<std::string>(&cell.value)) return *text;
    if (const auto* number = std::get_if<double>(&cell.value)) {
      return std::to_string(static_cast<int>(*number));
    }
  }
  return "";
}

const layout::Cell* cell_at(const layout::Sheet& sheet, int row, int col) {
  for (const auto& cell : sheet.cells) {
    if (cell.row == row && cell.col == col) return &cell;
  }
  return nullptr;
}

/// The entry `name` of the zip file at `path`; "" when missing.
std::string zip_entry(const std::string& path, const std::string& name) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!zip) return "";
  std::string text;
  if (zip_file_t* file = zip_fopen(zip, name.c_str(), 0)) {
    char buffer[4096];
    for (zip_int64_t n; (n = zip_fread(file, buffer, sizeof buffer)) > 0;) {
      text.append(buffer, static_cast<std::size_t>(n));
    }
    zip_fclose(file);
  }
  zip_close(zip);
  return text;
}

}  // namespace

TEST_CASE("the rule is stated in words with the framework's threshold", "[reports][impact]") {
  CHECK(impact_rule_text(75) ==
        "An area operates at the highest level at which at least 75% of its standards operate "
        "(the levels shown for them below); standards below it are named as behind the rest; "
        "levels are not stages");
  CHECK(impact_rule_text(80).find("at least 80% of") != std::string::npos);
}

TEST_CASE("the Impact sheet lists areas, then standards, then the level key", "[reports][impact]") {
  const Sample sample;
  layout::Workbook book;
  add_impact_sheet(book, sample.audit.framework, sample.impact);
  REQUIRE(book.sheets.size() == 1);
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(sheet.name == "Impact");
  CHECK(at(sheet, 0, 0) == "Impact: how far safeguarding has travelled");
  CHECK(at(sheet, 1, 0) == impact_rule_text(60) + ".");

  const std::vector<std::string> headers = {
      "Focus area", "Standards",       "Level 1",         "Level 2", "Level 3",  "Level 4",
      "No level",   "Operating level", "Emerging levels", "Summary", "Rationale"};
  for (std::size_t i = 0; i < headers.size(); ++i) {
    CHECK(at(sheet, 4, static_cast<int>(i)) == headers[i]);
  }
  CHECK(at(sheet, 4, 11).empty());  // No year-on-year column unless asked for.

  // Areas: the count matrix, levels and reasoning.
  CHECK(at(sheet, 5, 0) == "Leadership");
  CHECK(at(sheet, 5, 1) == "1, 2");
  const std::vector<std::string> lead_counts = {"0", "1", "1", "0", "1"};
  for (std::size_t i = 0; i < lead_counts.size(); ++i) {
    CHECK(at(sheet, 5, 2 + static_cast<int>(i)) == lead_counts[i]);
  }
  CHECK(at(sheet, 5, 7) == "2");
  REQUIRE(cell_at(sheet, 5, 7) != nullptr);
  CHECK(cell_at(sheet, 5, 7)->style.fill == "BDD7EE");
  CHECK(at(sheet, 5, 8) == "3");
  CHECK(at(sheet, 5, 9) == "level 2, emerging level 3 in standard 2");
  CHECK(at(sheet, 5, 10) == sample.impact.areas[0].profile.rationale);
  CHECK(at(sheet, 6, 0) == "Safe workforce");
  CHECK(at(sheet, 6, 7) == "n/a");
  CHECK(at(sheet, 6, 9) == "no applicable standards");

  // Then, on a page of their own, the chart's table: per area, its applicable standards and
  // how many operate at each level.
  const std::vector<std::string> by_level = {
      "Focus area", "Standards (applicable)", "Level 1", "Level 2", "Level 3",
      "Level 4",    "Not yet level 1"};
  for (std::size_t i = 0; i < by_level.size(); ++i) {
    CHECK(at(sheet, 8, static_cast<int>(i)) == by_level[i]);
  }
  const std::vector<std::string> lead_standards = {"Leadership", "2", "0", "1", "1", "0", "0"};
  const std::vector<std::string> safe_standards = {"Safe workforce", "0", "0", "0", "0", "0", "0"};
  for (std::size_t i = 0; i < lead_standards.size(); ++i) {
    CHECK(at(sheet, 9, static_cast<int>(i)) == lead_standards[i]);
    CHECK(at(sheet, 10, static_cast<int>(i)) == safe_standards[i]);
  }

  // Standards below the chart, on a page of their own under their own header.
  CHECK(at(sheet, 25, 0) == "Standard");
  CHECK(at(sheet, 25, 1) == "Title");
  CHECK(at(sheet, 25, 7) == "Operating level");
  CHECK(at(sheet, 26, 0) == "1");
  CHECK(at(sheet, 26, 1) == "Standard 1");
  CHECK(at(sheet, 26, 7) == "2");
  CHECK(at(sheet, 27, 0) == "2");
  CHECK(at(sheet, 27, 4) == "1");  // One level-3 item.
  CHECK(at(sheet, 27, 6) == "1");  // One item with no level.
  CHECK(at(sheet, 27, 7) == "3");
  CHECK(at(sheet, 27, 9) == "level 3");
  CHECK(at(sheet, 28, 0) == "3");
  CHECK(at(sheet, 28, 7) == "n/a");
  CHECK(at(sheet, 28, 9) == "no applicable points");

  // The level key, from the framework.
  CHECK(at(sheet, 30, 0) == "Impact level");
  CHECK(at(sheet, 31, 0) == "Level 1");
  CHECK(at(sheet, 31, 1) == "Inputs and processes");
  CHECK(at(sheet, 31, 2) == sample.audit.framework.impact.levels[0].description);
  CHECK(at(sheet, 34, 0) == "Level 4");
  CHECK(at(sheet, 34, 1) == "Embedded and shared practice");

  // Print and view set-up like the other sheets.
  CHECK(sheet.freeze_rows == 5);
  CHECK(sheet.freeze_cols == 1);
  // The header repeated on printed pages is the standards table's, which starts a page.
  CHECK(sheet.repeat_first_row == 25);
  CHECK(sheet.repeat_last_row == 25);
}

TEST_CASE("the Impact sheet has a stacked bar of standards by level per area, with its table",
          "[reports][impact]") {
  const Sample sample;
  layout::Workbook book;
  add_impact_sheet(book, sample.audit.framework, sample.impact);
  const layout::Sheet& sheet = book.sheets[0];
  REQUIRE(sheet.charts.size() == 1);
  const layout::Chart& chart = sheet.charts[0];
  CHECK(chart.kind == layout::Chart::Kind::kBarStacked);
  CHECK(chart.title == "Standards at each operating level, by focus area");
  CHECK(chart.category_sheet == "Impact");
  CHECK(chart.category_first_row == 9);
  CHECK(chart.category_last_row == 10);
  CHECK(chart.category_col == 0);
  // Not yet level 1 first, then levels 1 to 4, from the chart's table.
  const std::vector<std::pair<std::string, int>> series = {
      {"Not yet level 1", 6}, {"Level 1", 2}, {"Level 2", 3}, {"Level 3", 4}, {"Level 4", 5}};
  REQUIRE(chart.series.size() == series.size());
  for (std::size_t i = 0; i < series.size(); ++i) {
    CHECK(chart.series[i].name == series[i].first);
    CHECK(chart.series[i].col == series[i].second);
    CHECK(chart.series[i].first_row == 9);
    CHECK(chart.series[i].last_row == 10);
  }
  CHECK_FALSE(chart.y_max.has_value());
  REQUIRE(chart.y_major_unit.has_value());
  CHECK(*chart.y_major_unit == 1);
  CHECK(chart.anchor_row == 12);
  // The table and chart start a page; the standards start the next.
  CHECK(sheet.page_breaks == std::vector<int>{8, 25});
}

TEST_CASE("changes since last year fill a column when given", "[reports][impact]") {
  const Sample sample;
  layout::Workbook book;
  const std::vector<std::string> areas = {"Up from level 1"};  // The second is missing: blank.
  const std::vector<std::string> standards = {"Same", "Up from level 2", "New"};
  add_impact_sheet(book, sample.audit.framework, sample.impact, &areas, &standards);
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(at(sheet, 4, 11) == "Since last year");
  CHECK(at(sheet, 5, 11) == "Up from level 1");
  CHECK(at(sheet, 6, 11).empty());
  REQUIRE(cell_at(sheet, 6, 11) != nullptr);
  CHECK(at(sheet, 25, 11) == "Since last year");
  CHECK(at(sheet, 26, 11) == "Same");
  CHECK(at(sheet, 27, 11) == "Up from level 2");
  CHECK(at(sheet, 28, 11) == "New");
  CHECK(sheet.column_widths.at(11) == 26);
}

TEST_CASE("a workbook with the Impact sheet writes a native stacked bar chart",
          "[reports][impact]") {
  const Sample sample;
  layout::Workbook book;
  book.created = Date{2015, 3, 31};
  add_impact_sheet(book, sample.audit.framework, sample.impact);
  test::TempDir dir;
  const std::string path = dir.file("impact.xlsx");
  REQUIRE(write_xlsx(book, path).empty());
  const std::string chart = zip_entry(path, "xl/charts/chart1.xml");
  CHECK(chart.find("<c:barChart>") != std::string::npos);
  CHECK(chart.find(R"(<c:barDir val="bar"/>)") != std::string::npos);
  CHECK(chart.find(R"(<c:grouping val="stacked"/>)") != std::string::npos);
  CHECK(chart.find("<c:f>Impact!$G$10:$G$11</c:f>") != std::string::npos);
  CHECK(chart.find("<c:f>Impact!$A$10:$A$11</c:f>") != std::string::npos);
  CHECK(chart.find(R"(<c:majorUnit val="1"/>)") != std::string::npos);
  const std::string sheet = zip_entry(path, "xl/worksheets/sheet1.xml");
  CHECK(sheet.find(R"(<brk id="8")") != std::string::npos);
  CHECK(sheet.find(R"(<brk id="25")") != std::string::npos);
}

}  // namespace s11
