// End-to-end tests of issue 10's living plan and return: what the user types into the outputs
// in out/ is carried into the next run, or the run stops instead of overwriting it.

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "base/xlsx_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_command;
using test::run_s11;
using test::shell_quote;
using test::slurp;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";

/// Edits a workbook with openpyxl: `python3 SCRIPT PATH SHEET N HEADER=VALUE...` sets, on the
/// N-th action row of the plan table (a row below the header row with text under "Action"),
/// the cell under each HEADER to VALUE (with N "append", on a new row below the last);
/// `python3 SCRIPT PATH SHEET CELL VALUE` sets one cell.
const char* kEditScript = R"(import sys, openpyxl
path, sheet, where = sys.argv[1], sys.argv[2], sys.argv[3]
wb = openpyxl.load_workbook(path)
ws = wb[sheet]
if not where.isdigit() and where != 'append':
    ws[where].value = sys.argv[4]
    wb.save(path)
    sys.exit(0)
head = next(row[0].row for row in ws.iter_rows() if any(c.value == 'Progress' for c in row))
cols = {str(c.value): c.column for c in ws[head] if c.value is not None}
rows = [r for r in range(head + 1, ws.max_row + 1) if ws.cell(row=r, column=cols['Action']).value]
row = ws.max_row + 1 if where == 'append' else rows[int(where) - 1]
for pair in sys.argv[4:]:
    key, value = pair.split('=', 1)
    ws.cell(row=row, column=cols[key]).value = value
wb.save(path)
)";

/// Edits the workbook at `path` (relative to `dir`) as kEditScript does.
void edit_workbook(const test::TempDir& dir, const std::string& path, const std::string& sheet,
                   const std::string& where, const std::vector<std::string>& cells) {
  const std::string script = dir.write("edit.py", kEditScript);
  std::string command = "/usr/bin/python3 " + shell_quote(script) + " " + shell_quote(path) + " " +
                        shell_quote(sheet) + " " + shell_quote(where);
  for (const auto& cell : cells) command += " " + shell_quote(cell);
  const Run edit = run_command(dir.path(), command);
  INFO(edit.err);
  REQUIRE(edit.exit_code == 0);
}

/// The example audit in `dir`/audit, run once; returns that run.
Run make_run_audit(const test::TempDir& dir) {
  fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
  Run run = run_s11(dir, "run audit");
  REQUIRE(run.exit_code == 0);
  return run;
}

/// Dates the manifest in `out` to 2 December 2026 06:14 (local time), so that messages saying
/// when s11 wrote out/ can be checked whole.
void date_manifest(const fs::path& out) {
  REQUIRE(test::set_local_mtime((out / ".s11-manifest").string(), 2026, 12, 2, 6, 14));
}

/// Every file in `out` and its bytes.
std::map<std::string, std::string> contents(const fs::path& out) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(out)) {
    files[entry.path().filename().string()] = slurp(entry.path());
  }
  return files;
}

/// The values of the plan table's `n`-th action row (with text under "Action"), by header;
/// empty when it has fewer.
std::map<std::string, std::string> plan_row_or_none(const fs::path& path, const std::string& sheet,
                                                    int n) {
  const xlsx::Workbook book = xlsx::read_workbook(path.string());
  const xlsx::Sheet* plan = book.find(sheet);
  REQUIRE(plan != nullptr);
  std::map<std::string, int> columns;
  int row = 0;
  for (; row < plan->row_count() && !columns.count("Progress"); ++row) {
    columns.clear();
    for (int column = 0; column < plan->column_count(); ++column) {
      columns[xlsx::display_text(plan->at(row, column))] = column;
    }
  }
  REQUIRE(columns.count("Action"));
  for (; row < plan->row_count(); ++row) {
    if (xlsx::display_text(plan->at(row, columns.at("Action"))).empty() || --n > 0) continue;
    std::map<std::string, std::string> values;
    for (const auto& [header, column] : columns) {
      values[header] = xlsx::display_text(plan->at(row, column));
    }
    return values;
  }
  return {};
}

/// plan_row(), failing the test when there are fewer than `n` action rows.
std::map<std::string, std::string> plan_row_required(const fs::path& path, const std::string& sheet,
                                                     int n) {
  auto values = plan_row_or_none(path, sheet, n);
  if (values.empty()) FAIL("fewer than " << n << " action rows in " << path);
  return values;
}

}  // namespace

TEST_CASE("progress and a status typed into the plan survive the next s11 run",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  const auto before = plan_row_required(out / "action-plan.xlsx", "Action plan", 1);
  REQUIRE(before.at("Status (RAG rating)") != "A-Amber");
  REQUIRE(before.at("Progress") != "Policy drafted; goes to the board in May");
  edit_workbook(
      dir, "audit/out/action-plan.xlsx", "Action plan", "1",
      {"Progress=Policy drafted; goes to the board in May", "Status (RAG rating)=A-Amber"});
  date_manifest(out);

  const Run second = run_s11(dir, "run audit");
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(second.err == first.err +
                          "warning: audit/out/action-plan.xlsx: changed since s11 wrote it on "
                          "2026-12-02 at 06:14; carried 2 edits of yours into the new plan "
                          "(progress of 1 milestone, 1 status)\n");
  const auto after = plan_row_required(out / "action-plan.xlsx", "Action plan", 1);
  CHECK(after.at("Action") == before.at("Action"));
  CHECK(after.at("Progress") == "Policy drafted; goes to the board in May");
  CHECK(after.at("Status (RAG rating)") == "A-Amber");
  // The rule's suggestion beside the user's word: no longer completed, and past its date.
  CHECK(before.at("Rule suggests").empty());
  CHECK(after.at("Rule suggests") == "R-Red");
  // The return's Action plan sheet is the same plan.
  const auto in_return = plan_row_required(out / "section11-return.xlsx", "Action plan", 1);
  CHECK(in_return.at("Progress") == "Policy drafted; goes to the board in May");
  CHECK(in_return.at("Status (RAG rating)") == "A-Amber");

  // Carried again by every later run, though the plan is now as s11 wrote it.
  const Run third = run_s11(dir, "run audit");
  CHECK(third.exit_code == 0);
  CHECK(third.err == first.err +
                         "warning: audit/out/action-plan.xlsx: carried 2 edits of yours into the "
                         "new plan (progress of 1 milestone, 1 status)\n");
  CHECK(plan_row_required(out / "action-plan.xlsx", "Action plan", 1).at("Progress") ==
        "Policy drafted; goes to the board in May");
}

TEST_CASE("an action the user added to the plan stays where they put it",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  int actions = 0;
  while (!plan_row_or_none(out / "action-plan.xlsx", "Action plan", actions + 1).empty()) ++actions;
  REQUIRE(actions > 10);
  edit_workbook(dir, "audit/out/action-plan.xlsx", "Action plan", "append",
                {"Action=Run a safeguarding awareness week", "Evidence=Attendance list",
                 "Completion date=March 2016", "Lead=Safeguarding Coordinator",
                 "Progress=Venue booked", "Status (RAG rating)=G-Green"});
  date_manifest(out);
  const Run second = run_s11(dir, "run audit");
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(second.err == first.err +
                          "warning: audit/out/action-plan.xlsx: changed since s11 wrote it on "
                          "2026-12-02 at 06:14; carried 1 edit of yours into the new plan (1 row "
                          "added)\n");
  const auto added = plan_row_required(out / "action-plan.xlsx", "Action plan", actions + 1);
  CHECK(added.at("Action") == "Run a safeguarding awareness week");
  CHECK(added.at("Evidence") == "Attendance list");
  CHECK(added.at("Completion date") == "March 2016");
  CHECK(added.at("Lead") == "Safeguarding Coordinator");
  CHECK(added.at("Progress") == "Venue booked");
  CHECK(added.at("Status (RAG rating)") == "G-Green");
  CHECK(plan_row_or_none(out / "action-plan.xlsx", "Action plan", actions + 2).empty());
}

TEST_CASE("a plan edited and saved by LibreOffice keeps its edits too",
          "[cli][e2e][living][libreoffice][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  fs::create_directories(dir.path() / "edit");
  fs::copy_file(out / "action-plan.xlsx", dir.path() / "edit" / "action-plan.xlsx");
  edit_workbook(dir, "edit/action-plan.xlsx", "Action plan", "1",
                {"Progress=Training booked for 12 May", "Status (RAG rating)=R-Red"});
  const Run convert =
      run_command(dir.path(), "soffice -env:UserInstallation=file://" + dir.path().string() +
                                  "/lo-profile --headless --convert-to xlsx "
                                  "--outdir saved edit/action-plan.xlsx");
  INFO(convert.out << convert.err);
  REQUIRE(convert.exit_code == 0);
  // LibreOffice wrote it: its own application name is in the file.
  const Run app = run_command(dir.path(), "unzip -p saved/action-plan.xlsx docProps/app.xml");
  INFO(app.err);
  REQUIRE(app.out.find("<Application>LibreOffice/") != std::string::npos);
  fs::copy_file(dir.path() / "saved" / "action-plan.xlsx", out / "action-plan.xlsx",
                fs::copy_options::overwrite_existing);
  date_manifest(out);

  const Run second = run_s11(dir, "run audit");
  INFO(second.err);
  CHECK(second.exit_code == 0);
  CHECK(second.err == first.err +
                          "warning: audit/out/action-plan.xlsx: changed since s11 wrote it on "
                          "2026-12-02 at 06:14; carried 2 edits of yours into the new plan "
                          "(progress of 1 milestone, 1 status)\n");
  const auto after = plan_row_required(out / "action-plan.xlsx", "Action plan", 1);
  CHECK(after.at("Progress") == "Training booked for 12 May");
  CHECK(after.at("Status (RAG rating)") == "R-Red");
}

TEST_CASE("an edited return stops s11 run and s11 plan; --force keeps it beside",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  edit_workbook(dir, "audit/out/section11-return.xlsx", "Summary", "C2",
                {"peer review: agreed with the rating"});
  date_manifest(out);
  const auto edited = contents(out);
  const std::string stop =
      "audit/out/section11-return.xlsx: changed since s11 wrote it on 2026-12-02 at 06:14; s11 "
      "does not read the return back, so what you typed into it would be lost: put reviewers' "
      "ratings and comments in review workbooks (`s11 review audit --reviewer NAME`) and the "
      "agency's own in audit/evidence.xlsx, then move your copy out of audit/out, or run again "
      "with --force to write a new one and keep yours as "
      "audit/out/section11-return.edited-1.xlsx\n"
      "s11: 1 problem found; nothing was written.\n";

  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 1);
  CHECK(run.out.empty());
  CHECK(run.err == first.err + stop);
  CHECK(contents(out) == edited);

  const Run plan = run_s11(dir, "plan audit --as-of 2016-01-31");
  CHECK(plan.exit_code == 1);
  CHECK(plan.err.size() >= stop.size());
  CHECK(plan.err.substr(plan.err.size() - stop.size()) == stop);
  CHECK(contents(out) == edited);

  const Run forced = run_s11(dir, "run audit --force");
  INFO(forced.err);
  CHECK(forced.exit_code == 0);
  CHECK(forced.err == first.err +
                          "warning: audit/out/section11-return.xlsx: changed since s11 wrote it "
                          "on 2026-12-02 at 06:14; --force: kept your copy as "
                          "audit/out/section11-return.edited-1.xlsx and wrote a new one\n");
  CHECK(slurp(out / "section11-return.edited-1.xlsx") == edited.at("section11-return.xlsx"));
  CHECK(slurp(out / "section11-return.xlsx") != edited.at("section11-return.xlsx"));
  CHECK(forced.out.find("audit/out/section11-return.edited-1.xlsx") != std::string::npos);

  // A second edit kept by a second --force never replaces the first kept copy.
  edit_workbook(dir, "audit/out/section11-return.xlsx", "Summary", "C2", {"second thoughts"});
  const std::string second_edit = slurp(out / "section11-return.xlsx");
  REQUIRE(run_s11(dir, "run audit --force").exit_code == 0);
  CHECK(slurp(out / "section11-return.edited-1.xlsx") == edited.at("section11-return.xlsx"));
  CHECK(slurp(out / "section11-return.edited-2.xlsx") == second_edit);
  // The kept copies are the user's now: the next run leaves them be and does not stop.
  const Run after = run_s11(dir, "run audit");
  CHECK(after.exit_code == 0);
  CHECK(after.err == first.err);
  CHECK(fs::exists(out / "section11-return.edited-2.xlsx"));
}

TEST_CASE("an edited plan that no longer reads stops the run; --force keeps it beside",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  dir.write("audit/out/action-plan.xlsx", "not a workbook any more");
  date_manifest(out);
  const auto edited = contents(out);
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 1);
  CHECK(run.err ==
        first.err +
            "audit/out/action-plan.xlsx: not an .xlsx workbook (not a zip archive); save it as "
            "Excel Workbook (.xlsx)\n"
            "audit/out/action-plan.xlsx: changed since s11 wrote it on 2026-12-02 at 06:14 and "
            "no longer reads as an action plan (the problems above), so your changes cannot be "
            "carried into the new plan: put them right and run again, or run again with --force "
            "to write a new one and keep yours as audit/out/action-plan.edited-1.xlsx\n"
            "s11: 2 problems found; nothing was written.\n");
  CHECK(contents(out) == edited);

  const Run forced = run_s11(dir, "run audit --force");
  CHECK(forced.exit_code == 0);
  CHECK(slurp(out / "action-plan.edited-1.xlsx") == "not a workbook any more");
  CHECK(slurp(out / "action-plan.xlsx").substr(0, 2) == "PK");
}

TEST_CASE("an edited gap list stops the run", "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  dir.write("audit/out/gaps.csv", slurp(out / "gaps.csv") + "my own line\n");
  date_manifest(out);
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 1);
  CHECK(run.err == first.err +
                       "audit/out/gaps.csv: changed since s11 wrote it on 2026-12-02 at 06:14; "
                       "s11 does not read it back: move your copy out of audit/out, or run again "
                       "with --force to write a new one and keep yours as "
                       "audit/out/gaps.edited-1.csv\n"
                       "s11: 1 problem found; nothing was written.\n");
}

TEST_CASE("outputs an older s11 wrote (no manifest) are kept beside the new ones",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  fs::remove(out / ".s11-manifest");
  const auto old = contents(out);
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 0);
  std::string kept;
  for (const auto& [name, copy] : std::vector<std::pair<std::string, std::string>>{
           {"section11-return.xlsx", "section11-return.edited-1.xlsx"},
           {"gaps.csv", "gaps.edited-1.csv"},
           {"action-plan.ics", "action-plan.edited-1.ics"},
           {"action-plan.xlsx", "action-plan.edited-1.xlsx"}}) {
    kept += "warning: audit/out/" + name +
            ": s11 has no record of writing it (no .s11-manifest beside it), so it cannot tell "
            "whether you changed it: kept it as audit/out/" +
            copy + " and wrote a new one\n";
    CHECK(slurp(out / copy) == old.at(name));
  }
  CHECK(run.err == first.err + kept);
  CHECK(fs::exists(out / ".s11-manifest"));
  // Recorded now: the next run keeps nothing more.
  const Run again = run_s11(dir, "run audit");
  CHECK(again.err == first.err);
}

TEST_CASE("the manifest lists each output with its SHA-256, the same for the same inputs",
          "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  const std::string manifest = slurp(out / ".s11-manifest");
  for (const char* name : {"section11-return.xlsx", "gaps.csv", "action-plan.xlsx"}) {
    const Run sum = run_command(out, "sha256sum " + std::string(name));
    REQUIRE(sum.exit_code == 0);
    CHECK(manifest.find("sha256 " + sum.out.substr(0, 64) + "  " + name + "\n") !=
          std::string::npos);
  }
  CHECK(manifest.find("written-by s11 run ") != std::string::npos);
  CHECK(manifest.find("audit-date 2015-11-30\n") != std::string::npos);
  REQUIRE(run_s11(dir, "run audit").exit_code == 0);
  CHECK(slurp(out / ".s11-manifest") == manifest);
}

TEST_CASE("s11 plan updates the return's Action plan sheet", "[cli][e2e][living][issue10]") {
  test::TempDir dir;
  make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  /// The plan table's "Rule suggests" column, row by row.
  auto suggested = [](const fs::path& path) {
    std::vector<std::string> column;
    for (int n = 1;; ++n) {
      const auto row = plan_row_or_none(path, "Action plan", n);
      if (row.empty()) return column;
      column.push_back(row.at("Rule suggests"));
    }
  };
  const std::vector<std::string> before = suggested(out / "section11-return.xlsx");
  REQUIRE(before == suggested(out / "action-plan.xlsx"));
  const Run plan = run_s11(dir, "plan audit --as-of 2016-12-01");
  INFO(plan.err);
  REQUIRE(plan.exit_code == 0);
  CHECK(plan.out.find("\nWrote:\n  audit/out/section11-return.xlsx\n  audit/out/gaps.csv\n  "
                      "audit/out/action-plan.xlsx\n") != std::string::npos);
  // A year on, overdue actions are Red in the plan workbook and in the return alike.
  const std::vector<std::string> after = suggested(out / "action-plan.xlsx");
  CHECK(suggested(out / "section11-return.xlsx") == after);
  CHECK(after != before);
  CHECK(std::count(after.begin(), after.end(), "R-Red") >
        std::count(before.begin(), before.end(), "R-Red"));
}

}  // namespace s11
