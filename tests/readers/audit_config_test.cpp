#include "readers/audit_config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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

 private:
  test::TempDir dir_;
  std::string path_;
};
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
                "period, date, framework, evidence_currency_months",
            p + ":7: unknown section [extras]; expected [audit], [document], [history], [plan], "
                "[survey], [leads], [survey_mapping]",
            p + ":1: missing setting \"period\" in [audit]",
            p + ":3: date \"30th of Novembr\" is not a date; expected YYYY-MM-DD, e.g. 2015-11-30",
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
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == ini.path() + ":3: unmatched '['");
}

TEST_CASE("a missing audit.ini is an I/O error", "[engine][config]") {
  CHECK_THROWS_AS(read_audit_config("/nonexistent/audit.ini"), IoError);
}

}  // namespace s11
