#include "readers/evidence_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>

#include "base/errors.h"
#include "reports/evidence_template.h"
#include "reports/xlsx_emitter.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

/// Reads the workbook at `path` into `audit`, as the app layer does.
void read_into(const std::string& path, Audit& audit) {
  EvidenceWorkbook read = read_evidence_workbook(path, audit.framework, audit.config.audit_date);
  audit.assessments = std::move(read.assessments);
  audit.agency_ratings = std::move(read.agency_ratings);
  audit.agency_overall_rating = std::move(read.agency_overall_rating);
  audit.evidence = std::move(read.evidence);
  audit.warnings = std::move(read.warnings);
}

/// An audit on the bundled OSCB framework with its evidence template, which tests fill in
/// cell by cell and write to a temporary workbook.
struct Filled {
  test::TempDir dir;
  Audit audit;
  layout::Workbook book;
  std::string path;

  explicit Filled(const std::string& framework = "oscb-2015") {
    audit.framework =
        load_framework(std::string(S11_SOURCE_DIR) + "/standards/" + framework + ".xml");
    audit.config.organisation = "Test Council";
    audit.config.period = "2015-16";
    audit.config.audit_date = Date{2015, 11, 30};
    book = build_evidence_template(audit.framework, audit.config);
    path = dir.file("evidence.xlsx");
  }

  /// Row (zero-based) of a point or standard on the Self-assessment sheet.
  int self_row(const std::string& point_or_standard) const {
    for (const auto& cell : book.sheets[0].cells) {
      if (cell.col == (point_or_standard.find('.') == std::string::npos ? 0 : 1) &&
          std::get_if<std::string>(&cell.value) &&
          std::get<std::string>(cell.value) == point_or_standard) {
        return cell.row;
      }
    }
    FAIL("no row for " << point_or_standard);
    return -1;
  }
  void self(const std::string& id, int col, layout::Value value) {
    book.sheets[0].set(self_row(id), col, std::move(value));
  }
  /// Evidence register row n (1-based, below the header in row 4): values from Evidence ID
  /// on, skipping the Shows column (H; see shows()).
  void evidence(int n, std::vector<layout::Value> values) {
    for (std::size_t c = 0; c < values.size(); ++c) {
      book.sheets[1].set(3 + n, static_cast<int>(c < 7 ? c : c + 1), values[c]);
    }
  }
  /// The Shows cell of evidence register row n.
  void shows(int n, const std::string& text) { book.sheets[1].set(3 + n, 7, text); }
  std::vector<std::string> read_problems() {
    REQUIRE(write_xlsx(book, path).empty());
    try {
      read_into(path, audit);
    } catch (const InputError& e) {
      return e.problems();
    }
    return {};
  }
};

}  // namespace

TEST_CASE("a filled template reads back into the model", "[engine][evidence]") {
  Filled f;
  f.self("1.1", 4, std::string("Met"));
  f.self("1.2", 4, std::string(" partly met "));
  f.self("1.3", 4, std::string("Not applicable"));
  f.self("1.3", 6, std::string("We have no such service."));
  f.self("1.3", 7, std::string("=not a formula"));
  f.self("1", 5, std::string("green"));
  f.self("Overall", 5, std::string("A"));
  f.evidence(1,
             {std::string("E01"), std::string("Safeguarding policy"), std::string("Policy"),
              Date{2015, 3, 31}, std::string("Safeguarding Coordinator"), std::string("Intranet"),
              std::string("1.1, 1.2;2.1"), std::string("2"), std::string("Yes")});
  f.evidence(3, {std::string("E02"), std::string("Minutes"), std::string("minutes"),
                 std::string("31/03/2014"), std::string(""), std::string(""), 1.1, 1.0, false});
  REQUIRE(f.read_problems().empty());
  const Audit& a = f.audit;
  CHECK(a.assessments.at("1.1").status == PointStatus::kMet);
  CHECK(a.assessments.at("1.2").status == PointStatus::kPartlyMet);
  CHECK(a.assessments.at("1.3").status == PointStatus::kNotApplicable);
  CHECK(a.assessments.at("1.3").justification == "We have no such service.");
  CHECK(a.assessments.at("1.3").comments == "=not a formula");
  CHECK(a.assessments.at("2.1").status == PointStatus::kNotAnswered);
  CHECK(a.assessments.size() == a.framework.point_count());
  CHECK(a.agency_ratings.at("1") == "green");
  CHECK(a.agency_ratings.count("2") == 0);
  CHECK(a.agency_overall_rating == "A");
  REQUIRE(a.evidence.size() == 2);
  CHECK(a.evidence[0].id == "E01");
  CHECK(a.evidence[0].type == "policy");
  CHECK(a.evidence[0].date == Date{2015, 3, 31});
  CHECK(a.evidence[0].points == std::vector<std::string>{"1.1", "1.2", "2.1"});
  CHECK(a.evidence[0].impact_level == 2);
  CHECK(a.evidence[0].best_practice);
  CHECK(a.evidence[1].date == Date{2014, 3, 31});
  CHECK(a.evidence[1].points == std::vector<std::string>{"1.1"});
  CHECK(a.evidence[1].impact_level == 1);
  CHECK_FALSE(a.evidence[1].best_practice);
}

TEST_CASE("the Self-assessment table is read below the key to another framework's ratings",
          "[engine][evidence]") {
  // working-together-8: a key of three levels in rows 4-8, the table's header in row 10.
  Filled f("working-together-8");
  REQUIRE(f.self_row("1") == 10);
  f.self("1", 5, std::string("Amber"));
  f.self("1.1", 4, std::string("Met"));
  f.self("1.2", 4, std::string("Done"));
  f.self("Overall", 5, std::string("Red"));
  CHECK(f.read_problems() ==
        std::vector<std::string>{
            f.path + ": Self-assessment!E13: status \"Done\" for point 1.2 is not one of Met, "
                     "Partly met, Not met or Not applicable"});
  f.self("1.2", 4, std::string("Not met"));
  REQUIRE(f.read_problems().empty());
  CHECK(f.audit.assessments.at("1.1").status == PointStatus::kMet);
  CHECK(f.audit.assessments.at("1.2").status == PointStatus::kNotMet);
  CHECK(f.audit.agency_ratings == std::map<std::string, std::string>{{"1", "Amber"}});
  CHECK(f.audit.agency_overall_rating == "Red");
}

TEST_CASE("every evidence workbook problem is reported in one pass", "[engine][evidence]") {
  Filled f;
  f.self("2.2", 4, std::string("Done"));
  f.self("2.3", 4, std::string("Not applicable"));
  f.self("3", 5, std::string("Purple"));
  f.evidence(
      1, {std::string("E01"), std::string("Policy"), std::string("policy"),
          std::string("next March"), std::string(""), std::string(""), std::string("1.1, 5.99")});
  f.evidence(2, {std::string("E01"), std::string("Later report"), std::string("report"),
                 Date{2016, 1, 15}, std::string(""), std::string(""), std::string("")});
  f.evidence(3, {std::string(""), std::string("Untitled"), std::string("leaflet"), std::string(""),
                 std::string(""), std::string(""), std::string("1.1"), std::string("5"),
                 std::string("maybe")});
  const std::string& p = f.path;
  CHECK(f.read_problems() ==
        std::vector<std::string>{
            p + ": Self-assessment!E22: status \"Done\" for point 2.2 is not one of Met, Partly "
                "met, Not met or Not applicable",
            p + ": Self-assessment!G23: point 2.3 is Not applicable but has no justification; "
                "say why it does not apply to this agency",
            p + ": Self-assessment!F27: rating \"Purple\" for standard 3 is not in the OSCB "
                "BRAG rating; expected Blue, Green, Amber or Red",
            p + ": Evidence!D5: date \"next March\" of evidence E01 is not a date; expected a "
                "date such as 31/03/2015 or a month such as \"March 2015\"",
            p + ": Evidence!G5: evidence E01 supports unknown point \"5.99\"; expected point "
                "ids of oscb-2015 separated by commas, e.g. 1.2, 5.3",
            p + ": Evidence!A6: evidence ID \"E01\" appears twice (first in row 5)",
            p + ": Evidence!D6: date 15 January 2016 of evidence E01 is after the audit date 30 "
                "November 2015; if \"Jan-15\" was typed, LibreOffice read it as 15 January 2016 "
                "- type \"January 2015\" or format the cell as text",
            p + ": Evidence!G6: evidence E01 supports no point; expected the point ids it "
                "evidences, e.g. 1.2, 5.3",
            p + ": Evidence!A7: evidence has no ID; expected a unique ID such as E01",
            p + ": Evidence!C7: type \"leaflet\" of evidence row 7 is not one of: policy, "
                "procedure, minutes, report, training record, audit, survey, case file review, "
                "outcome data, other",
            p + ": Evidence!D7: evidence row 7 has no date; expected the day or month it was "
                "made or last reviewed, e.g. 31/03/2015 or March 2015",
            p + ": Evidence!I7: impact level \"5\" of evidence row 7 is not 1, 2, 3 or 4",
            p + ": Evidence!J7: best-practice answer \"maybe\" of evidence row 7 is not Yes or No",
        });
}

TEST_CASE("the Shows column says what an item shows for its points", "[engine][evidence]") {
  Filled f;
  const auto item = [&](int n, const std::string& id) {
    f.evidence(n, {id, std::string("Item ") + id, std::string("report"), Date{2015, 3, 31},
                   std::string(""), std::string(""), std::string("11.3")});
  };
  item(1, "E01");  // blank: Supports
  item(2, "E02");
  f.shows(2, "Partly");
  item(3, "E03");
  f.shows(3, "contradicted");
  item(4, "E04");
  f.shows(4, "Supports");
  REQUIRE(f.read_problems().empty());
  REQUIRE(f.audit.evidence.size() == 4);
  CHECK(f.audit.evidence[0].shows == EvidenceShows::kSupports);
  CHECK(f.audit.evidence[1].shows == EvidenceShows::kPartly);
  CHECK(f.audit.evidence[2].shows == EvidenceShows::kContradicts);
  CHECK(f.audit.evidence[3].shows == EvidenceShows::kSupports);

  Filled bad;
  bad.evidence(1, {std::string("E01"), std::string("Focus group"), std::string("report"),
                   Date{2015, 3, 31}, std::string(""), std::string(""), std::string("11.3")});
  bad.shows(1, "Maybe");
  CHECK(bad.read_problems() ==
        std::vector<std::string>{bad.path +
                                 ": Evidence!H5: Shows \"Maybe\" of evidence E01 is not "
                                 "Supports, Partly or Contradicts (blank means Supports)"});
}

TEST_CASE("months and quarters typed in the register keep their precision", "[engine][evidence]") {
  Filled f;
  const auto item = [&](int n, const std::string& id, layout::Value date) {
    f.evidence(n, {id, std::string("Item ") + id, std::string("report"), std::move(date),
                   std::string(""), std::string(""), std::string("1.1"), std::string("1")});
  };
  item(1, "E01", std::string("May 2015"));
  item(2, "E02", std::string("Mar-15"));
  item(3, "E03", std::string("Sept 2015"));
  item(4, "E04", std::string("Q1 2015-16"));
  item(5, "E05", std::string("November 2015"));  // starts before the audit date: fine
  REQUIRE(f.read_problems().empty());
  REQUIRE(f.audit.evidence.size() == 5);
  CHECK(f.audit.evidence[0].date == DatePeriod::month(2015, 5));
  CHECK(f.audit.evidence[0].date.words() == "May 2015");
  CHECK(f.audit.evidence[1].date == DatePeriod::month(2015, 3));
  CHECK(f.audit.evidence[1].date.words() == "March 2015");
  CHECK(f.audit.evidence[2].date.words() == "September 2015");
  CHECK(f.audit.evidence[3].date == DatePeriod::financial_quarter(2015, 1));
  CHECK(f.audit.evidence[4].date.first == Date{2015, 11, 1});
}

TEST_CASE("a date typed without its year, or later than the audit, says what to type",
          "[engine][evidence]") {
  Filled f;
  const auto item = [&](int n, const std::string& id, layout::Value date) {
    f.evidence(n, {id, std::string("Item ") + id, std::string("report"), std::move(date),
                   std::string(""), std::string(""), std::string("1.1"), std::string("1")});
  };
  item(1, "E01", std::string("Mar"));
  item(2, "E02", std::string("Q5 2015"));
  item(3, "E03", Date{2026, 3, 15});  // "Mar-15" as LibreOffice reads it when typed in 2026
  item(4, "E04", std::string("December 2015"));
  item(5, "E05", Date{2016, 1, 20});  // "Jan-20" would mean 2020, after the audit: no hint
  item(6, "E06", Date{2016, 2, 1});   // "Feb-01" would mean 2001, too long ago: no hint
  const std::string& p = f.path;
  CHECK(f.read_problems() ==
        std::vector<std::string>{
            p + ": Evidence!D5: date \"Mar\" of evidence E01 has no year; expected a date such as "
                "31/03/2015 or a month such as \"March 2015\"",
            p + ": Evidence!D6: date \"Q5 2015\" of evidence E02 names no quarter: a financial "
                "year has quarters Q1 (April to June) to Q4 (January to March); expected a "
                "quarter of a financial year such as \"Q1 2015-16\" (April to June 2015)",
            p + ": Evidence!D7: date 15 March 2026 of evidence E03 is after the audit date 30 "
                "November 2015; if \"Mar-15\" was typed, LibreOffice read it as 15 March 2026 "
                "- type \"March 2015\" or format the cell as text",
            p + ": Evidence!D8: date December 2015 of evidence E04 is after the audit date 30 "
                "November 2015",
            p + ": Evidence!D9: date 20 January 2016 of evidence E05 is after the audit date 30 "
                "November 2015",
            p + ": Evidence!D10: date 1 February 2016 of evidence E06 is after the audit date 30 "
                "November 2015"});
}

TEST_CASE("ratings and statuses on the wrong rows are reported", "[engine][evidence]") {
  Filled f;
  f.self("1.1", 5, std::string("Green"));
  f.self("2", 4, std::string("Met"));
  f.evidence(1, {std::string("E01"), std::string("Policy"), std::string("policy"), 2015.0,
                 std::string(""), std::string(""), std::string("1.1")});
  CHECK(f.read_problems() ==
        std::vector<std::string>{
            f.path + ": Self-assessment!F13: rating \"Green\" is on the row of point 1.1; give "
                     "ratings on the standard's own row, above its points",
            f.path + ": Self-assessment!E20: status \"Met\" is on a standard's row; give a "
                     "status on each point's row and the standard's rating under \"Agency "
                     "rating\"",
            f.path + ": Evidence!D5: date \"2015\" of evidence E01 is a number, not a date; "
                     "expected a date such as 31/03/2015 or a month such as \"March 2015\""});
}

TEST_CASE("warnings name unanswered points and doubtful Not applicable", "[engine][evidence]") {
  Filled f;
  for (const auto& standard : f.audit.framework.standards) {
    if (standard.id != "4") f.self(standard.id, 5, std::string("Green"));  // 4 left blank
    for (const auto& point : standard.points) {
      if (point.id != "2.2") f.self(point.id, 4, std::string("Met"));
    }
  }
  f.self("1.1", 4, std::string("Not applicable"));  // essential
  f.self("1.1", 6, std::string("We have no senior managers."));
  f.evidence(1, {std::string("E01"), std::string("Policy"), std::string("policy"),
                 Date{2015, 3, 31}, std::string(""), std::string(""), std::string("1.1")});
  REQUIRE(f.read_problems().empty());
  CHECK(f.audit.warnings ==
        std::vector<std::string>{
            f.path + ": Self-assessment!E13: essential point 1.1 is marked Not applicable; "
                     "expect the board to challenge this",
            f.path + ": Self-assessment: 1 point has no status (2.2); they count as not met",
            f.path + ": Self-assessment!F33: standard 4 has no rating; expected Blue, Green, "
                     "Amber or Red (the return says \"No agency rating given\")",
            f.path + ": Self-assessment!F90: the overall rating is blank; expected Blue, Green, "
                     "Amber or Red",
            f.path + ": Evidence!G5: evidence E01 supports point 1.1, which is marked Not "
                     "applicable",
            f.path + ": Evidence!I5: evidence E01 has no impact level; expected 1, 2, 3 or 4 "
                     "(an item without one counts towards no level of the impact model)"});
}

TEST_CASE("blank ratings and impact levels of many rows are one warning each",
          "[engine][evidence][issue12]") {
  Filled f;
  for (const auto& standard : f.audit.framework.standards) {
    for (const auto& point : standard.points) f.self(point.id, 4, std::string("Met"));
  }
  f.self("Overall", 5, std::string("Amber"));
  for (int n = 1; n <= 3; ++n) {
    f.evidence(n, {"E0" + std::to_string(n), std::string("Item"), std::string("report"),
                   Date{2015, 3, 31}, std::string(""), std::string(""), std::string("1.1")});
  }
  f.shows(3, "Contradicts");  // needs no level: it counts towards none
  REQUIRE(f.read_problems().empty());
  CHECK(f.audit.warnings ==
        std::vector<std::string>{
            f.path + ": Self-assessment: 12 standards have no rating (1 in F12, 2 in F20, 3 in "
                     "F27, 4 in F33, 5 in F39, 6 in F46, 7 in F53, 8 in F59, 9 in F65, 10 in F70 "
                     "and 2 more); expected Blue, Green, Amber or Red (the return says \"No "
                     "agency rating given\")",
            f.path + ": Evidence: 2 items have no impact level (E01 in I5, E02 in I6); expected "
                     "1, 2, 3 or 4 (an item without one counts towards no level of the impact "
                     "model)"});
}

TEST_CASE("formulas saved without their results are reported", "[engine][evidence]") {
  Audit audit;
  audit.framework = load_framework(std::string(S11_SOURCE_DIR) + "/standards/oscb-2015.xml");
  audit.config.audit_date = Date{2015, 11, 30};
  const std::string path =
      std::string(S11_TEST_DATA_DIR) + "/engine/evidence-uncached-formula.xlsx";
  std::vector<std::string> problems;
  try {
    read_into(path, audit);
  } catch (const InputError& e) {
    problems = e.problems();
  }
  CHECK(problems ==
        std::vector<std::string>{
            path + ": Evidence!B5: a formula whose result was never saved; open the workbook in "
                   "Excel or LibreOffice Calc and save it, or type the value",
            path + ": Evidence!E5: a formula whose result was never saved; open the workbook in "
                   "Excel or LibreOffice Calc and save it, or type the value",
            path + ": Evidence!B5: evidence E01 has no title"});
}

TEST_CASE("a workbook without the expected sheets says so", "[engine][evidence]") {
  Filled f;
  f.book.sheets[0].name = "Sheet1";
  f.book.sheets[1].name = "Register";
  const std::string& p = f.path;
  CHECK(f.read_problems() ==
        std::vector<std::string>{
            p + ": no sheet named \"Self-assessment\"; the workbook has sheets \"Sheet1\", "
                "\"Register\" and \"Guidance\"; expected the workbook made by `s11 new`",
            p + ": no sheet named \"Evidence\"; the workbook has sheets \"Sheet1\", \"Register\" "
                "and \"Guidance\"; expected the workbook made by `s11 new`"});
}

}  // namespace s11
