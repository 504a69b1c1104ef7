#include "base/file_lock.h"

#include <catch2/catch.hpp>
#include <chrono>

#include "test_support.h"

namespace s11 {

using namespace std::chrono_literals;

TEST_CASE("a file lock is held by one holder at a time and says who", "[base][lock][issue9]") {
  test::TempDir dir;
  const std::string path = dir.file(".lock");
  std::string holder = "unset";
  std::optional<FileLock> first = FileLock::acquire(path, "the first", 0ms, holder);
  REQUIRE(first);
  CHECK(holder == "unset");
  CHECK(test::slurp(path) == "the first\n");

  const auto start = std::chrono::steady_clock::now();
  CHECK_FALSE(FileLock::acquire(path, "the second", 200ms, holder));
  CHECK(std::chrono::steady_clock::now() - start >= 200ms);  // it waited
  CHECK(holder == "the first");
  CHECK(test::slurp(path) == "the first\n");

  first.reset();  // released: the next one gets it and rewrites the note
  std::optional<FileLock> second = FileLock::acquire(path, "the second", 0ms, holder);
  REQUIRE(second);
  CHECK(test::slurp(path) == "the second\n");
}

}  // namespace s11
