#include "readers/previous_return_reader.h"

#include <catch2/catch.hpp>

#include "base/errors.h"
#include "base/xlsx_reader.h"
#include "engine/impact.h"
#include "engine/scoring.h"
#include "reports/impact_report.h"
#include "reports/section11_return.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";
const std::string kHistoryDir = std::string(S11_TEST_DATA_DIR) + "/history/";

Framework oscb() { return load_framework(kStandardsDir + "oscb-2015.xml"); }

/// OSCB's scheme, areas and impact model with three small standards: 1 (leadership, six
/// points), 2 (policies, two points) and 3 (partnership, two points).
Framework small_framework() {
  Framework f = oscb();
  f.standards.clear();
  for (auto [id, area, n] : {std::tuple{"1", "leadership", 6}, std::tuple{"2", "policies", 2},
                             std::tuple{"3", "partnership", 2}}) {
    Standard s;
    s.id = id;
    s.title = std::string("Standard ") + id;
    s.area = area;
    for (int i = 1; i <= n; ++i) {
      Point p;
      p.id = s.id + "." + std::to_string(i);
      p.requirement = "Requirement " + p.id;
      s.points.push_back(p);
    }
    f.standards.push_back(s);
  }
  return f;
}

EvidenceItem item(const std::string& id, std::vector<std::string> points, int level) {
  EvidenceItem e;
  e.id = id;
  e.title = "Item " + id;
  e.type = "report";
  e.date = Date{2015, 6, 1};
  e.points = std::move(points);
  e.impact_level = level;
  return e;
}

/// This year: standard 1 Green (all met, 5 of 6 evidenced at level 2; rated Blue), 2 Green
/// (level 1), 3 Green (level 3); overall Green (90% evidenced).
struct ThisYear {
  Audit audit;
  AuditResult result;
  ImpactResult impact;

  ThisYear() {
    audit.framework = small_framework();
    audit.config.organisation = "Test Borough Council";
    audit.config.period = "2015-16";
    audit.config.audit_date = Date{2015, 11, 30};
    for (const auto& s : audit.framework.standards) {
      for (const auto& p : s.points) audit.assessments[p.id].status = PointStatus::kMet;
    }
    audit.evidence = {item("E1", {"1.1", "1.2", "1.3", "1.4", "1.5"}, 2),
                      item("E2", {"2.1", "2.2"}, 1), item("E3", {"3.1", "3.2"}, 3)};
    audit.agency_ratings = {{"1", "Blue"}, {"2", "Green"}, {"3", "Green"}};
    audit.agency_overall_rating = "Green";
    result = score_audit(audit);
    impact = assess_impact(audit, result);
  }
};

PreviousStandard previous_standard(const std::string& id, const std::string& agency,
                                   const std::string& evidence, int met, int evidenced,
                                   std::optional<int> level) {
  return {id, agency, evidence, met, evidenced, level};
}

/// A return's layout, to be spoiled cell by cell and written to a temporary workbook.
struct ReturnFile {
  test::TempDir dir;
  ThisYear year;
  layout::Workbook book;
  std::string path;

  explicit ReturnFile(bool with_impact = true) {
    book = build_return(year.audit, year.result, "test");
    if (with_impact) add_impact_sheet(book, year.audit.framework, year.impact);
    path = dir.file("section11-return.xlsx");
  }
  layout::Sheet& sheet(const std::string& name) {
    for (auto& s : book.sheets) {
      if (s.name == name) return s;
    }
    FAIL("no sheet " << name);
    return book.sheets.front();
  }
  /// The cell holding `text` in column `col` of `sheet` (the first one).
  layout::Cell& find(const std::string& sheet_name, int col, const std::string& text) {
    for (auto& cell : sheet(sheet_name).cells) {
      const auto* value = std::get_if<std::string>(&cell.value);
      if (cell.col == col && value && *value == text) return cell;
    }
    FAIL("no cell " << text << " in " << sheet_name);
    return sheet(sheet_name).cells.front();
  }
  /// The column of header `text` (anywhere on the sheet).
  int column(const std::string& sheet_name, const std::string& text) {
    for (auto& cell : sheet(sheet_name).cells) {
      const auto* value = std::get_if<std::string>(&cell.value);
      if (value && *value == text) return cell.col;
    }
    FAIL("no header " << text);
    return -1;
  }
  /// Replaces the value at (row, col) of `sheet`; returns the cell's name, e.g. "D10".
  std::string put(const std::string& sheet_name, int row, int col, const layout::Value& value) {
    for (auto& cell : sheet(sheet_name).cells) {
      if (cell.row == row && cell.col == col) cell.value = value;
    }
    return xlsx::cell_name(row, col);
  }
  std::vector<std::string> problems() {
    REQUIRE(write_xlsx(book, path).empty());
    try {
      read_previous_return(path, year.audit.framework);
    } catch (const InputError& e) {
      return e.problems();
    }
    return {};
  }
};

}  // namespace

TEST_CASE("reads last year's return written by s11 run", "[engine][history]") {
  const std::string path = kHistoryDir + "return-2014-15.xlsx";
  PreviousReturn prev = read_previous_return(path, oscb());
  CHECK(prev.path == path);
  CHECK(prev.organisation == "Test Borough Council");
  CHECK(prev.period == "2014-15");
  REQUIRE(prev.audit_date);
  CHECK(*prev.audit_date == Date{2014, 11, 28});
  REQUIRE(prev.standards.size() == 12);
  const PreviousStandard* s2 = prev.find_standard("2");
  REQUIRE(s2);
  CHECK(s2->agency_rating == "Blue");
  CHECK(s2->evidence_rating == "Amber");
  CHECK(s2->met_percent == 100);
  CHECK(s2->evidenced_percent == 17);
  const PreviousStandard* s4 = prev.find_standard("4");
  REQUIRE(s4);
  CHECK(s4->agency_rating == "Amber");
  CHECK(s4->met_percent == 80);
  CHECK(s4->evidenced_percent == 0);
  CHECK(prev.find_standard("11")->met_percent == 83);
  CHECK(prev.find_standard("5")->evidenced_percent == 67);
  REQUIRE(prev.overall);
  CHECK(prev.overall->agency_rating == "Green");
  CHECK(prev.overall->evidence_rating == "Amber");
  CHECK(prev.overall->met_percent == 95);
  CHECK(prev.overall->evidenced_percent == 17);
  CHECK(prev.scheme_levels == std::vector<std::string>{"Blue", "Green", "Amber", "Red"});
  // Written before s11 had an Impact sheet: levels are unknown.
  CHECK_FALSE(prev.has_impact);
  CHECK(prev.areas.empty());
  CHECK_FALSE(s2->operating_level);
}

TEST_CASE("reads a return with the rating key, a moderated and a Staff survey column",
          "[engine][history]") {
  // This version's Summary as the board reads it: the moderated column between the agency's
  // and the evidence-based rating (here Red for standard 1, neither of those), Staff survey
  // before the flag, the key below the table. The reader takes each rating from its own
  // column, found by its header, as it does from a return without those columns (above).
  ReturnFile file;
  file.year.result.standards[0].survey_questions = 2;
  Review review;
  review.path = "reviews/shah.xlsx";
  review.reviewer = "A Shah";
  review.standards["1"].rating = file.year.audit.framework.scheme.find("Red");
  ReturnExtras extras;
  extras.reviews = {review};
  extras.moderated = moderate_ratings(extras.reviews, file.year.audit.framework);
  file.book = build_return(file.year.audit, file.year.result, "test", extras);
  REQUIRE(file.column("Summary", "Moderated rating (peer review)") == 4);
  REQUIRE(file.column("Summary", "Staff survey") == 10);
  REQUIRE(file.column("Summary", "Key to the OSCB BRAG rating") == 0);
  REQUIRE(write_xlsx(file.book, file.path).empty());

  PreviousReturn prev = read_previous_return(file.path, file.year.audit.framework);
  CHECK(prev.organisation == "Test Borough Council");
  CHECK(prev.period == "2015-16");
  REQUIRE(prev.standards.size() == 3);
  CHECK(prev.standards[0].agency_rating == "Blue");
  CHECK(prev.standards[0].evidence_rating == "Green");
  CHECK(prev.standards[0].met_percent == 100);
  CHECK(prev.standards[0].evidenced_percent == 83);
  CHECK(prev.standards[2].id == "3");
  REQUIRE(prev.overall);
  CHECK(prev.overall->agency_rating == "Green");
  CHECK(prev.overall->evidence_rating == "Green");
  CHECK(prev.overall->evidenced_percent == 90);
}

TEST_CASE("reads the Impact sheet's operating levels back", "[engine][history]") {
  ReturnFile file;
  REQUIRE(write_xlsx(file.book, file.path).empty());
  PreviousReturn prev = read_previous_return(file.path, file.year.audit.framework);
  CHECK(prev.has_impact);
  REQUIRE(prev.areas.size() == 4);
  CHECK(prev.areas[0].id == "leadership");
  CHECK(prev.areas[0].operating_level == 2);
  CHECK(prev.areas[1].id == "partnership");
  CHECK(prev.areas[1].operating_level == 3);
  CHECK(prev.areas[2].id == "workforce");
  CHECK_FALSE(prev.areas[2].operating_level);  // no standards: n/a
  CHECK(prev.areas[3].id == "policies");
  CHECK(prev.areas[3].operating_level == 1);
  REQUIRE(prev.standards.size() == 3);
  CHECK(prev.standards[0].operating_level == 2);
  CHECK(prev.standards[1].operating_level == 1);
  CHECK(prev.standards[2].operating_level == 3);
  CHECK(prev.standards[0].agency_rating == "Blue");
  CHECK(prev.standards[0].evidence_rating == "Green");
  CHECK(prev.standards[0].evidenced_percent == 83);

  // The same year compared with itself: nothing changed.
  YearOnYear same = compare_years(prev, file.year.result, file.year.impact);
  for (const auto& change : same.standards) {
    CHECK(change.text == "no change");
    CHECK(change.level_text == "no change");
  }
  CHECK(same.overall.text == "no change");
  for (const auto& change : same.areas) CHECK(change.text == "no change");
}

TEST_CASE("compare_years words each change", "[engine][history]") {
  ThisYear year;
  PreviousReturn prev;
  prev.period = "2014-15";
  prev.scheme_levels = {"Blue", "Green", "Amber", "Red"};
  prev.has_impact = true;
  prev.standards = {previous_standard("1", "Green", "Amber", 83, 75, 1),
                    previous_standard("2", "Green", "Green", 100, 100, 1),
                    previous_standard("12", "Amber", "Red", 40, 20, 0)};
  prev.overall = previous_standard("Overall", "Green", "Amber", 90, 90, std::nullopt);
  prev.areas = {{"leadership", 1}, {"policies", 1}, {"workforce", 2}, {"retired", 1}};

  YearOnYear y = compare_years(prev, year.result, year.impact);
  CHECK(y.previous_period == "2014-15");
  REQUIRE(y.standards.size() == 3);
  CHECK(y.standards[0].id == "1");
  CHECK(y.standards[0].text ==
        "Amber \u2192 Green; met up 17 percentage points; evidenced up 8 percentage points; "
        "agency rating Green \u2192 Blue");
  CHECK(y.standards[0].rating_steps == 1);
  CHECK(y.standards[0].met_change == 17);
  CHECK(y.standards[0].evidenced_change == 8);
  CHECK(y.standards[0].previous_rating == "Amber");
  CHECK(y.standards[0].current_rating == "Green");
  CHECK(y.standards[0].previous_agency_rating == "Green");
  CHECK(y.standards[0].current_agency_rating == "Blue");
  CHECK(y.standards[0].level_text == "level 1 \u2192 2");
  CHECK(y.standards[1].text == "no change");
  CHECK(y.standards[1].level_text == "no change");
  CHECK(y.standards[1].rating_steps == 0);
  CHECK(y.standards[2].is_new);
  CHECK(y.standards[2].text == "new standard");
  CHECK(y.standards[2].level_text == "new standard");
  CHECK(y.overall.text == "Amber \u2192 Green; met up 10 percentage points");
  CHECK(y.overall.level_text.empty());
  CHECK(y.removed_standards == std::vector<std::string>{"12"});
  CHECK(y.removed_areas == std::vector<std::string>{"retired"});

  REQUIRE(y.areas.size() == 4);  // framework order: leadership, partnership, workforce, policies
  CHECK(y.areas[0].text == "level 1 \u2192 2");
  CHECK(y.areas[0].level_steps == 1);
  CHECK(y.areas[1].text == "new focus area");
  CHECK(y.areas[1].is_new);
  CHECK(y.areas[2].text == "level 2 \u2192 n/a");  // no standards this year
  CHECK(y.areas[3].text == "no change");
  CHECK(y.standard_texts().size() == 3);
  CHECK(y.area_texts() == std::vector<std::string>{"level 1 \u2192 2", "new focus area",
                                                   "level 2 \u2192 n/a", "no change"});
  CHECK(y.standard_level_texts() ==
        std::vector<std::string>{"level 1 \u2192 2", "no change", "new standard"});

  SECTION("same rating, other figures changed") {
    prev.standards = {previous_standard("1", "Blue", "Green", 100, 100, 2),
                      previous_standard("2", "Blue", "Green", 100, 99, 1),
                      previous_standard("3", "Green", "Green", 100, 100, 3)};
    YearOnYear z = compare_years(prev, year.result, year.impact);
    CHECK(z.standards[0].text == "Green, unchanged; evidenced down 17 percentage points");
    CHECK(z.standards[1].text ==
          "Green, unchanged; evidenced up 1 percentage point; agency rating Blue \u2192 Green");
    CHECK(z.standards[2].text == "no change");
  }
  SECTION("a return with no Impact sheet leaves levels unknown") {
    prev.has_impact = false;
    prev.areas.clear();
    for (auto& s : prev.standards) s.operating_level.reset();
    YearOnYear z = compare_years(prev, year.result, year.impact);
    CHECK(z.standards[0].level_text == "not assessed last year");
    CHECK_FALSE(z.standards[0].previous_level);
    CHECK(z.standards[0].current_level == 2);
    for (const auto& area : z.areas) CHECK(area.text == "not assessed last year");
  }
  SECTION("a rise of two levels") {
    prev.standards[1] = previous_standard("2", "Red", "Red", 0, 0, 0);
    YearOnYear z = compare_years(prev, year.result, year.impact);
    CHECK(z.standards[1].text ==
          "Red \u2192 Green; met up 100 percentage points; evidenced up 100 percentage points; "
          "agency rating Red \u2192 Green");
    CHECK(z.standards[1].rating_steps == 2);
    CHECK(z.standards[1].level_text == "level not yet 1 \u2192 1");
  }
}

TEST_CASE("a malformed previous return gives located errors", "[engine][history]") {
  ReturnFile file;
  const int agency = file.column("Summary", "Agency rating");
  const int evidence = file.column("Summary", "Evidence-based rating");
  const int met = file.column("Summary", "% met");
  const int row2 = file.find("Summary", 0, "2").row;
  const int row3 = file.find("Summary", 0, "3").row;

  SECTION("ratings outside the scheme, an unknown standard, a percentage that is not one") {
    std::string a = file.put("Summary", row2, agency, std::string("Purple"));
    std::string e = file.put("Summary", row2, evidence, std::string("Gold"));
    std::string m = file.put("Summary", row2, met, std::string("lots"));
    std::string s = file.put("Summary", row3, 0, std::string("13"));
    const std::string at = file.path + ": Summary!";
    CHECK(file.problems() ==
          std::vector<std::string>{
              at + a +
                  ": rating \"Purple\" for standard 2 is not in the OSCB BRAG rating; "
                  "expected Blue, Green, Amber or Red, or \"Not rated\"",
              at + e +
                  ": rating \"Gold\" for standard 2 is not in the OSCB BRAG rating; "
                  "expected Blue, Green, Amber or Red, or \"Not applicable\"",
              at + m +
                  ": % met \"lots\" for standard 2 is not a percentage; expected e.g. 83% "
                  "or n/a",
              at + s + ": unknown standard \"13\"; expected a standard of oscb-2015 (1 to 3)"});
  }
  SECTION("a standard given twice") {
    std::string s = file.put("Summary", row3, 0, std::string("2"));
    CHECK(file.problems() == std::vector<std::string>{file.path + ": Summary!" + s +
                                                      ": standard 2 appears twice (first in row " +
                                                      std::to_string(row2 + 1) + ")"});
  }
  SECTION("a workbook that is not an s11 return") {
    layout::Workbook other;
    other.add_sheet("Self-assessment").set(0, 0, std::string("Standard"));
    file.book = other;
    CHECK(file.problems() ==
          std::vector<std::string>{file.path +
                                   ": no sheet named \"Summary\"; the workbook has one sheet, "
                                   "\"Self-assessment\"; expected a return written by `s11 run` "
                                   "(out/section11-return.xlsx)"});
  }
  SECTION("a Summary sheet with no table") {
    layout::Workbook other;
    other.add_sheet("Summary").set(0, 0, std::string("Standard"));
    file.book = other;
    CHECK(file.problems() ==
          std::vector<std::string>{file.path +
                                   ": Summary: no header row with \"Standard\" and \"Agency "
                                   "rating\" columns in the first 60 rows; expected a return "
                                   "written by `s11 run`"});
  }
  SECTION("a missing column") {
    const int header_row = file.find("Summary", met, "% met").row;
    file.put("Summary", header_row, met, std::string("Met"));
    CHECK(file.problems() ==
          std::vector<std::string>{file.path + ": Summary!" + std::to_string(header_row + 1) +
                                   ": no \"% met\" column in the header row"});
  }
  SECTION("an impact level outside 0-4 and an unknown focus area") {
    const int level = file.column("Impact", "Operating level");
    const int area_row = file.find("Impact", 0, "Partnership working").row;
    const int standard_row = file.find("Impact", 0, "3").row;
    std::string l = file.put("Impact", area_row, level, 5.0);
    std::string a = file.put("Impact", area_row + 1, 0, std::string("Safe places"));
    std::string s = file.put("Impact", standard_row, level, std::string("high"));
    const std::string at = file.path + ": Impact!";
    CHECK(file.problems() ==
          std::vector<std::string>{
              at + l +
                  ": operating level \"5\" of focus area Partnership working is not 0, 1, "
                  "2, 3, 4 or n/a",
              at + a +
                  ": unknown focus area \"Safe places\"; expected a focus area of "
                  "oscb-2015 (Leadership and accountability, Partnership working, Safe "
                  "workforce, Policies and procedures)",
              at + s + ": operating level \"high\" of standard 3 is not 0, 1, 2, 3, 4 or n/a"});
  }
}

}  // namespace s11
