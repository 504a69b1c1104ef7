#include "reports/layout.h"

#include <catch2/catch.hpp>
#include <string>

namespace s11 {
namespace {

layout::Style wrapped() {
  layout::Style s;
  s.wrap = true;
  return s;
}

}  // namespace

TEST_CASE("a sheet prints portrait when its columns fit at 9 pt, else landscape",
          "[reports][layout][print]") {
  // 11 pt text must print at 9.2 pt or more: a scale of 0.836, so portrait A4 inside half-inch
  // margins (523.3 pt) holds 626 pt of columns, landscape (769.9 pt) 920.
  CHECK(layout::printable_width(false) == Approx(523.3));
  CHECK(layout::printable_width(true) == Approx(769.9));
  CHECK(layout::column_points(10) == Approx(61.69).epsilon(0.001));
  layout::Sheet narrow;
  narrow.column_widths = {{0, 40}, {1, 50}};  // 525 pt
  narrow.set(0, 1, std::string("text"), wrapped());
  layout::fit_page(narrow);
  CHECK(narrow.fit_to_width);
  CHECK_FALSE(narrow.landscape);
  CHECK(narrow.column_widths.at(1) == 50);

  layout::Sheet wide = narrow;
  wide.column_widths[1] = 90;  // 755 pt
  layout::fit_page(wide);
  CHECK(wide.landscape);
  CHECK(wide.column_widths.at(1) == 90);
}

TEST_CASE("a sheet too wide even landscape has its wrapped columns narrowed, not shrunk",
          "[reports][layout][print]") {
  layout::Sheet sheet;
  sheet.column_widths = {{0, 100}, {1, 100}, {2, 8}};
  sheet.set(0, 0, std::string("wrapped text"), wrapped());
  sheet.set(0, 1, std::string("wrapped text"), wrapped());
  sheet.set(0, 2, 42.0);  // a number: its column keeps its 8 characters
  layout::fit_page(sheet);
  CHECK(sheet.landscape);
  const double total = layout::column_points(sheet.column_widths.at(0)) +
                       layout::column_points(sheet.column_widths.at(1)) +
                       layout::column_points(sheet.column_widths.at(2));
  CHECK(total * layout::min_print_scale(sheet) <= layout::printable_width(true));
  CHECK(sheet.column_widths.at(0) == sheet.column_widths.at(1));
  CHECK(sheet.column_widths.at(0) < 100);
  CHECK(sheet.column_widths.at(2) == 8);
}

TEST_CASE("a note on one line wider than the table wraps across its columns",
          "[reports][layout][print]") {
  layout::Sheet sheet;
  sheet.column_widths = {{0, 20}, {1, 20}};
  sheet.set(0, 0, std::string("Header"), wrapped());
  sheet.set(0, 1, std::string("Header"), wrapped());
  sheet.set(2, 0, std::string(200, 'x') + " " + std::string(100, 'y'));  // wider than 40
  sheet.set(3, 0, std::string("A short note"));
  layout::fit_page(sheet);
  REQUIRE(sheet.merges.size() == 1);
  CHECK(sheet.merges[0].first_row == 2);
  CHECK(sheet.merges[0].first_col == 0);
  CHECK(sheet.merges[0].last_row == 2);
  CHECK(sheet.merges[0].last_col == 1);
  CHECK(sheet.cells[2].style.wrap);
  CHECK_FALSE(sheet.cells[3].style.wrap);
  layout::fit_row_heights(sheet);
  CHECK(sheet.row_heights.at(2) > 15.0);
}

TEST_CASE("smaller text needs a larger scale", "[reports][layout][print]") {
  layout::Sheet sheet;
  CHECK(layout::min_print_scale(sheet) == Approx(9.2 / 11));
  layout::Style small;
  small.font_size = 10;
  sheet.set(0, 0, std::string("note"), small);
  CHECK(layout::min_print_scale(sheet) == Approx(9.2 / 10));
}

TEST_CASE("a height set by hand is raised when its wrapped text needs more, never lowered",
          "[reports][layout][print]") {
  layout::Sheet sheet;
  sheet.column_widths[0] = 11;
  sheet.row_heights = {{0, 20.0}, {1, 80.0}};
  sheet.set(0, 0, std::string("one\ntwo\nthree\nfour"), wrapped());
  sheet.set(1, 0, std::string("short"), wrapped());
  layout::fit_row_heights(sheet);
  CHECK(sheet.row_heights.at(0) == 61.0);
  CHECK(sheet.row_heights.at(1) == 80.0);
}

}  // namespace s11
