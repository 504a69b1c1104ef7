#pragma once
/// The small set of exceptions s11 throws, each carrying its exit code. `cli/main.cpp` catches
/// them once and returns that code (documented in README.md and `s11 --help`).

#include <algorithm>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "base/text.h"

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
      : Error(join(problems, "\n"), ExitCode::kInput), problems_(std::move(problems)) {}
  explicit InputError(const std::string& problem) : InputError(std::vector<std::string>{problem}) {}

  /// Every problem, in the order found.
  const std::vector<std::string>& problems() const { return problems_; }

 private:
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
  ProblemList() = default;
  /// A list that keeps the first `cap` problems and only counts the rest, so a huge broken file
  /// stays readable: items() then ends with "`path`: ... and N more `more`".
  ProblemList(std::size_t cap, std::string path, std::string more)
      : cap_(cap), path_(std::move(path)), more_(std::move(more)) {}

  /// Records a problem; `where` is `path:line` or `path: Sheet!C7`.
  void add(const std::string& where, const std::string& message) {
    add_formatted(where + ": " + message);
  }
  /// Records a problem at `line` of the file at `path`, as `path:line: message`; sort_by_line()
  /// puts such problems in line order.
  void add_at_line(const std::string& path, int line, const std::string& message) {
    record(path + ":" + std::to_string(line) + ": " + message, line);
  }
  /// Records a problem that arrives already formatted as `where: message`.
  void add_formatted(std::string problem) { record(std::move(problem), 0); }
  /// Records every problem of `error`, as formatted there.
  void add_all(const InputError& error) {
    for (const auto& problem : error.problems()) add_formatted(problem);
  }
  /// Orders the problems by line (problems without a line first), keeping the order found
  /// among those on one line.
  void sort_by_line() {
    std::vector<std::size_t> order(problems_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lines_[a] < lines_[b]; });
    std::vector<std::string> problems;
    std::vector<int> lines;
    for (std::size_t i : order) {
      problems.push_back(std::move(problems_[i]));
      lines.push_back(lines_[i]);
    }
    problems_ = std::move(problems);
    lines_ = std::move(lines);
  }

  bool empty() const { return total_ == 0; }
  /// How many problems were recorded, those only counted included.
  std::size_t size() const { return total_; }
  /// Every problem kept, in the order found, then "path: ... and N more ..." when some were
  /// only counted.
  std::vector<std::string> items() const {
    std::vector<std::string> out = problems_;
    if (total_ > problems_.size()) {
      out.push_back(path_ + ": ... and " + std::to_string(total_ - problems_.size()) + " more " +
                    more_);
    }
    return out;
  }
  /// Throws InputError with everything collected so far, then the problems of `error` (what
  /// stopped the reading: it is never dropped by the cap).
  [[noreturn]] void throw_with(const InputError& error) const {
    std::vector<std::string> all = items();
    all.insert(all.end(), error.problems().begin(), error.problems().end());
    throw InputError(std::move(all));
  }
  /// Throws InputError with everything collected so far, if anything was.
  void throw_if_any() const {
    if (!empty()) throw InputError(items());
  }

 private:
  void record(std::string problem, int line) {
    ++total_;
    if (problems_.size() >= cap_) return;
    problems_.push_back(std::move(problem));
    lines_.push_back(line);
  }

  std::size_t cap_ = static_cast<std::size_t>(-1);
  std::string path_;
  std::string more_;
  std::vector<std::string> problems_;
  std::vector<int> lines_;  // The line of each problem; 0 when it has none.
  std::size_t total_ = 0;
};

}  // namespace s11
