#include "reports/evidence_template.h"

#include <catch2/catch.hpp>

#include "support/layout_cells.h"

namespace s11 {
namespace {

using test::cell_at;
using test::text_at;

}  // namespace

TEST_CASE("the evidence template has a row per standard and point", "[reports][template]") {
  Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/working-together-8.xml");
  AuditConfig config;
  config.organisation = "Test Council";
  config.period = "2016-17";
  config.audit_date = Date{2016, 11, 30};
  layout::Workbook book = build_evidence_template(framework, config);

  REQUIRE(book.sheets.size() == 3);
  CHECK(book.sheets[0].name == "Self-assessment");
  CHECK(book.sheets[1].name == "Evidence");
  CHECK(book.sheets[2].name == "Guidance");
  CHECK(book.created == Date{2016, 11, 30});

  const layout::Sheet& self = book.sheets[0];
  CHECK(text_at(self, 0, 0) == "Section 11 self-assessment: Test Council, 2016-17");
  CHECK(text_at(self, 3, 4) == "Status");
  CHECK(self.freeze_rows == 4);
  CHECK(self.protect);
  // Standard 1's row, then its first point.
  const Standard& first = framework.standards[0];
  CHECK(text_at(self, 4, 0) == first.id);
  CHECK(text_at(self, 4, 2) == "Standard " + first.id + ": " + first.title);
  CHECK_FALSE(cell_at(self, 4, 5)->style.locked);  // agency rating
  CHECK(cell_at(self, 4, 4)->style.locked);        // no status on a standard row
  CHECK(text_at(self, 5, 1) == first.points[0].id);
  CHECK_FALSE(cell_at(self, 5, 4)->style.locked);  // status
  CHECK(cell_at(self, 5, 2)->style.locked);        // requirement
  CHECK(cell_at(self, 5, 8)->link.rfind("internal:'Guidance'!A", 0) == 0);

  const int rows = static_cast<int>(framework.standards.size() + framework.point_count());
  CHECK(text_at(self, 4 + rows, 0) == "Overall");
  REQUIRE(self.validations.size() == 2);
  CHECK(self.validations[0].list ==
        std::vector<std::string>{"Met", "Partly met", "Not met", "Not applicable"});
  CHECK(self.validations[1].list == std::vector<std::string>{"Green", "Amber", "Red"});
  CHECK(self.validations[1].range.last_row == 4 + rows);

  const layout::Sheet& evidence = book.sheets[1];
  CHECK(text_at(evidence, 3, 0) == "Evidence ID");
  CHECK(text_at(evidence, 3, 7) == "Shows");
  CHECK(text_at(evidence, 3, 9) == "Best-practice example");
  CHECK_FALSE(cell_at(evidence, 4, 3)->style.locked);
  CHECK(cell_at(evidence, 4, 3)->style.number_format == "dd/mm/yyyy");
  REQUIRE(evidence.validations.size() == 4);
  CHECK(evidence.validations[1].list ==
        std::vector<std::string>{"Supports", "Partly", "Contradicts"});
  CHECK(evidence.validations[1].range.first_col == 7);
}

TEST_CASE("row heights grow with wrapped text", "[reports][layout]") {
  layout::Sheet sheet;
  layout::Style wrap;
  wrap.wrap = true;
  sheet.column_widths[0] = 11;  // 12 characters a line
  sheet.set(0, 0, std::string("short"), wrap);
  sheet.set(1, 0, std::string(30, 'x'), wrap);
  sheet.set(2, 0, std::string("one\ntwo\nthree\nfour"), wrap);
  sheet.set(3, 0, std::string(30, 'x'));  // not wrapped
  layout::fit_row_heights(sheet);
  // Lines of 1.30 times the font's size (Carlito's, measured) and 3 points of padding: three
  // lines (the 30 x's broken twice) need 46 points, four 61; one line keeps the default.
  CHECK(sheet.row_heights.count(0) == 0);
  CHECK(sheet.row_heights.at(1) == 46.0);
  CHECK(sheet.row_heights.at(2) == 61.0);
  CHECK(sheet.row_heights.count(3) == 0);
}

}  // namespace s11
