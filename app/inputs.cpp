#include "app/inputs.h"

#include <filesystem>

#include "base/file_hash.h"

namespace s11::app {

std::string bundled_label(const std::string& path) {
  return "bundled: " + std::filesystem::path(path).filename().string();
}

void InputLog::add(std::string label, std::string path) {
  files_.emplace_back(std::move(label), std::move(path));
}

void InputLog::append_to(std::vector<InputFile>& inputs) const {
  for (const auto& [label, path] : files_) inputs.push_back({label, sha256_file(path)});
}

}  // namespace s11::app
