#pragma once
/// What the fuzz targets share (tests/fuzz/README.md): the input written to a file for readers
/// that take a path, the bundled data found in the source tree, and the rule that an s11::Error
/// (InputError, IoError, UsageError) is a normal outcome while anything else fails the run.

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

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

/// Fails the run when a file descriptor is left open by the input just read (compared with
/// the first call): the lowest free descriptor must stay where it was. A reader leaking one
/// per bad input runs out of descriptors after some thousands of files (issue 9: CsvReader).
inline void check_no_descriptor_leak() {
  auto lowest_free = [] {
    int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) ::close(fd);
    return fd;
  };
  static const int baseline = lowest_free();
  check(lowest_free() == baseline, "a file descriptor was left open");
}

}  // namespace s11::fuzz
