#pragma once
/// A streaming RFC 4180 CSV reader for survey exports: quoted fields with delimiters, doubled
/// quotes and line breaks; CRLF, LF or lone CR line ends; UTF-8 with or without a BOM, or
/// Windows-1252 converted to UTF-8. Reads the file in large blocks and reuses the caller's
/// field strings, so memory does not grow with the size of the file.

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace s11 {

/// Reads one CSV file record by record.
///
/// Encoding: a UTF-8 BOM is stripped. Up to the first non-ASCII byte the file is both UTF-8
/// and Windows-1252; that byte decides. If it starts a valid UTF-8 sequence the file is UTF-8
/// and any later invalid sequence is an error. If not, and the byte is a Windows-1252
/// character, the file is read as Windows-1252 and converted to UTF-8 (with a warning); a
/// byte Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) is then an error. A UTF-16
/// file (BOM, or NUL bytes between ASCII characters) and NUL bytes anywhere are errors. A
/// doubled BOM (a tool adding one to a file that had one) is stripped too.
///
/// Delimiter: ',' ';' or tab, whichever occurs most often outside quotes in the first line
/// (',' on a tie or when none occurs).
///
/// Lines with nothing on them are skipped. Inside quoted fields CRLF and lone CR become "\n".
class CsvReader {
 public:
  /// The encodings the reader tells apart.
  enum class Encoding { kUtf8, kWindows1252 };

  /// Opens `path` and reads its first block. Throws IoError when the file cannot be opened
  /// or read, and InputError (`path:1: ...`) when it is UTF-16 or holds NUL bytes near the
  /// start.
  explicit CsvReader(const std::string& path);
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  /// Reads the next record into `fields` (resized to its field count; the strings' storage
  /// is reused). False at the end of the file. Throws InputError `path:LINE: ...` on invalid
  /// text and on a quoted field still open at the end of the file, IoError on a read error.
  bool next(std::vector<std::string>& fields);

  /// The 1-based physical line where the record last returned by next() starts.
  std::size_t line() const { return record_line_; }
  /// The delimiter detected from the first line.
  char delimiter() const { return delimiter_; }
  /// The encoding decided so far (kUtf8 until a non-ASCII byte shows otherwise).
  Encoding encoding() const { return encoding_; }
  /// True when the file started with a UTF-8 byte order mark.
  bool had_bom() const { return bom_; }
  /// Notes for the user, e.g. that the file was read as Windows-1252: `path:LINE: ...`.
  const std::vector<std::string>& warnings() const { return warnings_; }
  /// Bytes read from the file so far.
  std::size_t bytes_read() const { return bytes_read_; }

 private:
  enum class Decided { kAsciiSoFar, kUtf8, kWindows1252 };
  // Closes the file on every path out, the constructor's exceptions included.
  struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };

  bool fill();                 // Moves the unread tail to the front and reads more.
  bool ensure(std::size_t n);  // At least n unread bytes, unless the file ends first.
  void append_non_ascii(std::string& field);
  [[noreturn]] void fail(std::size_t line, const std::string& message) const;
  void detect_delimiter();

  std::string path_;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
  std::size_t bytes_read_ = 0;
  std::size_t line_ = 1;  // Physical line of the byte at pos_.
  std::size_t record_line_ = 0;
  char delimiter_ = ',';
  bool bom_ = false;
  Encoding encoding_ = Encoding::kUtf8;
  Decided decided_ = Decided::kAsciiSoFar;
  std::vector<std::string> warnings_;
  unsigned char special_[256] = {};  // Bytes that end a run of plain field text.
};

}  // namespace s11
