#pragma once
/// `s11 demo`: the bundled example audit copied to a directory, ready to run.

#include <string>

namespace s11::app {

/// Copies the bundled example audit (examples/district-council) into `dir`, which must be
/// new, empty or an earlier demo directory (it holds a `.s11-demo` marker). Throws IoError
/// when the example is missing or `dir` holds anything else.
void copy_demo(const std::string& dir);

}  // namespace s11::app
