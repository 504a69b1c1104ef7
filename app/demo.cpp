#include "app/demo.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "base/data_file.h"
#include "base/errors.h"

namespace s11::app {
namespace {

namespace fs = std::filesystem;

constexpr const char* kDemoMarker = ".s11-demo";

std::string examples_dir() {
  if (const char* env = std::getenv("S11_EXAMPLES_PATH"); env && *env) return env;
  return installed_data_dir("examples");
}

}  // namespace

void copy_demo(const std::string& out) {
  const fs::path dir = out;
  const fs::path example = fs::path(examples_dir()) / "district-council";
  if (!fs::is_directory(example)) {
    throw IoError(example.string() + ": the bundled example audit is missing");
  }
  std::error_code error;
  if (fs::exists(dir) && !fs::is_empty(dir) && !fs::exists(dir / kDemoMarker)) {
    throw IoError(dir.string() + ": exists and is not an s11 demo directory; choose another --out");
  }
  fs::create_directories(dir, error);
  if (error) throw IoError(dir.string() + ": cannot create directory: " + error.message());
  fs::copy(example, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing, error);
  if (error) throw IoError(dir.string() + ": cannot copy the example audit: " + error.message());
  std::ofstream(dir / kDemoMarker) << "Made by `s11 demo`; it may overwrite this directory.\n";
}

}  // namespace s11::app
