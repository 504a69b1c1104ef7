#include "reports/excel_limits.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "base/text.h"
#include "base/xlsx_reader.h"
#include "reports/xlsx_emitter.h"
#include "support/xlsx_dump.h"
#include "test_support.h"

namespace s11 {
namespace {

using layout::fit_excel_limits;

/// `text` repeated `n` times.
std::string repeat(const std::string& text, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += text;
  return out;
}

/// Twenty items of 2,000 characters each, as the evidence list of one point.
layout::TextList twenty_long_items() {
  layout::TextList list;
  list.separator = "\n";
  list.see = "the Evidence sheet of evidence.xlsx";
  list.what = "the evidence list";
  for (int i = 0; i < 20; ++i) list.items.push_back(std::string(2000, static_cast<char>('a' + i)));
  return list;
}

/// The lines of `dump` that contain `part`.
std::vector<std::string> lines_with(const std::string& dump, const std::string& part) {
  std::vector<std::string> found;
  std::size_t start = 0;
  while (start < dump.size()) {
    std::size_t end = dump.find('\n', start);
    if (end == std::string::npos) end = dump.size();
    std::string line = dump.substr(start, end - start);
    if (line.find(part) != std::string::npos) found.push_back(trim(line));
    start = end + 1;
  }
  return found;
}

TEST_CASE("an evidence list over a cell's 32,767 characters is shortened after a whole item",
          "[reports][limits][issue9]") {
  layout::Workbook book;
  book.add_sheet("Return").set_list(11, 6, twenty_long_items());
  const std::vector<std::string> warnings = fit_excel_limits(book);

  const std::vector<std::string> items = twenty_long_items().items;
  const std::string kept = join({items.begin(), items.begin() + 16}, "\n");
  const std::string& text = std::get<std::string>(book.sheets[0].cells[0].value);
  CHECK(text == kept + "\n... and 4 more items, see the Evidence sheet of evidence.xlsx");
  CHECK(text.size() == 32077);
  CHECK(warnings == std::vector<std::string>{
                        "Return!G12: the evidence list is 40,019 characters, more than a cell "
                        "holds (32,767); shortened to 32,077 with a note"});
}

TEST_CASE("a list whose first item alone is too long keeps what fits of it",
          "[reports][limits][issue9]") {
  layout::TextList list{{std::string(40000, 'x'), "second", "third"}, "; ", "notes", "", "notes"};
  const std::string text = layout::shorten_list(list, 100);
  CHECK(text == std::string(75, 'x') + "...; ... and 2 more notes");
  CHECK(text.size() == 100);
}

TEST_CASE("a long comment is cut after a word with a note of its length",
          "[reports][limits][issue9]") {
  layout::Workbook book;
  book.add_sheet("Return").set(3, 7, repeat("lorem ", 10000));
  const std::vector<std::string> warnings = fit_excel_limits(book);
  const std::string& text = std::get<std::string>(book.sheets[0].cells[0].value);
  // 32,767 less the note's 36 characters leaves 32,731: the last whole word ends at 32,729.
  CHECK(text == repeat("lorem ", 5455).substr(0, 32729) + " ... (cut: 60,000 characters in all)");
  CHECK(warnings ==
        std::vector<std::string>{"Return!H4: the text is 60,000 characters, more than a cell holds "
                                 "(32,767); shortened to 32,765 with a note"});
}

TEST_CASE("a cut never splits a UTF-8 sequence and counts what Excel counts",
          "[reports][limits][issue9]") {
  // U+00E9 is one character in two bytes; U+1F600 is two characters (UTF-16) in four bytes.
  for (const std::string& unit : {std::string("\xC3\xA9"), std::string("\xF0\x9F\x98\x80")}) {
    const std::string text = layout::shorten_text(repeat(unit, 40000), layout::kMaxCellChars);
    CHECK(invalid_utf8_at(text) == std::string_view::npos);
    CHECK(layout::excel_length(text) <= layout::kMaxCellChars);
    CHECK(layout::excel_length(text) >= layout::kMaxCellChars - 40);
  }
  CHECK(layout::excel_length("\xF0\x9F\x98\x80") == 2);
  CHECK(layout::excel_length("caf\xC3\xA9") == 4);
  CHECK(layout::abbreviate("caf\xC3\xA9 au lait", 6) == "caf...");
  CHECK(layout::abbreviate("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 4) == "\xC3\xA9...");
  CHECK(layout::abbreviate("short", 5) == "short");
}

TEST_CASE("output cells over 32,767 characters no longer stop the run: the writer warns",
          "[reports][limits][issue9]") {
  test::TempDir dir;
  layout::Workbook book;
  book.add_sheet("Return").set_list(11, 6, twenty_long_items());
  const std::vector<std::string> warnings =
      write_xlsx(book, dir.file("tmp.xlsx"), "out/section11-return.xlsx");
  CHECK(warnings == std::vector<std::string>{
                        "out/section11-return.xlsx: Return!G12: the evidence list is 40,019 "
                        "characters, more than a cell holds (32,767); shortened to 32,077 with "
                        "a note"});
  const xlsx::Workbook read = xlsx::read_workbook(dir.file("tmp.xlsx"));
  REQUIRE(read.sheets.size() == 1);
  const std::string& text = read.sheets[0].at(11, 6).text;
  CHECK(text.size() == 32077);
  CHECK(text.substr(text.size() - 62) ==
        "\n... and 4 more items, see the Evidence sheet of evidence.xlsx");
}

TEST_CASE("every header and footer text has its & escaped", "[reports][limits][issue9]") {
  CHECK(layout::escape_page_text("Telford & Wrekin") == "Telford && Wrekin");
  CHECK(layout::page_text_code({"&F&P", "Summary & Gaps", "", true}) ==
        "&L&&F&&P&CSummary && Gaps&RPage &P of &N");
  CHECK(layout::page_text_code({"", "", "Draft", true}) == "&RDraft Page &P of &N");
  CHECK(layout::page_text_code({}).empty());
}

TEST_CASE("a footer over 255 characters with its codes is shortened to fit, with a warning",
          "[reports][limits][issue9]") {
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Summary");
  sheet.footer = {std::string(300, 'x'), "Summary", "", true};
  sheet.header = {repeat("&", 200), "", "", false};
  const std::vector<std::string> warnings = fit_excel_limits(book);
  const layout::Sheet& fitted = book.sheets[0];
  CHECK(layout::page_text_code(fitted.footer) ==
        "&L" + std::string(226, 'x') + "...&CSummary&RPage &P of &N");
  CHECK(layout::excel_length(layout::page_text_code(fitted.footer)) == 255);
  CHECK(layout::page_text_code(fitted.header) == "&L" + repeat("&&", 125) + "...");
  CHECK(warnings == std::vector<std::string>{
                        "Summary: the page header is 402 characters with its codes, more than "
                        "Excel allows (255); its text shortened to fit",
                        "Summary: the page footer is 326 characters with its codes, more than "
                        "Excel allows (255); its text shortened to fit"});
}

TEST_CASE("a drop-down list over 255 characters moves to a hidden sheet of lists",
          "[reports][limits][issue9]") {
  test::TempDir dir;
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Return");
  std::vector<std::string> long_list;
  for (int i = 0; i < 30; ++i) long_list.push_back("Rating " + std::to_string(100 + i));
  sheet.validations.push_back({{1, 8, 40, 8}, long_list, "Choose a rating."});
  sheet.validations.push_back({{1, 9, 40, 9}, {"Good, improving", "Poor"}, "Choose."});
  sheet.validations.push_back({{1, 10, 40, 10}, {"Yes", "No"}, "Choose Yes or No."});
  sheet.validations.push_back({{1, 11, 40, 11}, long_list, "Choose a rating."});
  book.add_sheet("Lists");
  const std::vector<std::string> warnings = write_xlsx(book, dir.file("lists.xlsx"));
  CHECK(warnings.empty());
  const std::string dump = test::dump_xlsx(dir.file("lists.xlsx"));
  CHECK(lines_with(dump, "sheet 3 ") ==
        std::vector<std::string>{"sheet 3 \"Lists (2)\" hidden", "== sheet 3 \"Lists (2)\" =="});
  CHECK(lines_with(dump, "formula1") ==
        std::vector<std::string>{
            "I2:I41: type=list allowBlank=1 showInputMessage=1 showErrorMessage=1 error=\"Choose "
            "a rating.\" formula1=\"'Lists (2)'!$A$1:$A$30\"",
            "J2:J41: type=list allowBlank=1 showInputMessage=1 showErrorMessage=1 "
            "error=Choose. formula1=\"'Lists (2)'!$B$1:$B$2\"",
            "K2:K41: type=list allowBlank=1 showInputMessage=1 showErrorMessage=1 "
            "error=\"Choose Yes or No.\" formula1=\"\\\"Yes,No\\\"\"",
            "L2:L41: type=list allowBlank=1 showInputMessage=1 showErrorMessage=1 error=\"Choose "
            "a rating.\" formula1=\"'Lists (2)'!$A$1:$A$30\""});
  const xlsx::Workbook read = xlsx::read_workbook(dir.file("lists.xlsx"));
  REQUIRE(read.find("Lists (2)") != nullptr);
  CHECK(read.find("Lists (2)")->at(29, 0).text == "Rating 129");
  CHECK(read.find("Lists (2)")->at(0, 1).text == "Good, improving");
}

TEST_CASE("a drop-down message over 255 characters is shortened with a warning",
          "[reports][limits][issue9]") {
  layout::Workbook book;
  book.add_sheet("Return").validations.push_back(
      {{1, 8, 40, 8}, {"Red", "Green"}, "Choose " + std::string(300, 'y') + "."});
  const std::vector<std::string> warnings = fit_excel_limits(book);
  CHECK(book.sheets[0].validations[0].message == "Choose " + std::string(245, 'y') + "...");
  CHECK(warnings == std::vector<std::string>{
                        "Return!I2:I41: the drop-down's message is 308 characters, more than "
                        "Excel allows (255); shortened to 255"});
}

TEST_CASE("sheet names Excel refuses are changed, and the links and charts to them",
          "[reports][limits][issue9]") {
  test::TempDir dir;
  layout::Workbook book;
  const std::string long_name = "Guidance for every point of every standard";
  book.add_sheet("Return").set(0, 0, "Guidance").link = "internal:'" + long_name + "'!A5";
  book.add_sheet(long_name).set(4, 0, "Point 1.1");
  book.add_sheet("Gaps: [open]/closed?");
  book.add_sheet("'Quoted'");
  book.add_sheet("history");
  book.add_sheet("return");
  layout::Chart chart;
  chart.category_sheet = long_name;
  chart.series.push_back({"Met", long_name, 4, 4, 0, "2E75B6"});
  book.sheets[0].charts.push_back(chart);

  const std::vector<std::string> warnings = write_xlsx(book, dir.file("names.xlsx"), "names.xlsx");
  const std::string name = "names.xlsx: sheet name ";
  CHECK(warnings ==
        std::vector<std::string>{
            name + "\"Guidance for every point of every standard\": 42 characters, " +
                "more than Excel allows (31); named \"Guidance for every point of eve\"",
            name + "\"Gaps: [open]/closed?\": Excel does not allow : in a sheet name; " +
                "named \"Gaps- -open--closed-\"",
            name + "\"'Quoted'\": Excel does not allow a sheet name to start or end " +
                "with '; named \"Quoted\"",
            name + "\"history\": Excel keeps that name for itself; named \"history (2)\"",
            name + "\"return\": another sheet has that name (Excel ignores case); " +
                "named \"return (2)\""});
  const std::string dump = test::dump_xlsx(dir.file("names.xlsx"));
  CHECK(lines_with(dump, "location=") ==
        std::vector<std::string>{
            "A1 -> location=\"'Guidance for every point of eve'!A5\" display=Guidance"});
  CHECK(lines_with(dump, "series idx=0") ==
        std::vector<std::string>{"series idx=0 order=0 name=\"Met\" cat='Guidance for every "
                                 "point of eve'!$A$1 val='Guidance for every point of eve'!$A$5 "
                                 "fill=2E75B6"});
}

TEST_CASE("cells beyond a sheet's last row or column are left out with a note",
          "[reports][limits][issue9]") {
  test::TempDir dir;
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Big");
  sheet.set(0, 0, "Title");
  for (int row :
       {layout::kMaxRows - 2, layout::kMaxRows - 1, layout::kMaxRows, layout::kMaxRows + 3}) {
    sheet.set(row, 0, "row " + std::to_string(row + 1));
  }
  sheet.set(2, layout::kMaxCols + 10, "far right");
  sheet.set(3, layout::kMaxCols - 1, "last column");
  sheet.merges.push_back({layout::kMaxRows + 1, 0, layout::kMaxRows + 2, 3});
  sheet.autofilter = layout::Range{0, 0, layout::kMaxRows + 3, 0};
  const std::vector<std::string> warnings = write_xlsx(book, dir.file("big.xlsx"), "big.xlsx");
  CHECK(warnings == std::vector<std::string>{
                        "big.xlsx: Big: 1,048,580 rows, more than a sheet holds (1,048,576); the "
                        "last 3 left out, with a note in A1048576",
                        "big.xlsx: Big: 16,395 columns, more than a sheet holds (16,384); the "
                        "last 2 left out, with a note in XFD3"});
  const xlsx::Workbook read = xlsx::read_workbook(dir.file("big.xlsx"));
  const xlsx::Sheet& big = read.sheets.at(0);
  CHECK(big.at(layout::kMaxRows - 2, 0).text == "row 1048575");
  CHECK(big.at(layout::kMaxRows - 1, 0).text ==
        "... and 3 more rows left out: a sheet holds 1,048,576 rows");
  CHECK(big.at(2, layout::kMaxCols - 1).text ==
        "... and 2 more columns left out: a sheet holds 16,384 columns");
  CHECK(big.at(3, layout::kMaxCols - 1).text.empty());
}

TEST_CASE("a link Excel cannot hold is written as text, a number it cannot hold as a blank",
          "[reports][limits][issue9]") {
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Evidence");
  sheet.set(4, 5, "the policy").link = "https://example.org/" + std::string(300, 'p');
  sheet.set(5, 5, std::nan(""));
  sheet.set(6, 5, HUGE_VAL);
  const std::vector<std::string> warnings = fit_excel_limits(book);
  CHECK(book.sheets[0].cells[0].link.empty());
  CHECK(std::holds_alternative<std::monostate>(book.sheets[0].cells[1].value));
  CHECK(warnings ==
        std::vector<std::string>{
            "Evidence!F5: the link is 320 characters, more than Excel allows (255); written as "
            "text without the link",
            "Evidence!F6: a number Excel cannot hold (not a number); left blank",
            "Evidence!F7: a number Excel cannot hold (infinite); left blank"});
}

TEST_CASE("a workbook within Excel's limits is left exactly as it was", "[reports][limits]") {
  layout::Workbook book;
  layout::Sheet& sheet = book.add_sheet("Return");
  sheet.set_list(1, 1, layout::TextList{{"E1 Policy", "E2 Audit"}, "\n", "items", "", "list"});
  sheet.set(2, 2, std::string(layout::kMaxCellChars, 'z'));
  sheet.footer = {std::string(200, 'x'), "Return", "", true};
  sheet.validations.push_back({{1, 8, 40, 8}, {"Red", "Amber", "Green"}, "Choose."});
  const std::string before = layout::to_text(sheet);
  CHECK(fit_excel_limits(book).empty());
  REQUIRE(book.sheets.size() == 1);
  CHECK(layout::to_text(book.sheets[0]) == before);
  CHECK(book.sheets[0].validations[0].source.empty());
  CHECK(layout::page_text_code(book.sheets[0].footer).size() == 2 + 200 + 8 + 15);
}

TEST_CASE("thousands are separated by commas", "[reports][limits]") {
  CHECK(layout::thousands(0) == "0");
  CHECK(layout::thousands(999) == "999");
  CHECK(layout::thousands(32767) == "32,767");
  CHECK(layout::thousands(1048576) == "1,048,576");
}

}  // namespace
}  // namespace s11
