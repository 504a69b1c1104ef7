#pragma once
/// Column positions derived from a workbook's shape: a column's index is the position of its
/// header in the shape's array of headers, so the writer placing cells, the reader finding them
/// and the header row itself follow one order.

#include <array>
#include <cstddef>
#include <string_view>

namespace s11 {

/// The zero-based column of `header` in `headers`, at compile time; a header that is not in
/// `headers` does not compile.
template <std::size_t N>
consteval int column_of(const std::array<std::string_view, N>& headers, std::string_view header) {
  for (std::size_t i = 0; i < N; ++i) {
    if (headers[i] == header) return static_cast<int>(i);
  }
  throw "header is not in the shape";  // not a constant expression: a compile error
}

/// The number of columns `headers` describes.
template <std::size_t N>
consteval int column_count(const std::array<std::string_view, N>&) {
  return static_cast<int>(N);
}

}  // namespace s11
