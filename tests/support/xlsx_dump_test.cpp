// The xlsx dump sees what the golden files rely on: a workbook written here with libxlsxwriter
// and a hand-made package with the unusual and the broken.

#include "support/xlsx_dump.h"

#include <xlsxwriter.h>
#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "support/zip_writer.h"
#include "test_support.h"

namespace s11 {
namespace {

/// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

/// Whether `dump` has `line` exactly as one of its lines.
bool has_line(const std::string& dump, const std::string& line) {
  for (const auto& l : lines_of(dump)) {
    if (l == line) return true;
  }
  return false;
}

/// Writes a small workbook showing one of each thing the dump describes to `path`.
void write_fixture(const std::string& path) {
  lxw_workbook* book = workbook_new(path.c_str());
  REQUIRE(book != nullptr);
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>("Dump fixture");
  properties.company = const_cast<char*>("Wychwood District Council");
  properties.created = 1448841600;  // 30 November 2015, midnight UTC
  workbook_set_properties(book, &properties);

  lxw_format* title = workbook_add_format(book);
  format_set_bold(title);
  format_set_font_size(title, 14);
  format_set_align(title, LXW_ALIGN_CENTER);
  lxw_format* green = workbook_add_format(book);
  format_set_pattern(green, LXW_PATTERN_SOLID);
  format_set_bg_color(green, 0x00B050);
  format_set_font_color(green, LXW_COLOR_WHITE);
  format_set_border(green, LXW_BORDER_THIN);
  lxw_format* percent = workbook_add_format(book);
  format_set_num_format(percent, "0.0%");
  format_set_unlocked(percent);
  lxw_format* date = workbook_add_format(book);
  format_set_num_format(date, "d mmmm yyyy");
  lxw_format* wrap = workbook_add_format(book);
  format_set_text_wrap(wrap);
  format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
  format_set_indent(wrap, 2);
  format_set_italic(wrap);
  lxw_format* red = workbook_add_format(book);
  format_set_bg_color(red, 0xFF0000);

  lxw_worksheet* sheet = workbook_add_worksheet(book, "Fixture");
  worksheet_set_column(sheet, 0, 0, 20, nullptr);
  lxw_row_col_options hidden{};
  hidden.hidden = 1;
  worksheet_set_column_opt(sheet, 3, 3, 8, nullptr, &hidden);
  worksheet_set_row(sheet, 0, 30, nullptr);
  worksheet_set_row(sheet, 4, 45, nullptr);
  worksheet_merge_range(sheet, 0, 0, 0, 2, "Fixture title", title);
  worksheet_write_string(sheet, 1, 0, "Green", green);
  worksheet_write_number(sheet, 1, 1, 0.875, percent);
  lxw_datetime day{2015, 11, 30, 0, 0, 0.0};
  worksheet_write_datetime(sheet, 1, 2, &day, date);
  worksheet_write_formula_num(sheet, 2, 1, "=B2*2", nullptr, 1.75);
  worksheet_write_boolean(sheet, 2, 2, 1, nullptr);
  worksheet_write_url(sheet, 3, 0, "https://example.org/section11", nullptr);
  worksheet_write_string(sheet, 4, 0, "Line one\nline two", wrap);
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_rich_string_tuple bold_part{bold, const_cast<char*>("Rich")};
  lxw_rich_string_tuple plain_part{nullptr, const_cast<char*>(" text")};
  lxw_rich_string_tuple* rich[] = {&bold_part, &plain_part, nullptr};
  worksheet_write_rich_string(sheet, 5, 0, rich, nullptr);
  lxw_comment_options comment{};
  comment.author = const_cast<char*>("Safeguarding Board");
  worksheet_write_comment_opt(sheet, 1, 0, const_cast<char*>("Rated by the board"), &comment);

  const char* statuses[] = {"Met", "Not met", nullptr};
  lxw_data_validation validation{};
  validation.validate = LXW_VALIDATION_TYPE_LIST;
  validation.value_list = const_cast<char**>(statuses);
  validation.error_message = const_cast<char*>("Choose Met or Not met.");
  worksheet_data_validation_range(sheet, 6, 0, 9, 0, &validation);
  lxw_conditional_format rule{};
  rule.type = LXW_CONDITIONAL_TYPE_CELL;
  rule.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
  rule.value = 0.5;
  rule.format = red;
  worksheet_conditional_format_cell(sheet, 1, 1, &rule);

  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_autofilter(sheet, 0, 0, 5, 2);
  worksheet_set_landscape(sheet);
  worksheet_set_paper(sheet, 9);
  worksheet_fit_to_pages(sheet, 1, 0);
  worksheet_set_footer(sheet, "&CPage &P of &N");
  worksheet_repeat_rows(sheet, 0, 0);
  lxw_row_t breaks[] = {20, 0};
  worksheet_set_h_pagebreaks(sheet, breaks);
  worksheet_set_tab_color(sheet, 0x1F4E78);
  lxw_protection protection{};
  protection.format_rows = 1;
  worksheet_protect(sheet, nullptr, &protection);

  lxw_chart* chart = workbook_add_chart(book, LXW_CHART_COLUMN);
  chart_title_set_name(chart, "Met by standard");
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  chart_series_set_categories(series, "Fixture", 1, 0, 2, 0);
  chart_series_set_values(series, "Fixture", 1, 1, 2, 1);
  chart_series_set_name(series, "% met");
  lxw_chart_fill fill{};
  fill.color = 0x2E75B6;
  chart_series_set_fill(series, &fill);
  chart_axis_set_num_format(chart->y_axis, "0%");
  worksheet_insert_chart(sheet, 11, 1, chart);

  lxw_worksheet* second = workbook_add_worksheet(book, "Hidden one");
  worksheet_write_number(second, 0, 0, 42, nullptr);
  worksheet_hide(second);
  REQUIRE(workbook_close(book) == LXW_NO_ERROR);
}

using test::write_zip;

}  // namespace

TEST_CASE("the xlsx dump shows sheets, widths, heights, cells and their styles", "[golden]") {
  test::TempDir dir;
  write_fixture(dir.file("fixture.xlsx"));
  const std::string dump = test::dump_xlsx(dir.file("fixture.xlsx"));
  INFO(dump);

  // The workbook: the sheets in order with their state, names, properties.
  CHECK(has_line(dump, "  sheet 1 \"Fixture\" visible"));
  CHECK(has_line(dump, "  sheet 2 \"Hidden one\" hidden"));
  CHECK(has_line(dump, "  defined name _xlnm.Print_Titles (sheet \"Fixture\") = Fixture!$1:$1"));
  CHECK(has_line(dump, "  title: \"Dump fixture\""));
  CHECK(has_line(dump, "  created: \"2015-11-30T00:00:00Z\""));
  CHECK(has_line(dump, "  Company: \"Wychwood District Council\""));
  CHECK(has_line(dump, "  xl/comments1.xml"));  // the sorted part list

  // Columns, custom row heights, merged ranges.
  CHECK(has_line(dump, "    A width=20.7109375 customWidth=1"));
  CHECK(has_line(dump, "    D width=8.7109375 hidden=1 customWidth=1"));
  CHECK(has_line(dump, "    1 ht=30 customHeight=1"));
  CHECK(has_line(dump, "    5 ht=45 customHeight=1"));
  CHECK(has_line(dump, "  merged:"));
  CHECK(has_line(dump, "    A1:C1"));

  // Each cell with its value and resolved style on one line.
  CHECK(has_line(dump, "    A1 [s] \"Fixture title\"  {font: b sz=14; align: h=center}"));
  CHECK(has_line(dump, "    B1:C1 [blank]  {font: b sz=14; align: h=center}"));
  CHECK(has_line(dump,
                 "    A2 [s] \"Green\"  {font: color=FFFFFFFF; fill: solid fg=FF00B050 "
                 "bg=indexed64; border: thin auto}"));
  CHECK(has_line(dump, "    B2 [n] 0.875  {fmt=\"0.0%\"; protection: unlocked}"));
  CHECK(has_line(dump, "    C2 [n] 42338 (2015-11-30)  {fmt=\"d mmmm yyyy\"}"));
  CHECK(has_line(dump, "    B3 [n] =B2*2 -> 1.75"));
  CHECK(has_line(dump, "    C3 [b] TRUE"));
  CHECK(has_line(
      dump, "    A5 [s] \"Line one\\nline two\"  {font: i; align: h=left v=top indent=2 wrap}"));
  CHECK(has_line(dump, "    A6 [s rich] \"Rich text\""));

  // What else a reader of the sheet meets.
  CHECK(has_line(dump, "    A4 -> \"https://example.org/section11\" (external)"));
  CHECK(has_line(dump,
                 "    A7:A10: type=list allowBlank=1 showInputMessage=1 "
                 "showErrorMessage=1 error=\"Choose Met or Not met.\" "
                 "formula1=\"\\\"Met,Not met\\\"\""));
  CHECK(has_line(dump,
                 "    B2: type=cellIs priority=1 operator=lessThan formula=\"0.5\" "
                 "style={fill: bg=FFFF0000}"));
  CHECK(has_line(dump, "    tab colour: FF1F4E78"));
  CHECK(has_line(dump, "    pane: ySplit=1 topLeftCell=A2 activePane=bottomLeft state=frozen"));
  CHECK(has_line(dump, "    autofilter: ref=A1:C6"));
  CHECK(has_line(dump, "    sheetProtection: sheet=1 objects=1 scenarios=1 formatRows=0"));
  CHECK(has_line(dump, "    A2 (Safeguarding Board): \"Rated by the board\""));

  // Print set-up.
  CHECK(has_line(dump, "    pageSetUpPr: fitToPage=1"));
  CHECK(has_line(dump, "    pageSetup: paperSize=9 fitToHeight=0 orientation=landscape"));
  CHECK(has_line(dump, "    oddFooter: \"&CPage &P of &N\""));
  CHECK(has_line(dump, "      brk id=20 max=16383 man=1"));

  // The chart: where it is anchored, its type, title, series and axis format.
  CHECK(has_line(dump, "    twoCellAnchor from B12 +0,+0 to J26 +304800,+76200"));
  CHECK(has_line(dump, "        title: \"Met by standard\" layout"));
  CHECK(has_line(dump, "        type barChart: barDir=col grouping=clustered"));
  CHECK(has_line(dump,
                 "          series idx=0 order=0 name=\"% met\" cat=Fixture!$A$2:$A$3 "
                 "val=Fixture!$B$2:$B$3 fill=2E75B6"));
}

TEST_CASE("the xlsx dump notes broken and unknown parts instead of failing", "[golden]") {
  test::TempDir dir;
  const std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  const std::string type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  write_zip(
      dir.file("odd.xlsx"),
      {{"_rels/.rels", rels + "<Relationship Id=\"r1\" Type=\"" + type +
                           "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
       {"xl/workbook.xml",
        "<workbook xmlns:r=\"" + type.substr(0, type.size() - 1) +
            "\"><sheets><sheet name=\"Inline\" sheetId=\"1\" r:id=\"r1\"/>"
            "<sheet name=\"Broken\" sheetId=\"2\" r:id=\"r2\"/>"
            "<sheet name=\"Lost\" sheetId=\"3\" r:id=\"r9\"/></sheets></workbook>"},
       {"xl/_rels/workbook.xml.rels",
        rels + "<Relationship Id=\"r1\" Type=\"" + type +
            "worksheet\" Target=\"sheets/one.xml\"/><Relationship Id=\"r2\" Type=\"" + type +
            "worksheet\" Target=\"/xl/sheets/two.xml\"/></Relationships>"},
       {"xl/sheets/one.xml",
        "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>typed</x:t></x:is></x:c>"
        "<x:c><x:v>7</x:v></x:c></x:row></x:sheetData><x:futureThing a=\"1\"/></x:worksheet>"},
       {"xl/sheets/two.xml", "<worksheet><sheetData></sheet></worksheet>"},
       {"xl/unknown.bin", "\x01\x02"}});
  const std::string dump = test::dump_xlsx(dir.file("odd.xlsx"));
  INFO(dump);
  CHECK(has_line(dump, "  xl/unknown.bin"));
  CHECK(has_line(dump, "  default font: xl/styles.xml: missing"));
  CHECK(has_line(dump, "    A1 [inlineStr] \"typed\""));
  CHECK(has_line(dump, "    B1 [n] 7"));
  CHECK(has_line(dump, "    futureThing(a=1)"));
  CHECK(dump.find("  xl/sheets/two.xml: cannot parse: ") != std::string::npos);
  CHECK(has_line(dump, "  (no part for this sheet)"));

  dir.write("not-a-zip.xlsx", "plain text");
  CHECK_THROWS_AS(test::dump_xlsx(dir.file("not-a-zip.xlsx")), std::runtime_error);
}

}  // namespace s11
