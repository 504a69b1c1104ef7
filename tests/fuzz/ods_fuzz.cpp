// Fuzz target: the OpenDocument spreadsheet reader (base/ods_reader.h) through the one entry
// point readers use (base/spreadsheet.h read_spreadsheet). The input's first byte chooses what
// the rest is:
//   0: the whole file (the zip layer, and the choice between .xlsx and .ods);
//   else: the content.xml of an .ods whose mimetype entry is a spreadsheet's, stored
//   uncompressed, so that mutations reach the XML (repeats, paragraphs, value types).
// scripts/fuzz.sh makes seeds both ways from the committed .ods files (make_seeds.py).
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/ods_reader.h"
#include "base/spreadsheet.h"
#include "fuzz_support.h"

namespace {

/// Writes an .ods holding `content` as content.xml at `path`; false when libzip refuses it.
bool write_ods(const std::string& path, std::string_view content) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) return false;
  const std::string_view mimetype = s11::ods::kSpreadsheetMimetype;
  bool added = true;
  for (const auto& [name, bytes] :
       {std::pair<const char*, std::string_view>{"mimetype", mimetype}, {"content.xml", content}}) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (!source) {
      added = false;
      break;
    }
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(source);
      added = false;
      break;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (!added || zip_close(archive) != 0) {
    zip_discard(archive);
    return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path;
  if (data[0] == 0) {
    path = s11::fuzz::write_input("workbook.ods", data + 1, size - 1);
  } else {
    path = s11::fuzz::scratch_dir() + "/content.ods";
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the input's bytes as text.
    if (!write_ods(path, std::string_view(reinterpret_cast<const char*>(data + 1), size - 1))) {
      return 0;
    }
  }
  s11::fuzz::expect_only_s11_errors([&] {
    s11::xlsx::Workbook book = s11::read_spreadsheet(path);
    std::size_t cells = 0;
    for (const auto& sheet : book.sheets) {
      for (const auto& [where, cell] : sheet.cells) {
        s11::fuzz::check(where.first >= 0 && where.second >= 0, "a cell at a negative place");
        s11::fuzz::check(where.first < 1048576 && where.second < 16384,
                         "a cell beyond the last row or column");
        (void)s11::xlsx::display_text(cell);
        ++cells;
      }
      (void)book.find(sheet.name);
    }
    // What repeats may add is capped (base/ods_reader.h).
    s11::fuzz::check(cells <= 4 * s11::ods::kMaxRepeatedCells + size, "repeats beyond the cap");
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
