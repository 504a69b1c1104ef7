#include "reports/output_files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "engine/errors.h"

namespace s11 {

namespace fs = std::filesystem;

OutputBatch::OutputBatch(std::string target_dir) : target_dir_(std::move(target_dir)) {}

OutputBatch::~OutputBatch() {
  if (!temp_dir_.empty()) {
    std::error_code ignored;
    fs::remove_all(temp_dir_, ignored);
  }
}

std::string OutputBatch::temp_path(const std::string& file_name) {
  if (temp_dir_.empty()) {
    fs::path target(target_dir_);
    fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string pattern =
        (parent / ("." + target.filename().string() + ".s11-tmp-XXXXXX")).string();
    if (!mkdtemp(pattern.data())) {
      throw IoError(parent.string() + ": cannot create a temporary directory for output: " +
                    std::error_code(errno, std::generic_category()).message());
    }
    temp_dir_ = pattern;
  }
  names_.push_back(file_name);
  return (fs::path(temp_dir_) / file_name).string();
}

void OutputBatch::write_text(const std::string& file_name, const std::string& content) {
  std::string path = temp_path(file_name);
  std::ofstream out(path, std::ios::binary);
  out << content;
  out.close();
  if (!out) throw IoError((fs::path(target_dir_) / file_name).string() + ": cannot write");
}

void OutputBatch::commit() {
  std::error_code error;
  fs::create_directories(target_dir_, error);
  if (error) throw IoError(target_dir_ + ": cannot create directory: " + error.message());
  for (const auto& name : names_) {
    fs::path target = fs::path(target_dir_) / name;
    fs::rename(fs::path(temp_dir_) / name, target, error);
    if (error) throw IoError(target.string() + ": cannot move into place: " + error.message());
  }
  committed_ = true;
}

std::vector<std::string> OutputBatch::paths() const {
  std::vector<std::string> out;
  for (const auto& name : names_) out.push_back((fs::path(target_dir_) / name).string());
  return out;
}

}  // namespace s11
