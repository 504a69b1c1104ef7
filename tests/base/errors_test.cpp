#include "base/errors.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace s11 {
namespace {

std::vector<std::string> thrown(const ProblemList& problems) {
  try {
    problems.throw_if_any();
  } catch (const InputError& e) {
    return e.problems();
  }
  return {};
}

TEST_CASE("problems: InputError joins its problems with newlines", "[base]") {
  const InputError error(std::vector<std::string>{"a.ini:1: one", "a.ini:4: two"});
  CHECK(std::string(error.what()) == "a.ini:1: one\na.ini:4: two");
  CHECK(error.problems().size() == 2);
}

TEST_CASE("problems: ProblemList formats, keeps order and throws them all", "[base]") {
  ProblemList problems;
  CHECK(problems.empty());
  CHECK(thrown(problems).empty());
  problems.add("e.xlsx: Evidence!A6", "evidence has no ID");
  problems.add_formatted("e.xlsx: Evidence!B7: already formatted");
  problems.add_all(InputError(std::vector<std::string>{"x.xlsx: first", "x.xlsx: second"}));
  CHECK(problems.size() == 4);
  const std::vector<std::string> expected{"e.xlsx: Evidence!A6: evidence has no ID",
                                          "e.xlsx: Evidence!B7: already formatted", "x.xlsx: first",
                                          "x.xlsx: second"};
  CHECK(problems.items() == expected);
  CHECK(thrown(problems) == expected);
}

TEST_CASE("problems: sort_by_line orders problems by line, stably", "[base]") {
  ProblemList problems;
  problems.add_at_line("f.xml", 9, "late");
  problems.add_at_line("f.xml", 2, "early");
  problems.add_at_line("f.xml", 9, "late again");
  problems.add_at_line("f.xml", 1, "first");
  problems.sort_by_line();
  CHECK(problems.items() == std::vector<std::string>{"f.xml:1: first", "f.xml:2: early",
                                                     "f.xml:9: late", "f.xml:9: late again"});
}

TEST_CASE("problems: a capped ProblemList counts what it does not keep", "[base]") {
  ProblemList problems(2, "s.csv", "problems");
  for (int i = 1; i <= 5; ++i) problems.add("s.csv:" + std::to_string(i), "bad");
  CHECK(problems.size() == 5);
  CHECK_FALSE(problems.empty());
  CHECK(problems.items() ==
        std::vector<std::string>{"s.csv:1: bad", "s.csv:2: bad", "s.csv: ... and 3 more problems"});
}

}  // namespace
TEST_CASE("each error carries the exit code README.md documents", "[base]") {
  CHECK(InputError("audit.ini:3: bad").exit_code() == ExitCode::kInput);
  CHECK(UsageError("unknown command").exit_code() == ExitCode::kUsage);
  CHECK(IoError("out: cannot write").exit_code() == ExitCode::kIo);
  CHECK(static_cast<int>(ExitCode::kOk) == 0);
  CHECK(static_cast<int>(ExitCode::kInput) == 1);
  CHECK(static_cast<int>(ExitCode::kUsage) == 2);
  CHECK(static_cast<int>(ExitCode::kIo) == 3);
  CHECK(static_cast<int>(ExitCode::kInternal) == 4);
}

}  // namespace s11
