#pragma once
/// Writes zip archives part by part for reader tests: hand-made workbooks (xlsx or ods) whose
/// every byte the test chooses.

#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace s11::test {

namespace detail {
template <typename Parts>
void write_zip(const std::string& path, const Parts& parts) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(zip != nullptr);
  for (const auto& [name, content] : parts) {
    zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
    REQUIRE(source != nullptr);
    REQUIRE(zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE) >= 0);
  }
  REQUIRE(zip_close(zip) == 0);
}
}  // namespace detail

/// Writes a zip archive of `parts` (part name -> content), in their order, to `path`,
/// replacing the file.
inline void write_zip(const std::string& path,
                      const std::vector<std::pair<std::string, std::string>>& parts) {
  detail::write_zip(path, parts);
}
/// The same, parts in name order.
inline void write_zip_map(const std::string& path,
                          const std::map<std::string, std::string>& parts) {
  detail::write_zip(path, parts);
}

}  // namespace s11::test
