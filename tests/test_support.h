#pragma once
/// Helpers shared by the tests.

#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace s11::test {

/// Sets the modification time of `path` to a local time, for messages that say when s11 wrote a
/// file ("on 2026-12-02 at 06:14"). False when it cannot be set.
inline bool set_local_mtime(const std::string& path, int year, int month, int day, int hour,
                            int minute) {
  std::tm local{};
  local.tm_year = year - 1900;
  local.tm_mon = month - 1;
  local.tm_mday = day;
  local.tm_hour = hour;
  local.tm_min = minute;
  local.tm_isdst = -1;
  const std::time_t when = std::mktime(&local);
  const utimbuf times{when, when};
  return utime(path.c_str(), &times) == 0;
}

/// A fresh directory under the system temp directory (unique across parallel test processes),
/// removed with everything in it when destroyed.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "s11-test-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  /// The path of `name` inside the directory.
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  /// Writes `content` to `name` inside the directory and returns its path.
  std::string write(const std::string& name, const std::string& content) const {
    std::ofstream out(path_ / name, std::ios::binary);
    out << content;
    return file(name);
  }

 private:
  std::filesystem::path path_;
};

/// The whole content of the file at `path` ("" when it cannot be read).
inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

/// `text` in single quotes for a POSIX shell.
inline std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/// What a command did.
struct Run {
  int exit_code = -1;  ///< -1 when it did not exit normally.
  std::string out;
  std::string err;
};

/// Runs `command` (a shell command line) in `dir` with stdin from /dev/null, capturing its
/// exit code, stdout and stderr (in a directory of their own, so `dir` is left as it was).
inline Run run_command(const std::filesystem::path& dir, const std::string& command) {
  TempDir capture;
  const std::string out = capture.file("stdout");
  const std::string err = capture.file("stderr");
  const std::string line = "cd " + shell_quote(dir.string()) + " && " + command + " >" +
                           shell_quote(out) + " 2>" + shell_quote(err) + " </dev/null";
  const int status = std::system(line.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = slurp(out);
  run.err = slurp(err);
  return run;
}

/// Runs the s11 under test (the build's S11_EXE) with `args`, a shell-quoted argument list, in
/// `dir`, as run_command() does.
inline Run run_s11(const std::filesystem::path& dir, const std::string& args) {
  return run_command(dir, shell_quote(S11_EXE) + " " + args);
}
inline Run run_s11(const TempDir& dir, const std::string& args) {
  return run_s11(dir.path(), args);
}

}  // namespace s11::test
