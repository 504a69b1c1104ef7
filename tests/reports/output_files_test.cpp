#include "reports/output_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

using test::slurp;
using Mode = OutputBatch::Mode;

/// The names in `dir`, sorted.
std::set<std::string> names(const fs::path& dir) {
  std::set<std::string> out;
  for (const auto& e : fs::directory_iterator(dir)) out.insert(e.path().filename().string());
  return out;
}

ino_t inode(const fs::path& path) {
  struct stat st {};
  REQUIRE(lstat(path.c_str(), &st) == 0);
  return st.st_ino;
}

/// Collects the notes a batch gives.
struct Notes {
  std::vector<std::string> lines;
  OutputBatch::Note note() {
    return [this](const std::string& line) { lines.push_back(line); };
  }
};

/// `dir`/out holding a.txt and b.txt with `a` and `b`.
void make_out(const test::TempDir& dir, const std::string& a, const std::string& b) {
  fs::create_directories(dir.path() / "out");
  dir.write("out/a.txt", a);
  dir.write("out/b.txt", b);
}

/// The real path of `dir` (the batch resolves it; /tmp may be a link).
std::string real(const test::TempDir& dir, const std::string& name) {
  return (fs::canonical(dir.path()) / name).string();
}

}  // namespace

TEST_CASE("outputs appear only on commit", "[reports][output]") {
  test::TempDir dir;
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "new a");
    std::ofstream(batch.temp_path("b.txt")) << "new b";
    CHECK_FALSE(fs::exists(dir.path() / "out"));
    batch.commit();
    CHECK(batch.paths() == std::vector<std::string>{dir.file("out/a.txt"), dir.file("out/b.txt")});
  }
  CHECK(slurp(dir.path() / "out" / "a.txt") == "new a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "new b");
  CHECK(names(dir.path()) == std::set<std::string>{"out"});  // no temporary directory left
}

TEST_CASE("an uncommitted batch leaves nothing behind", "[reports][output]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "new a");
  }
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
}

TEST_CASE("a failed commit leaves the older outputs", "[reports][output]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "new a");
    batch.write_text("b.txt", "new b");
    // b.txt cannot be flushed: its temporary has gone.
    fs::remove(fs::path(batch.temp_path("c.txt")).parent_path() / "b.txt");
    CHECK_THROWS_AS(batch.commit(), IoError);
  }
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");
  CHECK(names(dir.path() / "out") == std::set<std::string>{"a.txt", "b.txt"});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
}

TEST_CASE("the new output directory is swapped in whole", "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  const ino_t before = inode(dir.path() / "out");
  OutputBatch batch(dir.file("out"), Mode::kDirectory);
  batch.write_text("a.txt", "new a");
  batch.write_text("b.txt", "new b");
  // Built beside out/, named after the inode of the out/ it replaces.
  const fs::path staged = fs::path(batch.temp_path("c.txt")).parent_path();
  CHECK(staged.parent_path() == fs::canonical(dir.path()));
  CHECK(staged.filename().string().rfind(".out.s11-new-" + std::to_string(before) + "-", 0) == 0);
  batch.write_text("c.txt", "new c");
  batch.commit();
  CHECK(inode(dir.path() / "out") != before);
  CHECK(slurp(dir.path() / "out" / "a.txt") == "new a");
  CHECK(names(dir.path() / "out") == std::set<std::string>{"a.txt", "b.txt", "c.txt"});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
}

TEST_CASE("the new out/ keeps the old one's permissions, or the umask's when there was none",
          "[reports][output][issue9]") {
  // mkdtemp's 0700 made out/ unreadable to the colleagues who could read the old one.
  auto mode_of = [](const fs::path& path) {
    struct stat st {};
    REQUIRE(stat(path.c_str(), &st) == 0);
    return st.st_mode & 07777;
  };
  test::TempDir dir;
  const mode_t mask = umask(022);
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "first");
    batch.commit();
  }
  CHECK(mode_of(dir.path() / "out") == 0755);
  REQUIRE(chmod((dir.path() / "out").c_str(), 0750) == 0);
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "second");
    batch.commit();
  }
  umask(mask);
  CHECK(mode_of(dir.path() / "out") == 0750);
  CHECK(slurp(dir.path() / "out" / "a.txt") == "second");
}

TEST_CASE("a user's files in out/ survive the swap", "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  dir.write("out/notes.txt", "my notes");
  fs::create_directories(dir.path() / "out" / "drafts");
  dir.write("out/drafts/x.txt", "draft");
  fs::create_symlink("notes.txt", dir.path() / "out" / "link");
  const ino_t notes = inode(dir.path() / "out" / "notes.txt");
  Notes notes_given;
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory, notes_given.note());
    batch.write_text("a.txt", "new a");
    batch.commit();
  }
  CHECK(names(dir.path() / "out") ==
        std::set<std::string>{"a.txt", "b.txt", "drafts", "link", "notes.txt"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "new a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");    // not an output of this batch: kept
  CHECK(inode(dir.path() / "out" / "notes.txt") == notes);  // the same file, not a copy
  CHECK(slurp(dir.path() / "out" / "drafts" / "x.txt") == "draft");
  CHECK(fs::read_symlink(dir.path() / "out" / "link") == "notes.txt");
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(notes_given.lines.empty());
}

TEST_CASE("a run killed after the swap: the next one keeps the new set and cleans up",
          "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "new a", "new b");
  dir.write("out/notes.txt", "my notes");
  // The old set as the swap left it: under the hidden name that records its own inode, the
  // user's file linked into out/, a subdirectory not yet moved across.
  fs::create_directories(dir.path() / "old" / "drafts");
  dir.write("old/a.txt", "old a");
  dir.write("old/b.txt", "old b");
  dir.write("old/drafts/x.txt", "draft");
  fs::create_hard_link(dir.path() / "out" / "notes.txt", dir.path() / "old" / "notes.txt");
  const std::string leftover =
      ".out.s11-new-" + std::to_string(inode(dir.path() / "old")) + "-Ab12Cd";
  fs::rename(dir.path() / "old", dir.path() / leftover);
  Notes notes;
  OutputBatch batch(dir.file("out"), Mode::kDirectory, notes.note());
  CHECK(notes.lines == std::vector<std::string>{
                           real(dir, "out") +
                           ": recovered from an interrupted run: kept its complete new outputs "
                           "and removed the previous ones in " +
                           real(dir, leftover)});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(names(dir.path() / "out") ==
        std::set<std::string>{"a.txt", "b.txt", "drafts", "notes.txt"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "new a");
  CHECK(slurp(dir.path() / "out" / "notes.txt") == "my notes");
  CHECK(slurp(dir.path() / "out" / "drafts" / "x.txt") == "draft");
}

TEST_CASE("a run killed before the swap: the next one keeps the old set and cleans up",
          "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  const std::string leftover =
      ".out.s11-new-" + std::to_string(inode(dir.path() / "out")) + "-Ab12Cd";
  fs::create_directories(dir.path() / leftover);
  dir.write(leftover + "/a.txt", "half-written");
  Notes notes;
  OutputBatch batch(dir.file("out"), Mode::kDirectory, notes.note());
  CHECK(notes.lines ==
        std::vector<std::string>{real(dir, "out") +
                                 ": recovered from an interrupted run: kept the complete previous "
                                 "outputs and removed the unfinished ones in " +
                                 real(dir, leftover)});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");
}

TEST_CASE("a run killed between the two renames of the fallback: out/ is put back",
          "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  fs::rename(dir.path() / "out", dir.path() / ".out.s11-old-Ab12Cd");
  fs::create_directories(dir.path() / ".out.s11-new-77-Ab12Cd");
  dir.write(".out.s11-new-77-Ab12Cd/a.txt", "new a");
  Notes notes;
  OutputBatch batch(dir.file("out"), Mode::kDirectory, notes.note());
  const std::string recovered = real(dir, "out") + ": recovered from an interrupted run: ";
  CHECK(notes.lines ==
        std::vector<std::string>{
            recovered + "put back the complete previous outputs from " +
                real(dir, ".out.s11-old-Ab12Cd"),
            recovered + "kept the complete previous outputs and removed the unfinished ones in " +
                real(dir, ".out.s11-new-77-Ab12Cd")});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");
}

TEST_CASE("the outputs an earlier s11 set aside are put back", "[reports][output][issue9]") {
  test::TempDir dir;
  // s11 0.x, killed while moving: a.txt already new, b.txt's old one set aside, new one not in.
  make_out(dir, "new a", "old b");
  fs::remove(dir.path() / "out" / "b.txt");
  fs::create_directories(dir.path() / ".out.s11-tmp-Ab12Cd");
  dir.write(".out.s11-tmp-Ab12Cd/.previous-a.txt", "old a");
  dir.write(".out.s11-tmp-Ab12Cd/.previous-b.txt", "old b");
  dir.write(".out.s11-tmp-Ab12Cd/b.txt", "new b");
  Notes notes;
  OutputBatch batch(dir.file("out"), Mode::kDirectory, notes.note());
  CHECK(notes.lines == std::vector<std::string>{
                           real(dir, "out") +
                           ": recovered from an interrupted run: put back the previous outputs "
                           "an earlier s11 had set aside in " +
                           real(dir, ".out.s11-tmp-Ab12Cd")});
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(slurp(dir.path() / "out" / "b.txt") == "old b");
}

TEST_CASE("a directory at an output path is left alone and reported", "[reports][output][issue9]") {
  test::TempDir dir;
  make_out(dir, "old a", "old b");
  fs::remove(dir.path() / "out" / "b.txt");
  fs::create_directories(dir.path() / "out" / "b.txt");
  dir.write("out/b.txt/keep.txt", "precious");
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "new a");
    try {
      batch.write_text("b.txt", "new b");
      FAIL("no error");
    } catch (const IoError& e) {
      CHECK(std::string(e.what()) ==
            dir.file("out/b.txt") +
                ": a directory is at this output path; left alone and nothing was written: move "
                "or rename it, then run again");
    }
  }
  CHECK(slurp(dir.path() / "out" / "b.txt" / "keep.txt") == "precious");
  CHECK(slurp(dir.path() / "out" / "a.txt") == "old a");
  CHECK(names(dir.path()) == std::set<std::string>{"out"});
}

TEST_CASE("a link or a FIFO at an output path is left alone and reported",
          "[reports][output][issue9]") {
  test::TempDir dir;
  fs::create_directories(dir.path() / "out");
  dir.write("elsewhere.txt", "not ours");
  fs::create_symlink(dir.path() / "elsewhere.txt", dir.path() / "out" / "a.txt");
  REQUIRE(mkfifo((dir.path() / "out" / "b.txt").c_str(), 0644) == 0);
  for (const auto& [name, kind] : {std::pair<std::string, std::string>{"a.txt", "a symbolic link"},
                                   {"b.txt", "a FIFO (named pipe)"}}) {
    for (Mode mode : {Mode::kDirectory, Mode::kReplaceFiles, Mode::kNewFiles}) {
      OutputBatch batch(dir.file("out"), mode);
      try {
        batch.write_text(name, "new");
        FAIL("no error");
      } catch (const IoError& e) {
        CHECK(std::string(e.what()) == dir.file("out/" + name) + ": " + kind +
                                           " is at this output path; left alone and nothing was "
                                           "written: move or rename it, then run again");
      }
    }
  }
  CHECK(slurp(dir.path() / "elsewhere.txt") == "not ours");
  CHECK(fs::is_symlink(dir.path() / "out" / "a.txt"));
  CHECK(fs::is_fifo(dir.path() / "out" / "b.txt"));
  CHECK(names(dir.path()) == std::set<std::string>{"elsewhere.txt", "out"});
  CHECK(names(dir.path() / "out") == std::set<std::string>{"a.txt", "b.txt"});
}

TEST_CASE("a file where the output directory goes is left alone and reported",
          "[reports][output][issue9]") {
  test::TempDir dir;
  dir.write("out", "a file of the user's");
  try {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    FAIL("no error");
  } catch (const IoError& e) {
    CHECK(std::string(e.what()) ==
          dir.file("out") +
              ": a file is where s11 writes its output directory; left alone and nothing was "
              "written: move or rename it, then run again");
  }
  CHECK(slurp(dir.path() / "out") == "a file of the user's");
}

TEST_CASE("an output directory that is a link to one is replaced where it points",
          "[reports][output][issue9]") {
  test::TempDir dir;
  fs::create_directories(dir.path() / "shared" / "reports");
  fs::create_directory_symlink("shared/reports", dir.path() / "out");
  {
    OutputBatch batch(dir.file("out"), Mode::kDirectory);
    batch.write_text("a.txt", "new a");
    batch.commit();
  }
  CHECK(fs::is_symlink(dir.path() / "out"));
  CHECK(slurp(dir.path() / "shared" / "reports" / "a.txt") == "new a");
  CHECK(names(dir.path() / "shared") == std::set<std::string>{"reports"});
}

TEST_CASE("new files never replace a file the user has", "[reports][output][issue9]") {
  test::TempDir dir;
  dir.write("b.txt", "the user's");
  {
    OutputBatch batch(dir.path().string(), Mode::kNewFiles);
    batch.write_text("a.txt", "new a");
    batch.write_text("b.txt", "new b");
    try {
      batch.commit();
      FAIL("no error");
    } catch (const IoError& e) {
      CHECK(std::string(e.what()) == dir.file("b.txt") + ": already exists; not overwritten");
    }
  }
  CHECK(slurp(dir.path() / "b.txt") == "the user's");
  CHECK(names(dir.path()) == std::set<std::string>{"b.txt"});
}

TEST_CASE("a file replaced in a shared directory lands with one rename",
          "[reports][output][issue9]") {
  test::TempDir dir;
  dir.write("a.txt", "old a");
  dir.write("notes.txt", "the user's");
  // A killed run's temporaries (a pid that cannot be running) are removed; a live one's stay.
  fs::create_directories(dir.path() / ".s11-tmp-2147483646-Ab12Cd");
  const std::string live = ".s11-tmp-" + std::to_string(getpid()) + "-Zz99Zz";
  fs::create_directories(dir.path() / live);
  Notes notes;
  {
    OutputBatch batch(dir.path().string(), Mode::kReplaceFiles, notes.note());
    batch.write_text("a.txt", "new a");
    batch.commit();
  }
  CHECK(slurp(dir.path() / "a.txt") == "new a");
  CHECK(names(dir.path()) == std::set<std::string>{"a.txt", "notes.txt", live});
  CHECK(notes.lines == std::vector<std::string>{
                           dir.file(".s11-tmp-2147483646-Ab12Cd") +
                           ": removed the unfinished files of an interrupted run; nothing of it "
                           "was in place"});
}

}  // namespace s11
