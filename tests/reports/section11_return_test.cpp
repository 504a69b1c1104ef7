#include "reports/section11_return.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "base/xlsx_reader.h"
#include "engine/scoring.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {
namespace {

const std::string kStandardsDir = std::string(S11_SOURCE_DIR) + "/standards/";

Point point(const std::string& id, const std::string& requirement, bool essential = false) {
  Point p;
  p.id = id;
  p.requirement = requirement;
  p.action = "Act on " + id;
  p.essential = essential;
  return p;
}

EvidenceItem item(const std::string& id, Date date, std::vector<std::string> points,
                  bool best_practice = false) {
  EvidenceItem e;
  e.id = id;
  e.title = "Item " + id;
  e.type = "policy";
  e.date = date;
  e.points = std::move(points);
  e.best_practice = best_practice;
  return e;
}

/// Two standards in two areas on the OSCB scheme.
///   1 "Leadership" (area lead): 1.1 essential, Met on a current best-practice item; 1.2 Met
///     on a stale item only; 1.3 Not applicable. Rated Blue by the agency: an over-claim.
///   2 "Recruitment" (area safe): 2.1 Met and evidenced; 2.2 Not met. Not rated.
struct Sample {
  Audit audit;
  AuditResult result;

  Sample() {
    audit.framework = load_framework(kStandardsDir + "oscb-2015.xml");
    audit.framework.areas = {{"lead", "Leadership and accountability"}, {"safe", "Safe workforce"}};
    audit.framework.standards.clear();
    Standard one;
    one.id = "1";
    one.title = "Leadership";
    one.area = "lead";
    one.points = {point("1.1", "A named lead", true), point("1.2", "A written policy"),
                  point("1.3", "A service for adults")};
    Standard two;
    two.id = "2";
    two.title = "Recruitment";
    two.area = "safe";
    two.points = {point("2.1", "Safer recruitment checks"), point("2.2", "Induction")};
    audit.framework.standards = {one, two};

    audit.config.organisation = "Wychwood District Council";
    audit.config.period = "2015-16";
    audit.config.audit_date = Date{2016, 3, 31};
    audit.config.currency_months = 24;
    audit.config.owner = "Director";
    audit.config.author = "Safeguarding lead";
    audit.assessments["1.1"] = {PointStatus::kMet, "", "Named in the constitution"};
    audit.assessments["1.2"] = {PointStatus::kMet, "", ""};
    audit.assessments["1.3"] = {PointStatus::kNotApplicable, "We run no adult service", ""};
    audit.assessments["2.1"] = {PointStatus::kMet, "", ""};
    audit.assessments["2.2"] = {PointStatus::kNotMet, "", ""};
    audit.agency_ratings["1"] = "Blue";
    audit.evidence = {item("E1", {2016, 1, 15}, {"1.1"}, true), item("E2", {2013, 1, 10}, {"1.2"}),
                      item("E3", {2015, 6, 1}, {"2.1"})};
    audit.inputs = {{"audit.ini", "ab12"}, {"evidence.xlsx", "cd34"}};
    result = score_audit(audit);
  }
};

/// A previous return.
ReturnExtras extras() {
  ReturnExtras e;
  e.since_last_year = {"Up from Red", "New"};
  e.overall_since_last_year = "Same";
  e.previous_period = "2014-15";
  return e;
}

/// A reviewer's judgement of a standard.
ReviewJudgement judged(const RatingLevel* rating, const std::string& rationale,
                       const std::string& recommendation) {
  ReviewJudgement j;
  j.rating = rating;
  j.rationale = rationale;
  j.recommendation = recommendation;
  return j;
}

/// Two peer reviewers on 12 May 2016: both rate standard 1 Green (with rationales, one a
/// recommendation too); standard 2 only A Shah, Amber, with a recommendation only.
ReturnExtras reviewed(const Framework& framework) {
  const RatingScheme& scheme = framework.scheme;
  Review shah;
  shah.path = "reviews/shah.xlsx";
  shah.reviewer = "A Shah";
  shah.date = Date{2016, 5, 12};
  shah.standards["1"] = judged(scheme.find("Green"), "The lead is named.", "Publish the policy.");
  shah.standards["2"] = judged(scheme.find("Amber"), "", "Induct every starter.");
  Review brook;
  brook.path = "reviews/brook.xlsx";
  brook.reviewer = "J Brook";
  brook.date = Date{2016, 5, 12};
  brook.standards["1"] = judged(scheme.find("Green"), "Staff know the lead.", "");
  ReturnExtras e;
  e.reviews = {shah, brook};
  e.moderated = moderate_ratings(e.reviews, framework);
  return e;
}

/// The cell at (row, col) as to_text shows it ("Met [fill=E2EFDA]"); "(none)" when unset.
std::string shown(const layout::Sheet& sheet, int row, int col) {
  const std::string name = xlsx::cell_name(row, col) + " = ";
  std::istringstream lines(layout::to_text(sheet));
  for (std::string line; std::getline(lines, line);) {
    if (line.compare(0, name.size(), name) == 0) return line.substr(name.size());
  }
  return "(none)";
}

}  // namespace

TEST_CASE("the return's sheets come in order, each with the audit in its footer",
          "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  REQUIRE(book.sheets.size() == 4);
  CHECK(book.sheets[0].name == "Summary");
  CHECK(book.sheets[1].name == "Return");
  CHECK(book.sheets[2].name == "Gaps");
  CHECK(book.sheets[3].name == "Document control");
  CHECK(layout::page_text_code(book.sheets[1].footer) ==
        "&LWychwood District Council 2015-16&CReturn&RPage &P of &N");
  CHECK(book.title == "Section 11 self-assessment return: Wychwood District Council 2015-16");
  CHECK(book.created == Date{2016, 3, 31});
}

TEST_CASE("Summary: heading block, a row per standard, the overall row, the key and the chart",
          "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9", extras());
  const layout::Sheet& sheet = *book.find(kSummarySheet);

  CHECK(shown(sheet, 0, 0) == "Section 11 self-assessment return [bold]");
  CHECK(shown(sheet, 1, 0) == "Organisation [bold]");
  CHECK(shown(sheet, 1, 1) == "Wychwood District Council");
  CHECK(shown(sheet, 2, 1) == "2015-16");
  CHECK(shown(sheet, 3, 0) == "Audit date [bold]");
  CHECK(shown(sheet, 3, 1) == "2016-03-31 [format=d mmmm yyyy]");
  CHECK(shown(sheet, 6, 1) == "24 months: evidence dated before 31 March 2014 is stale");
  CHECK(shown(sheet, 7, 0) == "(none)");  // no reviews: no Moderated by line

  // The header row is the shape's without the moderated column (no reviews) and the Staff
  // survey column (no survey), then last year's column.
  const int header = 28;  // below the details and the chart
  const std::vector<std::string> headers = {"Standard",
                                            "Title",
                                            "Focus area",
                                            "Agency rating",
                                            "Evidence-based rating",
                                            "% met",
                                            "% evidenced",
                                            "Applicable points",
                                            "Points with a best-practice example",
                                            "Flag",
                                            "Since last year (2014-15)"};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    CHECK(shown(sheet, header, static_cast<int>(c)) == headers[c] + " [bold fill=1F4E78]");
  }
  CHECK(shown(sheet, header, 11) == "(none)");

  // Standard 1: over-claimed Blue on Amber evidence.
  CHECK(shown(sheet, 29, 0) == "1");
  CHECK(shown(sheet, 29, 1) == "Leadership");
  CHECK(shown(sheet, 29, 2) == "Leadership and accountability");
  CHECK(shown(sheet, 29, 3) == "Blue [bold fill=0070C0]");
  CHECK(shown(sheet, 29, 4) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 29, 5) == "1 [format=0%]");
  CHECK(shown(sheet, 29, 6) == "0.5 [format=0%]");
  CHECK(shown(sheet, 29, 7) == "2");
  CHECK(shown(sheet, 29, 8) == "1");
  CHECK(shown(sheet, 29, 9) ==
        "Over-claim: rated Blue, evidence supports Amber because point 1.2 lacks current "
        "evidence");
  CHECK(shown(sheet, 29, 10) == "Up from Red");
  // Standard 2: not rated by the agency.
  CHECK(shown(sheet, 30, 3) == "Not rated");
  CHECK(shown(sheet, 30, 4) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 30, 5) == "0.5 [format=0%]");
  CHECK(shown(sheet, 30, 8) == "0");
  CHECK(shown(sheet, 30, 9) == "No agency rating given");
  CHECK(shown(sheet, 30, 10) == "New");
  // The overall row, bold.
  CHECK(shown(sheet, 31, 0) == "Overall [bold]");
  CHECK(shown(sheet, 31, 1) == "All standards [bold]");
  CHECK(shown(sheet, 31, 3) == "Not rated");
  CHECK(shown(sheet, 31, 4) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 31, 5) == "0.75 [bold format=0%]");
  CHECK(shown(sheet, 31, 6) == "0.5 [bold format=0%]");
  CHECK(shown(sheet, 31, 7) == "4 [bold]");
  CHECK(shown(sheet, 31, 9) == "No agency rating given [bold]");
  CHECK(shown(sheet, 31, 10) == "Same [bold]");

  CHECK(shown(sheet, 33, 0) ==
        "Evidence-based overall rating: Amber: some points met but not much evidence (75% met, "
        "50% evidenced) [bold]");
  CHECK(shown(sheet, 34, 0) == "4 applicable points of 5; 1 with a current best-practice example.");
  CHECK(shown(sheet, 35, 0) ==
        "On the Gaps sheet: 1 practice gap, 1 evidence gap (1 point in 1 standard to be filed) "
        "and 1 over-claimed rating. A practice gap needs something to change; an evidence gap "
        "needs evidence filed; an over-claimed rating is corrected in the return.");

  // The key to the scheme, from the framework file: names filled, definitions across the
  // Title and Focus area columns, codes under Agency rating.
  CHECK(shown(sheet, 37, 0) == "Key to the OSCB BRAG rating [bold]");
  CHECK(shown(sheet, 38, 0) == "Rating [bold fill=1F4E78]");
  CHECK(shown(sheet, 38, 1) == "What it means [bold fill=1F4E78]");
  CHECK(shown(sheet, 38, 3) == "Code [bold fill=1F4E78]");
  CHECK(shown(sheet, 39, 0) == "Blue [bold fill=0070C0]");
  CHECK(shown(sheet, 39, 1) ==
        "all points met and evidenced, with an example of best practice to share with others");
  CHECK(shown(sheet, 39, 2) == "");
  CHECK(shown(sheet, 39, 3) == "B");
  CHECK(shown(sheet, 40, 0) == "Green [bold fill=00B050]");
  CHECK(shown(sheet, 40, 1) == "all points met and most points evidenced");
  CHECK(shown(sheet, 41, 0) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 41, 1) == "some points met but not much evidence");
  CHECK(shown(sheet, 42, 0) == "Red [bold fill=FF0000]");
  CHECK(shown(sheet, 42, 1) == "most points need work");
  CHECK(shown(sheet, 42, 3) == "R");
  CHECK(shown(sheet, 43, 0) == "(none)");
  CHECK(std::count_if(sheet.merges.begin(), sheet.merges.end(), [](const layout::Range& m) {
          return m.first_col == 1 && m.last_col == 2 && m.first_row == m.last_row &&
                 m.first_row >= 38 && m.first_row <= 42;
        }) == 5);

  CHECK(sheet.freeze_rows == 0);                         // frozen, the chart would fill the screen
  CHECK(sheet.page_breaks == std::vector<int>{header});  // the table starts page 2
  REQUIRE(sheet.autofilter);
  CHECK(sheet.autofilter->first_row == header);
  CHECK(sheet.autofilter->last_row == 30);
  CHECK(sheet.autofilter->last_col == 10);
  CHECK(sheet.column_widths.size() == 11);
  CHECK(sheet.column_widths.at(1) == 48);
  REQUIRE(sheet.charts.size() == 1);
  const layout::Chart& chart = sheet.charts[0];
  CHECK(chart.category_col == 0);
  CHECK(chart.category_first_row == 29);
  CHECK(chart.category_last_row == 30);
  REQUIRE(chart.series.size() == 2);
  CHECK(chart.series[0].name == "% met");
  CHECK(chart.series[0].col == 5);
  CHECK(chart.series[1].name == "% evidenced");
  CHECK(chart.series[1].col == 6);
  CHECK(chart.anchor_row == 8);  // under the details, above the table
}

TEST_CASE("Summary has no last-year column without a previous return", "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kSummarySheet);
  CHECK(shown(sheet, 28, 9) == "Flag [bold fill=1F4E78]");
  CHECK(shown(sheet, 28, 10) == "(none)");
  CHECK(shown(sheet, 29, 10) == "(none)");
  CHECK(shown(sheet, 31, 10) == "(none)");
  REQUIRE(sheet.autofilter);
  CHECK(sheet.autofilter->last_col == 9);
}

TEST_CASE("Summary has a Staff survey column only when a survey ran", "[reports][return]") {
  Sample s;
  s.result.standards[0].survey_questions = 2;
  s.result.standards[0].survey_below = 1;
  s.result.standards[1].survey_questions = 1;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kSummarySheet);
  CHECK(shown(sheet, 28, 8) == "Points with a best-practice example [bold fill=1F4E78]");
  CHECK(shown(sheet, 28, 9) == "Staff survey [bold fill=1F4E78]");
  CHECK(shown(sheet, 28, 10) == "Flag [bold fill=1F4E78]");
  CHECK(shown(sheet, 29, 9) == "1 of 2 questions below threshold [fill=FCE4D6]");
  CHECK(shown(sheet, 30, 9) == "1 question at threshold");
  CHECK(shown(sheet, 31, 9) == " [bold]");
  CHECK(sheet.column_widths.at(9) == 22);

  // Without one (the sample as scored): no such column anywhere on the sheet.
  const Sample plain;
  const std::string text =
      layout::to_text(*build_return(plain.audit, plain.result, "9.9").find(kSummarySheet));
  CHECK(text.find("Staff survey") == std::string::npos);
}

TEST_CASE("Summary with reviews: the moderated rating per standard, filled, and who moderated",
          "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9", reviewed(s.audit.framework));
  const layout::Sheet& sheet = *book.find(kSummarySheet);
  CHECK(shown(sheet, 7, 0) == "Moderated by [bold]");
  CHECK(shown(sheet, 7, 1) == "A Shah (peer, 12 May 2016) and J Brook (peer, 12 May 2016)");
  const int header = 29;
  CHECK(shown(sheet, header, 3) == "Agency rating [bold fill=1F4E78]");
  CHECK(shown(sheet, header, 4) ==
        "Moderated rating (peer review, 12 May 2016) [bold fill=1F4E78]");
  CHECK(shown(sheet, header, 5) == "Evidence-based rating [bold fill=1F4E78]");
  CHECK(shown(sheet, header, 10) == "Flag [bold fill=1F4E78]");
  CHECK(shown(sheet, header, 11) == "(none)");
  // Standard 1: both reviewers Green; standard 2: one reviewer, Amber.
  CHECK(shown(sheet, 30, 3) == "Blue [bold fill=0070C0]");
  CHECK(shown(sheet, 30, 4) == "Green [bold fill=00B050]");
  CHECK(shown(sheet, 30, 5) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 31, 4) == "Amber [bold fill=FFC000]");
  // Reviewers moderate standards, not the overall rating.
  CHECK(shown(sheet, 32, 0) == "Overall [bold]");
  CHECK(shown(sheet, 32, 4) == " [bold]");
  CHECK(sheet.column_widths.at(4) == 16);
  REQUIRE(sheet.charts.size() == 1);
  CHECK(sheet.charts[0].series[0].col == 6);
  CHECK(sheet.charts[0].series[1].col == 7);
}

TEST_CASE("Summary's moderated column says what no rating means", "[reports][return]") {
  const Sample s;
  ReturnExtras e = reviewed(s.audit.framework);
  // An independent reviewer, on another day, rates standard 1 Red: the peers agree on Green,
  // which is carried. J Brook rates standard 2 Red against A Shah's Amber: nothing is.
  Review ind;
  ind.path = "reviews/ind.xlsx";
  ind.reviewer = "R Lee";
  ind.role = ReviewerRole::kIndependent;
  ind.date = Date{2016, 6, 1};
  ind.standards["1"] = judged(s.audit.framework.scheme.find("Red"), "", "");
  e.reviews.push_back(ind);
  e.reviews[1].standards["2"] = judged(s.audit.framework.scheme.find("Red"), "", "");
  e.moderated = moderate_ratings(e.reviews, s.audit.framework);
  const layout::Workbook book = build_return(s.audit, s.result, "9.9", e);
  const layout::Sheet& sheet = *book.find(kSummarySheet);
  CHECK(shown(sheet, 7, 1) ==
        "A Shah (peer, 12 May 2016), J Brook (peer, 12 May 2016) and R Lee (independent, 1 June "
        "2016)");
  CHECK(shown(sheet, 29, 4) == "Moderated rating (peer and independent review) [bold fill=1F4E78]");
  CHECK(shown(sheet, 30, 4) == "Green (peer reviewers) [bold fill=00B050]");
  CHECK(shown(sheet, 31, 4) == "reviewers disagree");
}

TEST_CASE(
    "Return: a row per point with its status fill and evidence; the peer-review cells "
    "once per standard, left to fill in without reviews",
    "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9", extras());
  const layout::Sheet& sheet = *book.find(kReturnSheet);
  const auto& headers = return_workbook::return_sheet::kHeaders;
  for (std::size_t c = 0; c < headers.size(); ++c) {
    CHECK(shown(sheet, 0, static_cast<int>(c)) == std::string(headers[c]) + " [bold fill=1F4E78]");
  }
  CHECK(shown(sheet, 0, 10) == "(none)");

  CHECK(shown(sheet, 1, 0) == "1");
  CHECK(shown(sheet, 1, 1) == "1.1");
  CHECK(shown(sheet, 1, 2) == "A named lead");
  CHECK(shown(sheet, 1, 3) == "Essential");
  CHECK(shown(sheet, 1, 4) == "Met [fill=E2EFDA]");
  CHECK(shown(sheet, 1, 5) == "Yes");
  CHECK(shown(sheet, 1, 6) == "E1 Item E1 (15 January 2016)");
  CHECK(shown(sheet, 1, 7) == "Named in the constitution");
  CHECK(shown(sheet, 1, 8) == " [fill=FFF2CC unlocked]");
  CHECK(shown(sheet, 1, 9) == " [fill=FFF2CC unlocked]");

  CHECK(shown(sheet, 2, 3) == "");
  CHECK(shown(sheet, 2, 5) == "Stale only");
  CHECK(shown(sheet, 2, 6) == "E2 Item E2 (10 January 2013, stale)");
  CHECK(shown(sheet, 2, 8) == "");
  CHECK(shown(sheet, 2, 9) == "");

  CHECK(shown(sheet, 3, 4) == "Not applicable [fill=EDEDED]");
  CHECK(shown(sheet, 3, 5) == "");
  CHECK(shown(sheet, 3, 7) == "Not applicable: We run no adult service");
  CHECK(shown(sheet, 3, 8) == "");

  CHECK(shown(sheet, 4, 0) == "2");
  CHECK(shown(sheet, 4, 6) == "E3 Item E3 (1 June 2015)");
  CHECK(shown(sheet, 4, 8) == " [fill=FFF2CC unlocked]");
  CHECK(shown(sheet, 5, 4) == "Not met [fill=FCE4D6]");
  CHECK(shown(sheet, 5, 5) == "No");
  CHECK(shown(sheet, 5, 8) == "");
  CHECK(shown(sheet, 6, 0) == "(none)");

  // A drop-down on each standard's one cell.
  REQUIRE(sheet.validations.size() == 2);
  for (const auto& [v, row] : {std::pair{sheet.validations[0], 1}, {sheet.validations[1], 4}}) {
    CHECK(v.range.first_row == row);
    CHECK(v.range.last_row == row);
    CHECK(v.range.first_col == 8);
    CHECK(v.range.last_col == 8);
    CHECK(v.list == std::vector<std::string>{"Blue", "Green", "Amber", "Red"});
  }
  CHECK(sheet.freeze_rows == 1);
  REQUIRE(sheet.autofilter);
  CHECK(sheet.autofilter->last_col == 9);
  CHECK(sheet.column_widths.at(2) == 45);
  CHECK(sheet.column_widths.at(9) == 45);
}

TEST_CASE(
    "Return with reviews: the moderated rating and the reviewers' comments once per "
    "standard, on its first applicable point",
    "[reports][return]") {
  Sample s;
  // Standard 1's first point not applicable: the review goes on 1.2, the first that is.
  s.audit.assessments["1.1"] = {PointStatus::kNotApplicable, "No lead needed", ""};
  s.result = score_audit(s.audit);
  const layout::Workbook book = build_return(s.audit, s.result, "9.9", reviewed(s.audit.framework));
  const layout::Sheet& sheet = *book.find(kReturnSheet);
  CHECK(shown(sheet, 1, 1) == "1.1");
  CHECK(shown(sheet, 1, 8) == "");
  CHECK(shown(sheet, 1, 9) == "");
  CHECK(shown(sheet, 2, 1) == "1.2");
  CHECK(shown(sheet, 2, 8) == "Green [bold fill=00B050]");
  // One paragraph per reviewer (shown() gives a cell's first line only).
  const layout::Cell* comment = nullptr;
  for (const auto& cell : sheet.cells) {
    if (cell.row == 2 && cell.col == 9) comment = &cell;
  }
  REQUIRE(comment);
  CHECK(std::get<std::string>(comment->value) ==
        "A Shah: The lead is named. Recommendation: Publish the policy.\n\nJ Brook: Staff know "
        "the lead.");
  CHECK(shown(sheet, 3, 8) == "");
  CHECK(shown(sheet, 3, 9) == "");
  CHECK(shown(sheet, 4, 1) == "2.1");
  CHECK(shown(sheet, 4, 8) == "Amber [bold fill=FFC000]");
  CHECK(shown(sheet, 4, 9) == "A Shah: Recommendation: Induct every starter.");
  CHECK(shown(sheet, 5, 8) == "");
  CHECK(shown(sheet, 5, 9) == "");
  CHECK(sheet.validations.empty());
}

TEST_CASE("Gaps: one row per gap, in the order of gaps.csv", "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kGapsSheet);
  const auto& headers = return_workbook::gaps_sheet::kHeaders;
  for (std::size_t c = 0; c < headers.size(); ++c) {
    CHECK(shown(sheet, 0, static_cast<int>(c)) == std::string(headers[c]) + " [bold fill=1F4E78]");
  }
  // Kinds apart: the practice gap, then the evidence gap (its points), then the over-claim.
  CHECK(shown(sheet, 1, 0) == "Practice gap");
  CHECK(shown(sheet, 1, 1) == "");
  CHECK(shown(sheet, 1, 2) == "2");
  CHECK(shown(sheet, 1, 3) == "2.2");
  CHECK(shown(sheet, 1, 4) == "Induction");
  CHECK(shown(sheet, 1, 5) == "Not met");
  CHECK(shown(sheet, 1, 6) == "self-assessed Not met; no evidence in the register");
  CHECK(shown(sheet, 1, 7) == "Act on 2.2");
  CHECK(shown(sheet, 2, 0) == "Evidence gap");
  CHECK(shown(sheet, 2, 2) == "1");
  CHECK(shown(sheet, 2, 3) == "1.2");
  CHECK(shown(sheet, 2, 4) == "Leadership");
  CHECK(shown(sheet, 2, 5) == "Met");
  CHECK(shown(sheet, 2, 6) ==
        "point 1.2 is self-assessed Met with no current evidence (only stale evidence, older "
        "than 24 months: 1.2: E2 (10 January 2013))");
  CHECK(shown(sheet, 2, 7) ==
        "File current evidence for each point in the register, or correct its status, before "
        "the return is submitted.");
  CHECK(shown(sheet, 3, 0) == "Over-claimed rating");
  CHECK(shown(sheet, 3, 2) == "1");
  CHECK(shown(sheet, 3, 3) == "");
  CHECK(shown(sheet, 3, 5) == "Blue");
  CHECK(shown(sheet, 3, 6) ==
        "over-claimed: agency rated Blue, evidence supports Amber because point 1.2 lacks "
        "current evidence (Blue needs 100% of points evidenced, has 50%)");
  CHECK(shown(sheet, 4, 0) == "(none)");

  const std::string csv = render_gaps_csv(s.result);
  CHECK(csv.find("Kind,Priority,Standard,Point,Requirement,Status or rating claimed,Reason,"
                 "Suggested action\r\n") == 3);  // after the BOM
  CHECK(csv.find("Practice gap,,2,2.2,Induction,Not met,") != std::string::npos);
  CHECK(csv.find("Evidence gap,,1,1.2,Leadership,Met,") != std::string::npos);
}

TEST_CASE("Gaps says so when there are none", "[reports][return]") {
  Sample s;
  s.result.gaps.clear();
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kGapsSheet);
  CHECK(shown(sheet, 1, 0) == "No gaps: every applicable point is met and evidenced.");
  REQUIRE(sheet.autofilter);
  CHECK(sheet.autofilter->last_row == 1);
}

TEST_CASE("Document control lists the return's details and its input files", "[reports][return]") {
  const Sample s;
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kDocumentControlSheet);
  CHECK(shown(sheet, 0, 0) == "Document control [bold]");
  CHECK(shown(sheet, 2, 0) == "Document [bold]");
  CHECK(shown(sheet, 2, 1) == "Section 11 self-assessment return 2015-16");
  CHECK(shown(sheet, 4, 1) == "Director");
  CHECK(shown(sheet, 6, 1) == "2016-03-31 [format=d mmmm yyyy]");
  CHECK(shown(sheet, 8, 1) == "oscb-2015 version 2015.1");
  CHECK(shown(sheet, 9, 1) == "s11 9.9");
  CHECK(shown(sheet, 11, 0) == "Approved by [bold]");
  CHECK(shown(sheet, 11, 1) == "Not yet approved");
  CHECK(shown(sheet, 12, 0) == "Meeting [bold]");
  CHECK(shown(sheet, 12, 1) == "");
  CHECK(shown(sheet, 13, 0) == "Date approved [bold]");
  CHECK(shown(sheet, 13, 1) == "");
  CHECK(shown(sheet, 15, 0) == "Input file [bold fill=1F4E78]");
  CHECK(shown(sheet, 15, 1) == "SHA-256 [bold fill=1F4E78]");
  CHECK(shown(sheet, 16, 0) == "audit.ini");
  CHECK(shown(sheet, 16, 1) == "ab12");
  CHECK(shown(sheet, 17, 0) == "evidence.xlsx");
  CHECK(shown(sheet, 17, 1) == "cd34");
  CHECK(shown(sheet, 18, 0) == "(none)");
}

TEST_CASE("Document control's approval block shows who approved it, where and when",
          "[reports][return]") {
  Sample s;
  s.audit.config.approval = {"City Executive Board", "City Executive Board, 14 May 2016",
                             Date{2016, 5, 14}};
  const layout::Workbook book = build_return(s.audit, s.result, "9.9");
  const layout::Sheet& sheet = *book.find(kDocumentControlSheet);
  CHECK(shown(sheet, 11, 1) == "City Executive Board");
  CHECK(shown(sheet, 12, 1) == "City Executive Board, 14 May 2016");
  CHECK(shown(sheet, 13, 1) == "14 May 2016");

  // A meeting named but no body: the block is being filled in, not "Not yet approved".
  s.audit.config.approval = {"", "Council, 20 July 2016", std::nullopt};
  const layout::Workbook partial = build_return(s.audit, s.result, "9.9");
  CHECK(shown(*partial.find(kDocumentControlSheet), 11, 1) == "");
  CHECK(shown(*partial.find(kDocumentControlSheet), 12, 1) == "Council, 20 July 2016");
}

}  // namespace s11
