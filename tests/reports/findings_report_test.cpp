#include "reports/findings_report.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>

#include "support/layout_cells.h"

namespace s11 {
namespace {

using test::cell_at;
using test::text_at;

const std::string kBullet = "\u2022";

/// Two areas built by hand: "Safe workforce" with a finding in every block, "LSCB engagement"
/// with none.
struct Sample {
  Audit audit;
  std::vector<AreaFindings> findings;

  Sample() {
    audit.config.organisation = "Telford & Wrekin Council";
    audit.config.period = "2015-16";
    AreaFindings safe;
    safe.title = "Safe workforce";
    safe.strengths.push_back({});
    safe.strengths.back().text = "Standard 6: Safer recruitment \u2014 every point evidenced";
    safe.strengths.push_back({});
    safe.strengths.back().text = "Title E5 (E5, level 3) \u2014 point 5.2: Training";
    safe.development.push_back({Gap{}, "Point 11.3 (essential): Concerns \u2014 contradicted"});
    safe.operating = 2;
    safe.impact_summary = "level 2, with level 3 evidence in standard 6";
    safe.impact_rationale = "operating at level 2: because.";
    safe.recommendation_lead = "In order to strengthen safe workforce, the agency should:";
    safe.recommendations.push_back({"Review the allegations procedure", "11", "11.3"});
    safe.recommendations.push_back({"Train members.", "5", ""});
    AreaFindings lscb;
    lscb.title = "LSCB engagement";
    lscb.impact_summary = "no levelled evidence";
    lscb.recommendation_lead = "In order to strengthen LSCB engagement, the agency should:";
    findings = {safe, lscb};
  }
};

layout::Workbook book_with(const std::vector<std::string>& names) {
  layout::Workbook book;
  for (const auto& name : names) book.add_sheet(name);
  return book;
}

}  // namespace

TEST_CASE("the Findings sheet is inserted where it is asked for", "[reports][findings]") {
  const Sample s;
  layout::Workbook book = book_with({"Summary", "Return", "Gaps"});
  add_findings_sheet(book, s.audit, s.findings, 1);
  REQUIRE(book.sheets.size() == 4);
  CHECK(book.sheets[0].name == "Summary");
  CHECK(book.sheets[1].name == "Findings");
  CHECK(book.sheets[2].name == "Return");

  layout::Workbook review = book_with({"Review", "Guidance"});
  add_findings_sheet(review, s.audit, s.findings, 0);
  CHECK(review.sheets[0].name == "Findings");
  layout::Workbook other = book_with({"Review"});
  add_findings_sheet(other, s.audit, s.findings, 9);  // clamped: last
  CHECK(other.sheets[1].name == "Findings");
}

TEST_CASE("the Findings sheet reads like a review's section 4", "[reports][findings]") {
  const Sample s;
  layout::Workbook book;
  add_findings_sheet(book, s.audit, s.findings, 0);
  const layout::Sheet& sheet = book.sheets.at(0);

  CHECK(text_at(sheet, 0, 0) == "Findings: Telford & Wrekin Council, 2015-16");
  CHECK(text_at(sheet, 1, 0).rfind("For each focus area, as an independent review reports it", 0) ==
        0);
  // The first area: a heading, then the four blocks, one finding per row with a bullet.
  CHECK(text_at(sheet, 3, 0) == "1. Safe workforce");
  REQUIRE(cell_at(sheet, 3, 0) != nullptr);
  CHECK(cell_at(sheet, 3, 0)->style.bold);
  CHECK(cell_at(sheet, 3, 0)->style.font_size == 13);
  CHECK(text_at(sheet, 4, 0) == "Strengths");
  CHECK(text_at(sheet, 5, 0) == kBullet);
  CHECK(text_at(sheet, 5, 1) == "Standard 6: Safer recruitment \u2014 every point evidenced");
  REQUIRE(cell_at(sheet, 5, 1) != nullptr);
  CHECK(cell_at(sheet, 5, 1)->style.wrap);
  CHECK(text_at(sheet, 6, 1) == "Title E5 (E5, level 3) \u2014 point 5.2: Training");
  CHECK(text_at(sheet, 8, 0) == "Areas for development");
  CHECK(text_at(sheet, 9, 1) == "Point 11.3 (essential): Concerns \u2014 contradicted");
  CHECK(text_at(sheet, 11, 0) == "Impact");
  CHECK(text_at(sheet, 12, 1) ==
        "In relation to the impact model: level 2, with level 3 evidence in standard 6.");
  CHECK(text_at(sheet, 12, 0).empty());
  CHECK(text_at(sheet, 13, 1) == "Operating at level 2: because.");
  CHECK(text_at(sheet, 15, 0) == "Recommendations");
  CHECK(text_at(sheet, 16, 1) == "In order to strengthen safe workforce, the agency should:");
  CHECK(text_at(sheet, 17, 0) == kBullet);
  CHECK(text_at(sheet, 17, 1) == "Review the allegations procedure (point 11.3).");
  CHECK(text_at(sheet, 18, 1) == "Train members (standard 5).");

  // An area with nothing to say says so.
  CHECK(text_at(sheet, 21, 0) == "2. LSCB engagement");
  CHECK(text_at(sheet, 23, 1) ==
        "None found: no standard or point of this area has current evidence at impact level 2 "
        "or above without a practice gap.");
  CHECK(text_at(sheet, 23, 0).empty());
  CHECK(text_at(sheet, 26, 1) == "None: no practice gaps and no evidence gaps in this area.");
  CHECK(text_at(sheet, 29, 1) == "In relation to the impact model: no levelled evidence.");
  CHECK(text_at(sheet, 31, 0) == "Recommendations");
  CHECK(text_at(sheet, 32, 1) == "No actions recommended for this area.");

  // A4 portrait, one page wide, footed like the other sheets.
  CHECK_FALSE(sheet.landscape);
  CHECK(sheet.fit_to_width);
  CHECK(sheet.column_widths.at(1) == 86);
  CHECK(sheet.footer.left == "Telford & Wrekin Council 2015-16");
  CHECK(sheet.footer.centre == "Findings");
  CHECK(sheet.footer.page_numbers);
  CHECK(sheet.page_breaks.empty());  // It fits on one page.
}

TEST_CASE("the Findings sheet never prints a heading apart from the line under it",
          "[reports][findings]") {
  Sample s;
  for (int i = 0; i < 40; ++i) {
    s.findings[0].strengths.push_back({});
    s.findings[0].strengths.back().text =
        "Strength " + std::to_string(i) + ": " + std::string(150, 'x');
  }
  for (int i = 0; i < 3; ++i) s.findings.push_back(s.findings[0]);
  layout::Workbook book;
  add_findings_sheet(book, s.audit, s.findings, 0);
  const layout::Sheet& sheet = book.sheets.at(0);
  REQUIRE(sheet.page_breaks.size() >= 4);
  const std::set<std::string> headings = {"Strengths", "Areas for development", "Impact",
                                          "Recommendations"};
  int previous = 0;
  for (int row : sheet.page_breaks) {
    INFO("page break at row " << row);
    const std::string before = text_at(sheet, row - 1, 0);
    CHECK(headings.count(before) == 0);
    const layout::Cell* cell = cell_at(sheet, row - 1, 0);
    CHECK((cell == nullptr || cell->style.font_size != 13));  // no area heading
    double points = 0;
    for (int r = previous; r < row; ++r) {
      const auto it = sheet.row_heights.find(r);
      points += it == sheet.row_heights.end() ? 15 : it->second;
    }
    CHECK(points <= kFindingsPagePoints);
    previous = row;
  }
}

}  // namespace s11
