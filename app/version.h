#pragma once
/// The s11 version.

#include <string>

namespace s11::app {

/// The s11 version, e.g. "0.1.0" (the CMake project version).
std::string version();

}  // namespace s11::app
