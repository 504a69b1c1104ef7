#include "base/sheet_table.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace s11 {
namespace {

void put(xlsx::Sheet& sheet, int row, int col, const std::string& text) {
  xlsx::Cell cell;
  cell.type = xlsx::CellType::kString;
  cell.text = text;
  sheet.cells[{row, col}] = cell;
}

// A title block, then a header row in row 4 (zero-based 3) typed by hand.
xlsx::Sheet edited_sheet() {
  xlsx::Sheet sheet;
  sheet.name = "Summary";
  put(sheet, 0, 0, "Section 11 return");
  put(sheet, 1, 0, "Standard of care");  // Not the header "Standard".
  put(sheet, 3, 0, "  STANDARD ");
  put(sheet, 3, 2, "Agency\xC2\xA0 rating");
  put(sheet, 3, 3, "Notes");
  put(sheet, 3, 4, "standard");  // A second "Standard": the first column wins.
  put(sheet, 4, 0, "1");
  return sheet;
}

TEST_CASE("sheet table: header_row_at finds each header's first column", "[base]") {
  const HeaderRow found = header_row_at(edited_sheet(), 3, {"Standard", "Agency rating", "% met"});
  CHECK(found.row == 3);
  CHECK(found.columns == std::vector<int>{0, 2, -1});
  CHECK(found.column("Standard") == 0);
  CHECK(found.column("Agency rating") == 2);
  CHECK(found.column("% met") == -1);
  CHECK(found.column("Notes") == -1);  // Not looked for.
  CHECK(found.has("Agency rating"));
  CHECK_FALSE(found.has("% met"));
}

TEST_CASE("sheet table: find_header_row takes the first row with enough keys", "[base]") {
  const xlsx::Sheet sheet = edited_sheet();
  HeaderSearch search{{"Standard", "Agency rating", "Notes"}, {"Standard"}, 1, 20};
  auto found = find_header_row(sheet, search);
  REQUIRE(found);
  CHECK(found->row == 3);
  CHECK(found->columns == std::vector<int>{0, 2, 3});

  search.keys = {"Standard", "Agency rating", "Comments"};
  search.min_keys = 2;
  found = find_header_row(sheet, search);
  REQUIRE(found);
  CHECK(found->row == 3);

  search.min_keys = 3;
  CHECK_FALSE(find_header_row(sheet, search));
}

TEST_CASE("sheet table: find_header_row looks only at the first max_rows rows", "[base]") {
  const xlsx::Sheet sheet = edited_sheet();
  HeaderSearch search{{"Standard"}, {"Standard"}, 1, 3};
  CHECK_FALSE(find_header_row(sheet, search));
  search.max_rows = 4;
  CHECK(find_header_row(sheet, search));
  search.max_rows = 0;  // All rows.
  CHECK(find_header_row(sheet, search));
  CHECK_FALSE(find_header_row(xlsx::Sheet{}, search));
}

// Before issue 9 each row looked at every column up to the last one holding a cell, each
// time asking for the column count: a cell at XFD1048576 made a header search take hours.
TEST_CASE("sheet table: a stray cell at XFD1048576 costs only the cells stored", "[base][issue9]") {
  xlsx::Sheet sheet = edited_sheet();
  put(sheet, 1048575, 16383, "stray");
  const HeaderRow found = header_row_at(sheet, 3, {"Standard", "Agency rating", "Lead"});
  CHECK(found.columns == std::vector<int>{0, 2, -1});
  // No row has "Lead": every one of the 1,048,576 rows is looked at.
  const HeaderSearch search{{"Lead"}, {"Lead"}, 1, 0};
  CHECK_FALSE(find_header_row(sheet, search));
  put(sheet, 1048575, 3, "Lead");
  const auto last = find_header_row(sheet, search);
  REQUIRE(last);
  CHECK(last->row == 1048575);
  CHECK(last->columns == std::vector<int>{3});
}

bool starts_with_header(std::string_view text, std::string_view header) {
  return text.substr(0, header.size()) == header;
}

TEST_CASE("sheet table: find_header_row takes another way of matching headers", "[base]") {
  xlsx::Sheet sheet;
  put(sheet, 2, 1, "Lead officer");
  put(sheet, 2, 3, "Progress (May)");
  const HeaderSearch search{
      {"lead", "progress", "status"}, {"lead", "progress"}, 2, 0, starts_with_header};
  const auto found = find_header_row(sheet, search);
  REQUIRE(found);
  CHECK(found->row == 2);
  CHECK(found->columns == std::vector<int>{1, 3, -1});
}

TEST_CASE("sheet table: messages", "[base]") {
  CHECK(no_header_row_message({{}, {"Point"}, 1, 20}) ==
        "no header row with a \"Point\" column in the first 20 rows");
  CHECK(no_header_row_message({{}, {"Standard", "Agency rating"}, 2, 30}) ==
        "no header row with \"Standard\" and \"Agency rating\" columns in the first 30 rows");
  CHECK(no_header_row_message({{}, {"Point"}, 1, 0}) == "no header row with a \"Point\" column");
  CHECK(given_twice("standard 2", 4) == "standard 2 appears twice (first in row 5)");
  CHECK(uncached_formula_message() ==
        "a formula whose result was never saved; open the workbook in Excel or LibreOffice Calc "
        "and save it, or type the value");
}

TEST_CASE("sheet table: require_columns names each missing column at the header row", "[base]") {
  const xlsx::Sheet sheet = edited_sheet();
  const HeaderRow found = header_row_at(sheet, 3, {"Standard", "Agency rating", "% met", "Lead"});
  ProblemList problems;
  CHECK(require_columns(found, {"Standard", "Agency rating"}, "r.xlsx", sheet, problems));
  CHECK(problems.empty());
  CHECK_FALSE(require_columns(found, {"Standard", "% met", "Lead"}, "r.xlsx", sheet, problems));
  CHECK(problems.items() ==
        std::vector<std::string>{"r.xlsx: Summary!4: no \"% met\" column in the header row",
                                 "r.xlsx: Summary!4: no \"Lead\" column in the header row"});
}

}  // namespace
}  // namespace s11
