#pragma once
/// The small set of exceptions s11 throws. `cli/main.cpp` catches each once and maps it to the
/// exit code documented in README.md.

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

namespace s11 {

/// Problems in what the user gave us (a framework file, audit.ini, a workbook). Holds every
/// problem found in one pass, each already formatted as `path:line: message` or
/// `path: Sheet!C7: message`. Exit code 1.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::vector<std::string> problems)
      : std::runtime_error(join(problems, "\n")), problems_(std::move(problems)) {}
  explicit InputError(const std::string& problem)
      : InputError(std::vector<std::string>{problem}) {}

  /// Every problem, in the order found.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  std::vector<std::string> problems_;
};

/// The command line itself is wrong (unknown command or option, missing argument). Exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A file could not be read, written or renamed for reasons outside its content (missing,
/// permissions, disk full). Exit code 3.
class IoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
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
