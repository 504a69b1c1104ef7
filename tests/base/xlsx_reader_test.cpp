#include "base/xlsx_reader.h"

#include <unistd.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/errors.h"
#include "support/zip_writer.h"
#include "test_support.h"

namespace s11::xlsx {
namespace {

const std::string kDataDir = std::string(S11_TEST_DATA_DIR) + "/engine/";

// A file in the temporary directory, removed when the test ends.
class TempFile {
 public:
  explicit TempFile(const std::string& name)
      : path_((std::filesystem::temp_directory_path() / ("s11-" + std::to_string(::getpid()) + "-" +
                                                         std::to_string(++counter_) + "-" + name))
                  .string()) {}
  ~TempFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

  void write(const std::string& content) const {
    std::ofstream out(path_, std::ios::binary);
    out << content;
  }

  // Writes a zip archive holding `parts` (part name -> content).
  void write_zip(const std::map<std::string, std::string>& parts) const {
    test::write_zip_map(path_, parts);
  }

 private:
  static inline int counter_ = 0;
  std::string path_;
};

const char* const kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)";
const char* const kRootRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
const char* const kWorkbook =
    R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char* const kWorkbookRels =
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)";
const char* const kSharedStrings =
    R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>only</t></si></sst>)";

// A minimal one-sheet workbook whose sheet1.xml is `sheet_xml`.
std::map<std::string, std::string> one_sheet_workbook(const std::string& sheet_xml) {
  return {{"[Content_Types].xml", kContentTypes},   {"_rels/.rels", kRootRels},
          {"xl/workbook.xml", kWorkbook},           {"xl/_rels/workbook.xml.rels", kWorkbookRels},
          {"xl/sharedStrings.xml", kSharedStrings}, {"xl/worksheets/sheet1.xml", sheet_xml}};
}

std::string error_text(const std::string& path, const Limits& limits = Limits{}) {
  try {
    read_workbook(path, limits);
  } catch (const InputError& e) {
    return e.what();
  }
  return "(no InputError)";
}

const char* const kSheetStart =
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
const char* const kSheetEnd = "</sheetData></worksheet>";

// A one-sheet workbook whose shared strings are `strings` and whose sheet1.xml holds `rows`.
std::map<std::string, std::string> workbook_with(const std::string& rows,
                                                 const std::vector<std::string>& strings = {}) {
  auto parts = one_sheet_workbook(kSheetStart + rows + kSheetEnd);
  std::string sst = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
  for (const auto& text : strings) sst += "<si><t>" + text + "</t></si>";
  parts["xl/sharedStrings.xml"] = sst + "</sst>";
  return parts;
}

// A row of `count` cells holding the number 1, without references.
std::string filler_row(int count) {
  std::string row = "<row>";
  for (int i = 0; i < count; ++i) row += "<c><v>1</v></c>";
  return row + "</row>";
}

std::string date_of(const Cell& cell, bool date1904) {
  const auto date = from_excel_serial(cell.number, date1904);
  return date ? date->iso() : "(none)";
}

TEST_CASE("xlsx_reader: column_name and cell_name", "[engine]") {
  CHECK(column_name(0) == "A");
  CHECK(column_name(25) == "Z");
  CHECK(column_name(26) == "AA");
  CHECK(column_name(51) == "AZ");
  CHECK(column_name(52) == "BA");
  CHECK(column_name(701) == "ZZ");
  CHECK(column_name(702) == "AAA");
  CHECK(column_name(16383) == "XFD");
  CHECK(cell_name(0, 0) == "A1");
  CHECK(cell_name(0, 25) == "Z1");
  CHECK(cell_name(0, 26) == "AA1");
  CHECK(cell_name(6, 2) == "C7");
  CHECK(cell_name(1048575, 16383) == "XFD1048576");
}

// The same workbook as written by openpyxl and as re-saved by LibreOffice Calc: openpyxl writes
// inline strings and absolute relationship targets, LibreOffice shared strings, relative
// targets and booleans as TRUE()/FALSE() formulas.
TEST_CASE("xlsx_reader: reads openpyxl and LibreOffice workbooks alike", "[engine]") {
  const std::string file =
      GENERATE(as<std::string>{}, "reader-openpyxl.xlsx", "reader-libreoffice.xlsx");
  INFO(file);
  const Workbook workbook = read_workbook(kDataDir + file);
  CHECK(workbook.path == kDataDir + file);
  CHECK_FALSE(workbook.date1904);
  REQUIRE(workbook.sheets.size() == 3);
  CHECK(workbook.sheets[0].name == "Standards");
  CHECK(workbook.sheets[1].name == "Evidence");
  CHECK(workbook.sheets[2].name == "Notes");

  const Sheet& sheet = workbook.sheets[0];
  CHECK(sheet.row_count() == 7);
  CHECK(sheet.column_count() == 5);
  CHECK(sheet.at(0, 0).type == CellType::kString);
  CHECK(sheet.at(0, 0).text == "Standard");
  CHECK(sheet.at(0, 4).text == "Typed date");
  CHECK(sheet.at(1, 0).text == "Senior management commitment");

  const Cell& whole = sheet.at(1, 1);
  CHECK(whole.type == CellType::kNumber);
  CHECK(whole.number == 3);
  CHECK(whole.text == "3");
  CHECK_FALSE(whole.date_format);
  CHECK(display_text(whole) == "3");

  const Cell& decimal = sheet.at(2, 1);
  CHECK(decimal.type == CellType::kNumber);
  CHECK(decimal.number == 2.75);
  CHECK(display_text(decimal) == "2.75");

  CHECK(sheet.at(1, 2).type == CellType::kBoolean);
  CHECK(sheet.at(1, 2).boolean);
  CHECK(sheet.at(1, 2).text == "TRUE");
  CHECK(sheet.at(2, 2).type == CellType::kBoolean);
  CHECK_FALSE(sheet.at(2, 2).boolean);
  CHECK(display_text(sheet.at(2, 2)) == "FALSE");

  const Cell& date = sheet.at(1, 3);
  CHECK(date.type == CellType::kNumber);
  CHECK(date.number == 42094);
  CHECK(date.date_format);
  CHECK(date_of(date, workbook.date1904) == "2015-03-31");

  const Cell& typed_date = sheet.at(1, 4);
  CHECK(typed_date.type == CellType::kString);
  CHECK(typed_date.text == "31/03/2015");
  CHECK_FALSE(typed_date.date_format);
  CHECK(parse_date_text(typed_date.text) == Date{2015, 3, 31});

  CHECK(sheet.at(2, 0).text == "  Caf\u00e9 \u2013 children\u2019s voice  ");

  for (int col = 0; col < 5; ++col) {
    CHECK(sheet.at(3, col).type == CellType::kEmpty);
    CHECK(sheet.at(4, col).type == CellType::kEmpty);
  }
  CHECK(sheet.cells.count({3, 0}) == 0);
  CHECK(sheet.at(5, 0).text == "Total");
  CHECK(sheet.at(6, 0).text == "Rich bold text");

  const Sheet& evidence = workbook.sheets[1];
  CHECK(evidence.at(0, 0).text == "Evidence");
  CHECK(evidence.at(1, 0).text == "Standard");
  CHECK(evidence.at(1, 1).number == -12);
  CHECK(display_text(evidence.at(1, 1)) == "-12");

  const Sheet& notes = workbook.sheets[2];
  CHECK(notes.cells.size() == 1);
  CHECK(notes.at(4, 2).text == "extra sheet");
  CHECK(notes.row_count() == 5);
  CHECK(notes.column_count() == 3);

  CHECK(workbook.find("Evidence") == &workbook.sheets[1]);
  CHECK(workbook.find("notes") == &workbook.sheets[2]);
  CHECK(workbook.find("Note") == nullptr);
}

TEST_CASE("xlsx_reader: a formula's cached value is read when the writer stored one", "[engine]") {
  // openpyxl cannot compute formulas and writes an empty <v/>; LibreOffice stores the result.
  const Workbook openpyxl = read_workbook(kDataDir + "reader-openpyxl.xlsx");
  CHECK(openpyxl.sheets[0].at(5, 1).type == CellType::kEmpty);
  const Workbook libreoffice = read_workbook(kDataDir + "reader-libreoffice.xlsx");
  CHECK(libreoffice.sheets[0].at(5, 1).type == CellType::kNumber);
  CHECK(libreoffice.sheets[0].at(5, 1).number == 5.75);
}

TEST_CASE("xlsx_reader: a LibreOffice workbook with 1904 dates, rich text and errors", "[engine]") {
  const Workbook workbook = read_workbook(kDataDir + "reader-calc.xlsx");
  CHECK(workbook.date1904);
  REQUIRE(workbook.sheets.size() == 1);
  const Sheet& sheet = workbook.sheets[0];
  CHECK(sheet.name == "Calc");
  CHECK(sheet.at(0, 0).text == "Rich bold text");

  const Cell& date = sheet.at(0, 1);
  CHECK(date.number == 40632);
  CHECK(date.date_format);
  CHECK(date_of(date, workbook.date1904) == "2015-03-31");

  CHECK(sheet.at(0, 2).number == 0.5);
  CHECK_FALSE(sheet.at(0, 2).date_format);  // "0.00"
  CHECK(display_text(sheet.at(0, 2)) == "0.5");

  CHECK(sheet.at(1, 0).type == CellType::kError);
  CHECK(sheet.at(1, 0).text == "#DIV/0!");
  CHECK(sheet.at(1, 1).type == CellType::kString);
  CHECK(sheet.at(1, 1).text == "ab");
  CHECK(sheet.at(1, 2).text == "line one\nline two");
}

TEST_CASE("xlsx_reader: column widths as the sheet sets them", "[engine][issue10]") {
  TempFile file("widths.xlsx");
  auto parts = one_sheet_workbook(
      R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
      R"(<x:sheetFormatPr defaultColWidth="11.5"/><x:cols>)"
      R"(<x:col min="1" max="1" width="28"/><x:col min="4" max="5" width="9.140625"/>)"
      R"(<x:col min="0" max="2" width="50"/><x:col min="7" max="6" width="50"/>)"
      R"(<x:col min="8" max="99999" width="-3"/><x:col min="8" max="99999" width="20"/>)"
      R"(</x:cols><x:sheetData/></x:worksheet>)");
  file.write_zip(parts);
  const Workbook book = read_workbook(file.path());
  const Sheet& sheet = book.sheets.at(0);
  CHECK(sheet.column_width(0) == 28);
  CHECK(sheet.column_width(1) == 11.5);  // the sheet's default
  CHECK(sheet.column_width(3) == 9.140625);
  CHECK(sheet.column_width(4) == 9.140625);
  CHECK(sheet.column_width(6) == 11.5);  // min after max: skipped
  CHECK(sheet.column_width(7) == 20);    // a negative width skipped, the range clipped
  CHECK(sheet.column_width(16383) == 20);
  CHECK(sheet.column_widths.size() == 3);
}

TEST_CASE("xlsx_reader: parts as other writers lay them out", "[engine]") {
  TempFile file("quirks.xlsx");
  file.write_zip({
      {"[Content_Types].xml", kContentTypes},
      {"_rels/.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/book/main.xml"/></Relationships>)"},
      {"book/main.xml",
       R"(<?xml version="1.0"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
  <x:workbookPr date1904="1"/>
  <x:sheets>
    <x:sheet name="Chart" sheetId="1" rel:id="rId9"/>
    <x:sheet name="Data" sheetId="2" rel:id="rId1"/>
    <x:sheet name="Empty" sheetId="3" rel:id="rId5"/>
  </x:sheets>
</x:workbook>)"},
      {"book/_rels/main.xml.rels",
       R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/book/sheets/data.xml"/>
  <Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="./sheets/../sheets/empty.xml"/>
  <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="charts/chart1.xml"/>
  <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
  <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
  <Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>)"},
      {"book/strings.xml",
       R"(<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:si><x:t>plain</x:t></x:si>
  <x:si><x:r><x:t xml:space="preserve">Rich </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>run</x:t></x:r><x:rPh sb="0" eb="1"><x:t>PHONETIC</x:t></x:rPh></x:si>
  <x:si><x:t>line_x000D_
two _x005F_x000D_ kept</x:t></x:si>
  <x:si><x:t xml:space="preserve"> </x:t></x:si>
  <x:si><x:t>emoji _xD83D__xDE00_</x:t></x:si>
</x:sst>)"},
      {"book/styles.xml",
       R"xml(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <numFmts>
    <numFmt numFmtId="164" formatCode="0.00"/>
    <numFmt numFmtId="165" formatCode="&quot;Day &quot;0"/>
    <numFmt numFmtId="166" formatCode="[h]:mm"/>
    <numFmt numFmtId="167" formatCode="[$-809]dd mmmm yyyy;@"/>
    <numFmt numFmtId="168" formatCode="#,##0_);[Red]\(#,##0\)"/>
    <numFmt numFmtId="169" formatCode="General"/>
  </numFmts>
  <cellXfs>
    <xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/>
    <xf numFmtId="166"/><xf numFmtId="167"/><xf numFmtId="168"/><xf numFmtId="169"/>
    <xf numFmtId="22"/><xf numFmtId="2"/>
  </cellXfs>
</styleSheet>)xml"},
      {"book/sheets/data.xml",
       R"(<?xml version="1.0"?>
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <x:sheetData>
    <x:row>
      <x:c t="s"><x:v>0</x:v></x:c>
      <x:c t="s"><x:v>1</x:v></x:c>
      <x:c t="s"><x:v>2</x:v></x:c>
      <x:c t="s"><x:v>3</x:v></x:c>
      <x:c t="s"><x:v>4</x:v></x:c>
    </x:row>
    <x:row>
      <x:c s="1"><x:v>0</x:v></x:c>
      <x:c s="2"><x:v>1.5</x:v></x:c>
      <x:c s="3"><x:v>2</x:v></x:c>
      <x:c s="4"><x:v>0.25</x:v></x:c>
      <x:c s="5"><x:v>40632</x:v></x:c>
      <x:c s="6"><x:v>3</x:v></x:c>
      <x:c s="7"><x:v>4</x:v></x:c>
      <x:c s="8"><x:v>5</x:v></x:c>
      <x:c s="9"><x:v>6</x:v></x:c>
      <x:c s="99"><x:v>7</x:v></x:c>
    </x:row>
    <x:row r="5">
      <x:c r="B5" t="str"><x:f>"x"&amp;"y"</x:f><x:v>xy</x:v></x:c>
      <x:c t="e"><x:v>#N/A</x:v></x:c>
      <x:c t="d"><x:v>2015-03-31T00:00:00</x:v></x:c>
      <x:c t="inlineStr"><x:is><x:r><x:t>in</x:t></x:r><x:r><x:t xml:space="preserve">line </x:t></x:r></x:is></x:c>
      <x:c t="b"><x:v>0</x:v></x:c>
      <x:c s="1"/>
      <x:c t="str"><x:v></x:v></x:c>
      <x:c><x:v>1E-3</x:v></x:c>
    </x:row>
    <x:row>
      <x:c r="C6"><x:v>0.30000000000000004</x:v></x:c>
    </x:row>
  </x:sheetData>
</x:worksheet>)"},
      {"book/sheets/empty.xml",
       R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>)"},
  });

  const Workbook workbook = read_workbook(file.path());
  CHECK(workbook.date1904);
  REQUIRE(workbook.sheets.size() == 2);  // the chart sheet is skipped, unread
  CHECK(workbook.sheets[0].name == "Data");
  CHECK(workbook.sheets[1].name == "Empty");
  CHECK(workbook.sheets[1].cells.empty());
  CHECK(workbook.sheets[1].row_count() == 0);
  CHECK(workbook.sheets[1].column_count() == 0);

  const Sheet& sheet = workbook.sheets[0];
  CHECK(sheet.at(0, 0).text == "plain");
  CHECK(sheet.at(0, 1).text == "Rich run");
  CHECK(sheet.at(0, 2).text == "line\r\ntwo _x000D_ kept");
  CHECK(sheet.at(0, 3).text == " ");
  CHECK(sheet.at(0, 4).text == "emoji \xF0\x9F\x98\x80");

  CHECK(sheet.at(1, 0).date_format);  // builtin 14
  CHECK(date_of(sheet.at(1, 0), true) == "1904-01-01");
  CHECK_FALSE(sheet.at(1, 1).date_format);  // 0.00
  CHECK_FALSE(sheet.at(1, 2).date_format);  // "Day "0
  CHECK(sheet.at(1, 3).date_format);        // [h]:mm
  CHECK(sheet.at(1, 4).date_format);        // [$-809]dd mmmm yyyy;@
  CHECK(date_of(sheet.at(1, 4), true) == "2015-03-31");
  CHECK_FALSE(sheet.at(1, 5).date_format);  // #,##0_);[Red]\(#,##0\)
  CHECK_FALSE(sheet.at(1, 6).date_format);  // General
  CHECK(sheet.at(1, 7).date_format);        // builtin 22
  CHECK_FALSE(sheet.at(1, 8).date_format);  // builtin 2
  CHECK_FALSE(sheet.at(1, 9).date_format);  // no such style
  CHECK(sheet.at(1, 9).number == 7);

  CHECK(sheet.at(4, 0).type == CellType::kEmpty);
  CHECK(sheet.at(4, 1).type == CellType::kString);
  CHECK(sheet.at(4, 1).text == "xy");
  CHECK(sheet.at(4, 2).type == CellType::kError);
  CHECK(display_text(sheet.at(4, 2)) == "#N/A");
  CHECK(sheet.at(4, 3).type == CellType::kDate);
  CHECK(sheet.at(4, 3).text == "2015-03-31T00:00:00");
  CHECK(sheet.at(4, 4).text == "inline ");
  CHECK(sheet.at(4, 5).type == CellType::kBoolean);
  CHECK_FALSE(sheet.at(4, 5).boolean);
  CHECK(sheet.cells.count({4, 6}) == 0);  // styled but blank
  CHECK(sheet.cells.count({4, 7}) == 0);  // empty formula string
  CHECK(sheet.at(4, 8).number == 0.001);
  CHECK(sheet.at(4, 8).text == "1E-3");
  CHECK(display_text(sheet.at(4, 8)) == "0.001");

  CHECK(sheet.at(5, 2).number == 0.30000000000000004);
  CHECK(display_text(sheet.at(5, 2)) == "0.3");
  CHECK(sheet.row_count() == 6);
  CHECK(sheet.column_count() == 10);
}

TEST_CASE("xlsx_reader: display_text", "[engine]") {
  Cell cell;
  CHECK(display_text(cell) == "");
  cell.type = CellType::kNumber;
  cell.number = 42094;
  CHECK(display_text(cell) == "42094");
  cell.number = -0.0;
  CHECK(display_text(cell) == "0");
  cell.number = 123456789012345.0;
  CHECK(display_text(cell) == "123456789012345");
  cell.number = 0.1;
  CHECK(display_text(cell) == "0.1");
  cell.type = CellType::kBoolean;
  cell.boolean = true;
  CHECK(display_text(cell) == "TRUE");
  cell.type = CellType::kString;
  cell.text = " as is ";
  CHECK(display_text(cell) == " as is ");
}

TEST_CASE("xlsx_reader: a file that is not a zip archive", "[engine]") {
  TempFile file("hello.xlsx");
  file.write("hello");
  CHECK(error_text(file.path()) ==
        file.path() +
            ": not an .xlsx workbook (not a zip archive); save it as Excel Workbook (.xlsx)");
}

TEST_CASE("xlsx_reader: a zip archive that is not a workbook", "[engine]") {
  TempFile file("other.xlsx");
  file.write_zip({{"readme.txt", "hello"}});
  CHECK(error_text(file.path()) ==
        file.path() +
            ": not an .xlsx workbook (no xl/workbook.xml); save it as Excel Workbook (.xlsx)");
}

TEST_CASE("xlsx_reader: a missing or unreadable file is an IoError", "[engine]") {
  const std::string missing = kDataDir + "no-such-workbook.xlsx";
  CHECK_THROWS_MATCHES(
      read_workbook(missing), IoError,
      Catch::Matchers::Message(missing + ": cannot open (No such file or directory)"));
  CHECK_THROWS_MATCHES(read_workbook(kDataDir), IoError,
                       Catch::Matchers::Message(kDataDir + ": cannot open (Is a directory)"));
}

TEST_CASE("xlsx_reader: malformed XML reports the part and line", "[engine]") {
  TempFile file("malformed.xlsx");
  file.write_zip(one_sheet_workbook(
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n"
      "<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</sheetData></worksheet>"));
  CHECK(error_text(file.path()) ==
        file.path() +
            ": not an .xlsx workbook (xl/worksheets/sheet1.xml:4: Start-end tags mismatch); save "
            "it as Excel Workbook (.xlsx)");
}

TEST_CASE("xlsx_reader: bad cell contents name the cell", "[engine]") {
  TempFile file("bad-cells.xlsx");
  SECTION("shared string out of range") {
    file.write_zip(one_sheet_workbook(
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="3"><c r="B3" t="s"><v>5</v></c></row></sheetData></worksheet>)"));
    CHECK(error_text(file.path()) ==
          file.path() + ": Sheet1!B3: shared string 5 does not exist (the workbook has 1)");
  }
  SECTION("number that is not a number") {
    file.write_zip(one_sheet_workbook(
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c/><c><v>12abc</v></c></row></sheetData></worksheet>)"));
    CHECK(error_text(file.path()) == file.path() + ": Sheet1!B1: '12abc' is not a number");
  }
  SECTION("bad cell reference") {
    file.write_zip(one_sheet_workbook(
        R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>)"));
    CHECK(error_text(file.path()) ==
          file.path() +
              ": Sheet1: a cell at XFE1, beyond Excel's last column (XFD); save the "
              "workbook again from Excel or LibreOffice Calc");
  }
}

// Issue 9: hostile inputs. Each must fail with its own message, fast, within the limits.

constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;

// libzip checks each part's CRC but not its declared size: the part is read as it is.
TEST_CASE("a 1.4 KB workbook declaring a 3.9 GB part is read without allocating it",
          "[engine][issue9]") {
  const std::string file = GENERATE(as<std::string>{}, "hostile-declared-size.xlsx",
                                    "hostile-zip64-size.xlsx");  // a zip64 claim of 100 GiB
  INFO(file);
  const Workbook workbook = read_workbook(kDataDir + file);
  REQUIRE(workbook.sheets.size() == 1);
  CHECK(workbook.sheets[0].cells.size() == 1);
  CHECK(workbook.sheets[0].at(0, 0).text == "small");
}

TEST_CASE("a part inflating beyond the part limit is refused, naming the part",
          "[engine][issue9]") {
  TempFile file("big-part.xlsx");
  // 100 x 1000 cells of 15 bytes: about 1.5 MB of sheet XML.
  std::string rows;
  for (int i = 0; i < 100; ++i) rows += filler_row(1000);
  file.write_zip(workbook_with(rows));
  Limits limits;
  limits.part_bytes = kMiB;
  CHECK(error_text(file.path(), limits) ==
        file.path() +
            ": part xl/worksheets/sheet1.xml inflates beyond 1 MB; this is not a "
            "workbook s11 can read (a real return is a few MB)");
  limits.part_bytes = 2 * kMiB;
  const Workbook workbook = read_workbook(file.path(), limits);
  CHECK(workbook.sheets[0].cells.size() == 100000);
  limits.part_bytes = 1000;
  CHECK(error_text(file.path(), limits) ==
        file.path() +
            ": part xl/worksheets/sheet1.xml inflates beyond 1000 bytes; this is not a "
            "workbook s11 can read (a real return is a few MB)");
}

TEST_CASE("parts inflating beyond the total limit together are refused", "[engine][issue9]") {
  TempFile file("big-total.xlsx");
  std::string rows;
  for (int i = 0; i < 40; ++i) rows += filler_row(1000);
  auto parts = workbook_with(rows);  // about 600 KB
  parts["xl/workbook.xml"] =
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="One" sheetId="1" r:id="rId1"/><sheet name="Two" sheetId="2" r:id="rId3"/></sheets></workbook>)";
  parts["xl/_rels/workbook.xml.rels"] =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>)";
  parts["xl/worksheets/sheet2.xml"] = parts["xl/worksheets/sheet1.xml"];
  file.write_zip(parts);
  Limits limits;
  limits.total_bytes = kMiB;
  CHECK(error_text(file.path(), limits) ==
        file.path() +
            ": the parts s11 reads inflate beyond 1 MB together (reached in part "
            "xl/worksheets/sheet2.xml); this is not a workbook s11 can read (a real "
            "return is a few MB)");
  limits.total_bytes = 2 * kMiB;
  CHECK(read_workbook(file.path(), limits).sheets.size() == 2);
}

// A sheet of `bytes` spaces inside the sheet data: deflates about 1000 times, like a zip bomb.
std::string bomb_sheet(std::size_t bytes) {
  return kSheetStart + std::string(bytes, ' ') + "<row><c><v>1</v></c></row>" + kSheetEnd;
}

TEST_CASE("a zip bomb is refused by its compression ratio as it inflates", "[engine][issue9]") {
  TempFile file("bomb.xlsx");
  auto parts = one_sheet_workbook(bomb_sheet(std::size_t{24} << 20));
  file.write_zip(parts);
  CHECK(error_text(file.path()) ==
        file.path() +
            ": part xl/worksheets/sheet1.xml inflates to more than 400 times its "
            "compressed size (a zip bomb?); this is not a workbook s11 can read (real "
            "workbooks inflate 10 to 30 times)");

  // The check is made while inflating: damage after the first 8 MB is never reached. (The
  // sheet is the last entry, so its data ends where the central directory starts.)
  std::string bytes = test::slurp(file.path());
  const std::size_t end_record = bytes.rfind("PK\x05\x06");
  REQUIRE(end_record != std::string::npos);
  std::uint32_t directory = 0;
  std::memcpy(&directory, bytes.data() + end_record + 16, 4);
  REQUIRE(directory > 2000);
  for (std::size_t i = directory - 1000; i < directory - 10; ++i) bytes[i] = '\xFF';
  file.write(bytes);
  CHECK(error_text(file.path()).find("inflates to more than 400 times") != std::string::npos);
  Limits limits;
  limits.ratio = 2000;  // Now it is read to the damage.
  CHECK(error_text(file.path(), limits).find("cannot read xl/worksheets/sheet1.xml") !=
        std::string::npos);
}

// The ratio is that of the compressed bytes inflated so far: incompressible data after the
// bomb does not hide it (the whole part's ratio here is about 10).
TEST_CASE("a zip bomb padded with incompressible data is refused as it inflates",
          "[engine][issue9]") {
  TempFile file("padded-bomb.xlsx");
  std::string padding = "<!--";
  std::uint32_t state = 12345;
  for (int i = 0; i < (2 << 20); ++i) {
    state = state * 1103515245 + 12345;
    padding += static_cast<char>('a' + (state >> 16) % 26);
  }
  padding += "-->";
  file.write_zip(one_sheet_workbook(kSheetStart + std::string(std::size_t{16} << 20, ' ') +
                                    padding + kSheetEnd));
  CHECK(error_text(file.path()) ==
        file.path() +
            ": part xl/worksheets/sheet1.xml inflates to more than 400 times its "
            "compressed size (a zip bomb?); this is not a workbook s11 can read (real "
            "workbooks inflate 10 to 30 times)");
}

TEST_CASE("the ratio limit leaves small parts that compress well alone", "[engine][issue9]") {
  TempFile file("small-bomb.xlsx");
  file.write_zip(one_sheet_workbook(bomb_sheet(std::size_t{4} << 20)));
  const Workbook workbook = read_workbook(file.path());
  CHECK(workbook.sheets[0].at(0, 0).number == 1);
  Limits limits;
  limits.ratio_from_bytes = kMiB;
  CHECK(error_text(file.path(), limits).find("inflates to more than 400 times") !=
        std::string::npos);
}

TEST_CASE("duplicate zip entry names are refused", "[engine][issue9]") {
  const std::string path = kDataDir + "hostile-duplicate-part.xlsx";
  CHECK(error_text(path) == path +
                                ": the workbook holds two parts named "
                                "xl/worksheets/sheet1.xml; it is damaged: open it in Excel or "
                                "LibreOffice and save it again");
}

TEST_CASE("a parse error is located from the bytes read once, whatever the parse rewrote",
          "[engine][issue9]") {
  TempFile file("late-error.xlsx");
  // Newlines inside tags, attribute values and decoded text, which an in-place parse turns into
  // terminators and spaces, and more than one chunk of rows before the error.
  std::string rows =
      "<row\nr=\"1\"><c\nr=\"A1\" t=\"inlineStr\"><is><t>a &amp;\nb</t></is></c></row>\n";
  for (int i = 0; i < 30000; ++i) rows += "<row><c t=\"str\" x=\"\n\"><v>x</v></c></row>\n";
  rows += "<row><c></row>";
  file.write_zip(workbook_with(rows));
  CHECK(error_text(file.path()) ==
        file.path() +
            ": not an .xlsx workbook (xl/worksheets/sheet1.xml:60005: Start-end tags "
            "mismatch); save it as Excel Workbook (.xlsx)");
}

TEST_CASE("invalid UTF-8 in a workbook is reported at each cell, all at once", "[engine][issue9]") {
  TempFile file("latin1.xlsx");
  auto parts = workbook_with(
      R"(<row r="7"><c r="B7" t="s"><v>0</v></c><c r="C7" t="s"><v>1</v></c><c r="D7" t="s"><v>1</v></c></row>)"
      R"(<row r="8"><c r="A8" t="inlineStr"><is><t>na)"
      "\xEFve"
      R"(</t></is></c><c r="B8" t="str"><v>)"
      "\xC3\xA9t\xC3"
      R"(</v></c><c r="C8" t="e"><v>#N/A)"
      "\x80"
      R"(</v></c><c r="D8"><v>1)"
      "\xE9"
      R"(</v></c></row>)",
      {"fine",
       "Caf\xC3\xA9 d\xE9"
       "but",
       "unused \xFF", "last \xF0\x9F\x98"});
  parts["xl/workbook.xml"] =
      R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Evid)"
      "\xE9"
      R"(nce" sheetId="1" r:id="rId1"/></sheets></workbook>)";
  file.write_zip(parts);
  const std::string retype =
      "); retype it in Excel or LibreOffice Calc and save the workbook again";
  const std::string again = "; save the workbook again from Excel or LibreOffice Calc";
  CHECK(error_text(file.path()) ==
        file.path() +
            ": sheet 1: its name is not valid UTF-8 (byte 0xE9 at character 5); rename the sheet "
            "in Excel or LibreOffice Calc and save the workbook again\n" +
            file.path() +
            ": Evid\xEF\xBF\xBDnce!C7: the text is not valid UTF-8 (byte 0xE9 at character 7" +
            retype + "\n" + file.path() +
            ": Evid\xEF\xBF\xBDnce!A8: the text is not valid UTF-8 (byte 0xEF at character 3" +
            retype + "\n" + file.path() +
            ": Evid\xEF\xBF\xBDnce!B8: the text is not valid UTF-8 (byte 0xC3 at character 3" +
            retype + "\n" + file.path() +
            ": Evid\xEF\xBF\xBDnce!C8: the text is not valid UTF-8 (byte 0x80 at character 5" +
            retype + "\n" + file.path() +
            ": Evid\xEF\xBF\xBDnce!D8: '1\xEF\xBF\xBD' is not a number\n" + file.path() +
            ": xl/sharedStrings.xml: shared string 2, which no cell shows, is not valid UTF-8 "
            "(byte 0xFF at character 8)" +
            again + "\n" + file.path() +
            ": xl/sharedStrings.xml: shared string 3, which no cell shows, is not valid UTF-8 "
            "(byte 0xF0 at character 6)" +
            again);
}

TEST_CASE("invalid UTF-8 written as a character reference is caught too", "[engine][issue9]") {
  TempFile file("surrogate.xlsx");
  file.write_zip(workbook_with(
      R"(<row><c t="inlineStr"><is><t>&#xD800;</t></is></c><c t="inlineStr"><is><t>_xD83D_ alone</t></is></c></row>)"));
  CHECK(error_text(file.path()) ==
        file.path() +
            ": Sheet1!A1: the text is not valid UTF-8 (byte 0xED at character 1); retype it in "
            "Excel or LibreOffice Calc and save the workbook again");
}

TEST_CASE("an unpaired surrogate escape is kept as written", "[engine][issue9]") {
  TempFile file("escape.xlsx");
  file.write_zip(workbook_with(
      R"(<row><c t="inlineStr"><is><t>_xD83D_ alone, _xDE00_ too, _xD83D__xD83D__xDE00_</t></is></c></row>)"));
  CHECK(read_workbook(file.path()).sheets[0].at(0, 0).text ==
        "_xD83D_ alone, _xDE00_ too, _xD83D_\xF0\x9F\x98\x80");
}

TEST_CASE("other kinds of file renamed .xlsx say what they are", "[engine][issue9]") {
  SECTION("an Excel 97-2003 workbook (an OLE container, as a password-protected .xlsx is)") {
    const std::string path = kDataDir + "hostile-xls.xlsx";
    CHECK(error_text(path) ==
          path +
              ": this is an Excel 97-2003 workbook (.xls) or a password-protected workbook, "
              "not an .xlsx; remove the password or save it as Excel Workbook (.xlsx)");
  }
  SECTION("an OpenDocument spreadsheet") {
    const std::string path = kDataDir + "hostile-ods.xlsx";
    CHECK(error_text(path) == path +
                                  ": this is an OpenDocument spreadsheet (.ods), not an .xlsx; "
                                  "save it as Excel Workbook (.xlsx)");
  }
  SECTION("an OpenDocument text document") {
    TempFile file("text.xlsx");
    file.write_zip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                    {"content.xml", "<office:document-content/>"}});
    CHECK(error_text(file.path()) ==
          file.path() +
              ": this is an OpenDocument document that is not a spreadsheet, not an "
              ".xlsx workbook; s11 reads workbooks saved as Excel Workbook (.xlsx)");
  }
  SECTION("an empty file") {
    TempFile file("empty.xlsx");
    file.write("");
    CHECK(error_text(file.path()) ==
          file.path() +
              ": the file is empty (0 bytes), not an .xlsx workbook; copy it again, or "
              "save it again as Excel Workbook (.xlsx)");
  }
  SECTION("an Excel Binary Workbook") {
    TempFile file("binary.xlsx");
    file.write_zip(
        {{"_rels/.rels",
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>)"},
         {"xl/workbook.bin", "\x83\x01\x00"}});
    CHECK(error_text(file.path()) ==
          file.path() +
              ": this is an Excel Binary Workbook (.xlsb), not an .xlsx; save it as "
              "Excel Workbook (.xlsx)");
  }
}

TEST_CASE("a stray cell at XFD1048576 costs one cell", "[engine][issue9]") {
  TempFile file("sparse.xlsx");
  file.write_zip(workbook_with(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row><row r="1048576"><c r="XFD1048576"><v>9</v></c></row>)",
      {"Point"}));
  const Workbook workbook = read_workbook(file.path());
  const Sheet& sheet = workbook.sheets[0];
  CHECK(sheet.cells.size() == 3);
  CHECK(sheet.row_count() == 1048576);
  CHECK(sheet.column_count() == 16384);
  CHECK(sheet.at(1048575, 16383).number == 9);
  std::vector<int> columns;
  for (const auto& [position, cell] : sheet.row_cells(0)) columns.push_back(position.second);
  CHECK(columns == std::vector<int>{0, 2});
  CHECK(sheet.row_cells(1).empty());
  CHECK(sheet.row_cells(1048575).begin()->second.number == 9);
  CHECK(sheet.row_cells(-1).empty());
}

TEST_CASE("cells beyond Excel's last row or column are refused, located", "[engine][issue9]") {
  TempFile file("beyond.xlsx");
  const std::string again = "; save the workbook again from Excel or LibreOffice Calc";
  SECTION("references") {
    file.write_zip(workbook_with(
        R"(<row r="2"><c r="A1048577"><v>1</v></c></row><row r="3"><c r="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA3"><v>1</v></c></row><row r="4"><c r="4A"><v>1</v></c></row><row r="5"><c r="B5"><v>1</v></c><c><v>2</v></c></row>)"));
    CHECK(
        error_text(file.path()) ==
        file.path() + ": Sheet1: a cell at A1048577, beyond Excel's last row (1048576)" + again +
            "\n" + file.path() +
            ": Sheet1: a cell at AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA..., beyond Excel's last "
            "column (XFD)" +
            again + "\n" + file.path() +
            ": Sheet1: a cell at '4A', which is not a cell reference (in "
            "xl/worksheets/sheet1.xml)" +
            again);
  }
  SECTION("rows and cells without references") {
    file.write_zip(
        workbook_with(filler_row(16385) + R"(<row r="1048576"/><row><c><v>1</v></c></row>)"));
    CHECK(error_text(file.path()) ==
          file.path() + ": Sheet1: row 1 has cells beyond Excel's last column (XFD)" + again +
              "\n" + file.path() + ": Sheet1: rows beyond Excel's last row (1048576)" + again);
  }
  SECTION("a row number beyond any int") {
    file.write_zip(workbook_with(R"(<row r="99999999999999"><c><v>1</v></c></row><row/>)"));
    CHECK(error_text(file.path()) ==
          file.path() + ": Sheet1: rows beyond Excel's last row (1048576)" + again);
  }
}

TEST_CASE("a huge list of cell problems is cut, then counted", "[engine][issue9]") {
  TempFile file("many.xlsx");
  std::string row = "<row>";
  for (int i = 0; i < 60; ++i) row += "<c><v>x</v></c>";
  file.write_zip(workbook_with(row + "</row>"));
  const std::string text = error_text(file.path());
  CHECK(text.find(file.path() + ": Sheet1!AX1: 'x' is not a number\n" + file.path() +
                  ": ... and 10 more problems in this workbook") != std::string::npos);
}

TEST_CASE("a declared shared string count is not trusted", "[engine][issue9]") {
  TempFile file("count.xlsx");
  auto parts = workbook_with(R"(<row><c t="s"><v>0</v></c></row>)");
  parts["xl/sharedStrings.xml"] =
      R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="4000000000"><si><t>one</t></si></sst>)";
  file.write_zip(parts);
  CHECK(read_workbook(file.path()).sheets[0].at(0, 0).text == "one");
}

TEST_CASE("xlsx_reader: the default limits", "[engine]") {
  const Limits limits;
  CHECK(limits.part_bytes == 256 * kMiB);
  CHECK(limits.total_bytes == 1024 * kMiB);
  CHECK(limits.ratio == 400);
  CHECK(limits.ratio_from_bytes == 8 * kMiB);
}

}  // namespace
}  // namespace s11::xlsx
