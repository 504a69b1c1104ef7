// Fuzz target: the xlsx reader (base/xlsx_reader.h) on workbooks built from the input's parts,
// stored uncompressed, so that mutations reach the XML of the parts rather than break the
// deflate stream. The input is a list of parts separated by lines "@@@@"; the first line of
// each is its name in the zip, the rest its content (scripts/fuzz.sh makes seeds this way
// from the committed workbooks):
//
//   [Content_Types].xml
//   <?xml version="1.0"?><Types ...
//   @@@@
//   xl/workbook.xml
//   ...
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/xlsx_reader.h"
#include "fuzz_support.h"

namespace {

struct Part {
  std::string name;
  std::string_view content;
};

std::vector<Part> split_parts(std::string_view input) {
  constexpr std::string_view kSeparator = "\n@@@@\n";
  std::vector<Part> parts;
  while (!input.empty()) {
    std::size_t end = input.find(kSeparator);
    std::string_view chunk = input.substr(0, end);
    input =
        end == std::string_view::npos ? std::string_view{} : input.substr(end + kSeparator.size());
    std::size_t newline = chunk.find('\n');
    std::string name(chunk.substr(0, newline));
    std::string_view content =
        newline == std::string_view::npos ? std::string_view{} : chunk.substr(newline + 1);
    if (!name.empty()) parts.push_back({name, content});
  }
  return parts;
}

/// Writes `parts` as a zip of stored entries at `path`; false when libzip refuses them all.
bool write_zip(const std::string& path, const std::vector<Part>& parts) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!archive) return false;
  std::size_t added = 0;
  for (const auto& part : parts) {
    zip_source_t* source = zip_source_buffer(archive, part.content.data(), part.content.size(), 0);
    if (!source) continue;
    zip_int64_t index = zip_file_add(archive, part.name.c_str(), source, ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(source);
      continue;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    ++added;
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    return false;
  }
  return added > 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): the input's bytes as text.
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string path = s11::fuzz::scratch_dir() + "/parts.xlsx";
  if (!write_zip(path, split_parts(input))) return 0;
  s11::fuzz::expect_only_s11_errors([&] {
    s11::xlsx::Workbook book = s11::xlsx::read_workbook(path);
    for (const auto& sheet : book.sheets) {
      for (const auto& [where, cell] : sheet.cells) {
        s11::fuzz::check(where.first >= 0 && where.second >= 0, "a cell at a negative place");
        (void)s11::xlsx::display_text(cell);
      }
    }
  });
  return 0;
}
