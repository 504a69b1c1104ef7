#include "reports/output_files.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

using test::slurp;

std::size_t entries(const fs::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("outputs appear only on commit", "[reports][output]") {
  test::TempDir dir;
  {
    OutputBatch batch(dir.file("out"));
    batch.write_text("a.txt", "new a");
    std::ofstream(batch.temp_path("b.txt")) << "new b";
    CHECK_FALSE(fs::exists(dir.path() / "out"));
    batch.commit();
    CHECK(batch.paths() == std::vector<std::string>{dir.file("out/a.txt"), dir.file("out/b.txt")});
  }
  CHECK(slurp(dir.path() / "out" / "a.txt") == "new a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "new b");
  CHECK(entries(dir.path()) == 1);  // no temporary directory left
}

TEST_CASE("an uncommitted batch leaves nothing behind", "[reports][output]") {
  test::TempDir dir;
  {
    OutputBatch batch(dir.file("out"));
    batch.write_text("a.txt", "new a");
  }
  CHECK(entries(dir.path()) == 0);
}

TEST_CASE("a failed commit puts the older outputs back", "[reports][output]") {
  test::TempDir dir;
  fs::create_directories(dir.path() / "out");
  dir.write("out/a.txt", "old a");
  dir.write("out/b.txt", "old b");
  {
    OutputBatch batch(dir.file("out"));
    batch.write_text("a.txt", "new a");
    batch.write_text("b.txt", "new b");
    // b.txt cannot be moved into place: its temporary has gone.
    fs::remove(fs::path(batch.temp_path("c.txt")).parent_path() / "b.txt");
    CHECK_THROWS_AS(batch.commit(), IoError);
  }
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");
  CHECK(entries(dir.path() / "out") == 2);
  CHECK(entries(dir.path()) == 1);
}

}  // namespace s11
