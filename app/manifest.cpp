#include "app/manifest.h"

#include <sys/stat.h>

#include <ctime>
#include <filesystem>
#include <set>
#include <sstream>

#include "base/errors.h"
#include "base/file_hash.h"
#include "base/text.h"

namespace s11::app {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFirstLine = "s11-manifest 1";

bool is_hex_digest(const std::string& text) {
  if (text.size() != 64) return false;
  for (char c : text) {
    if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
  }
  return true;
}

}  // namespace

const ManifestEntry* Manifest::find(const std::string& name) const {
  for (const auto& entry : files) {
    if (entry.name == name) return &entry;
  }
  return nullptr;
}

std::string render_manifest(const Manifest& manifest) {
  std::string text =
      "# What s11 wrote to this folder, so that the next run can tell your changes from its\n"
      "# own. s11 rewrites it with every run: do not edit it.\n";
  text += std::string(kFirstLine) + "\n";
  text += "written-by " + manifest.command + " " + manifest.version + "\n";
  text += "audit-date " + manifest.audit_date + "\n";
  for (const auto& entry : manifest.files)
    text += "sha256 " + entry.sha256 + "  " + entry.name + "\n";
  return text;
}

Manifest parse_manifest(const std::string& text, const std::string& path) {
  Manifest manifest;
  ProblemList problems;
  std::istringstream in(text);
  std::string line;
  int number = 0;
  bool started = false;
  std::set<std::string> names;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    if (!started) {
      started = true;
      if (line != kFirstLine) {
        problems.add_at_line(
            path, number,
            "expected \"" + std::string(kFirstLine) + "\", found " + s11::quoted(line));
        break;
      }
      continue;
    }
    const std::size_t space = line.find(' ');
    const std::string key = line.substr(0, space);
    const std::string value = space == std::string::npos ? "" : line.substr(space + 1);
    if (key == "written-by") {
      const std::size_t last = value.rfind(' ');
      manifest.command = last == std::string::npos ? value : value.substr(0, last);
      manifest.version = last == std::string::npos ? "" : value.substr(last + 1);
    } else if (key == "audit-date") {
      manifest.audit_date = value;
    } else if (key == "sha256") {
      const std::string digest = value.substr(0, value.find(' '));
      const std::string name =
          value.find("  ") == std::string::npos ? "" : value.substr(value.find("  ") + 2);
      if (!is_hex_digest(digest)) {
        problems.add_at_line(path, number,
                             "expected a SHA-256 of 64 hex digits, found " + s11::quoted(digest));
      } else if (name.empty()) {
        problems.add_at_line(path, number,
                             "expected a file name two spaces after the SHA-256, found none");
      } else if (!names.insert(name).second) {
        problems.add_at_line(path, number, s11::quoted(name) + " is listed twice");
      } else {
        manifest.files.push_back({name, digest});
      }
    } else {
      problems.add_at_line(
          path, number,
          "expected \"written-by\", \"audit-date\" or \"sha256\", found " + s11::quoted(line));
    }
  }
  if (!started) problems.add(path, "empty; expected \"" + std::string(kFirstLine) + "\"");
  problems.throw_if_any();
  return manifest;
}

OutputState output_state(const std::string& out_dir, const std::string& name,
                         const Manifest* manifest) {
  const fs::path path = fs::path(out_dir) / name;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) return OutputState::kMissing;
  const ManifestEntry* entry = manifest ? manifest->find(name) : nullptr;
  if (!entry) return OutputState::kUnrecorded;
  return sha256_file(path.string()) == entry->sha256 ? OutputState::kUnchanged
                                                     : OutputState::kEdited;
}

std::string written_when(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return "";
  std::tm local{};
  localtime_r(&st.st_mtime, &local);
  char text[32] = {};
  std::strftime(text, sizeof text, "%Y-%m-%d at %H:%M", &local);
  return text;
}

std::string kept_copy_name(const std::string& out_dir, const std::string& name) {
  const fs::path file(name);
  const std::string stem = file.stem().string();
  const std::string extension = file.extension().string();
  for (int n = 1;; ++n) {
    std::string candidate = stem + ".edited-" + std::to_string(n) + extension;
    std::error_code error;
    if (!fs::exists(fs::symlink_status(fs::path(out_dir) / candidate, error))) return candidate;
  }
}

}  // namespace s11::app
