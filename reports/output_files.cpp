#include "reports/output_files.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/errors.h"

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
  const bool made_dir = !fs::exists(target_dir_, error);
  fs::create_directories(target_dir_, error);
  if (error) throw IoError(target_dir_ + ": cannot create directory: " + error.message());

  // Older outputs are moved aside first and put back if anything fails, so the directory
  // holds either all the old outputs or all the new ones, never a mixture.
  std::vector<std::pair<fs::path, fs::path>> set_aside;
  std::vector<fs::path> placed;
  auto roll_back = [&](const std::string& message) {
    std::error_code ignored;
    for (const auto& target : placed) fs::remove(target, ignored);
    for (auto it = set_aside.rbegin(); it != set_aside.rend(); ++it) {
      fs::rename(it->second, it->first, ignored);
    }
    if (made_dir) fs::remove(target_dir_, ignored);
    throw IoError(message);
  };
  for (const auto& name : names_) {
    fs::path target = fs::path(target_dir_) / name;
    if (!fs::exists(fs::symlink_status(target, error))) continue;
    fs::path aside = fs::path(temp_dir_) / (".previous-" + name);
    fs::rename(target, aside, error);
    if (error) roll_back(target.string() + ": cannot replace: " + error.message());
    set_aside.emplace_back(target, aside);
  }
  for (const auto& name : names_) {
    fs::path target = fs::path(target_dir_) / name;
    fs::rename(fs::path(temp_dir_) / name, target, error);
    if (error) roll_back(target.string() + ": cannot move into place: " + error.message());
    placed.push_back(target);
  }
  committed_ = true;
}

std::vector<std::string> OutputBatch::paths() const {
  std::vector<std::string> out;
  for (const auto& name : names_) out.push_back((fs::path(target_dir_) / name).string());
  return out;
}

}  // namespace s11
