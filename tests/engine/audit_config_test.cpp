#include "engine/audit_config.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "engine/errors.h"
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
            p + ":7: unknown section [extras]; expected [audit] or [document]",
            p + ":1: missing setting \"period\" in [audit]",
            p + ":3: date \"30th of Novembr\" is not a date; expected YYYY-MM-DD, e.g. 2015-11-30",
            p + ":5: evidence_currency_months \"0\" is not a whole number of months from 1 to 120",
        });
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
