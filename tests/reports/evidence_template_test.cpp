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
  // The table below the key to the scheme's three ratings (rows 3-7) and a blank row.
  CHECK(text_at(self, 9, 4) == "Status");
  CHECK(self.freeze_rows == 10);
  CHECK(self.protect);
  REQUIRE(self.autofilter);
  CHECK(self.autofilter->first_row == 9);
  // Standard 1's row, then its first point.
  const Standard& first = framework.standards[0];
  CHECK(text_at(self, 10, 0) == first.id);
  CHECK(text_at(self, 10, 2) == "Standard " + first.id + ": " + first.title);
  CHECK_FALSE(cell_at(self, 10, 5)->style.locked);  // agency rating
  CHECK(cell_at(self, 10, 4)->style.locked);        // no status on a standard row
  CHECK(text_at(self, 11, 1) == first.points[0].id);
  CHECK_FALSE(cell_at(self, 11, 4)->style.locked);  // status
  CHECK(cell_at(self, 11, 2)->style.locked);        // requirement
  CHECK(cell_at(self, 11, 8)->link.rfind("internal:'Guidance'!A", 0) == 0);

  const int rows = static_cast<int>(framework.standards.size() + framework.point_count());
  CHECK(text_at(self, 10 + rows, 0) == "Overall");
  REQUIRE(self.validations.size() == 2);
  CHECK(self.validations[0].list ==
        std::vector<std::string>{"Met", "Partly met", "Not met", "Not applicable"});
  CHECK(self.validations[0].range.first_row == 10);
  CHECK(self.validations[1].list == std::vector<std::string>{"Green", "Amber", "Red"});
  CHECK(self.validations[1].range.last_row == 10 + rows);

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

namespace {

/// "Blue [bold fill=0070C0]": a cell's text and the tags layout::to_text gives it.
std::string shown(const layout::Sheet& sheet, int row, int col) {
  const layout::Cell* cell = cell_at(sheet, row, col);
  if (!cell) return "(none)";
  std::string tags;
  if (cell->style.bold) tags += " bold";
  if (!cell->style.fill.empty()) tags += " fill=" + cell->style.fill;
  return text_at(sheet, row, col) + (tags.empty() ? "" : " [" + tags.substr(1) + "]");
}

layout::Sheet self_assessment(const std::string& framework_id) {
  const Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/" + framework_id + ".xml");
  AuditConfig config;
  config.organisation = "Test Council";
  config.period = "2015-16";
  config.audit_date = Date{2015, 11, 30};
  return build_evidence_template(framework, config).sheets[0];
}

}  // namespace

TEST_CASE("the Self-assessment sheet opens with the key to the framework's own ratings",
          "[reports][template]") {
  SECTION("oscb-2015: four levels, the table's header below them") {
    const layout::Sheet self = self_assessment("oscb-2015");
    CHECK(text_at(self, 1, 0)
              .find("(Blue, Green, Amber or Red: the key below says what each "
                    "means)") != std::string::npos);
    CHECK(shown(self, 3, 0) == "Key to the OSCB BRAG rating [bold]");
    CHECK(shown(self, 4, 0) == "Rating [bold fill=1F4E78]");
    CHECK(shown(self, 4, 1) == "Code [bold fill=1F4E78]");
    CHECK(shown(self, 4, 2) == "What it means [bold fill=1F4E78]");
    CHECK(shown(self, 5, 0) == "Blue [bold fill=0070C0]");
    CHECK(shown(self, 5, 1) == "B");
    CHECK(shown(self, 5, 2) ==
          "all points met and evidenced, with an example of best practice to share with others");
    CHECK(shown(self, 6, 0) == "Green [bold fill=00B050]");
    CHECK(shown(self, 6, 1) == "G");
    CHECK(shown(self, 6, 2) == "all points met and most points evidenced");
    CHECK(shown(self, 7, 0) == "Amber [bold fill=FFC000]");
    CHECK(shown(self, 7, 2) == "some points met but not much evidence");
    CHECK(shown(self, 8, 0) == "Red [bold fill=FF0000]");
    CHECK(shown(self, 8, 1) == "R");
    CHECK(shown(self, 8, 2) == "most points need work");
    CHECK(shown(self, 9, 0) == "(none)");
    CHECK(shown(self, 10, 0) == "Standard [bold fill=1F4E78]");
    CHECK(self.freeze_rows == 11);
    // Each definition spans Requirement to Status (C:E), so it reads on one line.
    int merged = 0;
    for (const auto& m : self.merges) {
      merged += m.first_row >= 4 && m.first_row <= 8 && m.last_row == m.first_row &&
                m.first_col == 2 && m.last_col == 4;
    }
    CHECK(merged == 5);
  }
  SECTION("working-together-8: its own three levels and words") {
    const layout::Sheet self = self_assessment("working-together-8");
    CHECK(shown(self, 3, 0) == "Key to the Green, Amber, Red rating [bold]");
    CHECK(shown(self, 5, 0) == "Green [bold fill=00B050]");
    CHECK(shown(self, 5, 2) ==
          "all points met, most of them evidenced, and every essential point met");
    CHECK(shown(self, 6, 0) == "Amber [bold fill=FFC000]");
    CHECK(shown(self, 6, 2) == "most points met, including every essential point");
    CHECK(shown(self, 7, 0) == "Red [bold fill=FF0000]");
    CHECK(shown(self, 7, 1) == "R");
    CHECK(shown(self, 7, 2) == "an essential point is not met, or many points need work");
    CHECK(shown(self, 8, 0) == "(none)");
    CHECK(shown(self, 9, 0) == "Standard [bold fill=1F4E78]");
  }
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
