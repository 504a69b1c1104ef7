#include "app/version.h"

namespace s11::app {

std::string version() { return S11_VERSION; }

}  // namespace s11::app
