#include "questionnaires/csv_reader.h"

#include <sys/resource.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {
namespace {

using Records = std::vector<std::vector<std::string>>;

// Every record of `content`, with the line each starts on.
Records read_all(const std::string& content, std::vector<std::size_t>* lines = nullptr,
                 char* delimiter = nullptr) {
  test::TempDir dir;
  CsvReader reader(dir.write("in.csv", content));
  Records records;
  std::vector<std::string> fields;
  while (reader.next(fields)) {
    records.push_back(fields);
    if (lines) lines->push_back(reader.line());
  }
  if (delimiter) *delimiter = reader.delimiter();
  return records;
}

std::string error_of(const std::string& content, const std::string& name = "in.csv") {
  test::TempDir dir;
  std::string path = dir.write(name, content);
  try {
    CsvReader reader(path);
    std::vector<std::string> fields;
    while (reader.next(fields)) {
    }
  } catch (const InputError& e) {
    std::string text = e.what();
    return text.substr(0, path.size()) == path ? "PATH" + text.substr(path.size()) : text;
  }
  return "no error";
}

TEST_CASE("csv reader splits simple records with LF and CRLF line ends", "[questionnaires]") {
  Records expected = {{"a", "b", "c"}, {"1", "2", "3"}};
  CHECK(read_all("a,b,c\n1,2,3\n") == expected);
  CHECK(read_all("a,b,c\r\n1,2,3\r\n") == expected);
  CHECK(read_all("a,b,c\r1,2,3\r") == expected);
  CHECK(read_all("a,b,c\n1,2,3") == expected);  // no line end at the end
}

TEST_CASE("csv reader reads quoted fields with delimiters, doubled quotes and newlines",
          "[questionnaires]") {
  std::vector<std::size_t> lines;
  Records records = read_all(
      "id,comment\r\n1,\"Yes, \"\"mostly\"\"\r\nsecond line\"\r\n2,\"\"\r\n3,x\r\n", &lines);
  REQUIRE(records.size() == 4);
  CHECK(records[1] == std::vector<std::string>{"1", "Yes, \"mostly\"\nsecond line"});
  CHECK(records[2] == std::vector<std::string>{"2", ""});
  CHECK(records[3] == std::vector<std::string>{"3", "x"});
  CHECK(lines == std::vector<std::size_t>{1, 2, 4, 5});
}

TEST_CASE("csv reader keeps empty fields and skips empty lines", "[questionnaires]") {
  std::vector<std::size_t> lines;
  Records records = read_all("a,b,c\n\n,,\n1,,\n\r\n", &lines);
  CHECK(records == Records{{"a", "b", "c"}, {"", "", ""}, {"1", "", ""}});
  CHECK(lines == std::vector<std::size_t>{1, 3, 4});
}

TEST_CASE("csv reader strips a UTF-8 byte order mark", "[questionnaires]") {
  test::TempDir dir;
  CsvReader reader(dir.write("bom.csv", "\xEF\xBB\xBFRespondent ID,Caf\xC3\xA9\r\n1,2\r\n"));
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  CHECK(fields == std::vector<std::string>{"Respondent ID", "Caf\xC3\xA9"});
  CHECK(reader.had_bom());
  CHECK(reader.encoding() == CsvReader::Encoding::kUtf8);
  CHECK(reader.warnings().empty());
}

TEST_CASE("a double BOM at the start of a CSV is stripped like a single one",
          "[questionnaires][issue9]") {
  test::TempDir dir;
  CsvReader reader(
      dir.write("bom2.csv", "\xEF\xBB\xBF\xEF\xBB\xBFRespondent ID,Caf\xC3\xA9\r\n1,2\r\n"));
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  CHECK(fields == std::vector<std::string>{"Respondent ID", "Caf\xC3\xA9"});
  REQUIRE(reader.next(fields));
  CHECK(fields == std::vector<std::string>{"1", "2"});
  CHECK(reader.had_bom());
  CHECK(reader.warnings().empty());
  // Only leading BOMs go: one inside the text is a character (U+FEFF) and kept.
  CHECK(read_all("\xEF\xBB\xBF\xEF\xBB\xBF\xEF\xBB\xBF"
                 "a,\xEF\xBB\xBF"
                 "b\n") == Records{{"a",
                                    "\xEF\xBB\xBF"
                                    "b"}});
  // A file that is nothing but BOMs has no records.
  CHECK(read_all("\xEF\xBB\xBF\xEF\xBB\xBF").empty());
}

TEST_CASE("csv reader detects the delimiter from the header outside quotes", "[questionnaires]") {
  char delimiter = 0;
  CHECK(read_all("a;b;c\n1;2,5;3\n", nullptr, &delimiter) ==
        Records{{"a", "b", "c"}, {"1", "2,5", "3"}});
  CHECK(delimiter == ';');
  CHECK(read_all("a\tb\n1\t2\n", nullptr, &delimiter) == Records{{"a", "b"}, {"1", "2"}});
  CHECK(delimiter == '\t');
  // Commas inside a quoted header do not count.
  CHECK(read_all("\"Yes, no, or unsure\";b\n1;2\n", nullptr, &delimiter) ==
        Records{{"Yes, no, or unsure", "b"}, {"1", "2"}});
  CHECK(delimiter == ';');
  CHECK(read_all("only\nx\n", nullptr, &delimiter) == Records{{"only"}, {"x"}});
  CHECK(delimiter == ',');
}

TEST_CASE("csv reader converts Windows-1252 to UTF-8 and says so", "[questionnaires]") {
  test::TempDir dir;
  std::string path = dir.write("cp.csv", "a,b\nThe policy\x92s clear,Caf\xE9 \x80 \x96\n");
  CsvReader reader(path);
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  REQUIRE(reader.next(fields));
  CHECK(fields == std::vector<std::string>{"The policy\xE2\x80\x99s clear",
                                           "Caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x93"});
  CHECK(reader.encoding() == CsvReader::Encoding::kWindows1252);
  REQUIRE(reader.warnings().size() == 1);
  CHECK(reader.warnings()[0] ==
        path +
            ":2: the file is not UTF-8; read it as Windows-1252 (Excel's \"CSV\"); save it as "
            "CSV UTF-8 to be sure of accents and quotes");
}

TEST_CASE("csv reader refuses text that is neither UTF-8 nor Windows-1252", "[questionnaires]") {
  CHECK(error_of("a,b\n1,\x81\n") ==
        "PATH:2: the file is neither UTF-8 nor Windows-1252 (byte 0x81); save it as CSV UTF-8");
  CHECK(error_of("a,b\n1,caf\xC3\xA9\n2,caf\xE9\n") ==
        "PATH:3: byte 0xE9 is not valid UTF-8 (the file is UTF-8 up to here); save it as CSV "
        "UTF-8");
  CHECK(error_of("a,b\n1,\xE9\n2,\x8D\n") ==
        "PATH:3: byte 0x8D is not a Windows-1252 character (the file is Windows-1252 up to "
        "here); save it as CSV UTF-8");
}

TEST_CASE("csv reader refuses UTF-16 and NUL bytes", "[questionnaires]") {
  CHECK(error_of(std::string("\xFF\xFE"
                             "a\0,\0b\0",
                             8)) == "PATH:1: the file is UTF-16; save it as CSV UTF-8");
  CHECK(error_of(std::string("a\0,\0b\0\n\0", 8)) ==
        "PATH:1: the file is UTF-16; save it as CSV UTF-8");
  std::string nul = "a,b\n" + std::string(700, 'x') + "\n1," + std::string(1, '\0') + "\n";
  CHECK(error_of(nul) ==
        "PATH:3: the file holds a NUL byte, so it is not a CSV text file; save it as CSV UTF-8");
}

TEST_CASE("UTF-8 sequences cut short, overlong or beyond U+10FFFF keep their messages",
          "[questionnaires][issue9]") {
  CHECK(error_of("a,b\n1,caf\xC3\xA9\n2,\xE2\x82") ==
        "PATH:3: byte 0xE2 is not valid UTF-8 (the file is UTF-8 up to here); save it as CSV "
        "UTF-8");
  CHECK(error_of("a,b\n1,caf\xC3\xA9\n2,\xE0\x80\x80\n") ==
        "PATH:3: byte 0xE0 is not valid UTF-8 (the file is UTF-8 up to here); save it as CSV "
        "UTF-8");
  CHECK(error_of("a,b\n1,caf\xC3\xA9\n2,\xF4\x90\x80\x80\n") ==
        "PATH:3: byte 0xF4 is not valid UTF-8 (the file is UTF-8 up to here); save it as CSV "
        "UTF-8");
  CHECK(read_all("a\n\xF0\x9F\x98\x80") == Records{{"a"}, {"\xF0\x9F\x98\x80"}});
}

TEST_CASE("CsvReader closes its file when its constructor throws", "[questionnaires][issue9]") {
  test::TempDir dir;
  std::string utf16 = dir.write("utf16.csv", std::string("\xFF\xFE"
                                                         "a\0,\0b\0",
                                                         8));
  std::string good = dir.write("good.csv", "a,b\n1,2\n");
  // Lower the descriptor limit so a leak runs out long before the loop ends.
  rlimit saved{};
  REQUIRE(getrlimit(RLIMIT_NOFILE, &saved) == 0);
  rlimit low = saved;
  low.rlim_cur = std::min<rlim_t>(saved.rlim_cur, 256);
  REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);
  std::size_t refused = 0;
  std::string last_error;
  for (int i = 0; i < 1000; ++i) {
    try {
      CsvReader reader(utf16);
    } catch (const InputError&) {
      ++refused;
    } catch (const IoError& e) {
      last_error = e.what();
      break;
    }
  }
  std::vector<std::string> fields;
  bool opened = false;
  try {
    CsvReader reader(good);
    opened = reader.next(fields);
  } catch (const IoError& e) {
    last_error = e.what();
  }
  setrlimit(RLIMIT_NOFILE, &saved);
  CHECK(last_error.empty());
  CHECK(refused == 1000);
  CHECK(opened);
  CHECK(fields == std::vector<std::string>{"a", "b"});
}

TEST_CASE("csv reader reports an unterminated quoted field at its start", "[questionnaires]") {
  CHECK(error_of("a,b\r\n1,\"never\r\nends\r\n") ==
        "PATH:2: a quoted field starting here never ends; the file may be truncated");
}

TEST_CASE("csv reader reads records across block boundaries", "[questionnaires]") {
  // Over 3 MiB: quoted fields, CRLF pairs and multi-byte characters cross the 1 MiB blocks.
  std::string content = "id,text\r\n";
  const std::string text = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D, \"\"x\"\"\r\nline";
  const std::string expected = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D, \"x\"\nline";
  const std::size_t count = 90000;
  for (std::size_t i = 0; i < count; ++i) {
    content += std::to_string(i) + ",\"" + text + "\"\r\n";
  }
  test::TempDir dir;
  CsvReader reader(dir.write("big.csv", content));
  std::vector<std::string> fields;
  REQUIRE(reader.next(fields));
  std::size_t seen = 0;
  bool all_right = true;
  while (reader.next(fields)) {
    all_right = all_right && fields.size() == 2 && fields[0] == std::to_string(seen) &&
                fields[1] == expected && reader.line() == 2 + 2 * seen;
    ++seen;
  }
  CHECK(seen == count);
  CHECK(all_right);
  CHECK(reader.bytes_read() == content.size());
}

TEST_CASE("csv reader fails with IoError on a missing file", "[questionnaires]") {
  CHECK_THROWS_AS(CsvReader("/nonexistent/s11/in.csv"), IoError);
}

}  // namespace
}  // namespace s11
