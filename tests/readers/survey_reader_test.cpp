#include "readers/survey_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/errors.h"
#include "readers/audit_config.h"
#include "standards/framework.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

const fs::path kSurveys = fs::path(S11_SOURCE_DIR) / "examples" / "district-council" / "surveys";

using Files = std::vector<std::string>;

std::string split_error(const std::string& text) {
  try {
    split_survey_files(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

// An audit directory in `dir` whose audit.ini lists `files` (the line is `files = ...`).
AuditConfig write_audit(const test::TempDir& dir, const std::string& files) {
  std::string ini = dir.write("audit.ini",
                              "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2015-11-30\n"
                              "framework = oscb-2015\n\n[survey]\nfiles = " +
                                  files + "\n");
  return read_audit_config(ini);
}

std::vector<std::string> problems_of(const AuditConfig& config, const test::TempDir& dir) {
  Framework framework = load_framework(resolve_framework(config.framework, dir.path().string()));
  try {
    read_audit_survey(config, framework, dir.path().string());
  } catch (const InputError& e) {
    std::vector<std::string> out;
    for (std::string problem : e.problems()) {
      std::size_t at = problem.find(dir.path().string());
      while (at != std::string::npos) {
        problem.replace(at, dir.path().string().size(), "DIR");
        at = problem.find(dir.path().string());
      }
      out.push_back(problem);
    }
    return out;
  }
  return {"no error"};
}

}  // namespace

TEST_CASE("survey file names are split at commas outside double quotes", "[readers][issue9]") {
  CHECK(split_survey_files("") == Files{});
  CHECK(split_survey_files("a.csv, forms/b.xlsx") == Files{"a.csv", "forms/b.xlsx"});
  CHECK(split_survey_files(" a.csv ,, b.csv ,") == Files{"a.csv", "b.csv"});
  CHECK(split_survey_files("\"Staff survey, wave 1.csv\", wave2.xlsx") ==
        Files{"Staff survey, wave 1.csv", "wave2.xlsx"});
  CHECK(split_survey_files("a.csv,\"b,c.csv\"") == Files{"a.csv", "b,c.csv"});
  CHECK(split_survey_files("\"the \"\"final\"\" one.csv\"") == Files{"the \"final\" one.csv"});
  CHECK(split_survey_files("\" padded.csv \"") == Files{" padded.csv "});
  // A quote inside an unquoted name is part of the name.
  CHECK(split_survey_files("Bob's \"draft\".csv") == Files{"Bob's \"draft\".csv"});
  CHECK(split_error("a.csv, \"b, c.csv") ==
        "survey file name \"\"b, c.csv\" has no closing quote; put a \" at the end of the name");
  CHECK(split_error("\"b, c\".csv, d.csv") ==
        "text \".csv\" follows the quoted survey file name \"b, c\"; separate file names with "
        "commas");
}

TEST_CASE("a survey file whose name holds a comma is listable in audit.ini", "[readers][issue9]") {
  test::TempDir dir;
  fs::create_directory(dir.path() / "surveys");
  fs::copy_file(kSurveys / "housing-surveymonkey.csv",
                dir.path() / "surveys" / "Housing, all staff.csv");
  fs::copy_file(kSurveys / "leisure-msforms.xlsx", dir.path() / "surveys" / "leisure.xlsx");
  AuditConfig config = write_audit(dir, "\"surveys/Housing, all staff.csv\", surveys/leisure.xlsx");
  CHECK(config.survey.files == Files{"surveys/Housing, all staff.csv", "surveys/leisure.xlsx"});
  Framework framework = load_framework(resolve_framework(config.framework, dir.path().string()));
  AuditSurvey survey = read_audit_survey(config, framework, dir.path().string());
  REQUIRE(survey.ingest);
  REQUIRE(survey.ingest->reports.size() == 2);
  CHECK(survey.ingest->reports[0].path == "surveys/Housing, all staff.csv");
  CHECK(survey.ingest->reports[0].format == SurveyFormat::kSurveyMonkeyCsv);
  CHECK(survey.ingest->reports[0].rows_used > 0);
  CHECK(survey.ingest->reports[1].format == SurveyFormat::kMicrosoftForms);
}

TEST_CASE("a missing survey file names its audit.ini line", "[readers][issue9]") {
  test::TempDir dir;
  fs::create_directory(dir.path() / "surveys");
  fs::copy_file(kSurveys / "housing-surveymonkey.csv",
                dir.path() / "surveys" / "Housing, all staff.csv");
  // Without quotes the name arrives in two pieces: the message says how to list it.
  CHECK(problems_of(write_audit(dir, "surveys/Housing, all staff.csv, gone.csv"), dir) ==
        std::vector<std::string>{
            "DIR/audit.ini:8: survey file \"surveys/Housing\" does not exist (looked for "
            "\"DIR/surveys/Housing\"); to list \"surveys/Housing, all staff.csv\", whose name "
            "holds a comma, put it in double quotes",
            "DIR/audit.ini:8: survey file \"all staff.csv\" does not exist (looked for "
            "\"DIR/all staff.csv\")",
            "DIR/audit.ini:8: survey file \"gone.csv\" does not exist (looked for "
            "\"DIR/gone.csv\")"});
}

TEST_CASE("an unclosed quote in the survey file list is located in audit.ini",
          "[readers][issue9]") {
  test::TempDir dir;
  try {
    write_audit(dir, "\"surveys/Housing, all staff.csv");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.problems() ==
          std::vector<std::string>{
              dir.file("audit.ini") +
              ":8: survey file name \"\"surveys/Housing, all staff.csv\" has no closing quote; "
              "put a \" at the end of the name"});
  }
}

}  // namespace s11
