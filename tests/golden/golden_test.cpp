// Golden-file tests: every output of the example audit, written by the real s11 executable,
// dumped as text (support/xlsx_dump.h) and compared with the files in tests/golden/.
// S11_UPDATE_GOLDEN=1 rewrites the golden files instead (tests/golden/README.md).

#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/xlsx_dump.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;
using test::shell_quote;
using test::slurp;

const fs::path kGoldenDir = S11_GOLDEN_DIR;
const fs::path kSurveys = fs::path(S11_SOURCE_DIR) / "examples" / "district-council" / "surveys";

/// The example's survey exports, in the order of the example's audit.ini.
const std::vector<std::string> kSurveyFiles = {
    "housing-surveymonkey.csv", "customer-services-surveymonkey.xlsx", "leisure-msforms.xlsx",
    "community-safety-googleforms.csv", "parks-play-generic.csv"};

/// Runs s11 with `args` (already quoted for the shell) in `dir`, capturing its output.
/// Runs s11 with `args` in `dir` and requires it to succeed.
Run s11_ok(const test::TempDir& dir, const std::string& args) {
  Run run = run_s11(dir, args);
  INFO("s11 " << args << "\n" << run.err);
  REQUIRE(run.exit_code == 0);
  return run;
}

/// The `s11 survey` arguments for the example's exports copied to `dir`/surveys.
std::string survey_args(const test::TempDir& dir) {
  fs::copy(kSurveys, dir.path() / "surveys", fs::copy_options::recursive);
  std::string args = "survey";
  for (const auto& name : kSurveyFiles) args += " " + shell_quote("surveys/" + name);
  return args + " --out S";
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

/// A line as shown in a diff: carriage returns and tabs made visible.
std::string visible(const std::string& line) {
  std::string shown;
  for (char c : line)
    shown += c == '\r' ? std::string("\\r") : c == '\t' ? "\\t" : std::string(1, c);
  return shown;
}

/// A compact unified-style diff of `expected` and `actual`: the region between their common
/// first and last lines, with `context` lines around it and at most `limit` lines from each
/// side. "" when they are equal.
std::string first_difference(const std::string& expected, const std::string& actual,
                             std::size_t context = 3, std::size_t limit = 20) {
  if (expected == actual) return "";
  const std::vector<std::string> a = split_lines(expected);
  const std::vector<std::string> b = split_lines(actual);
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
    ++suffix;
  }
  const std::size_t start = prefix > context ? prefix - context : 0;
  const std::size_t a_end = a.size() - suffix;
  const std::size_t b_end = b.size() - suffix;
  const std::size_t after = std::min(context, suffix);
  std::ostringstream diff;
  diff << "--- golden\n+++ actual\n@@ -" << start + 1 << "," << a_end + after - start << " +"
       << start + 1 << "," << b_end + after - start << " @@\n";
  for (std::size_t i = start; i < prefix; ++i) diff << " " << visible(a[i]) << "\n";
  for (std::size_t i = prefix; i < a_end && i < prefix + limit; ++i)
    diff << "-" << visible(a[i]) << "\n";
  if (a_end > prefix + limit) diff << "-... (" << a_end - prefix - limit << " more lines)\n";
  for (std::size_t i = prefix; i < b_end && i < prefix + limit; ++i)
    diff << "+" << visible(b[i]) << "\n";
  if (b_end > prefix + limit) diff << "+... (" << b_end - prefix - limit << " more lines)\n";
  for (std::size_t i = a_end; i < a_end + after; ++i) diff << " " << visible(a[i]) << "\n";
  if (a == b) diff << "(the texts differ only in whether they end with a line end)\n";
  return diff.str();
}

/// Whether S11_UPDATE_GOLDEN=1 asks for the golden files to be rewritten.
bool updating_golden() {
  const char* env = std::getenv("S11_UPDATE_GOLDEN");
  return env && std::string(env) == "1";
}

/// Compares `actual` with the golden file `name`, byte for byte. With S11_UPDATE_GOLDEN=1 a
/// golden file that differs (or is missing) is rewritten and the test fails saying so, so a
/// changed output never passes unseen; an unchanged one passes.
void check_golden(const std::string& name, const std::string& actual) {
  const fs::path path = kGoldenDir / name;
  const bool exists = fs::exists(path);
  const std::string expected = exists ? slurp(path) : std::string();
  if (updating_golden()) {
    if (exists && expected == actual) return;
    std::ofstream out(path, std::ios::binary);
    out << actual;
    out.close();
    INFO("cannot write " << path.string());
    REQUIRE(out.good());
    FAIL("S11_UPDATE_GOLDEN=1: " << (exists ? "rewrote " : "created ") << path.string()
                                 << "; review `git diff tests/golden`, commit it only if the "
                                    "output is meant to change, and run again without "
                                    "S11_UPDATE_GOLDEN");
  }
  if (!exists) {
    FAIL("golden file " << path.string()
                        << " is missing; S11_UPDATE_GOLDEN=1 build/tests/s11_tests \"[golden]\" "
                           "writes it");
  }
  const bool same = expected == actual;
  INFO("the output differs from " << path.string() << " (S11_UPDATE_GOLDEN=1 rewrites it if "
                                  << "the change is meant):\n"
                                  << first_difference(expected, actual));
  REQUIRE(same);
}

/// Compares the dump of workbook `workbook` with the golden file `name`.
void check_workbook(const std::string& name, const fs::path& workbook) {
  REQUIRE(fs::exists(workbook));
  check_golden(name, test::dump_xlsx(workbook.string()));
}

/// What a command printed, for the console transcript.
std::string transcript(const std::string& args, const Run& run) {
  return "$ s11 " + args + "\nexit " + std::to_string(run.exit_code) + "\n--- stdout\n" + run.out +
         "--- stderr\n" + run.err + "\n";
}

}  // namespace

TEST_CASE("golden: the demo's return workbook", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  check_workbook("return.txt", dir.path() / "T" / "out" / "section11-return.xlsx");
}

TEST_CASE("golden: the demo's action plan", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  check_workbook("action-plan.txt", dir.path() / "T" / "out" / "action-plan.xlsx");
}

TEST_CASE("golden: the demo's gaps.csv, byte for byte", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  REQUIRE(fs::exists(dir.path() / "T" / "out" / "gaps.csv"));
  check_golden("gaps.csv", slurp(dir.path() / "T" / "out" / "gaps.csv"));
}

TEST_CASE("golden: the demo's action-plan.ics, byte for byte", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  REQUIRE(fs::exists(dir.path() / "T" / "out" / "action-plan.ics"));
  check_golden("action-plan.ics", slurp(dir.path() / "T" / "out" / "action-plan.ics"));
}

TEST_CASE("golden: an independent reviewer's workbook for the demo", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  s11_ok(dir, "review T --reviewer 'Golden reviewer' --role independent");
  check_workbook("review-workbook.txt", dir.path() / "T" / "reviews" / "Golden reviewer.xlsx");
}

TEST_CASE("golden: the evidence workbook of s11 new", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "new T2 --org 'Wychwood District Council' --period 2015-16 --date 2016-03-31");
  check_workbook("evidence-template.txt", dir.path() / "T2" / "evidence.xlsx");
}

TEST_CASE("golden: the audit.ini of s11 new, byte for byte", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "new T2 --org 'Wychwood District Council' --period 2015-16 --date 2016-03-31");
  REQUIRE(fs::exists(dir.path() / "T2" / "audit.ini"));
  check_golden("audit-ini.txt", slurp(dir.path() / "T2" / "audit.ini"));
}

TEST_CASE("golden: the survey summary of the example's exports", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, survey_args(dir));
  check_workbook("survey-summary.txt", dir.path() / "S" / "survey-summary.xlsx");
}

TEST_CASE("golden: the demo's action plan re-rated as of 30 June 2016", "[golden][e2e]") {
  test::TempDir dir;
  s11_ok(dir, "demo --out T");
  s11_ok(dir, "plan T --as-of 2016-06-30");
  check_workbook("action-plan-rerated.txt", dir.path() / "T" / "out" / "action-plan.xlsx");
}

TEST_CASE("golden: what each command prints", "[golden][e2e]") {
  test::TempDir dir;
  std::string text;
  const std::vector<std::string> commands = {
      "demo --out T",
      "review T --reviewer 'Golden reviewer' --role independent",
      "challenge T",
      "plan T --as-of 2016-06-30",
      "new T2 --org 'Wychwood District Council' --period 2015-16 --date 2016-03-31",
      survey_args(dir)};
  for (const auto& args : commands) text += transcript(args, run_s11(dir, args));
  check_golden("console.txt", text);
}

TEST_CASE("the golden diff shows the first differing lines with context", "[golden]") {
  CHECK(first_difference("a\nb\nc\n", "a\nb\nc\n").empty());
  CHECK(first_difference("1\n2\n3\n4\n5\n6\n", "1\n2\n3\nfour\n5\n6\n", 1) ==
        "--- golden\n+++ actual\n@@ -3,3 +3,3 @@\n 3\n-4\n+four\n 5\n");
  CHECK(first_difference("x\r\n", "x\n", 0) ==
        "--- golden\n+++ actual\n@@ -1,1 +1,1 @@\n-x\\r\n+x\n");
}

}  // namespace s11
