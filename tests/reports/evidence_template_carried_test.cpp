// The evidence workbook `s11 new --from` writes: what a CarriedWorkbook puts in which cell, and
// which cells are filled for review (reports/evidence_template.h).

#include <catch2/catch.hpp>

#include "reports/evidence_template.h"
#include "support/layout_cells.h"

namespace s11 {
namespace {

using test::cell_at;
using test::text_at;

std::string fill_at(const layout::Sheet& sheet, int row, int col) {
  const layout::Cell* cell = cell_at(sheet, row, col);
  return cell ? cell->style.fill : "no cell";
}

constexpr const char* kReview = "F8CBAD";
constexpr const char* kInput = "FFF2CC";
/// The Self-assessment's first row below its header: under the carried line (row 2), the key
/// to working-together-8's three ratings (rows 3-7) and a blank row.
constexpr int kTable = 10;

/// working-together-8 as carried from a year whose framework had 1.1 worded otherwise, no
/// point 1.2 and a point 1.9 since removed.
CarriedWorkbook carried_from(const Framework& framework) {
  CarriedWorkbook carried;
  carried.source = "2015-16/evidence.xlsx";
  carried.period = "2015-16";
  carried.framework = "working-together-7 version 1";
  for (const auto& standard : framework.standards) {
    for (const auto& point : standard.points) {
      CarriedPoint& each = carried.points[point.id];
      each.assessment.status = PointStatus::kMet;
    }
  }
  CarriedPoint& reworded = carried.points.at("1.1");
  reworded.change = PointChange::kWordingChanged;
  reworded.last_requirement = "A senior lead is named.";
  reworded.assessment.comments = "Named in the 2014 policy.";
  carried.points.at("1.2") = CarriedPoint{PointChange::kNew, {}, ""};
  carried.points.at("1.3").assessment = {PointStatus::kNotApplicable, "No such service.", ""};
  carried.removed.push_back({"1.9", "1", "Old requirement.", PointStatus::kPartlyMet});
  carried.agency_ratings = {{"1", "Amber"}, {"2", "Purple"}};
  carried.agency_overall_rating = "Amber";

  CarriedEvidence stale;
  stale.item.id = "E01";
  stale.item.title = "Policy";
  stale.item.type = "policy";
  stale.item.date = Date{2013, 5, 14};
  stale.item.points = {"1.1", "1.3"};
  stale.item.impact_level = 2;
  stale.item.best_practice = true;
  stale.stale = true;
  CarriedEvidence dropped;
  dropped.item.id = "E02";
  dropped.item.title = "Minutes";
  dropped.item.type = "minutes";
  dropped.item.date = Date{2015, 6, 1};
  dropped.item.points = {"2.1"};
  dropped.dropped = {"1.9"};
  CarriedEvidence left;
  left.item.id = "E03";
  left.dropped = {"1.9"};
  carried.evidence = {stale, dropped};
  carried.left_out = {left};
  return carried;
}

}  // namespace

TEST_CASE("a carried evidence workbook marks what needs review", "[reports][template][issue10]") {
  Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/working-together-8.xml");
  AuditConfig config;
  config.organisation = "Test Council";
  config.period = "2016-17";
  config.audit_date = Date{2016, 11, 30};
  config.currency_months = 24;
  const CarriedWorkbook carried = carried_from(framework);
  layout::Workbook book = build_evidence_template(framework, config, &carried);

  const layout::Sheet& self = book.sheets[0];
  CHECK(text_at(self, 2, 0) ==
        "Carried from last year's workbook 2015-16/evidence.xlsx (2015-16, working-together-7 "
        "version 1): 31 statuses, 1 comment and 2 agency ratings; 1 point new in this "
        "framework, 1 reworded, 1 removed. Every status and rating here is last year's: "
        "confirm or change each one, the rows marked in the \"Since last year\" column first.");
  CHECK(text_at(self, 9, 9) == "Since last year");
  REQUIRE(self.autofilter);
  CHECK(self.autofilter->last_col == 9);
  // Standard 1, then 1.1 (reworded), 1.2 (new), 1.3 (Not applicable, carried).
  CHECK(text_at(self, 10, 5) == "Amber");
  CHECK(text_at(self, 10, 9) ==
        "Rating carried from 2015-16; review it: 1.2 new; 1.1 reworded; 1.9 removed");
  CHECK(fill_at(self, 10, 5) == kReview);
  CHECK(text_at(self, 11, 1) == "1.1");
  CHECK(text_at(self, 11, 4) == "Met");
  CHECK(text_at(self, 11, 7) == "Named in the 2014 policy.");
  CHECK(text_at(self, 11, 9) ==
        "Wording changed since 2015-16: review the status carried. Then: \"A senior lead is "
        "named.\"");
  CHECK(fill_at(self, 11, 4) == kReview);
  CHECK(fill_at(self, 11, 9) == kReview);
  CHECK_FALSE(cell_at(self, 11, 4)->style.locked);
  CHECK(text_at(self, 12, 4).empty());
  CHECK(text_at(self, 12, 9) == "New point this year: choose a status");
  CHECK(fill_at(self, 12, 4) == kReview);
  CHECK(text_at(self, 13, 4) == "Not applicable");
  CHECK(text_at(self, 13, 6) == "No such service.");
  CHECK(text_at(self, 13, 9) == "Carried from 2015-16");
  CHECK(fill_at(self, 13, 4) == kInput);
  CHECK(fill_at(self, 13, 9).empty());
  // Standard 2's "Purple" is not in the scheme: not written, and said.
  const int s2 = kTable + 1 + static_cast<int>(framework.standards[0].points.size());
  CHECK(text_at(self, s2, 0) == "2");
  CHECK(text_at(self, s2, 5).empty());
  CHECK(text_at(self, s2, 9) ==
        "Last year's rating \"Purple\" is not in the Green, Amber, Red rating: choose one");
  const int overall =
      kTable + static_cast<int>(framework.standards.size() + framework.point_count());
  CHECK(text_at(self, overall, 0) == "Overall");
  CHECK(text_at(self, overall, 5) == "Amber");
  CHECK(text_at(self, overall, 9) == "Rating carried from 2015-16");
  CHECK(self.validations[0].range.last_row == overall);
  // Removed points below the table, with no standard or point id for the reader to take.
  CHECK(text_at(self, overall + 3, 2) == "1.9: Old requirement.");
  CHECK(text_at(self, overall + 3, 0).empty());
  CHECK(text_at(self, overall + 3, 1).empty());
  CHECK(text_at(self, overall + 3, 9) == "Removed this year; 2015-16 status: Partly met");

  const layout::Sheet& evidence = book.sheets[1];
  CHECK(text_at(evidence, 2, 0) ==
        "Carried from last year's register 2015-16/evidence.xlsx (2015-16): 2 items, 1 of them "
        "stale (dated before 30 November 2014, more than 24 months before the audit date 30 "
        "November 2016), marked in the \"Since last year\" column: replace them with current "
        "evidence, or correct the date of a document reviewed since. Not carried, as they "
        "support only points working-together-8 does not have: E03 (supported only 1.9).");
  CHECK(text_at(evidence, 3, 10) == "Since last year");
  CHECK(text_at(evidence, 4, 0) == "E01");
  CHECK(std::get<Date>(cell_at(evidence, 4, 3)->value) == Date{2013, 5, 14});
  CHECK(fill_at(evidence, 4, 3) == kReview);
  CHECK_FALSE(cell_at(evidence, 4, 3)->style.locked);
  CHECK(text_at(evidence, 4, 6) == "1.1, 1.3");
  CHECK(std::get<double>(cell_at(evidence, 4, 8)->value) == 2.0);
  CHECK(text_at(evidence, 4, 9) == "Yes");
  CHECK(text_at(evidence, 4, 10) ==
        "Stale: dated 14 May 2013, more than 24 months before the audit date 30 November 2016; "
        "replace it, or correct the date if it was reviewed since. Carried from 2015-16");
  CHECK(fill_at(evidence, 4, 10) == kReview);
  CHECK(text_at(evidence, 5, 0) == "E02");
  CHECK(fill_at(evidence, 5, 3) == kInput);
  CHECK(fill_at(evidence, 5, 6) == kReview);
  CHECK(text_at(evidence, 5, 10) ==
        "Carried from 2015-16. Dropped from Points supported: 1.9 (not in working-together-8)");
  // Room for this year's evidence after last year's.
  CHECK(evidence.validations[0].range.last_row == 4 + 2 + 300 - 1);
  CHECK(text_at(evidence, 6, 0).empty());
  CHECK_FALSE(cell_at(evidence, 6, 0)->style.locked);
}

TEST_CASE("carried months stay months and quarters are written as typed",
          "[reports][template][issue12]") {
  Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/working-together-8.xml");
  AuditConfig config;
  config.period = "2016-17";
  config.audit_date = Date{2016, 11, 30};
  config.currency_months = 24;
  CarriedWorkbook carried = carried_from(framework);
  carried.evidence[0].item.date = DatePeriod::month(2013, 5);
  carried.evidence[1].item.date = DatePeriod::financial_quarter(2015, 1);
  const layout::Workbook book = build_evidence_template(framework, config, &carried);
  const layout::Sheet& evidence = book.sheets[1];
  // A real date (its first day) shown as the month.
  CHECK(std::get<Date>(cell_at(evidence, 4, 3)->value) == Date{2013, 5, 1});
  CHECK(cell_at(evidence, 4, 3)->style.number_format == "mmmm yyyy");
  CHECK(fill_at(evidence, 4, 3) == kReview);
  CHECK(text_at(evidence, 4, 10) ==
        "Stale: dated May 2013, more than 24 months before the audit date 30 November 2016; "
        "replace it, or correct the date if it was reviewed since. Carried from 2015-16");
  // No number format shows a quarter: the text the reader takes back.
  CHECK(text_at(evidence, 5, 3) == "Q1 2015-16");
  CHECK(fill_at(evidence, 5, 3) == kInput);
  CHECK_FALSE(cell_at(evidence, 5, 3)->style.locked);
}

TEST_CASE("a blank evidence workbook has no column for last year", "[reports][template][issue10]") {
  Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/working-together-8.xml");
  AuditConfig config;
  config.audit_date = Date{2016, 11, 30};
  layout::Workbook book = build_evidence_template(framework, config);
  CHECK(cell_at(book.sheets[0], 3, 9) == nullptr);
  CHECK(cell_at(book.sheets[0], 2, 0) == nullptr);
  CHECK(cell_at(book.sheets[1], 3, 10) == nullptr);
  CHECK(book.sheets[0].autofilter->last_col == 8);
}

}  // namespace s11
