#pragma once
/// A small INI reader that keeps the line of every section and setting, so that each problem
/// in a settings file can be reported as `path:line: message`.

#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"

namespace s11 {

/// One `key = value` line.
struct IniSetting {
  std::string section;  ///< "" for a setting before the first `[section]`.
  std::string key;      ///< Trimmed.
  std::string value;    ///< Trimmed, without its inline comment.
  int line = 0;
};

/// One `[section]` header (the first, when a section is opened again further down).
struct IniSection {
  std::string name;
  int line = 0;
};

/// An INI file: its sections and settings in the order written.
struct IniFile {
  std::vector<IniSection> sections;
  std::vector<IniSetting> settings;

  /// The setting `key` of `section`, or nullptr.
  const IniSetting* find(std::string_view section, std::string_view key) const;
  /// The header of `section`, or nullptr.
  const IniSection* find_section(std::string_view name) const;
};

/// Parses INI text: `[section]` headers, `key = value` settings, comment lines starting with
/// `;` or `#`, and inline comments: a `;` or `#` after a space or tab starts a comment to the
/// end of the line, one anywhere else is text (`https://example.org/#part`). Lines end in LF
/// or CRLF; UTF-8 byte order marks at the start are skipped.
///
/// Each problem of a line is added to `problems` as `path:line: message`, and parsing goes on:
/// a line that is neither a header, a setting nor a comment, a header without its `]`, a
/// setting without a key, a key given twice in a section (naming the line of the first), a
/// NUL byte or another control character (a tab is white space), a line that is not UTF-8.
/// Throws InputError (`path: the file is UTF-16 (it starts with FF FE); save it as UTF-8`)
/// when the text is UTF-16 or UTF-32, with or without a byte order mark.
IniFile parse_ini(std::string_view text, const std::string& path, ProblemList& problems);

/// Reads the file at `path` (at most 1 MiB) and parses it as parse_ini() does. Throws
/// InputError when `path` is a directory or not a regular file, or is larger; IoError when it
/// cannot be opened or read.
IniFile read_ini_file(const std::string& path, ProblemList& problems);

}  // namespace s11
