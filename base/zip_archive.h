#pragma once
/// The zip archive of a workbook, read within limits: what the xlsx and ods readers
/// (base/xlsx_reader.h, base/ods_reader.h) share. Its parts are inflated by s11 itself in
/// chunks, so a crafted file or a zip bomb stops at a limit instead of exhausting memory.
/// Also the small helpers both readers use to read XML and to quote a file's text in messages.

#include <cstdint>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct zip;
struct zip_file;

namespace s11::zip {

/// How far s11 lets a workbook's zip parts inflate before it refuses the file. The sizes a
/// zip declares are not trusted: each part is inflated in chunks and these are checked as the
/// bytes arrive, so a crafted 1 KB file or a zip bomb stops at the limit instead of
/// exhausting memory. The defaults are far above real workbooks: a return or action plan is a
/// few hundred KB of XML, a million-row survey export about 150 MB of sheet XML, and real
/// sheet XML deflates 10 to 30 times (about 170 at most, for identical cells without
/// references), where a zip bomb deflates about 1000 times.
struct Limits {
  /// One part (a worksheet, the shared strings, an .ods content.xml) inflated. At most
  /// 4 GiB - 1.
  std::uint64_t part_bytes = std::uint64_t{256} << 20;
  /// Every part s11 reads from one workbook, inflated, together.
  std::uint64_t total_bytes = std::uint64_t{1024} << 20;
  /// A part's bytes inflated so far over the compressed bytes they came from (deflated parts
  /// are inflated by s11 itself to know this, so incompressible padding after a bomb does not
  /// hide it; other parts count their whole compressed size)...
  std::uint64_t ratio = 400;
  /// ...checked once the part has inflated beyond this (small parts may compress well).
  std::uint64_t ratio_from_bytes = std::uint64_t{8} << 20;
};

/// What the file is expected to be, for the messages refusing it.
struct Expected {
  /// "an .xlsx workbook": "path: not an .xlsx workbook (not a zip archive); ..."
  std::string noun;
  /// "an .xlsx": "... a password-protected workbook, not an .xlsx; ..."
  std::string short_noun;
  /// "Excel Workbook (.xlsx)": "...; save it as Excel Workbook (.xlsx)"
  std::string save_as;
};

/// Expected{} for an .xlsx workbook, an .ods spreadsheet, or either.
Expected expected_xlsx();
Expected expected_ods();
Expected expected_spreadsheet();

/// A workbook's zip archive, whose parts are read within `Limits`.
class Archive {
 public:
  /// Opens the archive at `path`. Throws IoError when the file cannot be opened (or is a
  /// directory), and InputError `path: ...` naming what it is instead when it is empty, an OLE
  /// compound file (an Excel 97-2003 or password-protected workbook), not a zip or a damaged
  /// one, or holds two entries of one name.
  Archive(const std::string& path, const Limits& limits, Expected expected);
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  const std::string& path() const { return path_; }
  const Expected& expected() const { return expected_; }
  /// What the file is now known to be, for the messages of the parts read from here on.
  void set_expected(Expected expected) { expected_ = std::move(expected); }
  /// Whether the archive has an entry of this name (compared ignoring case).
  bool has(const std::string& part) const;

  /// The part's bytes, or nothing when the archive has no such part. The part is inflated in
  /// chunks into a growing buffer, checking the limits after each: the size the archive
  /// declares is not trusted. When `newlines` is given, it receives the offset of each '\n'.
  std::optional<std::string> read(const std::string& part,
                                  std::vector<std::uint32_t>* newlines = nullptr);

  /// The part parsed as XML; a null node when it is missing and not `required` (missing and
  /// required: InputError `path: not an .xlsx workbook (no PART); ...`). `buffer` holds the
  /// text pugixml parses in place and must outlive the document. White space is kept where it
  /// is a text node's only content (" " in a cell), or everywhere with `all_whitespace`.
  pugi::xml_node parse(const std::string& part, std::string& buffer, pugi::xml_document& doc,
                       bool required = true, bool all_whitespace = false);

  /// "path: not an .xlsx workbook (REASON); save it as Excel Workbook (.xlsx)".
  std::string not_a_workbook(const std::string& reason) const;

 private:
  struct Inflated;
  void inflate_part(::zip_file* file, std::uint32_t crc, Inflated& out);
  void append(Inflated& out, const char* data, std::size_t count, std::uint64_t compressed);
  std::string cannot_read(const std::string& part, const std::string& reason) const;
  void refuse_duplicate_names() const;

  std::string path_;
  Limits limits_;
  Expected expected_;
  std::vector<char> chunk_;
  std::uint64_t inflated_ = 0;  // by every part read so far
  ::zip* zip_ = nullptr;
};

/// Element and attribute names without their namespace prefix: "x:c" -> "c".
const char* local_name(const char* name);
/// Whether `node` is named `name`, ignoring its namespace prefix.
bool is(const pugi::xml_node& node, const char* name);
/// The first child of `node` named `name` (ignoring prefixes), or a null node.
pugi::xml_node child(const pugi::xml_node& node, const char* name);
/// The attribute of `node` named `name` (ignoring prefixes), or a null attribute.
pugi::xml_attribute attribute(const pugi::xml_node& node, const char* name);

/// `text` with each byte that does not start well-formed UTF-8 replaced by U+FFFD, so that a
/// message quoting it is text.
std::string printable(std::string_view text);
/// `text` for a message: printable, cut to 40 bytes.
std::string shown(std::string_view text);
/// Where `text` stops being UTF-8, e.g. "byte 0xE9 at character 12"; empty when it is UTF-8.
std::string utf8_problem(std::string_view text);
/// The message for a cell whose text is not UTF-8, `problem` from utf8_problem().
std::string not_utf8_message(const std::string& problem);
/// "256 MB" for a whole number of MiB, else "1000 bytes".
std::string size_text(std::uint64_t bytes);

}  // namespace s11::zip
