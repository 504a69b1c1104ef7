#include "readers/audit_config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "base/errors.h"
#include "reports/audit_ini.h"
#include "test_support.h"

namespace s11 {
namespace {

/// A temporary audit.ini holding `text`, removed when the test ends.
class TempIni {
 public:
  explicit TempIni(const std::string& text) : path_(dir_.write("audit.ini", text)) {}
  const std::string& path() const { return path_; }
  const test::TempDir& dir() const { return dir_; }

 private:
  test::TempDir dir_;
  std::string path_;
};

/// The start of an audit.ini that is right, for tests to add to.
const char* const kAudit =
    "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2015-11-30\nframework = oscb-2015\n";

std::vector<std::string> problems_of(const std::string& path) {
  try {
    read_audit_config(path);
  } catch (const InputError& e) {
    return e.problems();
  }
  return {};
}

}  // namespace

TEST_CASE("audit.ini round-trips through render and read", "[engine][config]") {
  AuditConfig config;
  config.organisation = "Wychwood District Council";
  config.period = "2015-16";
  config.audit_date = Date{2015, 11, 30};
  config.framework = "oscb-2015";
  config.currency_months = 18;
  config.owner = "Executive Director, Communities";
  config.author = "Safeguarding Coordinator";
  config.version = "2";
  TempIni ini(render_audit_config(config));
  AuditConfig read = read_audit_config(ini.path());
  CHECK(read.organisation == config.organisation);
  CHECK(read.period == "2015-16");
  CHECK(read.audit_date == Date{2015, 11, 30});
  CHECK(read.framework == "oscb-2015");
  CHECK(read.currency_months == 18);
  CHECK(read.owner == config.owner);
  CHECK(read.author == config.author);
  CHECK(read.version == "2");
  // Not yet approved: the keys are written blank, and read back blank.
  CHECK_FALSE(read.approval.given());
  CHECK(render_audit_config(config).find("\n[approval]\napproved_by =\nmeeting =\ndate =\n") !=
        std::string::npos);

  config.approval = {"City Executive Board", "City Executive Board, 14 May 2015",
                     Date{2015, 5, 14}};
  TempIni approved(render_audit_config(config));
  const AuditConfig again = read_audit_config(approved.path());
  CHECK(again.approval.approved_by == "City Executive Board");
  CHECK(again.approval.meeting == "City Executive Board, 14 May 2015");
  CHECK(again.approval.date == Date{2015, 5, 14});
}

TEST_CASE("audit.ini's approval date is checked as every date is", "[readers][config]") {
  TempIni ini(
      "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2015-11-30\nframework = oscb-2015\n"
      "[approval]\napproved_by = City Executive Board\nmeeting = CEB\ndate = 31 Februry 2016\n"
      "chair = Cllr Smith\n");
  const std::string& p = ini.path();
  CHECK(problems_of(p) ==
        std::vector<std::string>{
            p + ":10: unknown setting \"chair\" in [approval]; expected one of: approved_by, "
                "meeting, date",
            p + ":9: date \"31 Februry 2016\" is not a date; expected a date such as 30/11/2015 or "
                "2015-11-30"});
}

TEST_CASE("audit.ini defaults and a BOM are accepted", "[engine][config]") {
  TempIni ini(
      "\xEF\xBB\xBF[audit]\r\norganisation = A Council\r\nperiod = 2015-16\r\n"
      "date = 2015-11-30\r\nframework = oscb-2015\r\n");
  AuditConfig read = read_audit_config(ini.path());
  CHECK(read.organisation == "A Council");
  CHECK(read.currency_months == 24);
  CHECK(read.version == "1");
}

TEST_CASE("audit.ini problems are all reported with their lines", "[engine][config]") {
  TempIni ini(
      "[audit]\n"
      "organisation = A Council\n"
      "date = 30th of Novembr\n"
      "framework = oscb-2015\n"
      "evidence_currency_months = 0\n"
      "colour = blue\n"
      "[extras]\n"
      "x = 1\n");
  const std::string& p = ini.path();
  CHECK(problems_of(p) ==
        std::vector<std::string>{
            p + ":6: unknown setting \"colour\" in [audit]; expected one of: organisation, "
                "period, date, framework, evidence_currency_months, evidence",
            p + ":7: unknown section [extras]; expected [approval], [audit], [document], "
                "[history], [plan], [survey], [leads], [survey_mapping]",
            p + ":1: missing setting \"period\" in [audit]",
            p + ":3: date \"30th of Novembr\" is not a date; expected a date such as 30/11/2015 "
                "or 2015-11-30",
            p + ":5: evidence_currency_months \"0\" is not a whole number of months from 1 to 120",
        });
}

TEST_CASE("audit.ini survey, plan and lead settings are read", "[engine][config]") {
  TempIni ini(
      "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2015-11-30\nframework = oscb-2015\n"
      "[survey]\nfiles = a.csv, forms/b.xlsx\nmin_group_size = 4\nskip_bad_rows = yes\n"
      "[survey_mapping]\nq01 = Do you know who the DSL is?\n"
      "[plan]\nlast_plan = 2014-15/action-plan.xlsx\nnext_audit_date = 2016-11-30\n"
      "amber_days = 45\nessential_months = 6\n"
      "[leads]\n1 = Executive Director\nworkforce = Head of HR\n"
      "[history]\nlast_return = 2014-15/out/section11-return.xlsx\n");
  std::filesystem::create_directories(ini.dir().path() / "2014-15" / "out");
  ini.dir().write("2014-15/action-plan.xlsx", "");
  ini.dir().write("2014-15/out/section11-return.xlsx", "");
  AuditConfig c = read_audit_config(ini.path());
  CHECK(c.last_return == "2014-15/out/section11-return.xlsx");
  CHECK(c.survey.files == std::vector<std::string>{"a.csv", "forms/b.xlsx"});
  CHECK(c.survey.questionnaire == "oscb-staff");
  CHECK(c.survey.min_group_size == 4);
  CHECK(c.survey.skip_bad_rows);
  CHECK_FALSE(c.survey.include_comments);
  CHECK(c.survey.mapping ==
        std::map<std::string, std::string>{{"q01", "Do you know who the DSL is?"}});
  CHECK(c.plan.last_plan == "2014-15/action-plan.xlsx");
  CHECK(c.plan.next_audit_date == Date{2016, 11, 30});
  CHECK(c.plan.amber_days == 45);
  CHECK(c.plan.essential_months == 6);
  CHECK(c.plan.other_months == 0);
  CHECK(c.plan.leads == std::map<std::string, std::string>{{"1", "Executive Director"},
                                                           {"workforce", "Head of HR"}});
}

TEST_CASE("audit.ini survey settings are checked", "[engine][config]") {
  TempIni ini(
      "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2015-11-30\nframework = oscb-2015\n"
      "[survey]\nmin_group_size = 2\ninclude_comments = perhaps\n");
  const std::string& p = ini.path();
  CHECK(problems_of(p) ==
        std::vector<std::string>{
            p + ":7: min_group_size \"2\" is not a whole number of respondents from 3 to 1000",
            p + ":8: include_comments \"perhaps\" is not yes or no"});
}

TEST_CASE("audit.ini syntax errors name the line", "[engine][config]") {
  TempIni ini("[audit]\norganisation = A\n[broken\n");
  auto problems = problems_of(ini.path());
  REQUIRE(problems.size() == 5);
  CHECK(problems[0] ==
        ini.path() + ":3: section header \"[broken\" has no closing \"]\"; expected [section]");
  CHECK(problems[1].rfind(ini.path() + ":3: unknown section [broken]; expected ", 0) == 0);
}

TEST_CASE("a missing audit.ini is an I/O error", "[engine][config]") {
  CHECK_THROWS_AS(read_audit_config("/nonexistent/audit.ini"), IoError);
}

TEST_CASE("the README's example audit.ini is read as written", "[readers][config][issue9]") {
  // Verbatim from README.md, so the reader and the documentation cannot drift apart.
  const std::string readme = test::slurp(std::filesystem::path(S11_SOURCE_DIR) / "README.md");
  const std::string heading = "### audit.ini\n\n```ini\n";
  const std::size_t start = readme.find(heading);
  REQUIRE(start != std::string::npos);
  const std::size_t body = start + heading.size();
  const std::size_t end = readme.find("```\n", body);
  REQUIRE(end != std::string::npos);
  const std::string example = readme.substr(body, end - body);
  REQUIRE(example.find("; the audit date") != std::string::npos);

  test::TempDir dir;
  const std::string path = dir.write("audit.ini", example);
  // The files it names, which the reader checks are there.
  std::filesystem::create_directory(dir.path() / "last-year");
  dir.write("action-plan-2014-15.xlsx", "");
  dir.write("last-year/section11-return-2014-15.xlsx", "");
  dir.write("evidence FINAL.xlsx", "");
  const AuditConfig c = read_audit_config(path);
  CHECK(c.organisation == "Wychwood District Council");
  CHECK(c.period == "2015-16");
  CHECK(c.audit_date == Date{2015, 11, 30});
  CHECK(c.framework == "oscb-2015");
  CHECK(c.currency_months == 24);
  CHECK(c.evidence == "evidence FINAL.xlsx");
  CHECK(c.owner == "Executive Director, Communities");
  CHECK(c.author == "Safeguarding Coordinator");
  CHECK(c.version == "1");
  CHECK(c.survey.files == std::vector<std::string>{"surveys/housing.csv", "surveys/leisure.xlsx"});
  CHECK(c.survey.questionnaire == "oscb-staff");
  CHECK(c.survey.min_group_size == 5);
  CHECK_FALSE(c.survey.skip_bad_rows);
  CHECK_FALSE(c.survey.include_comments);
  CHECK(c.survey.mapping ==
        std::map<std::string, std::string>{{"q07", "Do you know how to escalate a disagreement?"}});
  CHECK(c.plan.last_plan == "action-plan-2014-15.xlsx");
  CHECK(c.plan.next_audit_date == Date{2016, 11, 30});
  CHECK(c.plan.amber_days == 30);
  CHECK(c.plan.essential_months == 6);
  CHECK(c.plan.leads == std::map<std::string, std::string>{{"1", "Executive Director, Communities"},
                                                           {"workforce", "Head of HR"}});
  CHECK(c.last_return == "last-year/section11-return-2014-15.xlsx");
  CHECK(c.where("plan.next_audit_date") == path + ":22");
  CHECK(c.approval.approved_by == "City Executive Board");
  CHECK(c.approval.meeting == "City Executive Board, 14 January 2016");
  CHECK(c.approval.date == Date{2016, 1, 14});
}

TEST_CASE("an inline comment on a free-text key does not become part of the value",
          "[readers][config][issue9]") {
  TempIni ini(std::string(kAudit) +
              "[document]\nowner = Head of HR   ; the role, not the person\n"
              "[leads]\nworkforce = Head of HR # until April\n"
              "[survey_mapping]\nq07 = Do you know how to escalate? #1 priority\n");
  const AuditConfig c = read_audit_config(ini.path());
  CHECK(c.owner == "Head of HR");
  CHECK(c.plan.leads.at("workforce") == "Head of HR");
  CHECK(c.survey.mapping.at("q07") == "Do you know how to escalate?");
}

TEST_CASE("a ; or # not after white space stays in the value", "[readers][config][issue9]") {
  TempIni ini(std::string(kAudit) +
              "[leads]\nworkforce = https://intranet.example/hr#leads\n1 = HR;Training\n");
  const AuditConfig c = read_audit_config(ini.path());
  CHECK(c.plan.leads.at("workforce") == "https://intranet.example/hr#leads");
  CHECK(c.plan.leads.at("1") == "HR;Training");
}

TEST_CASE("a duplicate key in audit.ini names the key and both lines",
          "[readers][config][issue9]") {
  TempIni ini(std::string(kAudit) + "[plan]\namber_days = 30\n\namber_days = 45\n");
  CHECK(problems_of(ini.path()) ==
        std::vector<std::string>{ini.path() +
                                 ":9: setting \"amber_days\" in [plan] is given twice (first on "
                                 "line 7); keep one"});
}

TEST_CASE("an audit.ini that is a directory is reported as such", "[readers][config][issue9]") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.path() / "audit.ini");
  const std::string path = dir.file("audit.ini");
  CHECK_THROWS_WITH(read_audit_config(path), path + ": is a directory, not a settings file");
  CHECK_THROWS_AS(read_audit_config(path), InputError);
}

TEST_CASE("a UTF-16 audit.ini names the encoding found", "[readers][config][issue9]") {
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string(kAudit)) utf16 += std::string{c, '\0'};
  TempIni ini(utf16);
  CHECK(problems_of(ini.path()) ==
        std::vector<std::string>{ini.path() +
                                 ": the file is UTF-16 (it starts with FF FE); save it as UTF-8"});
}

TEST_CASE("invalid UTF-8 in audit.ini is located by line", "[readers][config][issue9]") {
  TempIni ini(std::string(kAudit) + "[document]\nauthor = Safeguarding Co\xF6rdinator\n");
  CHECK(problems_of(ini.path()) ==
        std::vector<std::string>{ini.path() +
                                 ":7: the line is not UTF-8 (byte F6 at character 25); save the "
                                 "file as UTF-8"});
}

TEST_CASE("a NUL byte in a setting is refused with its line", "[readers][config][issue9]") {
  using namespace std::string_literals;
  TempIni ini(
      "[audit]\norganisation = A Council\0 and more\nperiod = 2015-16\n"
      "date = 2015-11-30\nframework = oscb-2015\n"s);
  CHECK(problems_of(ini.path()) ==
        std::vector<std::string>{ini.path() +
                                 ":2: the line holds a NUL byte (character 25); remove it"});
}

TEST_CASE("next_audit_date before the audit date is refused with both lines",
          "[readers][config][issue9]") {
  TempIni before(
      "[audit]\norganisation = A\nperiod = 2015-16\ndate = 2016-03-31\nframework = oscb-2015\n"
      "[plan]\nnext_audit_date = 2015-01-31\n");
  CHECK(problems_of(before.path()) ==
        std::vector<std::string>{
            before.path() +
            ":7: next_audit_date 2015-01-31 is before the audit date 2016-03-31 (line 4); "
            "expected the day of the next audit, when the drafted actions fall due, after the "
            "audit date (leave it out for a year on)"});
  TempIni same(std::string(kAudit) + "[plan]\nnext_audit_date = 2015-11-30\n");
  CHECK(problems_of(same.path()) ==
        std::vector<std::string>{
            same.path() +
            ":7: next_audit_date 2015-11-30 is the audit date itself (line 4); expected the day "
            "of the next audit, when the drafted actions fall due, after the audit date (leave "
            "it out for a year on)"});
  TempIni after(std::string(kAudit) + "[plan]\nnext_audit_date = 2015-12-01\n");
  CHECK(read_audit_config(after.path()).plan.next_audit_date == Date{2015, 12, 1});
}

TEST_CASE("a missing last_plan or last_return is located to its line",
          "[readers][config][issue9]") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.path() / "last-year");
  const std::string path =
      dir.write("audit.ini",
                std::string(kAudit) +
                    "[plan]\nlast_plan = plan-2014-15.xlsx\n"
                    "[history]\nlast_return = last-year\n[document]\nauthor = Sam\nauthor = Al\n");
  const std::string where = dir.path().string();
  CHECK(problems_of(path) ==
        std::vector<std::string>{
            path + ":12: setting \"author\" in [document] is given twice (first on line 11); "
                   "keep one",
            path + ":7: last_plan \"plan-2014-15.xlsx\" does not exist (looked for \"" + where +
                "/plan-2014-15.xlsx\")",
            path + ":9: last_return \"last-year\" is a directory, not a workbook (looked for \"" +
                where + "/last-year\")",
        });
}

TEST_CASE("a 300-character organisation and period are read whole", "[readers][config][issue9]") {
  const std::string organisation(300, 'O');
  const std::string period = std::string(296, 'P') + " \xC3\xA9t\xC3\xA9";
  TempIni ini("[audit]\norganisation = " + organisation + "\nperiod = " + period +
              "\ndate = 2015-11-30\nframework = oscb-2015\n");
  const AuditConfig c = read_audit_config(ini.path());
  CHECK(c.organisation == organisation);
  CHECK(c.period == period);
}

}  // namespace s11
