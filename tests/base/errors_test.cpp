#include "base/errors.h"

#include <catch2/catch.hpp>

namespace s11 {

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

TEST_CASE("an input error keeps every problem and says them all", "[base]") {
  const InputError error(std::vector<std::string>{"a.xlsx: Evidence!D6: one", "a.xlsx: two"});
  CHECK(error.problems().size() == 2);
  CHECK(std::string(error.what()) == "a.xlsx: Evidence!D6: one\na.xlsx: two");
}

}  // namespace s11
