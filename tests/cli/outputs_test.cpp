// End-to-end tests of issue 9's data-loss findings: what `s11 run` and `s11 plan` do to out/
// when something is in the way, when another run holds the audit, and when a killed run left
// its leftovers.

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>

#include "base/file_lock.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;
using test::slurp;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";

/// The example audit in `dir`/audit, run once; returns that run (its stderr holds the
/// example's warnings, which every later run prints first).
Run make_run_audit(const test::TempDir& dir) {
  fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
  Run run = run_s11(dir, "run audit");
  REQUIRE(run.exit_code == 0);
  return run;
}

std::set<std::string> names(const fs::path& path) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(path)) out.insert(e.path().filename().string());
  return out;
}

const std::set<std::string> kAuditNames = {".s11.lock", "README.md",     "action-plan-2014-15.xlsx",
                                           "audit.ini", "evidence.xlsx", "last-year",
                                           "out",       "reviews",       "surveys"};

}  // namespace

TEST_CASE("s11 run leaves a directory at an output path alone and writes nothing",
          "[cli][e2e][outputs][issue9]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  const std::string plan = slurp(out / "action-plan.xlsx");
  const std::string ret = slurp(out / "section11-return.xlsx");
  fs::remove(out / "gaps.csv");
  fs::create_directories(out / "gaps.csv" / "mine");
  dir.write("audit/out/gaps.csv/mine/keep.txt", "precious");
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 3);
  CHECK(run.out.empty());
  CHECK(run.err == first.err +
                       "s11: audit/out/gaps.csv: a directory is at this output path; left alone "
                       "and nothing was written: move or rename it, then run again\n");
  CHECK(slurp(out / "gaps.csv" / "mine" / "keep.txt") == "precious");
  CHECK(slurp(out / "action-plan.xlsx") == plan);
  CHECK(slurp(out / "section11-return.xlsx") == ret);
  CHECK(names(dir.path() / "audit") == kAuditNames);
}

TEST_CASE("s11 run leaves a file where out/ goes alone and writes nothing",
          "[cli][e2e][outputs][issue9]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  fs::remove_all(dir.path() / "audit" / "out");
  dir.write("audit/out", "the user's");
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 3);
  CHECK(run.err == first.err +
                       "s11: audit/out: a file is where s11 writes its output directory; left "
                       "alone and nothing was written: move or rename it, then run again\n");
  CHECK(slurp(dir.path() / "audit" / "out") == "the user's");
}

TEST_CASE("two runs on one audit at once: the second waits, then says who holds it",
          "[cli][e2e][outputs][issue9]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  const std::string plan = slurp(out / "action-plan.xlsx");
  std::string holder;
  const std::optional<FileLock> lock = FileLock::acquire(
      dir.file("audit/.s11.lock"), "pid 1234, `s11 run`, started 2026-12-02 02:41:07",
      std::chrono::milliseconds(0), holder);
  REQUIRE(lock);
  const std::string busy =
      "s11: another s11 run (pid 1234, `s11 run`, started 2026-12-02 02:41:07) is using audit; "
      "wait for it to finish, then run again\n";
  const auto start = std::chrono::steady_clock::now();
  const Run run = run_s11(dir, "run audit");
  CHECK(std::chrono::steady_clock::now() - start >= std::chrono::seconds(5));
  CHECK(run.exit_code == 3);
  CHECK(run.out.empty());
  CHECK(run.err == first.err + busy);
  const Run plan_run = run_s11(dir, "plan audit --as-of 2016-01-31");
  CHECK(plan_run.exit_code == 3);
  CHECK(plan_run.err == busy);
  CHECK(slurp(out / "action-plan.xlsx") == plan);
}

TEST_CASE("a user's files in out/ survive s11 run and s11 plan", "[cli][e2e][outputs][issue9]") {
  test::TempDir dir;
  make_run_audit(dir);
  const fs::path out = dir.path() / "audit" / "out";
  dir.write("audit/out/notes.txt", "my notes");
  fs::create_directories(out / "drafts");
  dir.write("audit/out/drafts/letter.txt", "Dear Board");
  REQUIRE(run_s11(dir, "run audit").exit_code == 0);
  REQUIRE(run_s11(dir, "plan audit --as-of 2016-01-31").exit_code == 0);
  CHECK(names(out) == std::set<std::string>{".s11-action-plan-drafted.xlsx", ".s11-manifest",
                                            "action-plan.ics", "action-plan.xlsx", "drafts",
                                            "gaps.csv", "notes.txt", "section11-return.xlsx"});
  CHECK(slurp(out / "notes.txt") == "my notes");
  CHECK(slurp(out / "drafts" / "letter.txt") == "Dear Board");
  CHECK(names(dir.path() / "audit") == kAuditNames);
}

TEST_CASE("s11 run recovers what a killed run left and says so", "[cli][e2e][outputs][issue9]") {
  test::TempDir dir;
  const Run first = make_run_audit(dir);
  const fs::path audit = fs::canonical(dir.path() / "audit");
  struct stat st {};
  REQUIRE(lstat((audit / "out").c_str(), &st) == 0);
  const std::string leftover = ".out.s11-new-" + std::to_string(st.st_ino) + "-Ab12Cd";
  fs::create_directories(audit / leftover);
  dir.write("audit/" + leftover + "/gaps.csv", "half");
  const Run run = run_s11(dir, "run audit");
  CHECK(run.exit_code == 0);
  CHECK(run.err == first.err + "warning: " + (audit / "out").string() +
                       ": recovered from an interrupted run: kept the complete previous outputs "
                       "and removed the unfinished ones in " +
                       (audit / leftover).string() + "\n");
  CHECK(names(dir.path() / "audit") == kAuditNames);
}

}  // namespace s11
