#pragma once
/// SHA-256 fingerprints: of input files for document control, and of text for stable ids.

#include <string>
#include <string_view>

namespace s11 {

/// The SHA-256 of the file at `path` as 64 lower-case hex digits. Throws IoError when the file
/// cannot be read.
std::string sha256_file(const std::string& path);

/// The SHA-256 of `text`'s bytes as 64 lower-case hex digits.
std::string sha256_text(std::string_view text);

}  // namespace s11
