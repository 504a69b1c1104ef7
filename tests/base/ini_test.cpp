#include "base/ini.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {
namespace {

/// The problems parse_ini() finds in `text`, as a file named "audit.ini".
std::vector<std::string> problems_in(std::string_view text) {
  ProblemList problems;
  parse_ini(text, "audit.ini", problems);
  return problems.items();
}

/// The one InputError parse_ini() throws for `text`, or "" when it throws none.
std::string whole_file_problem(std::string_view text) {
  ProblemList problems;
  try {
    parse_ini(text, "audit.ini", problems);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("ini: sections, settings and their lines", "[base][ini]") {
  ProblemList problems;
  IniFile ini = parse_ini(
      "; settings\n"
      "top = 1\n"
      "[audit]\r\n"
      "  organisation =  A Council  \r\n"
      "\n"
      "[ plan ]\n"
      "last_plan=plan.xlsx\n"
      "[audit]\n"
      "period = 2015-16",
      "audit.ini", problems);
  CHECK(problems.empty());
  REQUIRE(ini.sections.size() == 2);
  CHECK(ini.sections[0].name == "audit");
  CHECK(ini.sections[0].line == 3);
  CHECK(ini.sections[1].name == "plan");
  CHECK(ini.sections[1].line == 6);
  REQUIRE(ini.settings.size() == 4);
  CHECK(ini.settings[0].section.empty());
  CHECK(ini.settings[0].key == "top");
  REQUIRE(ini.find("audit", "organisation") != nullptr);
  CHECK(ini.find("audit", "organisation")->value == "A Council");
  CHECK(ini.find("audit", "organisation")->line == 4);
  CHECK(ini.find("plan", "last_plan")->value == "plan.xlsx");
  CHECK(ini.find("audit", "period")->line == 9);
  CHECK(ini.find("audit", "date") == nullptr);
  CHECK(ini.find_section("history") == nullptr);
}

TEST_CASE("ini: inline comments after white space are not part of the value",
          "[base][ini][issue9]") {
  ProblemList problems;
  IniFile ini = parse_ini(
      "[audit]                 ; the audit\n"
      "date = 2015-11-30       ; the audit date\n"
      "owner = Head of HR\t# a role, not a name\n"
      "link = https://example.org/policy#part-2\n"
      "ratio = 3;4\n"
      "lead = ; nobody yet\n"
      "  # an indented comment\n"
      "  ; and another\n",
      "audit.ini", problems);
  CHECK(problems.empty());
  CHECK(ini.find("audit", "date")->value == "2015-11-30");
  CHECK(ini.find("audit", "owner")->value == "Head of HR");
  CHECK(ini.find("audit", "link")->value == "https://example.org/policy#part-2");
  CHECK(ini.find("audit", "ratio")->value == "3;4");
  CHECK(ini.find("audit", "lead")->value.empty());
  CHECK(ini.settings.size() == 5);
}

TEST_CASE("ini: a duplicate key names the key, its first line and the duplicate's line",
          "[base][ini][issue9]") {
  CHECK(
      problems_in("[audit]\ndate = 2015-11-30\n\n[plan]\ndate = 1\n[audit]\ndate = 2016-01-01\n") ==
      std::vector<std::string>{
          "audit.ini:7: setting \"date\" in [audit] is given twice (first on line 2); keep one",
      });
  CHECK(problems_in("a = 1\n[s]\n\na = 2\n") == std::vector<std::string>{});
  CHECK(problems_in("a = 1\na = 2\n") ==
        std::vector<std::string>{
            "audit.ini:2: setting \"a\" is given twice (first on line 1); keep one"});
}

TEST_CASE("ini: the first value of a duplicate key is kept", "[base][ini][issue9]") {
  ProblemList problems;
  IniFile ini = parse_ini("[a]\nk = first\nk = second\n", "audit.ini", problems);
  CHECK(problems.size() == 1);
  CHECK(ini.find("a", "k")->value == "first");
}

TEST_CASE("ini: syntax problems are all reported with their lines", "[base][ini][issue9]") {
  CHECK(problems_in("[audit\norganisation\n = value\n[]\n[plan] x\n[history]]\n") ==
        std::vector<std::string>{
            "audit.ini:1: section header \"[audit\" has no closing \"]\"; expected [section]",
            std::string("audit.ini:2: \"organisation\" is neither a setting (key = value) nor a "
                        "section ") +
                "header ([section]); a comment starts with ; or #",
            "audit.ini:3: \"= value\" has no key before \"=\"",
            "audit.ini:4: section header \"[]\" has no name",
            std::string("audit.ini:5: unexpected text \"x\" after [plan]; a comment starts with ; "
                        "or # ") +
                "after a space",
            std::string("audit.ini:6: unexpected text \"]\" after [history]; a comment starts ") +
                "with ; or # after a space",
        });
}

TEST_CASE("ini: a UTF-16 or UTF-32 file is refused, naming the encoding found",
          "[base][ini][issue9]") {
  using namespace std::string_literals;
  CHECK(whole_file_problem("\xFF\xFE[\0a\0]\0"s) ==
        "audit.ini: the file is UTF-16 (it starts with FF FE); save it as UTF-8");
  CHECK(whole_file_problem("\xFE\xFF\0[\0a\0]"s) ==
        "audit.ini: the file is UTF-16 (it starts with FE FF); save it as UTF-8");
  CHECK(whole_file_problem("\xFF\xFE\0\0[\0\0\0"s) ==
        "audit.ini: the file is UTF-32 (it starts with FF FE 00 00); save it as UTF-8");
  CHECK(whole_file_problem("\0\0\xFE\xFF\0\0\0["s) ==
        "audit.ini: the file is UTF-32 (it starts with 00 00 FE FF); save it as UTF-8");
  CHECK(whole_file_problem("[\0a\0u\0d\0i\0t\0]\0"s) ==
        "audit.ini: the file is UTF-16 without a byte order mark (every second byte is zero); "
        "save it as UTF-8");
  CHECK(whole_file_problem("[audit]\n").empty());
}

TEST_CASE("ini: invalid UTF-8 is located by line and character", "[base][ini][issue9]") {
  CHECK(problems_in("[audit]\nowner = Caf\xC3\xA9\norganisation = Caf\xE9 Council\n") ==
        std::vector<std::string>{"audit.ini:3: the line is not UTF-8 (byte E9 at character 19); "
                                 "save the file as UTF-8"});
}

TEST_CASE("ini: a NUL byte in a setting is refused with its line", "[base][ini][issue9]") {
  using namespace std::string_literals;
  CHECK(problems_in("[audit]\norganisation = A\0B\nperiod = 2015-16\x1b[31m\n"s) ==
        std::vector<std::string>{
            "audit.ini:2: the line holds a NUL byte (character 17); remove it",
            "audit.ini:3: the line holds an ESC character (character 17); remove it",
        });
  CHECK(problems_in("[audit]\norganisation =\tA\tB\n").empty());
}

TEST_CASE("ini: one or more UTF-8 byte order marks are skipped", "[base][ini][issue9]") {
  ProblemList problems;
  IniFile ini = parse_ini("\xEF\xBB\xBF\xEF\xBB\xBF[audit]\nk = v\n", "audit.ini", problems);
  CHECK(problems.empty());
  REQUIRE(ini.find("audit", "k") != nullptr);
  CHECK(ini.find("audit", "k")->line == 2);
}

TEST_CASE("ini: a directory is not a settings file", "[base][ini][issue9]") {
  test::TempDir dir;
  std::filesystem::create_directory(dir.path() / "audit.ini");
  ProblemList problems;
  const std::string path = dir.file("audit.ini");
  CHECK_THROWS_WITH(read_ini_file(path, problems), path + ": is a directory, not a settings file");
  CHECK_THROWS_AS(read_ini_file(dir.file("missing.ini"), problems), IoError);
  CHECK_THROWS_WITH(read_ini_file("/dev/null", problems),
                    "/dev/null: is not a regular file (a device, pipe or socket), not a settings "
                    "file");
}

TEST_CASE("ini: a file over 1 MiB is refused without reading it all", "[base][ini][issue9]") {
  test::TempDir dir;
  const std::string path = dir.write("audit.ini", std::string((1 << 20) + 1, ';'));
  ProblemList problems;
  CHECK_THROWS_WITH(read_ini_file(path, problems),
                    path + ": is larger than 1 MiB; a settings file is a few lines of text");
  const std::string ok = dir.write("ok.ini", std::string(1 << 20, ';'));
  CHECK_NOTHROW(read_ini_file(ok, problems));
}

}  // namespace s11
