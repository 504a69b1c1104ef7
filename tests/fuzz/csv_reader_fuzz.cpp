// Fuzz target: the survey CSV reader (questionnaires/csv_reader.h) reading a whole file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "questionnaires/csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path = s11::fuzz::write_input("export.csv", data, size);
  s11::fuzz::expect_only_s11_errors([&] {
    s11::CsvReader reader(path);
    std::vector<std::string> fields;
    std::size_t last_line = 0;
    while (reader.next(fields)) {
      s11::fuzz::check(reader.line() >= last_line, "record lines go backwards");
      s11::fuzz::check(reader.line() >= 1, "a record starts before line 1");
      last_line = reader.line();
    }
    s11::fuzz::check(reader.bytes_read() == size, "the reader stopped before the end");
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
