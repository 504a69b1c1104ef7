#pragma once
/// All-or-nothing output: files are written to temporaries first and moved into place only
/// when every one of them has been written, so a failure leaves no partial output and never
/// damages files already there.

#include <string>
#include <vector>

namespace s11 {

/// A set of output files written together.
class OutputBatch {
 public:
  /// Outputs will land in `target_dir` (created on commit if missing). Temporaries go in a
  /// private directory beside it, on the same file system, so the final rename is atomic.
  explicit OutputBatch(std::string target_dir);
  /// Removes any temporaries not committed.
  ~OutputBatch();
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  /// A temporary path to write the output named `file_name` to. Throws IoError when the
  /// temporary directory cannot be made.
  std::string temp_path(const std::string& file_name);
  /// Writes `content` as the output named `file_name`. Throws IoError on failure.
  void write_text(const std::string& file_name, const std::string& content);
  /// Moves every temporary into `target_dir`, replacing older files of the same names. On
  /// failure the older files are put back, and IoError is thrown.
  void commit();
  /// Final paths of the outputs, in the order they were added.
  std::vector<std::string> paths() const;

 private:
  std::string target_dir_;
  std::string temp_dir_;
  std::vector<std::string> names_;
  bool committed_ = false;
};

}  // namespace s11
