// End-to-end tests of text longer than Excel holds or prints: the real s11 executable with a
// 300-character organisation and period, organisations with & in them, and evidence lists
// longer than a cell. Every workbook written is read back.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/xlsx_reader.h"
#include "reports/evidence_template.h"
#include "reports/xlsx_emitter.h"
#include "standards/framework.h"
#include "support/xlsx_dump.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::shell_quote;

std::string repeat(const std::string& text, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += text;
  return out;
}

/// Runs s11 with `args` in `dir`.
test::Run s11(const test::TempDir& dir, const std::string& args) {
  return test::run_command(dir.path(), shell_quote(S11_EXE) + " " + args);
}

/// The lines of the dump of the workbook at `path` that contain `part`, trimmed.
std::vector<std::string> dump_lines(const fs::path& path, const std::string& part) {
  const std::string dump = test::dump_xlsx(path.string());
  std::vector<std::string> found;
  std::size_t start = 0;
  while (start < dump.size()) {
    std::size_t end = dump.find('\n', start);
    if (end == std::string::npos) end = dump.size();
    std::string line = dump.substr(start, end - start);
    if (line.find(part) != std::string::npos) {
      found.push_back(line.substr(line.find_first_not_of(' ')));
    }
    start = end + 1;
  }
  return found;
}

/// The stderr lines of `run` that are not the blank evidence workbook's own warnings.
std::vector<std::string> other_warnings(const test::Run& run) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < run.err.size()) {
    std::size_t end = run.err.find('\n', start);
    if (end == std::string::npos) end = run.err.size();
    std::string line = run.err.substr(start, end - start);
    // What a workbook left blank is warned of: no statuses, ratings or impact levels.
    bool blank = false;
    for (const char* what : {"points have no status", "have no rating", "has no rating",
                             "overall rating is blank", "no impact level"}) {
      blank = blank || line.find(what) != std::string::npos;
    }
    if (!line.empty() && !blank) {
      lines.push_back(line);
    }
    start = end + 1;
  }
  return lines;
}

TEST_CASE("a 300-character organisation and period just work in every workbook",
          "[e2e][limits][issue9]") {
  test::TempDir dir;
  const std::string org = repeat("Telford & Wrekin ", 17) + "Borough 300";
  const std::string period = repeat("2015-16, ", 33) + "end";
  REQUIRE(org.size() == 300);
  REQUIRE(period.size() == 300);
  const test::Run created = s11(dir, "new audit --org " + shell_quote(org) + " --period " +
                                         shell_quote(period) + " --date 2015-11-30");
  INFO(created.err);
  REQUIRE(created.exit_code == 0);
  CHECK(created.err.empty());
  const test::Run run = s11(dir, "run audit");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(other_warnings(run).empty());
  REQUIRE(s11(dir, "review audit --reviewer Peer").exit_code == 0);
  const test::Run plan = s11(dir, "plan audit --as-of 2016-01-31");
  INFO(plan.err);
  REQUIRE(plan.exit_code == 0);
  CHECK(other_warnings(plan).empty());  // s11 plan reads the audit again, as s11 run does

  const fs::path audit = dir.path() / "audit";
  for (const fs::path& path :
       {audit / "evidence.xlsx", audit / "out" / "section11-return.xlsx",
        audit / "out" / "action-plan.xlsx", audit / "reviews" / "Peer.xlsx"}) {
    INFO(path.string());
    const xlsx::Workbook book = xlsx::read_workbook(path.string());
    // The organisation is written in full in a cell (a title or the document control).
    std::size_t in_full = 0;
    for (const auto& sheet : book.sheets) {
      for (const auto& entry : sheet.cells)
        in_full += entry.second.text.find(org) != std::string::npos;
    }
    CHECK(in_full > 0);
    // And in the file's properties: the title names it.
    const std::string dump = test::dump_xlsx(path.string());
    const std::size_t title = dump.find("\n  title: \"");
    REQUIRE(title != std::string::npos);
    CHECK(dump.substr(title, dump.find('\n', title + 1) - title).find(org) != std::string::npos);
  }
  // Footers hold one line: the organisation is cut to 60 characters, the period to 30, and
  // the & is printed as typed.
  const std::string place =
      "Telford && Wrekin Telford && Wrekin Telford && Wrekin Telfor... "
      "2015-16, 2015-16, 2015-16,...";
  const std::string plan_title =
      "Telford && Wrekin Telford && Wrekin Telford && Wrekin Telford && Wrekin "
      "Telford && Wrekin Telford && Wr...";
  const std::string plan_footer = "oddFooter: \"&L" + plan_title + "&CAction plan&RPage &P of &N\"";
  CHECK(dump_lines(audit / "out" / "section11-return.xlsx", "oddFooter: \"&L") ==
        std::vector<std::string>{
            "oddFooter: \"&L" + place + "&CSummary&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CFindings&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CReturn&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CGaps&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CImpact&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CReview&RPage &P of &N\"",
            "oddFooter: \"&L" + place + "&CChallenge&RPage &P of &N\"", plan_footer,
            "oddFooter: \"&L" + place + "&CDocument control&RPage &P of &N\""});
  CHECK(dump_lines(audit / "out" / "action-plan.xlsx", "oddFooter: ") ==
        std::vector<std::string>{
            plan_footer, "oddFooter: \"&L" + plan_title + "&CDocument control&RPage &P of &N\""});
}

TEST_CASE("an & in the organisation prints as typed in every header and footer",
          "[e2e][limits][issue9]") {
  // "Telford & Wrekin" lost its & ("Telford Wrekin"); "&F&P" printed the file's path and the
  // page number.
  for (const std::string& org : {std::string("Telford & Wrekin"), std::string("&F&P")}) {
    test::TempDir dir;
    REQUIRE(s11(dir, "new audit --org " + shell_quote(org) + " --period 2015-16 --date 2015-11-30")
                .exit_code == 0);
    REQUIRE(s11(dir, "run audit").exit_code == 0);
    std::string escaped;
    for (char c : org) escaped += c == '&' ? std::string("&&") : std::string(1, c);
    const fs::path out = dir.path() / "audit" / "out";
    CHECK(dump_lines(out / "section11-return.xlsx", "oddFooter: \"&L") ==
          std::vector<std::string>{
              "oddFooter: \"&L" + escaped + " 2015-16&CSummary&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CFindings&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CReturn&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CGaps&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CImpact&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CChallenge&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped +
                  " Section 11 action plan 2015-16&CAction plan&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped + " 2015-16&CDocument control&RPage &P of &N\""});
    CHECK(dump_lines(out / "action-plan.xlsx", "oddFooter: ") ==
          std::vector<std::string>{
              "oddFooter: \"&L" + escaped +
                  " Section 11 action plan 2015-16&CAction plan&RPage &P of &N\"",
              "oddFooter: \"&L" + escaped +
                  " Section 11 action plan 2015-16&CDocument control&RPage &P of &N\""});
  }
}

TEST_CASE("twenty long evidence titles citing one point no longer stop the run",
          "[e2e][limits][issue9]") {
  test::TempDir dir;
  REQUIRE(s11(dir, "new audit --org Wychwood --period 2015-16 --date 2015-11-30").exit_code == 0);
  // The evidence workbook s11 new wrote, filled in: point 1.1 met on twenty items.
  AuditConfig config;
  config.organisation = "Wychwood";
  config.period = "2015-16";
  config.audit_date = Date{2015, 11, 30};
  const Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/oscb-2015.xml");
  layout::Workbook book = build_evidence_template(framework, config);
  for (const auto& cell : book.sheets[0].cells) {
    const auto* text = std::get_if<std::string>(&cell.value);
    if (cell.col == 1 && text && *text == "1.1") {
      book.sheets[0].set(cell.row, 4, std::string("Met"));
      break;
    }
  }
  for (int i = 0; i < 20; ++i) {
    const int row = 4 + i;
    const std::string id = "E" + std::to_string(10 + i);
    book.sheets[1].set(row, 0, id);
    book.sheets[1].set(row, 1, std::string(2000, static_cast<char>('a' + i)));
    book.sheets[1].set(row, 2, std::string("policy"));
    book.sheets[1].set(row, 3, Date{2015, 3, 1});
    book.sheets[1].set(row, 6, std::string("1.1"));
  }
  const fs::path evidence = dir.path() / "audit" / "evidence.xlsx";
  fs::remove(evidence);
  REQUIRE(write_xlsx(book, evidence.string()).empty());

  const test::Run run = s11(dir, "run audit");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(other_warnings(run) ==
        std::vector<std::string>{
            "warning: audit/out/section11-return.xlsx: Return!G2: the evidence list is 40,399 "
            "characters, more than a cell holds (32,767); shortened to 32,381 with a note"});
  const xlsx::Workbook written =
      xlsx::read_workbook((dir.path() / "audit" / "out" / "section11-return.xlsx").string());
  const std::string& text = written.find("Return")->at(1, 6).text;
  CHECK(text.size() == 32381);
  CHECK(text.substr(0, 4) == "E10 ");
  CHECK(text.substr(text.size() - 62) ==
        "\n... and 4 more items, see the Evidence sheet of evidence.xlsx");
}

TEST_CASE("ten thousand unknown survey columns no longer stop the survey summary",
          "[e2e][limits][issue9]") {
  test::TempDir dir;
  const std::string csv =
      test::slurp(fs::path(S11_TEST_DATA_DIR) / "questionnaires" / "generic.csv");
  std::string wide;
  std::size_t start = 0;
  for (bool header = true; start < csv.size(); header = false) {
    std::size_t end = csv.find('\n', start);
    if (end == std::string::npos) end = csv.size();
    std::string line = csv.substr(start, end - start);
    const bool cr = !line.empty() && line.back() == '\r';
    if (cr) line.pop_back();
    if (!line.empty()) {
      for (int i = 0; i < 10000; ++i) {
        line += header ? ";Extra question " + std::to_string(10000 + i) : std::string(";");
      }
    }
    wide += line + (cr ? "\r\n" : "\n");
    start = end + 1;
  }
  dir.write("wide.csv", wide);
  const test::Run run = s11(dir, "survey wide.csv --out out");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  // The cell listing the columns not used is shortened, and says so.
  const std::string prefix = "warning: out/survey-summary.xlsx: Questionnaire!";
  const std::string limit = " characters, more than a cell holds (32,767); shortened to 32,";
  const std::string suffix = " with a note";
  std::size_t shortened = 0;
  for (const std::string& line : other_warnings(run)) {
    if (line.rfind(prefix, 0) == 0 && line.find(limit) != std::string::npos &&
        line.compare(line.size() - suffix.size(), suffix.size(), suffix) == 0) {
      ++shortened;
    }
  }
  CHECK(shortened == 1);
  const xlsx::Workbook book =
      xlsx::read_workbook((dir.path() / "out" / "survey-summary.xlsx").string());
  CHECK(book.find("Questionnaire") != nullptr);
}

}  // namespace
}  // namespace s11
