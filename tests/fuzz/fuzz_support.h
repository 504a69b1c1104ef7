#pragma once
/// What the fuzz targets share (tests/fuzz/README.md): the input written to a file for readers
/// that take a path, the bundled data found in the source tree, and the rule that an s11::Error
/// (InputError, IoError, UsageError) is a normal outcome while anything else fails the run.

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>

#include "base/errors.h"

namespace s11::fuzz {

/// A directory of this process's own under /dev/shm (or $TMPDIR when /dev/shm is missing),
/// made on first use and removed when the process exits.
inline const std::string& scratch_dir() {
  static const std::string dir = [] {
    std::error_code error;
    std::string base = std::filesystem::is_directory("/dev/shm", error)
                           ? "/dev/shm"
                           : std::filesystem::temp_directory_path().string();
    std::string pattern = base + "/s11-fuzz-XXXXXX";
    if (!mkdtemp(pattern.data())) {
      std::perror("s11 fuzz: mkdtemp");
      std::abort();
    }
    return pattern;
  }();
  static const bool cleanup_registered = [] {
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(scratch_dir(), ignored);
    });
    return true;
  }();
  (void)cleanup_registered;
  return dir;
}

/// Writes `size` bytes at `data` to `name` in the scratch directory, replacing what was there,
/// and returns its path. Aborts when the file cannot be written (a broken harness, not a find).
inline std::string write_input(const std::string& name, const std::uint8_t* data,
                               std::size_t size) {
  std::string path = scratch_dir() + "/" + name;
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    std::perror(("s11 fuzz: " + path).c_str());
    std::abort();
  }
  std::size_t done = 0;
  while (done < size) {
    ssize_t n = ::write(fd, data + done, size - done);
    if (n <= 0) {
      std::perror(("s11 fuzz: " + path).c_str());
      std::abort();
    }
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  return path;
}

/// The same for text.
inline std::string write_input(const std::string& name, std::string_view text) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): bytes of the text, as written.
  return write_input(name, reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

/// Points the bundled-data lookups (S11_STANDARDS_PATH, S11_QUESTIONNAIRES_PATH) at the source
/// tree, so frameworks and questionnaires named by id resolve wherever the target was built.
inline void use_source_data() {
  setenv("S11_STANDARDS_PATH", S11_SOURCE_DIR "/standards", 1);
  setenv("S11_QUESTIONNAIRES_PATH", S11_SOURCE_DIR "/questionnaires", 1);
}

/// Runs `body`; an s11::Error is what a reader throws for a bad input, and is swallowed.
/// Any other exception escapes, and libFuzzer reports it as a crash.
template <typename Body>
void expect_only_s11_errors(Body&& body) {
  try {
    body();
  } catch (const s11::Error&) {
    // A reported problem with the input: the outcome we want.
  }
}

/// Fails the run with `message` when `condition` is false: an invariant of a reader broken.
inline void check(bool condition, const char* message) {
  if (condition) return;
  std::fprintf(stderr, "s11 fuzz: invariant broken: %s\n", message);
  std::abort();
}

/// Open descriptors on files and directories (pipes, sockets and terminals are not counted:
/// the sanitizers' symbolizer keeps pipes open once libFuzzer first prints a function).
inline int open_files() {
  int count = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd", error)) {
    struct stat st {};
    if (::stat(entry.path().c_str(), &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))) {
      ++count;
    }
  }
  return count;
}

/// Fails the run when a file or directory is left open by the input just read (compared with
/// the fewest seen before). A reader leaking one per bad input runs out of descriptors after
/// some thousands of files (issue 9: CsvReader). libFuzzer's own threads (the RSS monitor
/// reads /proc) hold one for a moment now and then, so only one still open after a few looks
/// counts: a leak stays.
inline void check_no_descriptor_leak() {
  static int baseline = open_files();
  for (int look = 0; look < 5; ++look) {
    const int now = open_files();
    if (now <= baseline) {
      baseline = now;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  check(false, "a file descriptor was left open");
}

}  // namespace s11::fuzz
