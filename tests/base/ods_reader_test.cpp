#include "base/ods_reader.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
#include "support/zip_writer.h"
#include "test_support.h"

namespace s11::ods {
namespace {

using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;
using xlsx::Workbook;

const std::string kDataDir = std::string(S11_TEST_DATA_DIR) + "/ods/";
const std::string kExample = std::string(S11_SOURCE_DIR) + "/examples/district-council/";

// Writes a zip archive holding `parts` (part name -> content), the mimetype first.
using test::write_zip;

const char* const kHead =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
    R"( xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0">)"
    R"(<office:body><office:spreadsheet><table:table table:name="Sheet1">)";
const char* const kTail =
    "</table:table></office:spreadsheet></office:body></office:document-content>";

// An .ods whose one sheet holds `rows` (table:table-row elements).
std::string one_sheet_ods(const test::TempDir& dir, const std::string& rows,
                          const std::string& mimetype = kSpreadsheetMimetype) {
  std::string path = dir.file("book.ods");
  write_zip(path, {{"mimetype", mimetype}, {"content.xml", kHead + rows + kTail}});
  return path;
}

std::vector<std::string> problems_of(const std::string& path) {
  try {
    read_spreadsheet(path);
  } catch (const InputError& e) {
    return e.problems();
  }
  return {"no problem"};
}

std::string date_of(const Cell& cell) {
  const auto date = from_excel_serial(cell.number, false);
  return date ? date->iso() : "not a date";
}

TEST_CASE("ods_reader: the cells of a workbook LibreOffice saved", "[ods]") {
  const Workbook book = read_workbook(kDataDir + "reader-ods.ods");
  CHECK_FALSE(book.date1904);
  REQUIRE(book.sheets.size() == 2);
  const Sheet& sheet = book.sheets[0];
  CHECK(sheet.name == "Cells");
  CHECK(sheet.at(0, 0).text == "Point");
  CHECK(sheet.at(0, 3).text == "Share");

  CHECK(sheet.at(1, 0).type == CellType::kNumber);
  CHECK(sheet.at(1, 0).number == 1.1);
  CHECK(sheet.at(1, 0).text == "1.1");
  CHECK_FALSE(sheet.at(1, 0).date_format);
  const Cell& date = sheet.at(1, 2);
  CHECK(date.type == CellType::kNumber);
  CHECK(date.number == 42094);  // as the same cell in an .xlsx
  CHECK(date.text == "42094");
  CHECK(date.date_format);
  CHECK(date_of(date) == "2015-03-31");
  CHECK(sheet.at(1, 3).number == 0.75);  // 75%
  CHECK(xlsx::display_text(sheet.at(1, 3)) == "0.75");

  CHECK(sheet.at(2, 0).text == "First paragraph\nSecond bold paragraph");
  CHECK(sheet.at(2, 1).text == "two  spaces");
  CHECK(sheet.at(2, 2).text == "see the policy");  // a link's text; the comment is not text
  CHECK(sheet.at(2, 3).type == CellType::kBoolean);
  CHECK(sheet.at(2, 3).boolean);
  CHECK(sheet.at(2, 3).text == "TRUE");

  // LibreOffice writes the three "Met" as one cell repeated over three columns.
  for (int col = 1; col <= 3; ++col) CHECK(sheet.at(3, col).text == "Met");
  for (int row = 4; row <= 6; ++row) {
    CHECK(sheet.at(row, 0).text == "Same row");
    CHECK(sheet.at(row, 1).number == 7);
  }

  CHECK(sheet.at(7, 0).text == "Merged across two");
  CHECK(sheet.at(7, 1).type == CellType::kEmpty);  // covered by the merge
  CHECK(sheet.at(7, 2).type == CellType::kError);
  CHECK(sheet.at(7, 2).text == "#DIV/0!");
  CHECK(sheet.at(7, 3).type == CellType::kNumber);  // currency, computed by LibreOffice
  CHECK(sheet.at(7, 3).number == 2.2);

  CHECK(sheet.at(8, 0).number == 42338.604166666664);  // 30/11/2015 14:30
  CHECK(sheet.at(8, 0).date_format);
  CHECK(date_of(sheet.at(8, 0)) == "2015-11-30");
  CHECK(sheet.at(8, 1).number == 0.25);  // 06:00
  CHECK(sheet.at(8, 1).date_format);

  CHECK(sheet.row_count() == 9);
  CHECK(sheet.column_count() == 4);
  CHECK(sheet.cells.size() == 27);
  // 2in and 1in, in characters of the default font as an .xlsx gives them.
  CHECK(sheet.column_width(0) == Approx(192 / 7.4));
  CHECK(sheet.column_width(3) == Approx(96 / 7.4));
  CHECK(sheet.column_width(4) == 8.43);

  const Sheet& second = book.sheets[1];
  CHECK(second.name == "Second sheet");
  CHECK(second.cells.size() == 1);
  CHECK(second.at(0, 2).text == "only cell");
}

// The cells of `a` and `b`, sheet by sheet, are the same values.
void check_same_cells(const Workbook& a, const Workbook& b) {
  REQUIRE(a.sheets.size() == b.sheets.size());
  for (std::size_t s = 0; s < a.sheets.size(); ++s) {
    const Sheet& x = a.sheets[s];
    const Sheet& y = b.sheets[s];
    INFO("sheet " << x.name);
    CHECK(x.name == y.name);
    CHECK(x.cells.size() == y.cells.size());
    CHECK(x.row_count() == y.row_count());
    for (const auto& [position, cell] : x.cells) {
      INFO(xlsx::cell_name(position.first, position.second) << ": " << cell.text);
      const Cell& other = y.at(position.first, position.second);
      CHECK(cell.type == other.type);
      CHECK(cell.date_format == other.date_format);
      if (cell.date_format) {
        // A time of day as LibreOffice writes it (2015-10-19T07:45:31.000000) may differ from
        // the .xlsx serial in its last bits.
        CHECK(cell.number == Approx(other.number).margin(1e-8));
        continue;
      }
      CHECK(xlsx::display_text(cell) == xlsx::display_text(other));
      CHECK(cell.number == other.number);
    }
  }
}

TEST_CASE("ods_reader: the example's workbooks saved as .ods read as their .xlsx", "[ods]") {
  // The evidence workbook as LibreOffice saves it: each sheet ends in a row of 16375 empty
  // cells repeated over a million rows, which costs nothing.
  const Workbook xlsx_evidence = xlsx::read_workbook(kExample + "evidence.xlsx");
  const Workbook ods_evidence = read_workbook(kDataDir + "evidence.ods");
  check_same_cells(xlsx_evidence, ods_evidence);
  // The widths s11 set, as LibreOffice kept them.
  for (int col = 0; col < 8; ++col) {
    CHECK(ods_evidence.sheets[0].column_width(col) ==
          Approx(xlsx_evidence.sheets[0].column_width(col)).epsilon(0.001));
  }
  check_same_cells(xlsx::read_workbook(kExample + "reviews/Independent reviewer.xlsx"),
                   read_workbook(kDataDir + "Independent reviewer.ods"));
  check_same_cells(xlsx::read_workbook(kExample + "action-plan-2014-15.xlsx"),
                   read_workbook(kDataDir + "action-plan-2014-15.ods"));
  check_same_cells(xlsx::read_workbook(kExample + "surveys/leisure-msforms.xlsx"),
                   read_workbook(kDataDir + "leisure-msforms.ods"));
}

TEST_CASE("ods_reader: repeated rows and columns", "[ods]") {
  test::TempDir dir;
  const std::string path = one_sheet_ods(
      dir,
      R"(<table:table-row table:number-rows-repeated="2"><table:table-cell/>)"
      R"(<table:table-cell table:number-columns-repeated="3" office:value-type="float")"
      R"( office:value="5"><text:p>5</text:p></table:table-cell></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1000"><table:table-cell)"
      R"( table:number-columns-repeated="16384"/></table:table-row>)"
      R"(<table:table-row><table:table-cell table:number-columns-repeated="2"/>)"
      R"(<table:table-cell office:value-type="string"><text:p>after</text:p></table:table-cell>)"
      R"(<table:table-cell table:number-columns-repeated="16381"/></table:table-row>)"
      R"(<table:table-row table:number-rows-repeated="1047573"><table:table-cell)"
      R"( table:number-columns-repeated="16384"/></table:table-row>)");
  const Workbook book = read_workbook(path);
  const Sheet& sheet = book.sheets.at(0);
  CHECK(sheet.cells.size() == 7);
  for (int row = 0; row < 2; ++row) {
    CHECK(sheet.at(row, 0).type == CellType::kEmpty);
    for (int col = 1; col <= 3; ++col) CHECK(sheet.at(row, col).number == 5);
  }
  CHECK(sheet.at(1002, 2).text == "after");
  CHECK(sheet.row_count() == 1003);
}

TEST_CASE("ods_reader: text with spaces, tabs, line breaks, spans and white space", "[ods]") {
  test::TempDir dir;
  const std::string path = one_sheet_ods(
      dir, R"(<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s/>)"
           R"( b<text:s text:c="3"/>c<text:tab/>d<text:line-break/>e</text:p><text:p/>)"
           R"(<text:p>  <text:span>spread</text:span>   over <text:a>a link</text:a> </text:p>)"
           R"(</table:table-cell><table:table-cell office:value-type="string")"
           R"( office:string-value="from the attribute"><text:p>shown</text:p></table:table-cell>)"
           R"(<table:table-cell office:value-type="string"><text:p/></table:table-cell>)"
           R"(<table:table-cell table:formula="of:=A1"/></table:table-row>)");
  const Workbook book = read_workbook(path);
  const Sheet& sheet = book.sheets.at(0);
  CHECK(sheet.at(0, 0).text == "a  b   c\td\ne\n\nspread over a link ");
  CHECK(sheet.at(0, 1).text == "from the attribute");
  CHECK(sheet.at(0, 2).type == CellType::kEmpty);  // an empty string is no value
  CHECK(sheet.at(0, 3).uncached_formula);
  CHECK(sheet.cells.size() == 3);
}

TEST_CASE("ods_reader: repeats filling too many cells refuse the file", "[ods]") {
  test::TempDir dir;
  const std::string path = one_sheet_ods(
      dir, R"(<table:table-row table:number-rows-repeated="1000"><table:table-cell)"
           R"( table:number-columns-repeated="2000" office:value-type="string"><text:p>x</text:p>)"
           R"(</table:table-cell></table:table-row>)");
  CHECK(problems_of(path) ==
        std::vector<std::string>{
            path +
            ": Sheet1!A1: values repeated (table:number-columns-repeated, "
            "table:number-rows-repeated) fill more than 1048576 cells of the workbook; this is "
            "not a spreadsheet s11 can read"});
  const std::string spaces = one_sheet_ods(
      dir, R"(<table:table-row><table:table-cell office:value-type="string"><text:p>)"
           R"(<text:s text:c="4000000000"/></text:p></table:table-cell></table:table-row>)");
  CHECK(problems_of(spaces) ==
        std::vector<std::string>{spaces + ": Sheet1!A1: text:s repeats spaces beyond 16 MB in the "
                                          "workbook; this is not a spreadsheet s11 can read"});
}

TEST_CASE("ods_reader: every problem of the cells at once, with its place", "[ods]") {
  test::TempDir dir;
  const std::string path = one_sheet_ods(
      dir,
      R"(<table:table-row><table:table-cell office:value-type="float" office:value="12x"/>)"
      R"(<table:table-cell office:value-type="date" office:date-value="2015-02-30"/>)"
      "<table:table-cell office:value-type=\"string\"><text:p>caf\xE9</text:p></table:table-cell>"
      R"(<table:table-cell office:value-type="time" office:time-value="6 o'clock"/>)"
      R"(</table:table-row><table:table-row table:number-rows-repeated="1048575"/>)"
      R"(<table:table-row><table:table-cell/><table:table-cell office:value-type="string">)"
      R"(<text:p>beyond</text:p></table:table-cell></table:table-row>)");
  CHECK(problems_of(path) ==
        std::vector<std::string>{
            path + ": Sheet1!A1: '12x' is not a number",
            path + ": Sheet1!B1: '2015-02-30' is not a date",
            path + ": Sheet1!C1: the text is not valid UTF-8 (byte 0xE9 at character 4); retype "
                   "it in Excel or LibreOffice Calc and save the workbook again",
            path + ": Sheet1!D1: '6 o'clock' is not a time",
            path + ": Sheet1: values beyond the last row (1048576); save the workbook again "
                   "from LibreOffice Calc"});
}

TEST_CASE("ods_reader: what is not an OpenDocument spreadsheet", "[ods]") {
  test::TempDir dir;
  const std::string text = one_sheet_ods(dir, "", "application/vnd.oasis.opendocument.text");
  CHECK_THROWS_WITH(read_workbook(text),
                    text +
                        ": not an .ods spreadsheet (its mimetype is "
                        "application/vnd.oasis.opendocument.text); save it as ODF Spreadsheet "
                        "(.ods)");
  const std::string broken = dir.file("broken.ods");
  write_zip(broken, {{"mimetype", kSpreadsheetMimetype},
                     {"content.xml", std::string(kHead) + "<table:table-row>" + kTail}});
  CHECK(problems_of(broken) ==
        std::vector<std::string>{broken +
                                 ": not an .ods spreadsheet (content.xml:1: Start-end tags "
                                 "mismatch); save it as ODF Spreadsheet (.ods)"});
  const std::string no_content = dir.file("empty.ods");
  write_zip(no_content, {{"mimetype", kSpreadsheetMimetype}});
  CHECK(problems_of(no_content) ==
        std::vector<std::string>{no_content +
                                 ": not an .ods spreadsheet (no content.xml); save it as ODF "
                                 "Spreadsheet (.ods)"});
  CHECK(problems_of(kDataDir + "corrupt.ods").size() == 1);
}

TEST_CASE("spreadsheet: a workbook is read by what it holds, not by its name", "[ods]") {
  test::TempDir dir;
  const std::string ods_named_xlsx = dir.file("evidence.xlsx");
  std::filesystem::copy_file(kDataDir + "evidence.ods", ods_named_xlsx);
  const std::string xlsx_named_ods = dir.file("evidence.ods");
  std::filesystem::copy_file(kExample + "evidence.xlsx", xlsx_named_ods);
  check_same_cells(read_spreadsheet(ods_named_xlsx), read_spreadsheet(xlsx_named_ods));

  const std::string text = one_sheet_ods(dir, "", "application/vnd.oasis.opendocument.text");
  CHECK(problems_of(text) ==
        std::vector<std::string>{text + ": this is an OpenDocument text document (.odt), not a "
                                        "spreadsheet; s11 reads workbooks saved as Excel Workbook "
                                        "(.xlsx) or ODF Spreadsheet (.ods)"});
  const std::string docx = dir.file("notes.docx");
  write_zip(docx, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<document/>"}});
  CHECK(problems_of(docx) ==
        std::vector<std::string>{docx + ": this is a Word document (.docx), not a spreadsheet; s11 "
                                        "reads workbooks saved as Excel Workbook (.xlsx) or ODF "
                                        "Spreadsheet (.ods)"});
  const std::string zip = dir.file("photos.zip");
  write_zip(zip, {{"photo.jpg", "JFIF"}});
  CHECK(problems_of(zip) ==
        std::vector<std::string>{zip +
                                 ": not a spreadsheet (a zip archive holding no workbook); save "
                                 "it as Excel Workbook (.xlsx) or ODF Spreadsheet (.ods)"});
  const std::string pdf = dir.write("return.pdf", "%PDF-1.7\n");
  CHECK(problems_of(pdf) ==
        std::vector<std::string>{pdf +
                                 ": this is a PDF document, not a spreadsheet; s11 reads "
                                 "workbooks saved as Excel Workbook (.xlsx) or ODF Spreadsheet "
                                 "(.ods)"});
  // Not a zip at all: said in the words of what the name promises.
  const std::string txt = dir.write("evidence.txt", "Evidence\n");
  CHECK(problems_of(txt) ==
        std::vector<std::string>{txt + ": not a spreadsheet (not a zip archive); save it as Excel "
                                       "Workbook (.xlsx) or ODF Spreadsheet (.ods)"});
  const std::string ods_text = dir.write("review.ods", "Review\n");
  CHECK(problems_of(ods_text) ==
        std::vector<std::string>{ods_text +
                                 ": not an .ods spreadsheet (not a zip archive); save it as ODF "
                                 "Spreadsheet (.ods)"});
  const std::string empty = dir.write("empty.ods", "");
  CHECK(problems_of(empty) ==
        std::vector<std::string>{empty +
                                 ": the file is empty (0 bytes), not an .ods spreadsheet; copy it "
                                 "again, or save it again as ODF Spreadsheet (.ods)"});
  CHECK_THROWS_AS(read_spreadsheet(dir.file("missing.ods")), IoError);
}

TEST_CASE("spreadsheet: file names of workbooks and lock files", "[ods]") {
  CHECK(has_spreadsheet_extension("evidence FINAL.xlsx"));
  CHECK(has_spreadsheet_extension("Review.ODS"));
  CHECK_FALSE(has_spreadsheet_extension("notes.odt"));
  CHECK_FALSE(has_spreadsheet_extension("evidence.xls"));
  CHECK(is_lock_file(".~lock.evidence.ods#"));
  CHECK(is_lock_file("~$evidence.xlsx"));
  CHECK_FALSE(is_lock_file("evidence.ods"));
}

TEST_CASE("sheet_table: a missing sheet is reported with the sheets found", "[ods]") {
  Workbook book;
  CHECK(no_sheet_message(book, "Evidence", "the workbook made by `s11 new`") ==
        "no sheet named \"Evidence\"; the workbook has no sheets; expected the workbook made by "
        "`s11 new`");
  book.sheets.emplace_back().name = "Sheet1";
  CHECK(sheet_list(book) == "one sheet, \"Sheet1\"");
  book.sheets.back().name = "Self-assessment";
  book.sheets.emplace_back().name = "Evidence register";
  book.sheets.emplace_back().name = "Notes";
  CHECK(no_sheet_message(book, "Evidence", "the workbook made by `s11 new`") ==
        "no sheet named \"Evidence\"; the workbook has sheets \"Self-assessment\", \"Evidence "
        "register\" and \"Notes\"; expected the workbook made by `s11 new`");
}

}  // namespace
}  // namespace s11::ods
