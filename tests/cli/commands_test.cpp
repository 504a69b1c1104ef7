// The command line's checks of what it is given, end to end: the real s11 executable, its
// exact messages and exit codes, and nothing written when it refuses.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;
using test::shell_quote;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";
const std::string kHelp = "Run 's11 --help' for usage.\n";
const std::string kNewUsage =
    "usage: s11 new DIR --org NAME --period PERIOD [--framework ID|FILE] [--date YYYY-MM-DD] "
    "[--from LAST_YEAR_DIR]";

/// Runs s11 with `args` (shell words) in `dir`.
/// The example audit copied to `dir`/audit.
void copy_example(const test::TempDir& dir) {
  fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
}

}  // namespace

TEST_CASE("s11 new --org with a newline is refused and writes nothing", "[cli][e2e][issue9]") {
  test::TempDir dir;
  Run run = run_s11(dir, "new A --org " + shell_quote("Test\n[plan]\nlast_plan = x") +
                             " --period 2016-17 --date 2016-11-30");
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "s11: new: --org: the value holds a line break (character 5); give it on one line\n" +
            kHelp);
  CHECK_FALSE(fs::exists(dir.path() / "A"));
}

TEST_CASE("control characters are refused in every option value", "[cli][e2e][issue9]") {
  test::TempDir dir;
  struct Case {
    std::string args;
    std::string err;
  };
  const Case cases[] = {
      {"new A --org Council --period 2016-17 --owner " + shell_quote("Ms \x1b[2JX"),
       "s11: new: --owner: the value holds an ESC character (character 4); remove it\n"},
      {"new A --org Council --period " + shell_quote("2016\t17"),
       "s11: new: --period: the value holds a tab (character 5); remove it\n"},
      {"new A --org Council --period 2016-17 --author " + shell_quote("Al\rBo"),
       "s11: new: --author: the value holds a line break (character 3); give it on one line\n"},
      {"run " + shell_quote("audit\x7f"),
       "s11: run: DIR: the value holds a DEL character (character 6); remove it\n"},
      {"survey " + shell_quote("a.csv") + " " + shell_quote("b\x01.csv"),
       "s11: survey: FILE: the value holds control character 0x01 (character 2); remove it\n"},
      {"review audit --reviewer " + shell_quote("Sam\nSmith"),
       "s11: review: --reviewer: the value holds a line break (character 4); give it on one "
       "line\n"},
      {"plan audit --as-of " + shell_quote("2016-01-01\n"),
       "s11: plan: --as-of: the value holds a line break (character 11); give it on one line\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    Run run = run_s11(dir, c.args);
    CHECK(run.exit_code == 2);
    CHECK(run.err == c.err + kHelp);
  }
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("invalid UTF-8 in an option is refused", "[cli][e2e][issue9]") {
  test::TempDir dir;
  Run run = run_s11(dir, "new A --org \"$(printf 'Caf\\351')\" --period 2016-17");
  CHECK(run.exit_code == 2);
  CHECK(run.err ==
        "s11: new: --org: the value is not UTF-8 (byte E9 at character 4); give it in UTF-8\n" +
            kHelp);
  CHECK_FALSE(fs::exists(dir.path() / "A"));
}

TEST_CASE("s11 new refuses values audit.ini would read as a comment", "[cli][e2e][issue9]") {
  test::TempDir dir;
  Run spaced = run_s11(dir, "new A --org 'Telford ; Wrekin' --period 2016-17");
  CHECK(spaced.exit_code == 2);
  CHECK(spaced.err ==
        "s11: new: --org: \"Telford ; Wrekin\" holds \" ;\" (character 9), which audit.ini reads "
        "as the start of a comment; leave out the space before it\n" +
            kHelp);
  Run leading = run_s11(dir, "new A --org Council --period 2016-17 --owner '#1 lead'");
  CHECK(leading.exit_code == 2);
  CHECK(leading.err ==
        "s11: new: --owner: \"#1 lead\" holds a leading \"#\" (character 1), which audit.ini "
        "reads as the start of a comment; leave out the \"#\"\n" +
            kHelp);
  CHECK_FALSE(fs::exists(dir.path() / "A"));

  // A `#` or `;` inside a word is text, and reads back as written.
  Run made =
      run_s11(dir, "new A --org 'Telford & Wrekin No#2;x' --period 2016-17 --date 2016-11-30");
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  Run scored = run_s11(dir, "run A");
  INFO(scored.err);
  REQUIRE(scored.exit_code == 0);
  CHECK(scored.out.rfind("Telford & Wrekin No#2;x, 2016-17 (", 0) == 0);
}

TEST_CASE("program_options errors are given in s11's words with the usage", "[cli][e2e][issue9]") {
  test::TempDir dir;
  struct Case {
    const char* args;
    std::string err;
  };
  const Case cases[] = {
      {"new A --period 2016-17 --org", "s11: new: --org needs a value; " + kNewUsage + "\n"},
      {"new A --period 2016-17", "s11: new: missing --org; " + kNewUsage + "\n"},
      {"new A --org X --org Y --period P",
       "s11: new: --org is given more than once; give it once; " + kNewUsage + "\n"},
      {"new A --o X --period P",
       "s11: new: option \"--o\" is short for more than one: --org or --owner; give more of it; " +
           kNewUsage + "\n"},
      {"new A --org X --period P --currency-months abc",
       "s11: new: --currency-months \"abc\" is not a whole number of months from 1 to 120\n"},
      {"run A --colour=blue",
       "s11: run: unknown option \"--colour\"; usage: s11 run DIR [--force]\n"},
      {"run A -x", "s11: run: unknown option \"-x\"; usage: s11 run DIR [--force]\n"},
      {"run A B", "s11: run: takes one DIR, found more; usage: s11 run DIR [--force]\n"},
      {"run", "s11: run: missing DIR; usage: s11 run DIR [--force]\n"},
      {"demo extra", "s11: demo: takes no arguments, only options; usage: s11 demo [--out DIR]\n"},
      {"survey --skip-bad-rows=yes a.csv",
       "s11: survey: --skip-bad-rows takes no value; usage: s11 survey FILE... [--questionnaire "
       "ID|FILE] [--out DIR]\n"},
      {"survey a.csv --min-group-size 2",
       "s11: survey: --min-group-size \"2\" is not a whole number of at least 3\n"},
  };
  for (const auto& c : cases) {
    INFO(c.args);
    Run run = run_s11(dir, c.args);
    CHECK(run.exit_code == 2);
    CHECK(run.err == c.err + kHelp);
  }
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("terminal control characters in messages are escaped", "[cli][e2e][issue9]") {
  test::TempDir dir;
  Run unknown = run_s11(dir, shell_quote("\x1b]0;owned\x07run"));
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err ==
        "s11: unknown command \"\\x1b]0;owned\\x07run\"; the commands are new, run, plan, survey, "
        "review, challenge and demo\n" +
            kHelp);

  // A file name quoted in an input error.
  copy_example(dir);
  std::ofstream(dir.path() / "audit" / "reviews" / "evil\x1b[2J.xlsx") << "not a workbook";
  Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "audit/reviews/evil\\x1b[2J.xlsx: not an .xlsx workbook (not a zip archive); save it as "
        "Excel Workbook (.xlsx)\ns11: 1 problem found; nothing was written.\n");
}

TEST_CASE("a long --out name gets a precise message", "[cli][e2e][issue9]") {
  test::TempDir dir;
  const std::string name(300, 'd');
  Run run = run_s11(dir, "demo --out " + name);
  CHECK(run.exit_code == 2);
  CHECK(run.err == "s11: demo: --out: the name \"" + std::string(60, 'd') +
                       "...\" is 300 bytes long; a file or directory name may have at most 255; "
                       "choose a shorter one\n" +
                       kHelp);
  Run deep =
      run_s11(dir, "survey a.csv --out " + std::string(2100, 'o') + "/" + std::string(2100, 'u'));
  CHECK(deep.exit_code == 2);
  CHECK(deep.err ==
        "s11: survey: --out: the path is 4201 bytes long; a path may have at most 4095\n" + kHelp);
  CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("audit.ini problems found at the run name their lines, all at once",
          "[cli][e2e][issue9]") {
  test::TempDir dir;
  copy_example(dir);
  const fs::path ini = dir.path() / "audit" / "audit.ini";
  std::string text = test::slurp(ini);
  text.replace(text.find("last_plan = action-plan-2014-15.xlsx"), 36,
               "last_plan = action-plan-2013-14.xlsx\nnext_audit_date = 2015-01-31");
  text += "\n[survey_mapping]\nq99 = Do you know the lead?\n";
  std::ofstream(ini, std::ios::binary) << text;
  Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        "audit/audit.ini:28: last_plan \"action-plan-2013-14.xlsx\" does not exist (looked for "
        "\"audit/action-plan-2013-14.xlsx\")\n"
        "audit/audit.ini:29: next_audit_date 2015-01-31 is before the audit date 2015-11-30 "
        "(line 8); expected the day of the next audit, when the drafted actions fall due, after "
        "the audit date (leave it out for a year on)\n"
        "s11: 2 problems found; nothing was written.\n");
  CHECK_FALSE(fs::exists(dir.path() / "audit" / "out"));

  // With those put right, the mapping of an unknown question is located too.
  text.replace(text.find("action-plan-2013-14.xlsx"), 24, "action-plan-2014-15.xlsx");
  text.replace(text.find("next_audit_date = 2015-01-31"), 28, "next_audit_date = 2016-11-30");
  std::ofstream(ini, std::ios::binary) << text;
  Run mapped = run_s11(dir, "run audit");
  CHECK(mapped.exit_code == 1);
  CHECK(mapped.err ==
        "audit/audit.ini:44: [survey_mapping] names question \"q99\", which questionnaire "
        "\"oscb-staff\" does not have; expected a question id from q01 to q12\n"
        "s11: 1 problem found; nothing was written.\n");
}

TEST_CASE("audit.ini that is a directory or UTF-16 is named as such", "[cli][e2e][issue9]") {
  test::TempDir dir;
  copy_example(dir);
  const fs::path ini = dir.path() / "audit" / "audit.ini";
  const std::string text = test::slurp(ini);
  std::string utf16 = "\xFF\xFE";
  for (char c : text) utf16 += std::string{c, '\0'};
  std::ofstream(ini, std::ios::binary) << utf16;
  Run wide = run_s11(dir, "run audit");
  CHECK(wide.exit_code == 1);
  CHECK(wide.err ==
        "audit/audit.ini: the file is UTF-16 (it starts with FF FE); save it as UTF-8\n"
        "s11: 1 problem found; nothing was written.\n");

  fs::remove(ini);
  fs::create_directory(ini);
  Run folder = run_s11(dir, "run audit");
  CHECK(folder.exit_code == 1);
  CHECK(folder.err ==
        "audit/audit.ini: is a directory, not a settings file\n"
        "s11: 1 problem found; nothing was written.\n");
  CHECK_FALSE(fs::exists(dir.path() / "audit" / "out"));
}

}  // namespace s11
