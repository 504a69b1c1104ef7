#include "app/audit_lock.h"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <regex>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {

using namespace std::chrono_literals;

TEST_CASE("two runs on one audit at once: the second says who holds it", "[app][lock][issue9]") {
  test::TempDir dir;
  {
    const FileLock lock = app::lock_audit(dir.path().string(), "s11 run");
    // The note a second run will print.
    const std::string note = test::slurp(dir.path() / ".s11.lock");
    CHECK(std::regex_match(note,
                           std::regex("pid " + std::to_string(getpid()) +
                                      ", `s11 run`, started "
                                      "[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\n")));
    try {
      app::lock_audit(dir.path().string(), "s11 plan", 100ms);
      FAIL("no error");
    } catch (const IoError& e) {
      CHECK(std::string(e.what()) == "another s11 run (" + note.substr(0, note.size() - 1) +
                                         ") is using " + dir.path().string() +
                                         "; wait for it to finish, then run again");
      CHECK(e.exit_code() == ExitCode::kIo);
    }
  }
  // Released with its holder: the next run gets it at once.
  CHECK_NOTHROW(app::lock_audit(dir.path().string(), "s11 plan", 0ms));
}

TEST_CASE("an audit directory that cannot hold the lock file is reported", "[app][lock][issue9]") {
  test::TempDir dir;
  try {
    app::lock_audit(dir.file("missing"), "s11 run", 0ms);
    FAIL("no error");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()) ==
          dir.file("missing/.s11.lock") + ": cannot open the lock file: No such file or directory");
  }
}

}  // namespace s11
