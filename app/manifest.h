#pragma once
/// The record of what s11 wrote to `DIR/out/` (`DIR/out/.s11-manifest`), written in the same
/// output set as the files it lists, so it always describes the outputs beside it. A later run
/// compares each output with it: an output whose SHA-256 differs was changed by the user since
/// s11 wrote it. A small line-based text file, the same bytes for the same outputs:
///
///     # What s11 wrote to this folder, so that the next run can tell your changes from its
///     # own. s11 rewrites it with every run: do not edit it.
///     s11-manifest 1
///     written-by s11 run 0.9.0
///     audit-date 2015-06-30
///     sha256 3f5a...e1  section11-return.xlsx
///     sha256 9c07...4b  gaps.csv
///
/// `written-by` names the command and the s11 version; `audit-date` is the audit's own date
/// (no timestamp: when it was written is the file's modification time).

#include <optional>
#include <string>
#include <vector>

namespace s11::app {

/// One output s11 wrote: its file name in out/ and the SHA-256 of its bytes (64 hex digits).
struct ManifestEntry {
  std::string name;
  std::string sha256;
};

/// What one run wrote to out/.
struct Manifest {
  std::string command;     ///< "s11 run" or "s11 plan".
  std::string version;     ///< The s11 version that wrote it.
  std::string audit_date;  ///< ISO, as the audit's audit.ini gives it.
  std::vector<ManifestEntry> files;

  /// The entry of the output named `name`, or nullptr when the manifest does not list it.
  const ManifestEntry* find(const std::string& name) const;
};

/// The manifest as the text above, files in the order given.
std::string render_manifest(const Manifest& manifest);

/// Reads manifest text (the content of the file at `path`, named in messages). Throws
/// InputError listing every problem as `path:line: message`: a first line that is not
/// `s11-manifest 1`, an unknown line, a file line whose hash is not 64 hex digits or that names
/// no file or names one twice.
Manifest parse_manifest(const std::string& text, const std::string& path);

/// How an output in out/ stands against the manifest.
enum class OutputState {
  kMissing,     ///< No file at its path: nothing of the user's there to lose.
  kUnrecorded,  ///< A file the manifest does not list (no manifest, or an older s11 wrote it).
  kUnchanged,   ///< As s11 wrote it.
  kEdited,      ///< Changed since s11 wrote it.
};

/// The state of the output named `name` in `out_dir`, given the manifest read from there
/// (nullptr when there is none). Throws IoError when the file is there but cannot be read.
OutputState output_state(const std::string& out_dir, const std::string& name,
                         const Manifest* manifest);

/// When the manifest at `path` was written, as the user's clock shows it ("2026-12-02 at
/// 06:14"); "" when it cannot be told.
std::string written_when(const std::string& path);

/// A free name beside `name` in `out_dir` for keeping the user's edited copy:
/// "section11-return.edited-1.xlsx", or -2, -3... when that one is taken, so an older kept copy
/// is never replaced.
std::string kept_copy_name(const std::string& out_dir, const std::string& name);

}  // namespace s11::app
