#pragma once
/// Outputs that change as one step. Every file is written to a temporary first and fsynced;
/// nothing the user sees changes until all of them are complete, and a kill at any moment
/// (SIGKILL, Ctrl-C, power loss) leaves either every old file or every new one.
///
/// A directory s11 owns (`DIR/out/`) is replaced whole: the complete new directory is built
/// beside it (`.out.s11-new-<inode of out>-XXXXXX`, same parent), files the user put in out/
/// are hard-linked into it, and one renameat2(RENAME_EXCHANGE) swaps the two; the old
/// directory, now under the hidden name, is then emptied (anything of the user's s11 could
/// not link, subdirectories included, is moved across) and removed. Where the file system
/// refuses RENAME_EXCHANGE (EINVAL, ENOSYS), two renames are used instead: out/ to
/// `.out.s11-old-XXXXXX`, then the new directory to out/. The next batch on the same directory
/// finds whatever an interrupted one left and recovers: a new directory never swapped in is
/// removed (out/ holds the complete old set), an old one swapped out is emptied into out/ as
/// above (out/ holds the complete new set), and an old one whose out/ is missing is renamed
/// back. The hidden name alone says which is which: the directory at `.out.s11-new-N-*` is the
/// old set exactly when its own inode is N.
///
/// In a directory s11 shares with the user (the audit directory, reviews/, survey --out) each
/// file is put in place on its own with one rename, and never over a file that exists when
/// the batch is made with `Mode::kNewFiles`. Temporaries live in `.s11-tmp-<pid>-XXXXXX` inside
/// that directory; one whose process is gone is removed by the next batch there.
///
/// Anything at an output path that is not a regular file (a directory, a symbolic link, a
/// FIFO) is left alone: the batch throws IoError naming it before anything is put in place.

#include <functional>
#include <string>
#include <vector>

namespace s11 {

/// A set of output files written together.
class OutputBatch {
 public:
  /// How the files land in the target directory.
  enum class Mode {
    kDirectory,     ///< s11 owns the directory: swapped whole (files of the user's kept).
    kReplaceFiles,  ///< each file replaces its older version with one rename.
    kNewFiles,      ///< each file lands only where no file is; IoError otherwise.
  };
  /// Receives a line for the user (on stderr) when leftovers of an interrupted run are
  /// recovered.
  using Note = std::function<void(const std::string&)>;

  /// Outputs will land in `target_dir` (created on commit if missing). With kDirectory the
  /// caller must hold the lock of the directory above it (one batch at a time), and what an
  /// interrupted batch left is recovered here, each step told to `note`. Throws IoError when
  /// `target_dir` is there but is not a directory, or recovery fails.
  OutputBatch(std::string target_dir, Mode mode, Note note = {});
  /// Removes any temporaries not committed.
  ~OutputBatch();
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  /// A temporary path to write the output named `file_name` to. Throws IoError when the
  /// temporary directory cannot be made, or something that is not a regular file is at the
  /// output path (left alone; the message names it and says what to do).
  std::string temp_path(const std::string& file_name);
  /// Writes `content` as the output named `file_name`. Throws IoError on failure.
  void write_text(const std::string& file_name, const std::string& content);
  /// Puts every temporary in place as described above. Throws IoError when it cannot; the
  /// directory then still holds every old file (kDirectory, kReplaceFiles with one file) or
  /// nothing new (kNewFiles).
  void commit();
  /// Final paths of the outputs, in the order they were added.
  std::vector<std::string> paths() const;

 private:
  void check_output_path(const std::string& file_name) const;
  void commit_directory();
  void commit_files();

  std::string target_dir_;  // As given, for messages and paths().
  std::string real_dir_;    // kDirectory: absolute, symbolic links resolved.
  Mode mode_;
  Note note_;
  std::string temp_dir_;
  std::vector<std::string> names_;
  bool made_dir_ = false;  // File modes: the batch made target_dir.
  bool committed_ = false;
};

/// Recovers what an interrupted kDirectory batch on `target_dir` left (see above), telling
/// `note` what it did. Called by the OutputBatch constructor; the caller holds the lock.
/// Throws IoError when a leftover cannot be dealt with.
void recover_output_directory(const std::string& target_dir, const OutputBatch::Note& note);

}  // namespace s11
