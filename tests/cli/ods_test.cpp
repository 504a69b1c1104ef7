// End-to-end: issue 12's OpenDocument inputs. The example audit with its evidence workbook,
// a review, last year's plan and a survey export saved as .ods by LibreOffice
// (tests/data/ods/make_ods_fixtures.sh) must give the return the .xlsx twins give; and the
// evidence workbook is found when it is not called evidence.xlsx.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "base/xlsx_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;

const fs::path kOds = fs::path(S11_TEST_DATA_DIR) / "ods";
const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";

// The example audit copied to dir/NAME.
fs::path copy_example(const test::TempDir& dir, const std::string& name) {
  fs::path audit = dir.path() / name;
  fs::copy(kExample, audit, fs::copy_options::recursive);
  return audit;
}

// Replaces every `from` in `text` by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

// The files swapped for their .ods twins, as the return names them.
const std::vector<std::pair<std::string, std::string>> kSwapped = {
    {"evidence.xlsx", "evidence.ods"},
    {"Independent reviewer.xlsx", "Independent reviewer.ods"},
    {"action-plan-2014-15.xlsx", "action-plan-2014-15.ods"},
    {"leisure-msforms.xlsx", "leisure-msforms.ods"}};

struct Differences {
  std::vector<std::string> names;   // cells that differ only by the swapped file names
  std::vector<std::string> hashes;  // Document control's SHA-256 of a changed input file
};

// Compares every cell of every sheet of two workbooks s11 wrote: the same but for the names of
// the swapped files and, in Document control, their fingerprints.
Differences compare_workbooks(const fs::path& xlsx_twin, const fs::path& ods_twin) {
  const xlsx::Workbook a = xlsx::read_workbook(xlsx_twin.string());
  const xlsx::Workbook b = xlsx::read_workbook(ods_twin.string());
  static const std::regex sha256("[0-9a-f]{64}");
  Differences differences;
  REQUIRE(a.sheets.size() == b.sheets.size());
  for (std::size_t s = 0; s < a.sheets.size(); ++s) {
    const xlsx::Sheet& x = a.sheets[s];
    const xlsx::Sheet& y = b.sheets[s];
    INFO(xlsx_twin.filename().string() << ": sheet " << x.name);
    REQUIRE(x.name == y.name);
    CHECK(x.cells.size() == y.cells.size());
    for (const auto& [position, cell] : x.cells) {
      const xlsx::Cell& other = y.at(position.first, position.second);
      INFO(xlsx::cell_name(position.first, position.second)
           << ": " << cell.text << " | " << other.text);
      CHECK(cell.type == other.type);
      if (cell.text == other.text && cell.number == other.number) continue;
      std::string renamed = cell.text;
      for (const auto& [from, to] : kSwapped) renamed = replaced(renamed, from, to);
      const std::string place = x.name + "!" + xlsx::cell_name(position.first, position.second);
      if (renamed == other.text) {
        differences.names.push_back(place);
      } else if (x.name == "Document control" && std::regex_match(cell.text, sha256) &&
                 std::regex_match(other.text, sha256)) {
        differences.hashes.push_back(place);
      } else {
        FAIL_CHECK("differs");
      }
    }
  }
  return differences;
}

TEST_CASE("ods: an audit whose workbooks are .ods gives the return of their .xlsx twins",
          "[cli][ods]") {
  test::TempDir dir;
  const fs::path xlsx_audit = copy_example(dir, "xlsx");
  const fs::path ods_audit = copy_example(dir, "ods");
  fs::remove(ods_audit / "evidence.xlsx");
  fs::copy_file(kOds / "evidence.ods", ods_audit / "evidence.ods");
  fs::remove(ods_audit / "reviews" / "Independent reviewer.xlsx");
  fs::copy_file(kOds / "Independent reviewer.ods",
                ods_audit / "reviews" / "Independent reviewer.ods");
  fs::remove(ods_audit / "action-plan-2014-15.xlsx");
  fs::copy_file(kOds / "action-plan-2014-15.ods", ods_audit / "action-plan-2014-15.ods");
  fs::remove(ods_audit / "surveys" / "leisure-msforms.xlsx");
  fs::copy_file(kOds / "leisure-msforms.ods", ods_audit / "surveys" / "leisure-msforms.ods");
  std::string ini = test::slurp(ods_audit / "audit.ini");
  ini = replaced(ini, "action-plan-2014-15.xlsx", "action-plan-2014-15.ods");
  ini = replaced(ini, "leisure-msforms.xlsx", "leisure-msforms.ods");
  std::ofstream(ods_audit / "audit.ini", std::ios::binary) << ini;

  const Run x = run_s11(dir, "run xlsx");
  const Run o = run_s11(dir, "run ods");
  REQUIRE(x.exit_code == 0);
  REQUIRE(o.exit_code == 0);
  std::string expected_out = x.out;
  std::string expected_err = x.err;
  for (const auto& [from, to] : kSwapped) {
    expected_out = replaced(expected_out, from, to);
    expected_err = replaced(expected_err, from, to);
  }
  expected_out =
      replaced(replaced(expected_out, "xlsx/", "ods/"), "challenge xlsx", "challenge ods");
  CHECK(o.out == expected_out);
  CHECK(o.err == replaced(expected_err, "xlsx/", "ods/"));

  // Document control names the four files and gives their SHA-256 (and audit.ini's, which
  // names two of them); the Questionnaire sheet names the survey export, the Review sheet the
  // reviewer's file. Nothing else differs.
  const Differences ret = compare_workbooks(xlsx_audit / "out" / "section11-return.xlsx",
                                            ods_audit / "out" / "section11-return.xlsx");
  CHECK(ret.names == std::vector<std::string>{"Questionnaire!A5", "Review!B5",
                                              "Document control!A19", "Document control!A23",
                                              "Document control!A26", "Document control!A29"});
  CHECK(ret.hashes == std::vector<std::string>{"Document control!B17", "Document control!B19",
                                               "Document control!B23", "Document control!B26",
                                               "Document control!B29"});
  const Differences plan = compare_workbooks(xlsx_audit / "out" / "action-plan.xlsx",
                                             ods_audit / "out" / "action-plan.xlsx");
  CHECK(plan.names.empty());
  CHECK(plan.hashes.empty());
  CHECK(test::slurp(xlsx_audit / "out" / "gaps.csv") ==
        test::slurp(ods_audit / "out" / "gaps.csv"));
  CHECK(test::slurp(xlsx_audit / "out" / "action-plan.ics") ==
        test::slurp(ods_audit / "out" / "action-plan.ics"));
}

TEST_CASE("ods: the evidence workbook is found by its sheets, or named in audit.ini",
          "[cli][ods]") {
  test::TempDir dir;
  const fs::path audit = copy_example(dir, "audit");
  const Run before = run_s11(dir, "run audit");
  REQUIRE(before.exit_code == 0);
  const std::string return_before = test::slurp(audit / "out" / "section11-return.xlsx");

  fs::rename(audit / "evidence.xlsx", audit / "evidence FINAL.xlsx");
  const Run found = run_s11(dir, "run audit");
  REQUIRE(found.exit_code == 0);
  const xlsx::Workbook book =
      xlsx::read_workbook((audit / "out" / "section11-return.xlsx").string());
  const xlsx::Sheet* control = book.find("Document control");
  REQUIRE(control != nullptr);
  bool named = false;
  for (const auto& [position, cell] : control->cells) named |= cell.text == "evidence FINAL.xlsx";
  CHECK(named);

  // Two workbooks with the evidence workbook's sheets: s11 does not guess.
  fs::copy_file(kOds / "evidence.ods", audit / "evidence (copy).ods");
  const Run two = run_s11(dir, "run audit");
  CHECK(two.exit_code == 1);
  CHECK(two.err ==
        "audit: 2 workbooks could be the evidence workbook, \"evidence "
        "(copy).ods\" and \"evidence FINAL.xlsx\" (each has the sheets \"Self-assessment\" and "
        "\"Evidence\"); name the one to read in audit.ini ([audit] evidence = FILE)\n"
        "s11: 1 problem found; nothing was written.\n");

  // Named in audit.ini: read, whatever else is there.
  std::string ini = test::slurp(audit / "audit.ini");
  ini = replaced(ini, "[document]", "evidence = evidence (copy).ods\n\n[document]");
  std::ofstream(audit / "audit.ini", std::ios::binary) << ini;
  const Run chosen = run_s11(dir, "run audit");
  CHECK(chosen.exit_code == 0);

  // None: what was looked for, and what each workbook there holds.
  test::TempDir empty;
  const fs::path bare = copy_example(empty, "audit");
  fs::remove(bare / "evidence.xlsx");
  fs::copy_file(kOds / "evidence-renamed-sheet.xlsx", bare / "evidence FINAL.xlsx");
  const Run renamed = run_s11(empty, "run audit");
  CHECK(renamed.exit_code == 1);
  CHECK(renamed.err ==
        "audit/evidence FINAL.xlsx: no sheet named \"Evidence\"; the workbook has sheets "
        "\"Self-assessment\", \"Evidence register\", \"Guidance\" and \"Notes\"; expected the "
        "workbook made by `s11 new`\n"
        "s11: 1 problem found; nothing was written.\n");
  fs::remove(bare / "evidence FINAL.xlsx");
  const Run none = run_s11(empty, "run audit");
  CHECK(none.exit_code == 1);
  CHECK(
      none.err ==
      "audit: no evidence workbook: looked for evidence.xlsx, evidence.ods and any .xlsx "
      "or .ods with the sheets \"Self-assessment\" and \"Evidence\"; \"action-plan-2014-15.xlsx\" "
      "has one sheet, \"Action Plan 2014-15\"; create the audit with `s11 new`, or name the one "
      "to read in audit.ini ([audit] evidence = FILE)\n"
      "s11: 1 problem found; nothing was written.\n");
}

TEST_CASE("ods: s11 new --from carries last year's .ods evidence workbook as its .xlsx twin",
          "[cli][ods]") {
  test::TempDir xlsx_dir;
  test::TempDir ods_dir;
  copy_example(xlsx_dir, "2015-16");
  const fs::path last = copy_example(ods_dir, "2015-16");
  fs::remove(last / "evidence.xlsx");
  fs::copy_file(kOds / "evidence.ods", last / "evidence.ods");
  const std::string args = "new 2016-17 --from 2015-16 --period 2016-17 --date 2016-11-30";
  const Run x = run_s11(xlsx_dir, args);
  const Run o = run_s11(ods_dir, args);
  REQUIRE(x.exit_code == 0);
  REQUIRE(o.exit_code == 0);
  CHECK(o.out == x.out);
  const xlsx::Workbook a = xlsx::read_workbook(xlsx_dir.file("2016-17/evidence.xlsx"));
  const xlsx::Workbook b = xlsx::read_workbook(ods_dir.file("2016-17/evidence.xlsx"));
  REQUIRE(a.sheets.size() == b.sheets.size());
  std::vector<std::string> named;
  for (std::size_t s = 0; s < a.sheets.size(); ++s) {
    CHECK(a.sheets[s].cells.size() == b.sheets[s].cells.size());
    for (const auto& [position, cell] : a.sheets[s].cells) {
      const std::string other = b.sheets[s].at(position.first, position.second).text;
      if (cell.text == other) continue;
      // The one difference: the name of the workbook carried from.
      CHECK(replaced(cell.text, "2015-16/evidence.xlsx", "2015-16/evidence.ods") == other);
      named.push_back(a.sheets[s].name + "!" + xlsx::cell_name(position.first, position.second));
    }
  }
  CHECK(named == std::vector<std::string>{"Self-assessment!A3", "Evidence!A3"});
}

TEST_CASE("ods: a file in reviews/ that is not a workbook is named, not ignored", "[cli][ods]") {
  test::TempDir dir;
  const fs::path audit = copy_example(dir, "audit");
  std::ofstream(audit / "reviews" / "meeting notes.txt") << "Notes of the review meeting\n";
  fs::copy_file(kOds / "Independent reviewer.ods", audit / "reviews" / "Independent reviewer.odt");
  std::ofstream(audit / "reviews" / ".~lock.Independent reviewer.xlsx#") << "lock";
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 0);
  CHECK(run.err.find("warning: audit/reviews/Independent reviewer.odt: not read: reviews are "
                     "workbooks (.xlsx or .ods) made by `s11 review`; save it as one, or move it "
                     "out of reviews/\n"
                     "warning: audit/reviews/meeting notes.txt: not read: reviews are workbooks "
                     "(.xlsx or .ods) made by `s11 review`; save it as one, or move it out of "
                     "reviews/\n") != std::string::npos);
  CHECK(run.err.find(".~lock") == std::string::npos);

  // A reviewer's workbook saved as .ods is theirs: s11 review does not write a second one.
  const Run again = run_s11(dir, "review audit --reviewer \"Independent reviewer\"");
  CHECK(again.exit_code == 3);
  CHECK(again.err.find("audit/reviews/Independent reviewer.xlsx: already exists") !=
        std::string::npos);
  fs::remove(audit / "reviews" / "Independent reviewer.xlsx");
  fs::copy_file(kOds / "Independent reviewer.ods", audit / "reviews" / "Independent reviewer.ods");
  const Run ods = run_s11(dir, "review audit --reviewer \"Independent reviewer\"");
  CHECK(ods.exit_code == 3);
  CHECK(ods.err ==
        "s11: audit/reviews/Independent reviewer.ods: already exists; s11 review never "
        "overwrites a review (choose another --reviewer or move the file)\n");
}

}  // namespace
}  // namespace s11
