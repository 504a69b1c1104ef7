#include "questionnaires/survey.h"

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/errors.h"
#include "base/text.h"
#include "questionnaires/questionnaire.h"
#include "support/zip_writer.h"
#include "test_support.h"

namespace s11 {
namespace {

const std::string kDataDir = std::string(S11_TEST_DATA_DIR) + "/questionnaires/";

const Questionnaire& oscb_staff() {
  static const Questionnaire questionnaire =
      load_questionnaire(std::string(S11_SOURCE_DIR) + "/questionnaires/oscb-staff.xml");
  return questionnaire;
}

// Pieces of the fixtures' invented identities (make_survey_fixtures.py): none may reach a
// Response.
const std::vector<std::string> kIdentities = {"Quillfeather", "quillfeather", "@example.org",
                                              "192.0.2.",     "Alys",         "Borys",
                                              "Wenna",        "anonymous",    "10458712345"};

// Counts what it receives and scans every string it is given for personal data.
class RecordingSink : public ResponseSink {
 public:
  explicit RecordingSink(const Questionnaire& questionnaire) : questionnaire_(questionnaire) {}

  void add(const Response& response) override {
    ++responses;
    rows.push_back(response.row);
    for (std::size_t q = 0; q < response.answers.size(); ++q) {
      const std::string& id = questionnaire_.questions[q].id;
      if (response.answers[q]) {
        ++counts[id + "=" + response.answers[q]->label];
        scan(response.answers[q]->label);
      } else {
        ++counts[id + "=(blank)"];
      }
    }
    for (std::size_t p = 0; p < response.profile.size(); ++p) {
      scan(response.profile[p]);
      if (p == 0) ++areas[response.profile[p]];
    }
    for (const auto& [header, text] : response.comments) {
      scan(header);
      scan(text);
      comments.push_back(text);
    }
    if (response.completed) dates.push_back(response.completed->iso());
  }

  void scan(const std::string& text) {
    for (const auto& identity : kIdentities) {
      if (text.find(identity) != std::string::npos) leaks.push_back(text);
    }
  }

  const Questionnaire& questionnaire_;
  std::size_t responses = 0;
  std::vector<std::size_t> rows;
  std::map<std::string, int> counts;  // "q01=Yes" -> 16
  std::map<std::string, int> areas;
  std::vector<std::string> comments;
  std::vector<std::string> dates;
  std::vector<std::string> leaks;
};

// The answers every format of the fixture holds (make_survey_fixtures.py).
// One question to a line, as the counts are read: clang-format would put one entry to a line.
// clang-format off
const std::map<std::string, int> kExpectedCounts = {
    {"q01=Yes", 16}, {"q01=No", 5}, {"q01=Unsure", 2},
    {"q02=Yes", 16}, {"q02=No", 5}, {"q02=Unsure", 2},
    {"q03=Yes", 17}, {"q03=No", 4}, {"q03=Unsure", 2},
    {"q04=Strongly agree", 9}, {"q04=Agree", 7}, {"q04=Neither agree nor disagree", 2},
    {"q04=Disagree", 2}, {"q04=Not applicable", 3},
    {"q05=Strongly agree", 9}, {"q05=Agree", 7}, {"q05=Neither agree nor disagree", 2},
    {"q05=Disagree", 2}, {"q05=Not applicable", 3},
    {"q06=Strongly agree", 9}, {"q06=Agree", 7}, {"q06=Neither agree nor disagree", 2},
    {"q06=Disagree", 2}, {"q06=Not applicable", 3},
    {"q07=Strongly agree", 9}, {"q07=Agree", 7}, {"q07=Neither agree nor disagree", 2},
    {"q07=Disagree", 3}, {"q07=Not applicable", 2},
    {"q08=Strongly agree", 9}, {"q08=Agree", 7}, {"q08=Neither agree nor disagree", 2},
    {"q08=Disagree", 3}, {"q08=Not applicable", 2},
    {"q09=Yes", 16}, {"q09=No", 5}, {"q09=Unsure", 2},
    {"q10=Always", 9}, {"q10=Often", 7}, {"q10=Sometimes", 3}, {"q10=Rarely", 2},
    {"q10=Not applicable", 2},
    {"q11=Strongly agree", 9}, {"q11=Agree", 7}, {"q11=Disagree", 3},
    {"q11=Strongly disagree", 2}, {"q11=Not applicable", 2},
    {"q12=Strongly agree", 10}, {"q12=Agree", 5}, {"q12=Neither agree nor disagree", 3},
    {"q12=Disagree", 2}, {"q12=Not applicable", 2}, {"q12=(blank)", 1},
};
// clang-format on
const std::map<std::string, int> kExpectedAreas = {
    {"Children's services", 8}, {"Housing", 6}, {"Leisure", 5}, {"Customer services", 4}};
const std::string kMultiLineComment =
    "Training was good, but \"refresher\" sessions are hard to book.\nPlease add evening "
    "slots,\nthanks.";

// The InputError problems of reading `path`, with the path replaced by "PATH".
std::vector<std::string> problems_of(const std::string& path, const SurveyOptions& options = {}) {
  RecordingSink sink(oscb_staff());
  try {
    read_survey(path, oscb_staff(), options, sink);
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (std::string problem : e.problems()) {
      if (problem.compare(0, path.size(), path) == 0)
        problem = "PATH" + problem.substr(path.size());
      out.push_back(problem);
    }
    return out;
  }
  return {"no error"};
}

// One worksheet to write: its name and its cells as (reference, text), in row order.
struct SheetCells {
  std::string name;
  std::vector<std::pair<std::string, std::string>> cells;
};

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else {
      out += c;
    }
  }
  return out;
}

// Writes a workbook of inline-string cells to `path`, built here so no fixture is needed.
std::string write_workbook(const std::string& path, const std::vector<SheetCells>& sheets) {
  const std::string ns = "http://schemas.openxmlformats.org/";
  std::map<std::string, std::string> parts;
  parts["[Content_Types].xml"] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"" + ns +
                                 "package/2006/content-types\"/>";
  parts["_rels/.rels"] = "<Relationships xmlns=\"" + ns +
                         "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + ns +
                         "officeDocument/2006/relationships/officeDocument\" "
                         "Target=\"xl/workbook.xml\"/></Relationships>";
  std::string book = "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns +
                     "officeDocument/2006/relationships\"><sheets>";
  std::string rels = "<Relationships xmlns=\"" + ns + "package/2006/relationships\">";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    std::string n = std::to_string(i + 1);
    book += "<sheet name=\"" + sheets[i].name + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + ns +
            "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet" + n +
            ".xml\"/>";
    std::string xml = "<worksheet xmlns=\"" + ns + "spreadsheetml/2006/main\"><sheetData>";
    std::string open_row;
    for (const auto& [ref, text] : sheets[i].cells) {
      std::string row = ref.substr(ref.find_first_of("0123456789"));
      if (row != open_row) {
        if (!open_row.empty()) xml += "</row>";
        xml += "<row r=\"" + row + "\">";
        open_row = row;
      }
      xml += "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + xml_escaped(text) + "</t></is></c>";
    }
    if (!open_row.empty()) xml += "</row>";
    parts["xl/worksheets/sheet" + n + ".xml"] = xml + "</sheetData></worksheet>";
  }
  parts["xl/workbook.xml"] = book + "</sheets></workbook>";
  parts["xl/_rels/workbook.xml.rels"] = rels + "</Relationships>";
  test::write_zip_map(path, parts);
  return path;
}

// A small Microsoft Forms export: three responses to q01 and q02.
std::vector<std::pair<std::string, std::string>> forms_cells() {
  const auto& q = oscb_staff().questions;
  return {{"A1", "ID"},      {"B1", "Start time"}, {"C1", "Completion time"},
          {"D1", "Email"},   {"E1", "Name"},       {"F1", q[0].text},
          {"G1", q[1].text}, {"A2", "1"},          {"F2", "Yes"},
          {"G2", "No"},      {"A3", "2"},          {"F3", "Yes"},
          {"G3", "Yes"},     {"A4", "3"},          {"F4", "Unsure"},
          {"G4", "Yes"}};
}

std::string relative(const std::string& text, const std::string& path) {
  return text.compare(0, path.size(), path) == 0 ? "PATH" + text.substr(path.size()) : text;
}

TEST_CASE("each export format is read with the same counts and no personal data",
          "[questionnaires]") {
  struct Case {
    std::string file;
    SurveyFormat format;
    bool dated;
  };
  auto c = GENERATE(Case{"surveymonkey.csv", SurveyFormat::kSurveyMonkeyCsv, true},
                    Case{"surveymonkey.xlsx", SurveyFormat::kSurveyMonkeyXlsx, true},
                    Case{"surveymonkey-libreoffice.xlsx", SurveyFormat::kSurveyMonkeyXlsx, true},
                    Case{"msforms.xlsx", SurveyFormat::kMicrosoftForms, true},
                    Case{"msforms-libreoffice.xlsx", SurveyFormat::kMicrosoftForms, true},
                    Case{"googleforms.csv", SurveyFormat::kGoogleForms, true},
                    Case{"generic.csv", SurveyFormat::kGenericCsv, false});
  INFO(c.file);
  SurveyOptions options;
  options.include_comments = true;
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(kDataDir + c.file, oscb_staff(), options, sink);
  CHECK(report.format == c.format);
  CHECK(report.rows_read == 23);
  CHECK(report.rows_used == 23);
  CHECK(report.rows_skipped == 0);
  CHECK(report.warnings.empty());
  CHECK(report.unmapped_questions.empty());
  CHECK(report.unknown_columns.empty());
  CHECK(sink.responses == 23);
  CHECK(sink.counts == kExpectedCounts);
  CHECK(sink.areas == kExpectedAreas);
  CHECK(sink.leaks.empty());
  REQUIRE(sink.comments.size() == 2);
  CHECK(sink.comments[0] == kMultiLineComment);
  CHECK(sink.comments[1] == "Supervision, when it happens, is helpful");
  if (c.dated) {
    REQUIRE(report.last_completed);
    CHECK(report.last_completed->iso() == "2015-11-22");
    REQUIRE(sink.dates.size() == 23);
    CHECK(sink.dates[0] == "2015-11-03");
  } else {
    CHECK(!report.last_completed);
    CHECK(sink.dates.empty());
  }
}

TEST_CASE("survey rows are the physical lines where responses start", "[questionnaires]") {
  RecordingSink sink(oscb_staff());
  read_survey(kDataDir + "surveymonkey.csv", oscb_staff(), {}, sink);
  REQUIRE(sink.rows.size() == 23);
  // Two header rows; respondent 3's comment spans three lines.
  CHECK(sink.rows[0] == 3);
  CHECK(sink.rows[2] == 5);
  CHECK(sink.rows[3] == 8);
  CHECK(sink.comments.empty());  // not asked for
}

TEST_CASE("format names are fit for reports", "[questionnaires]") {
  CHECK(format_name(SurveyFormat::kSurveyMonkeyCsv) == "SurveyMonkey (CSV)");
  CHECK(format_name(SurveyFormat::kSurveyMonkeyXlsx) == "SurveyMonkey (XLSX)");
  CHECK(format_name(SurveyFormat::kMicrosoftForms) == "Microsoft Forms");
  CHECK(format_name(SurveyFormat::kGoogleForms) == "Google Forms");
  CHECK(format_name(SurveyFormat::kGenericCsv) == "CSV");
  CHECK(format_name(SurveyFormat::kGenericXlsx) == "XLSX");
}

TEST_CASE("a Windows-1252 export is converted and noted", "[questionnaires]") {
  std::string path = kDataDir + "cp1252.csv";
  SurveyOptions options;
  options.include_comments = true;
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), options, sink);
  CHECK(report.rows_used == 2);
  REQUIRE(report.warnings.size() == 1);
  CHECK(relative(report.warnings[0], path) ==
        "PATH:1: the file is not UTF-8; read it as Windows-1252 (Excel's \"CSV\"); save it as "
        "CSV UTF-8 to be sure of accents and quotes");
  CHECK(sink.areas == std::map<std::string, int>{{"Caf\xC3\xA9 and leisure", 1}, {"Housing", 1}});
  CHECK(sink.counts.at("q09=No") == 1);  // header with a curly apostrophe matched
  CHECK(sink.comments ==
        std::vector<std::string>{"The policy\xE2\x80\x99s clear",
                                 "R\xC3\xA9sum\xC3\xA9 of training \xE2\x80\x93 fine"});
}

TEST_CASE("answers outside the scale are errors naming file, row and column", "[questionnaires]") {
  CHECK(problems_of(kDataDir + "bad-answer.csv") ==
        std::vector<std::string>{
            "PATH:3: column \"I know who the designated safeguarding lead for my service i...\": "
            "answer \"Maybe\" is not one of Yes, No, Unsure",
            "PATH:4: column \"I know where to find our safeguarding children policy and pr...\": "
            "answer \"Sometimes\" is not one of Yes, No, Unsure"});
}

TEST_CASE("skip_bad_rows skips and lists rows with bad answers", "[questionnaires]") {
  std::string path = kDataDir + "bad-answer.csv";
  SurveyOptions options;
  options.skip_bad_rows = true;
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), options, sink);
  CHECK(report.rows_read == 4);
  CHECK(report.rows_used == 2);
  CHECK(report.rows_skipped == 2);
  CHECK(sink.rows == std::vector<std::size_t>{2, 5});
  REQUIRE(report.warnings.size() == 2);
  CHECK(relative(report.warnings[0], path) ==
        "PATH:3: column \"I know who the designated safeguarding lead for my service i...\": "
        "answer \"Maybe\" is not one of Yes, No, Unsure; row skipped");
}

TEST_CASE("a file where no column matches a question lists headers found and expected",
          "[questionnaires]") {
  auto problems = problems_of(kDataDir + "missing-question-column.csv");
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].substr(0, 161) ==
        "PATH:1: no column matches a question of questionnaire \"oscb-staff\"; found \"Service "
        "area\", \"Favourite colour\", \"Email\"; expected \"I know who the designated safegu");
}

TEST_CASE("ragged rows are errors with their field counts", "[questionnaires]") {
  CHECK(problems_of(kDataDir + "ragged.csv") ==
        std::vector<std::string>{
            "PATH:3: 4 fields, but the header has 3; check the quotes around answers holding "
            "commas or line breaks",
            "PATH:4: 2 fields, but the header has 3; check the quotes around answers holding "
            "commas or line breaks"});
}

TEST_CASE("UTF-16 and truncated exports give located errors", "[questionnaires]") {
  CHECK(problems_of(kDataDir + "invalid-utf8.csv") ==
        std::vector<std::string>{"PATH:1: the file is UTF-16; save it as CSV UTF-8"});
  CHECK(problems_of(kDataDir + "truncated.csv") ==
        std::vector<std::string>{
            "PATH:3: a quoted field starting here never ends; the file may be truncated"});
}

TEST_CASE("bad answers in an XLSX export are located by cell", "[questionnaires]") {
  // Mapping q01 to the Role column makes every role a bad answer, each named by its cell.
  SurveyOptions options;
  options.mapping["q01"] = "Role";
  auto problems = problems_of(kDataDir + "msforms.xlsx", options);
  REQUIRE(problems.size() >= 2);
  CHECK(problems[0].substr(0, 16) == "PATH: Sheet1!H2:");
}

TEST_CASE("the problem list is capped so a broken file stays readable", "[questionnaires]") {
  test::TempDir dir;
  std::string content = "Service area,I know who I am accountable to\n";
  for (int i = 0; i < 60; ++i) content += "Housing,Perhaps\n";
  std::string path = dir.write("many.csv", content);
  auto problems = problems_of(path);
  REQUIRE(problems.size() == 51);
  CHECK(problems[49] ==
        "PATH:51: column \"I know who I am accountable to\": answer \"Perhaps\" is not one of "
        "Yes, No, Unsure");
  CHECK(problems[50] == "PATH: ... and 10 more problems");
}

TEST_CASE("mapping, unknown columns and unmapped questions", "[questionnaires]") {
  test::TempDir dir;
  std::string path = dir.write("mapped.csv",
                               "Team,Q1 (DSL),Favourite colour,Email,Job role\n"
                               "Housing,yes,Blue,someone@example.org,Manager\n");
  SurveyOptions options;
  options.mapping["q01"] = "q1 (dsl)";
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), options, sink);
  CHECK(report.format == SurveyFormat::kGenericCsv);
  CHECK(report.unknown_columns == std::vector<std::string>{"Favourite colour"});
  CHECK(report.unmapped_questions.size() == 11);
  CHECK(report.unmapped_questions.front() == "q02");
  CHECK(sink.counts.at("q01=Yes") == 1);
  CHECK(sink.areas == std::map<std::string, int>{{"Housing", 1}});
}

TEST_CASE("a column matching a question twice is an error", "[questionnaires]") {
  test::TempDir dir;
  std::string path = dir.write("twice.csv",
                               "I know who I am accountable to,I know who I am accountable to.\n"
                               "Yes,No\n");
  CHECK(problems_of(path) ==
        std::vector<std::string>{"PATH:1: columns \"I know who I am accountable to\" and \"I know "
                                 "who I am accountable to.\" both match question q03; delete or "
                                 "rename one"});
}

TEST_CASE("completion dates follow each tool's conventions", "[questionnaires]") {
  test::TempDir dir;
  const std::string q = "I know who I am accountable to";
  auto dates_of = [&](const std::string& content) {
    RecordingSink sink(oscb_staff());
    SurveyReport report = read_survey(dir.write("dates.csv", content), oscb_staff(), {}, sink);
    std::vector<std::string> out = sink.dates;
    for (const auto& warning : report.warnings)
      out.push_back(relative(warning, dir.file("dates.csv")));
    return out;
  };
  // Microsoft Forms text times are US month-first.
  CHECK(dates_of("ID,Start time,Completion time,Email,Name," + q + "\n" +
                 "1,11/3/15 10:10:01,11/3/15 10:15:22,anonymous,,Yes\n" +
                 "2,11/3/15 10:10:01,11/13/15 10:15:22,anonymous,,Yes\n") ==
        std::vector<std::string>{"2015-11-03", "2015-11-13"});
  // SurveyMonkey, month-first, single header row (hand-cleaned).
  CHECK(dates_of("Respondent ID,Collector ID,End Date," + q + "\n" +
                 "101,9,11/03/2015 10:15:22 AM,Yes\n") == std::vector<std::string>{"2015-11-03"});
  // Google Forms: year first, or the UK day-first locale date.
  CHECK(dates_of("Timestamp," + q + "\n" + "2015/11/03 10:15:22 AM GMT,Yes\n" +
                 "03/11/2015 10:15:22,Yes\n" + "2015-11-04T09:00:00Z,Yes\n" + "soon,Yes\n") ==
        std::vector<std::string>{"2015-11-03", "2015-11-03", "2015-11-04",
                                 "PATH:5: completion time \"soon\" is not a date s11 can read; "
                                 "the response is used without a date"});
}

TEST_CASE("SurveyMonkey expanded options with two answers are an error", "[questionnaires]") {
  test::TempDir dir;
  std::string path =
      dir.write("expanded.csv",
                "Respondent ID,Collector ID,My supervision includes discussion of safeguarding,,\n"
                ",,Always,Often,Never\n"
                "1,9,Always,,\n"
                "2,9,,Often,Never\n");
  CHECK(problems_of(path) ==
        std::vector<std::string>{
            "PATH:4: column \"My supervision includes discussion of safeguarding\": more than "
            "one answer chosen (\"Often\" and \"Never\")"});
}

TEST_CASE("a SurveyMonkey export missing its second header row is refused, not mis-scored",
          "[questionnaires][issue9]") {
  // surveymonkey.csv with its second header row deleted (make_survey_fixtures.py).
  const std::string tail =
      " with no header: a SurveyMonkey export has the answer options in its second header row, "
      "which is missing; export again with both header rows (or insert a second row naming the "
      "answer option or statement above each of these columns)";
  CHECK(problems_of(kDataDir + "surveymonkey-no-second-header.csv") ==
        std::vector<std::string>{
            "PATH:1: column O \"To what extent do you agree with each statement?\" is followed by "
            "4 columns" +
                tail,
            "PATH:1: column U \"My supervision includes discussion of safeguarding\" is followed "
            "by 5 columns" +
                tail,
            "PATH:1: column AA \"Children's and families' views shape how our service is "
            "deve...\" is followed by 1 column" +
                tail});
  SurveyLayout layout = detect_survey_file(kDataDir + "surveymonkey-no-second-header.csv");
  CHECK(layout.format == SurveyFormat::kSurveyMonkeyCsv);
  CHECK(!layout.second_header_row);
  CHECK(layout.headless_groups ==
        std::vector<std::pair<std::size_t, std::size_t>>{{14, 4}, {20, 5}, {26, 1}});
  // With both header rows the same columns are read as a matrix and an expanded question.
  SurveyLayout whole = detect_survey_file(kDataDir + "surveymonkey.csv");
  CHECK(whole.second_header_row);
  CHECK(whole.headless_groups.empty());
}

TEST_CASE("a hand-cleaned one-row SurveyMonkey file without grouped columns is still read",
          "[questionnaires][issue9]") {
  test::TempDir dir;
  const auto& q = oscb_staff().questions;
  std::string path = dir.write(
      "one-row.csv", "Respondent ID,Collector ID,\"" + q[0].text + "\"\n1,9,Yes\n2,9,No\n");
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), {}, sink);
  CHECK(report.format == SurveyFormat::kSurveyMonkeyCsv);
  CHECK(report.rows_used == 2);
  CHECK(sink.counts["q01=Yes"] == 1);
  CHECK(sink.counts["q01=No"] == 1);
}

TEST_CASE("survey format detection takes any rows without failing", "[questionnaires][issue9]") {
  using Row = std::vector<std::string>;
  CHECK(detect_survey_layout({}, {}, false).format == SurveyFormat::kGenericCsv);
  CHECK(detect_survey_layout({}, {}, true).format == SurveyFormat::kGenericXlsx);
  CHECK(detect_survey_layout({"", "", ""}, {"", ""}, false).format == SurveyFormat::kGenericCsv);
  CHECK(detect_survey_layout({"Timestamp", "Q"}, {}, false).format == SurveyFormat::kGoogleForms);
  CHECK(detect_survey_layout({"ID", "Start time", "Completion time"}, {}, true).format ==
        SurveyFormat::kMicrosoftForms);
  // Row 2 of a SurveyMonkey export is a header row unless it has a respondent id.
  SurveyLayout two = detect_survey_layout({"Collector ID", "Respondent ID", "Q", ""},
                                          Row{"", "", "A", "B"}, false);
  CHECK(two.format == SurveyFormat::kSurveyMonkeyCsv);
  CHECK(two.second_header_row);
  CHECK(two.headless_groups.empty());
  SurveyLayout one =
      detect_survey_layout({"Collector ID", "Respondent ID", "Q", "", ""}, Row{"9", "1"}, true);
  CHECK(one.format == SurveyFormat::kSurveyMonkeyXlsx);
  CHECK(!one.second_header_row);
  CHECK(one.headless_groups == std::vector<std::pair<std::size_t, std::size_t>>{{2, 2}});
  // Leading blank headers belong to no question.
  CHECK(detect_survey_layout({"", "", "Respondent ID", "Collector ID"}, {}, false)
            .headless_groups.empty());
}

TEST_CASE("a sparse survey workbook is read by the cells it stores", "[questionnaires][issue9]") {
  // One stray cell at XFD1048576 makes the sheet 16,384 columns by 1,048,576 rows: reading
  // every cell of that rectangle took minutes.
  test::TempDir dir;
  std::vector<std::pair<std::string, std::string>> cells = forms_cells();
  cells.emplace_back("XFD1048576", "x");
  std::string path = write_workbook(dir.file("sparse.xlsx"), {{"Sheet1", cells}});
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), {}, sink);
  CHECK(report.format == SurveyFormat::kMicrosoftForms);
  CHECK(report.rows_read == 4);
  CHECK(report.rows_used == 4);
  CHECK(report.unknown_columns == std::vector<std::string>{"column XFD (no header)"});
  CHECK(sink.rows == std::vector<std::size_t>{2, 3, 4, 1048576});
  CHECK(sink.counts["q01=Yes"] == 2);
  CHECK(sink.counts["q01=Unsure"] == 1);
  CHECK(sink.counts["q01=(blank)"] == 1);
  CHECK(sink.counts["q02=Yes"] == 2);
  CHECK(sink.counts["q02=No"] == 1);
}

TEST_CASE("an empty first sheet in a Forms workbook is passed over for the responses",
          "[questionnaires][issue9]") {
  test::TempDir dir;
  // A blank sheet added in front (a styled but empty cell counts as blank).
  std::string path = write_workbook(
      dir.file("forms.xlsx"), {{"Sheet1", {{"B2", " "}}}, {"Notes", {}}, {"Form1", forms_cells()}});
  RecordingSink sink(oscb_staff());
  SurveyReport report = read_survey(path, oscb_staff(), {}, sink);
  CHECK(report.format == SurveyFormat::kMicrosoftForms);
  CHECK(report.rows_used == 3);
  CHECK(sink.counts["q01=Yes"] == 2);
  CHECK(relative(report.warnings.at(0), path) ==
        "PATH: sheets \"Sheet1\" and \"Notes\" are empty; the responses are read from sheet "
        "\"Form1\"");
  CHECK(report.warnings.size() == 1);
  // Problems are located on the sheet read.
  std::vector<std::pair<std::string, std::string>> bad = forms_cells();
  bad[8].second = "Maybe";
  std::string bad_path = write_workbook(dir.file("bad.xlsx"), {{"Sheet1", {}}, {"Form1", bad}});
  CHECK(problems_of(bad_path) ==
        std::vector<std::string>{"PATH: Form1!F2: column " +
                                 s11::quoted(oscb_staff().questions[0].text) +
                                 ": answer \"Maybe\" is not one of Yes, No, Unsure"});
}

TEST_CASE("a workbook whose sheets are all empty lists them", "[questionnaires][issue9]") {
  test::TempDir dir;
  CHECK(problems_of(write_workbook(dir.file("one.xlsx"), {{"Sheet1", {}}})) ==
        std::vector<std::string>{"PATH: the workbook holds no responses: its only sheet, "
                                 "\"Sheet1\", is empty; expected a sheet with a header row with "
                                 "the questions"});
  CHECK(problems_of(write_workbook(dir.file("three.xlsx"),
                                   {{"Sheet1", {}}, {"Form1", {{"A1", ""}}}, {"Sheet3", {}}})) ==
        std::vector<std::string>{"PATH: the workbook holds no responses: all its sheets, "
                                 "\"Sheet1\", \"Form1\" and \"Sheet3\", are empty; expected a "
                                 "sheet with a header row with the questions"});
}

TEST_CASE("an empty file and an old .xls workbook are refused clearly", "[questionnaires]") {
  test::TempDir dir;
  std::string empty = dir.write("empty.csv", "\r\n\r\n");
  CHECK(problems_of(empty) ==
        std::vector<std::string>{"PATH: the file is empty; expected a header row with the "
                                 "questions"});
  std::string xls = dir.write("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
  CHECK(problems_of(xls) ==
        std::vector<std::string>{"PATH: an Excel 97-2003 (.xls) workbook; save it as Excel "
                                 "Workbook (.xlsx) or CSV UTF-8"});
  RecordingSink sink(oscb_staff());
  CHECK_THROWS_AS(read_survey(dir.file("missing.csv"), oscb_staff(), {}, sink), IoError);
}

}  // namespace
}  // namespace s11
