// Fuzz target: the xlsx reader (base/xlsx_reader.h) on raw bytes, the zip layer included.
// xlsx_parts_fuzz.cpp reaches the XML inside more easily.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/xlsx_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path = s11::fuzz::write_input("workbook.xlsx", data, size);
  s11::fuzz::expect_only_s11_errors([&] {
    s11::xlsx::Workbook book = s11::xlsx::read_workbook(path);
    for (const auto& sheet : book.sheets) {
      for (const auto& [where, cell] : sheet.cells) {
        s11::fuzz::check(where.first >= 0 && where.second >= 0, "a cell at a negative place");
        s11::fuzz::check(where.first < sheet.row_count() && where.second < sheet.column_count(),
                         "a cell outside the sheet's extent");
        (void)s11::xlsx::display_text(cell);
        (void)s11::xlsx::cell_name(where.first, where.second);
      }
      (void)book.find(sheet.name);
    }
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
