#pragma once
/// Fingerprints of input files for document control.

#include <string>

namespace s11 {

/// The SHA-256 of the file at `path` as 64 lower-case hex digits. Throws IoError when the file
/// cannot be read.
std::string sha256_file(const std::string& path);

}  // namespace s11
