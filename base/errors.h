#pragma once
/// The small set of exceptions s11 throws, each carrying its exit code. `cli/main.cpp` catches
/// them once and returns that code (documented in README.md and `s11 --help`).

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace s11 {

/// How s11 ends.
enum class ExitCode : int {
  kOk = 0,        ///< Success.
  kInput = 1,     ///< Problems in the user's files (all listed, nothing written).
  kUsage = 2,     ///< The command line is wrong.
  kIo = 3,        ///< A file could not be read or written.
  kInternal = 4,  ///< A bug in s11.
};

/// The base of s11's exceptions: a message and the exit code it ends the program with.
class Error : public std::runtime_error {
 public:
  Error(const std::string& message, ExitCode code) : std::runtime_error(message), code_(code) {}
  /// The exit code this error ends s11 with.
  ExitCode exit_code() const { return code_; }

 private:
  ExitCode code_;
};

/// Problems in what the user gave us (a framework file, audit.ini, a workbook). Holds every
/// problem found in one pass, each already formatted as `path:line: message` or
/// `path: Sheet!C7: message`. Exit code 1.
class InputError : public Error {
 public:
  explicit InputError(std::vector<std::string> problems)
      : Error(join(problems), ExitCode::kInput), problems_(std::move(problems)) {}
  explicit InputError(const std::string& problem)
      : InputError(std::vector<std::string>{problem}) {}

  /// Every problem, in the order found.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  static std::string join(const std::vector<std::string>& problems) {
    std::string text;
    for (const auto& p : problems) {
      if (!text.empty()) text += '\n';
      text += p;
    }
    return text;
  }
  std::vector<std::string> problems_;
};

/// The command line itself is wrong (unknown command or option, missing argument). Exit code 2.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(message, ExitCode::kUsage) {}
};

/// A file could not be read, written or renamed for reasons outside its content (missing,
/// permissions, disk full). Exit code 3.
class IoError : public Error {
 public:
  explicit IoError(const std::string& message) : Error(message, ExitCode::kIo) {}
};

/// Collects problems while reading one input so they can all be reported together.
class ProblemList {
 public:
  /// Records a problem; `where` is `path:line` or `path: Sheet!C7`.
  void add(const std::string& where, const std::string& message) {
    problems_.push_back(where + ": " + message);
  }
  bool empty() const { return problems_.empty(); }
  std::size_t size() const { return problems_.size(); }
  const std::vector<std::string>& items() const { return problems_; }
  /// Throws InputError with everything collected so far, if anything was.
  void throw_if_any() const {
    if (!problems_.empty()) throw InputError(problems_);
  }

 private:
  std::vector<std::string> problems_;
};

}  // namespace s11
