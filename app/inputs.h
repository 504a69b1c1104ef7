#pragma once
/// The one place input files are fingerprinted for document control.

#include <string>
#include <utility>
#include <vector>

#include "engine/audit.h"

namespace s11::app {

/// The name document control gives a bundled data file: "bundled: oscb-2015.xml".
std::string bundled_label(const std::string& path);

/// Files read for an audit, in reading order, each under the name document control shows
/// (relative to the audit directory, so the same audit gives the same bytes wherever it is).
class InputLog {
 public:
  /// Records that the file at `path` was read, shown as `label`.
  void add(std::string label, std::string path);
  /// Appends each file's label and SHA-256 to `inputs`. Throws IoError when one cannot be
  /// read.
  void append_to(std::vector<InputFile>& inputs) const;

 private:
  std::vector<std::pair<std::string, std::string>> files_;
};

}  // namespace s11::app
