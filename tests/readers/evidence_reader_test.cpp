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
                "date such as 31/03/2015 or 2015-03-31",
            p + ": Evidence!G5: evidence E01 supports unknown point \"5.99\"; expected point "
                "ids of oscb-2015 separated by commas, e.g. 1.2, 5.3",
            p + ": Evidence!A6: evidence ID \"E01\" appears twice (first in row 5)",
            p + ": Evidence!D6: evidence E01 is dated 15 January 2016, after the audit date 30 "
                "November 2015",
            p + ": Evidence!G6: evidence E01 supports no point; expected the point ids it "
                "evidences, e.g. 1.2, 5.3",
            p + ": Evidence!A7: evidence has no ID; expected a unique ID such as E01",
            p + ": Evidence!C7: type \"leaflet\" of evidence row 7 is not one of: policy, "
                "procedure, minutes, report, training record, audit, survey, case file review, "
                "outcome data, other",
            p + ": Evidence!D7: evidence row 7 has no date; expected the day it was made or last "
                "reviewed, e.g. 31/03/2015",
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

TEST_CASE("a month without a day asks for the day", "[engine][evidence]") {
  Filled f;
  f.evidence(1, {std::string("E01"), std::string("Policy"), std::string("policy"),
                 std::string("March 2015"), std::string(""), std::string(""), std::string("1.1")});
  CHECK(f.read_problems() ==
        std::vector<std::string>{f.path +
                                 ": Evidence!D5: date \"March 2015\" of evidence E01 has no day; "
                                 "expected a whole date such as 1 March 2015"});
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
                     "expected a date such as 31/03/2015"});
}

TEST_CASE("warnings name unanswered points and doubtful Not applicable", "[engine][evidence]") {
  Filled f;
  for (const auto& standard : f.audit.framework.standards) {
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
            f.path + ": Evidence!G5: evidence E01 supports point 1.1, which is marked Not "
                     "applicable"});
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
