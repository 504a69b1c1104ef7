#include "reports/csv.h"

#include <catch2/catch.hpp>

namespace s11 {

TEST_CASE("CSV fields are quoted as RFC 4180 says", "[reports][csv]") {
  CHECK(csv::field("plain text") == "plain text");
  CHECK(csv::field("a, b") == "\"a, b\"");
  CHECK(csv::field("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(csv::field("two\nlines") == "\"two\nlines\"");
  CHECK(csv::field("") == "");
  CHECK(csv::record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("CSV fields that a spreadsheet would run as formulas become text", "[reports][csv]") {
  CHECK(csv::field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv::field("+44 1865") == "'+44 1865");
  CHECK(csv::field("-1") == "'-1");
  CHECK(csv::field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv::field("\tcmd") == "'\tcmd");
  CHECK(csv::field("a=b") == "a=b");
}

}  // namespace s11
