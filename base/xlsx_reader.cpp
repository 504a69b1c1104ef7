#include "base/xlsx_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/errors.h"
#include "base/text.h"

namespace s11::xlsx {

namespace {

constexpr int kMaxRows = 1048576;
constexpr int kMaxColumns = 16384;
// How much of a part is inflated at a time; the limits are checked after each chunk.
constexpr std::size_t kChunkBytes = std::size_t{256} << 10;
// Cell problems listed before the rest are only counted.
constexpr std::size_t kMaxProblems = 50;
// An OLE compound file: an Excel 97-2003 workbook, or an encrypted (password-protected) .xlsx.
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr std::string_view kOdfMimetype = "application/vnd.oasis.opendocument.";
constexpr const char* kSaveAgain = "save the workbook again from Excel or LibreOffice Calc";

std::string not_a_workbook(const std::string& path, const std::string& reason) {
  return path + ": not an .xlsx workbook (" + reason + "); save it as Excel Workbook (.xlsx)";
}

// "256 MB" for a whole number of MiB, else "1000 bytes".
std::string size_text(std::uint64_t bytes) {
  constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  return std::to_string(bytes) + " bytes";
}

// `text` with each byte that does not start well-formed UTF-8 replaced by U+FFFD, so that a
// message quoting it is text.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::size_t length = utf8_sequence_length(text);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      length = 1;
    } else {
      out.append(text.substr(0, length));
    }
    text.remove_prefix(length);
  }
  return out;
}

// `text` for a message: as text, cut to 40 bytes.
std::string shown(std::string_view text) {
  constexpr std::size_t kMax = 40;
  if (text.size() <= kMax) return printable(text);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return printable(text.substr(0, cut)) + "...";
}

// Where `text` stops being UTF-8, e.g. "byte 0xE9 at character 12"; empty when it is UTF-8.
std::string utf8_problem(std::string_view text) {
  const std::size_t at = invalid_utf8_at(text);
  if (at == std::string_view::npos) return "";
  std::size_t characters = 0;
  for (std::size_t i = 0; i < at; i += utf8_sequence_length(text.substr(i))) ++characters;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X",
                static_cast<unsigned>(static_cast<unsigned char>(text[at])));
  return "byte " + std::string(byte) + " at character " + std::to_string(characters + 1);
}

std::string not_utf8_message(const std::string& problem) {
  return "the text is not valid UTF-8 (" + problem +
         "); retype it in Excel or LibreOffice Calc and save the workbook again";
}

// Element and attribute names without their namespace prefix: "x:c" -> "c".
const char* local_name(const char* name) {
  const char* colon = std::strrchr(name, ':');
  return colon ? colon + 1 : name;
}

bool is(const pugi::xml_node& node, const char* name) {
  return std::strcmp(local_name(node.name()), name) == 0;
}

pugi::xml_node child(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, name)) return c;
  }
  return {};
}

pugi::xml_attribute attribute(const pugi::xml_node& node, const char* name) {
  for (pugi::xml_attribute a = node.first_attribute(); a; a = a.next_attribute()) {
    if (std::strcmp(local_name(a.name()), name) == 0) return a;
  }
  return {};
}

// The code unit of an "_xHHHH_" escape starting at text[i], if there is one.
std::optional<unsigned> escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') {
    return std::nullopt;
  }
  unsigned code = 0;
  auto [end, error] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
  if (error != std::errc() || end != text.data() + i + 6) return std::nullopt;
  return code;
}

// SpreadsheetML writes characters XML cannot hold (carriage returns, control characters) as
// "_xHHHH_" in UTF-16 code units; "_x005F_" escapes a literal underscore. An unpaired
// surrogate is no character, and is kept as written.
std::string decode_escapes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    auto code = escape_at(text, i);
    if (!code) {
      out += text[i++];
      continue;
    }
    if (*code >= 0xD800 && *code < 0xE000) {
      const auto low = *code < 0xDC00 ? escape_at(text, i + 7) : std::nullopt;
      if (!low || *low < 0xDC00 || *low >= 0xE000) {
        out.append(text.substr(i, 7));
        i += 7;
        continue;
      }
      *code = 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
      i += 7;
    }
    i += 7;
    append_utf8(out, *code);
  }
  return out;
}

std::string unescape(std::string text) {
  if (text.find("_x") == std::string::npos) return text;
  return decode_escapes(text);
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich text run <r>. Phonetic
// runs (<rPh>, furigana) are not part of the text.
std::string string_item_text(const pugi::xml_node& item) {
  std::string text;
  for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
    if (is(c, "t")) {
      text += c.text().get();
    } else if (is(c, "r")) {
      text += child(c, "t").text().get();
    }
  }
  return unescape(std::move(text));
}

// pugixml's default options drop whitespace-only text, which would turn " " into "".
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

// The first bytes of the file at `fd`, at most `count` of them.
std::string file_start(int fd, std::size_t count) {
  std::string bytes(count, '\0');
  const ssize_t got = ::pread(fd, bytes.data(), count, 0);
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

// A workbook's zip archive, whose parts are read within `Limits`.
class ZipArchive {
 public:
  ZipArchive(const std::string& path, const Limits& limits)
      : path_(path), limits_(limits), chunk_(kChunkBytes) {
    // Newline offsets are kept in 32 bits (see parse()).
    limits_.part_bytes = std::min<std::uint64_t>(limits_.part_bytes, UINT32_MAX);
    limits_.ratio = std::max<std::uint64_t>(limits_.ratio, 1);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw IoError(path + ": cannot open (" + std::strerror(errno) + ")");
    struct stat info {};
    if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
      const int error = S_ISDIR(info.st_mode) ? EISDIR : errno;
      ::close(fd);
      throw IoError(path + ": cannot open (" + std::strerror(error) + ")");
    }
    if (S_ISREG(info.st_mode) && info.st_size == 0) {
      ::close(fd);
      throw InputError(path +
                       ": the file is empty (0 bytes), not an .xlsx workbook; copy it again, or "
                       "save it again as Excel Workbook (.xlsx)");
    }
    if (file_start(fd, kOleMagic.size()) == kOleMagic) {
      ::close(fd);
      throw InputError(path +
                       ": this is an Excel 97-2003 workbook (.xls) or a password-protected "
                       "workbook, not an .xlsx; remove the password or save it as Excel "
                       "Workbook (.xlsx)");
    }
    int error = 0;
    zip_ = zip_fdopen(fd, ZIP_RDONLY, &error);
    if (!zip_) {
      ::close(fd);
      if (error == ZIP_ER_NOZIP) throw InputError(not_a_workbook(path, "not a zip archive"));
      zip_error_t zip_error;
      zip_error_init_with_code(&zip_error, error);
      std::string reason = std::string("damaged zip archive: ") + zip_error_strerror(&zip_error);
      zip_error_fini(&zip_error);
      throw InputError(not_a_workbook(path, reason));
    }
    try {
      refuse_duplicate_names();
      refuse_opendocument();
    } catch (...) {
      zip_discard(zip_);
      throw;
    }
  }
  ~ZipArchive() { zip_discard(zip_); }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  // The part's bytes, or nothing when the archive has no such part. The part is inflated in
  // chunks into a growing buffer, checking the limits after each: the size the archive
  // declares is not trusted. When `newlines` is given, it receives the offset of each '\n'.
  std::optional<std::string> read(const std::string& part,
                                  std::vector<std::uint32_t>* newlines = nullptr) {
    zip_int64_t index = zip_name_locate(zip_, part.c_str(), 0);
    if (index < 0) index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_, entry, 0, &stat) != 0) throw cannot_read(part, zip_strerror(zip_));
    Inflated out{part, newlines, {}};
    // Deflated parts are inflated here, to know how many compressed bytes each chunk took;
    // others (stored, encrypted, other methods) through libzip, against the whole part's size.
    const bool deflated = (stat.valid & ZIP_STAT_COMP_METHOD) &&
                          stat.comp_method == ZIP_CM_DEFLATE &&
                          (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
                          stat.encryption_method == ZIP_EM_NONE && (stat.valid & ZIP_STAT_CRC);
    const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
        zip_fopen_index(zip_, entry, deflated ? ZIP_FL_COMPRESSED : 0), zip_fclose);
    if (!file) throw cannot_read(part, zip_strerror(zip_));
    if (deflated) {
      inflate_part(file.get(), stat.crc, out);
    } else {
      const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
      for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk_.data(), chunk_.size());
        if (got < 0) throw cannot_read(part, zip_file_strerror(file.get()));
        if (got == 0) break;
        append(out, chunk_.data(), static_cast<std::size_t>(got), compressed);
      }
    }
    return std::move(out.bytes);
  }

  // The part parsed as XML; a null node when it is missing and not `required`. `buffer` holds
  // the text pugixml parses in place and must outlive the document.
  pugi::xml_node parse(const std::string& part, std::string& buffer, pugi::xml_document& doc,
                       bool required = true) {
    // Parsing in place rewrites the buffer, so the line of an error is found from where the
    // newlines were before.
    std::vector<std::uint32_t> newlines;
    auto bytes = read(part, &newlines);
    if (!bytes) {
      if (!required) return {};
      throw InputError(not_a_workbook(path_, "no " + part));
    }
    buffer = std::move(*bytes);
    const pugi::xml_parse_result result =
        doc.load_buffer_inplace(buffer.data(), buffer.size(), kParseOptions);
    if (!result) {
      const auto offset = static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0));
      const auto line =
          1 + (std::lower_bound(newlines.begin(), newlines.end(), offset) - newlines.begin());
      throw InputError(
          not_a_workbook(path_, part + ":" + std::to_string(line) + ": " + result.description()));
    }
    return doc.document_element();
  }

 private:
  // A part being read.
  struct Inflated {
    const std::string& part;
    std::vector<std::uint32_t>* newlines;
    std::string bytes;
  };

  // Inflates the raw deflate stream of `file` into `out`, checking its CRC at the end.
  void inflate_part(zip_file_t* file, std::uint32_t crc, Inflated& out) {
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) throw cannot_read(out.part, "zlib failed");
    const std::unique_ptr<z_stream, int (*)(z_stream*)> cleanup(&stream, inflateEnd);
    std::vector<char> input(std::size_t{64} << 10);
    uLong check = crc32(0, nullptr, 0);
    int status = Z_OK;
    while (status != Z_STREAM_END) {
      const zip_int64_t got = zip_fread(file, input.data(), input.size());
      if (got < 0) throw cannot_read(out.part, zip_file_strerror(file));
      if (got == 0) throw cannot_read(out.part, "the compressed data ends early");
      stream.next_in = reinterpret_cast<Bytef*>(input.data());
      stream.avail_in = static_cast<uInt>(got);
      while (stream.avail_in > 0 && status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk_.data());
        stream.avail_out = static_cast<uInt>(chunk_.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
          throw cannot_read(out.part, std::string("damaged compressed data (") +
                                          (stream.msg ? stream.msg : "zlib error") + ")");
        }
        const std::size_t count = chunk_.size() - stream.avail_out;
        check =
            crc32(check, reinterpret_cast<const Bytef*>(chunk_.data()), static_cast<uInt>(count));
        append(out, chunk_.data(), count, stream.total_in);
      }
    }
    if (check != crc) throw cannot_read(out.part, "CRC error");
  }

  // Appends `count` bytes to `out`, which took `compressed` bytes so far, within the limits.
  void append(Inflated& out, const char* data, std::size_t count, std::uint64_t compressed) {
    const std::string& part = out.part;
    const std::uint64_t size = out.bytes.size() + count;
    inflated_ += count;
    if (size > limits_.part_bytes) {
      throw InputError(path_ + ": part " + part + " inflates beyond " +
                       size_text(limits_.part_bytes) +
                       "; this is not a workbook s11 can read (a real return is a few MB)");
    }
    if (inflated_ > limits_.total_bytes) {
      throw InputError(path_ + ": the parts s11 reads inflate beyond " +
                       size_text(limits_.total_bytes) + " together (reached in part " + part +
                       "); this is not a workbook s11 can read (a real return is a few MB)");
    }
    if (size > limits_.ratio_from_bytes && size / limits_.ratio > compressed) {
      throw InputError(path_ + ": part " + part + " inflates to more than " +
                       std::to_string(limits_.ratio) +
                       " times its compressed size (a zip bomb?); this is not a workbook s11 "
                       "can read (real workbooks inflate 10 to 30 times)");
    }
    if (out.newlines) {
      const std::string_view chunk(data, count);
      for (std::size_t at = chunk.find('\n'); at != std::string_view::npos;
           at = chunk.find('\n', at + 1)) {
        out.newlines->push_back(static_cast<std::uint32_t>(out.bytes.size() + at));
      }
    }
    out.bytes.append(data, count);
  }

  InputError cannot_read(const std::string& part, const std::string& reason) const {
    return InputError(not_a_workbook(path_, "cannot read " + part + ": " + reason));
  }

  // Two entries of one name (part names are compared ignoring case, as Open Packaging says):
  // readers disagree on which one is the part, so s11 could score a sheet other than the one
  // Excel or LibreOffice shows.
  void refuse_duplicate_names() const {
    ProblemList problems;
    std::unordered_set<std::string> seen;
    std::set<std::string> reported;
    const zip_int64_t count = zip_get_num_entries(zip_, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
      const char* name = zip_get_name(zip_, static_cast<zip_uint64_t>(i), 0);
      if (name == nullptr) continue;
      std::string key = lower(name);
      if (!seen.insert(key).second && reported.insert(key).second) {
        problems.add(path_, "the workbook holds two parts named " + printable(name) +
                                "; it is damaged: open it in Excel or LibreOffice and save it "
                                "again");
      }
    }
    problems.throw_if_any();
  }

  // An OpenDocument file names its kind in its first entry, "mimetype".
  void refuse_opendocument() {
    const std::optional<std::string> mimetype = read("mimetype");
    if (!mimetype || mimetype->compare(0, kOdfMimetype.size(), kOdfMimetype) != 0) return;
    if (mimetype->find("spreadsheet") != std::string::npos) {
      throw InputError(path_ +
                       ": this is an OpenDocument spreadsheet (.ods), not an .xlsx; save it as "
                       "Excel Workbook (.xlsx)");
    }
    throw InputError(path_ +
                     ": this is an OpenDocument document that is not a spreadsheet, not an .xlsx "
                     "workbook; s11 reads workbooks saved as Excel Workbook (.xlsx)");
  }

  std::string path_;
  Limits limits_;
  std::vector<char> chunk_;
  std::uint64_t inflated_ = 0;  // by every part read so far
  zip_t* zip_ = nullptr;
};

struct Relationship {
  std::string type;
  std::string target;  // a part name, resolved: "xl/worksheets/sheet1.xml"
};

std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

// A relationship target relative to `folder` ("worksheets/sheet1.xml", "../x.xml") or absolute
// ("/xl/worksheets/sheet1.xml"), as a part name.
std::string resolve_target(const std::string& folder, const std::string& target) {
  const std::string joined =
      !target.empty() && target[0] == '/' ? target.substr(1) : folder + target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= joined.size()) {
    auto end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(std::move(segment));
    }
    start = end + 1;
  }
  return join(segments, "/");
}

bool type_is(const std::string& type, std::string_view suffix) {
  return type.size() >= suffix.size() &&
         type.compare(type.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The relationships of `part`, keyed by Id; none when it has no .rels part.
std::unordered_map<std::string, Relationship> read_relationships(ZipArchive& zip,
                                                                 const std::string& part) {
  const std::string folder = folder_of(part);
  const std::string rels_part = folder + "_rels/" + part.substr(folder.size()) + ".rels";
  std::unordered_map<std::string, Relationship> relationships;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(rels_part, buffer, doc, false);
  for (pugi::xml_node r = root.first_child(); r; r = r.next_sibling()) {
    if (!is(r, "Relationship")) continue;
    if (std::strcmp(attribute(r, "TargetMode").value(), "External") == 0) continue;
    relationships[attribute(r, "Id").value()] = Relationship{
        attribute(r, "Type").value(), resolve_target(folder, attribute(r, "Target").value())};
  }
  return relationships;
}

std::string find_workbook_part(ZipArchive& zip) {
  for (const auto& [id, relationship] : read_relationships(zip, "")) {
    if (type_is(relationship.type, "/officeDocument")) return relationship.target;
  }
  return "xl/workbook.xml";
}

bool is_builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

// True when a number format code shows a date or time: it has d, m, y, h or s outside quoted
// text, [colour]/[condition] brackets, and backslash, _ (padding) or * (fill) escapes.
bool is_date_format_code(std::string_view code) {
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const auto end = code.find('"', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '[') {
      const auto end = code.find(']', i + 1);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c != '\0' && std::strchr("dDmMyYhHsS", c) != nullptr) {
      return true;
    }
  }
  return false;
}

// For each cell format (the cell's s attribute), whether it shows numbers as dates.
std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& part) {
  std::vector<bool> date_styles;
  if (part.empty()) return date_styles;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(part, buffer, doc, false);
  std::unordered_map<int, bool> custom;
  for (pugi::xml_node f = child(child(root, "numFmts"), "numFmt"); f; f = f.next_sibling()) {
    if (!is(f, "numFmt")) continue;
    custom[attribute(f, "numFmtId").as_int(-1)] =
        is_date_format_code(attribute(f, "formatCode").value());
  }
  for (pugi::xml_node xf = child(child(root, "cellXfs"), "xf"); xf; xf = xf.next_sibling()) {
    if (!is(xf, "xf")) continue;
    const int id = attribute(xf, "numFmtId").as_int(0);
    const auto found = custom.find(id);
    date_styles.push_back(found != custom.end() ? found->second : is_builtin_date_format(id));
  }
  return date_styles;
}

// The shared string table, and which of its strings are not UTF-8.
struct SharedStrings {
  std::string part;
  std::vector<std::string> texts;
  std::map<unsigned, std::string> not_utf8;  // index -> utf8_problem()
  std::set<unsigned> reported;               // of not_utf8, those reported at a cell
};

SharedStrings read_shared_strings(ZipArchive& zip, const std::string& part) {
  SharedStrings strings;
  strings.part = part;
  if (part.empty()) return strings;
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(part, buffer, doc, false);
  // The count is only a hint, and not trusted beyond what the part can hold ("<si/>").
  strings.texts.reserve(
      std::min<std::size_t>(attribute(root, "uniqueCount").as_uint(0), buffer.size() / 5));
  for (pugi::xml_node si = root.first_child(); si; si = si.next_sibling()) {
    if (!is(si, "si")) continue;
    std::string text = string_item_text(si);
    std::string problem = utf8_problem(text);
    if (!problem.empty()) {
      strings.not_utf8.emplace(static_cast<unsigned>(strings.texts.size()), std::move(problem));
    }
    strings.texts.push_back(std::move(text));
  }
  return strings;
}

enum class Reference { kCell, kNotACell, kBeyondLastColumn, kBeyondLastRow };

// Parses "B3" into zero-based (row, column).
Reference parse_reference(const char* text, int& row, int& col) {
  int column = 0;
  const char* p = text;
  for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); ++p) {
    if (column <= kMaxColumns) column = column * 26 + ((*p | 0x20) - 'a' + 1);
  }
  const char* digits = p;
  int number = 0;
  for (; *p >= '0' && *p <= '9'; ++p) {
    if (number <= kMaxRows) number = number * 10 + (*p - '0');
  }
  if (p == text || p == digits || *p != '\0' || number == 0) return Reference::kNotACell;
  if (column > kMaxColumns) return Reference::kBeyondLastColumn;
  if (number > kMaxRows) return Reference::kBeyondLastRow;
  row = number - 1;
  col = column - 1;
  return Reference::kCell;
}

struct SheetContext {
  const std::string& path;
  const std::string& part;
  std::string sheet_name;  // printable, for messages
  SharedStrings& shared_strings;
  const std::vector<bool>& date_styles;
  ProblemList& problems;
};

void cell_problem(const SheetContext& context, int row, int col, const std::string& message) {
  context.problems.add(context.path + ": " + context.sheet_name + "!" + cell_name(row, col),
                       message);
}

// Fills `cell` from a <c> element; false when it holds no value, or one that cannot be read
// (recorded in context.problems).
bool read_cell(const SheetContext& context, int row, int col, const pugi::xml_node& c, Cell& cell) {
  const char* type = attribute(c, "t").value();
  const pugi::xml_node v = child(c, "v");
  const char* value = v.text().get();
  if (std::strcmp(type, "inlineStr") == 0) {
    cell.text = string_item_text(child(c, "is"));
    cell.type = CellType::kString;
  } else if (*value == '\0') {
    // openpyxl writes formulas without their results; remember them so readers can say so
    // instead of taking the cell for blank.
    cell.uncached_formula = *child(c, "f").text().get() != '\0';
    return cell.uncached_formula;
  } else if (*type == '\0' || std::strcmp(type, "n") == 0) {
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, cell.number);
    if (error != std::errc() || stop != end) {
      cell_problem(context, row, col, "'" + shown(value) + "' is not a number");
      return false;
    }
    cell.type = CellType::kNumber;
    cell.text = value;
    const auto style = attribute(c, "s").as_uint(0);
    cell.date_format = style < context.date_styles.size() && context.date_styles[style];
    return true;
  } else if (std::strcmp(type, "s") == 0) {
    SharedStrings& strings = context.shared_strings;
    unsigned index = 0;
    const char* end = value + std::strlen(value);
    const auto [stop, error] = std::from_chars(value, end, index);
    if (error != std::errc() || stop != end || index >= strings.texts.size()) {
      cell_problem(context, row, col,
                   "shared string " + shown(value) + " does not exist (the workbook has " +
                       std::to_string(strings.texts.size()) + ")");
      return false;
    }
    const auto bad = strings.not_utf8.find(index);
    if (bad != strings.not_utf8.end()) {
      // Once, at the first cell showing it: the same string may fill a whole column.
      if (strings.reported.insert(index).second) {
        cell_problem(context, row, col, not_utf8_message(bad->second));
      }
      return false;
    }
    cell.text = strings.texts[index];
    cell.type = CellType::kString;
  } else if (std::strcmp(type, "b") == 0) {
    cell.boolean = std::strcmp(value, "1") == 0 || std::strcmp(value, "true") == 0;
    cell.text = cell.boolean ? "TRUE" : "FALSE";
    cell.type = CellType::kBoolean;
    return true;
  } else if (std::strcmp(type, "e") == 0) {
    cell.text = value;
    cell.type = CellType::kError;
  } else if (std::strcmp(type, "d") == 0) {
    cell.text = value;
    cell.type = CellType::kDate;
  } else {
    // "str" (a formula's string result), and anything unknown read as text.
    cell.text = unescape(value);
    cell.type = CellType::kString;
  }
  // pugixml does not check UTF-8, and text that is not would make the outputs unreadable.
  if (const std::string problem = utf8_problem(cell.text); !problem.empty()) {
    cell_problem(context, row, col, not_utf8_message(problem));
    return false;
  }
  // A string of no characters looks blank, so it counts as no value.
  return cell.type != CellType::kString || !cell.text.empty();
}

// Widths only size text for reading (a plan's wrapped paragraphs): a malformed entry is
// skipped rather than refusing the workbook, and ranges are clipped to Excel's columns.
void read_column_widths(const pugi::xml_node& root, Sheet& sheet) {
  const pugi::xml_node format = child(root, "sheetFormatPr");
  const double fallback = attribute(format, "defaultColWidth").as_double(0);
  if (fallback > 0 && fallback < 256) sheet.default_column_width = fallback;
  for (pugi::xml_node cols = child(root, "cols"); cols; cols = cols.next_sibling()) {
    if (!is(cols, "cols")) continue;
    for (pugi::xml_node c = cols.first_child(); c; c = c.next_sibling()) {
      if (!is(c, "col")) continue;
      const int min = attribute(c, "min").as_int(0);
      const int max = std::min(attribute(c, "max").as_int(0), kMaxColumns);
      const double width = attribute(c, "width").as_double(-1);
      if (min < 1 || max < min || width < 0 || width > 255) continue;
      sheet.column_widths.push_back({min - 1, max - 1, width});
    }
  }
}

void read_sheet(ZipArchive& zip, const SheetContext& context, Sheet& sheet) {
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(context.part, buffer, doc);
  if (!is(root, "worksheet")) {
    throw InputError(not_a_workbook(context.path, context.part + " is not a worksheet"));
  }
  const std::string where = context.path + ": " + context.sheet_name;
  read_column_widths(root, sheet);
  int row = -1;
  for (pugi::xml_node r = child(child(root, "sheetData"), "row"); r; r = r.next_sibling()) {
    if (!is(r, "row")) continue;
    // Some writers leave out the r attributes of rows and cells: count positions instead.
    const int numbered = attribute(r, "r").as_int(0);
    row = numbered > 0 ? std::min(numbered, kMaxRows + 1) - 1 : std::min(row + 1, kMaxRows);
    if (row >= kMaxRows) {
      context.problems.add(where,
                           "rows beyond Excel's last row (1048576); " + std::string(kSaveAgain));
      return;
    }
    int col = -1;
    for (pugi::xml_node c = r.first_child(); c; c = c.next_sibling()) {
      if (!is(c, "c")) continue;
      const pugi::xml_attribute reference = attribute(c, "r");
      int cell_row = row;
      if (reference) {
        const Reference parsed = parse_reference(reference.value(), cell_row, col);
        if (parsed != Reference::kCell) {
          const std::string name = shown(reference.value());
          context.problems.add(
              where,
              parsed == Reference::kNotACell
                  ? "a cell at '" + name + "', which is not a cell reference (in " + context.part +
                        "); " + kSaveAgain
              : parsed == Reference::kBeyondLastColumn
                  ? "a cell at " + name + ", beyond Excel's last column (XFD); " + kSaveAgain
                  : "a cell at " + name + ", beyond Excel's last row (1048576); " + kSaveAgain);
          // Cells without a reference after it have no column to count from.
          break;
        }
      } else if (++col >= kMaxColumns) {
        context.problems.add(where, "row " + std::to_string(row + 1) +
                                        " has cells beyond Excel's last column (XFD); " +
                                        kSaveAgain);
        break;
      }
      Cell cell;
      if (read_cell(context, cell_row, col, c, cell)) {
        sheet.cells.insert_or_assign({cell_row, col}, std::move(cell));
      }
    }
  }
}

// Fills `workbook` with the sheets of `zip`; throws InputError when the workbook's structure
// cannot be read, records the problems of its cells and names in `problems`.
void read_sheets(ZipArchive& zip, Workbook& workbook, ProblemList& problems) {
  const std::string& path = workbook.path;
  const std::string workbook_part = find_workbook_part(zip);
  if (type_is(lower(workbook_part), ".bin")) {
    throw InputError(path +
                     ": this is an Excel Binary Workbook (.xlsb), not an .xlsx; save it as Excel "
                     "Workbook (.xlsx)");
  }
  std::string buffer;
  pugi::xml_document doc;
  const pugi::xml_node root = zip.parse(workbook_part, buffer, doc);
  if (!is(root, "workbook")) {
    throw InputError(not_a_workbook(path, workbook_part + " is not a workbook"));
  }
  const std::string date1904 = attribute(child(root, "workbookPr"), "date1904").value();
  workbook.date1904 = date1904 == "1" || date1904 == "true";

  const auto relationships = read_relationships(zip, workbook_part);
  std::string shared_strings_part;
  std::string styles_part;
  for (const auto& [id, relationship] : relationships) {
    if (type_is(relationship.type, "/sharedStrings")) shared_strings_part = relationship.target;
    if (type_is(relationship.type, "/styles")) styles_part = relationship.target;
  }
  SharedStrings shared_strings = read_shared_strings(zip, shared_strings_part);
  const std::vector<bool> date_styles = read_date_styles(zip, styles_part);

  int position = 0;
  for (pugi::xml_node s = child(child(root, "sheets"), "sheet"); s; s = s.next_sibling()) {
    if (!is(s, "sheet")) continue;
    ++position;
    const std::string name = attribute(s, "name").value();
    if (const std::string problem = utf8_problem(name); !problem.empty()) {
      problems.add(path + ": sheet " + std::to_string(position),
                   "its name is not valid UTF-8 (" + problem +
                       "); rename the sheet in Excel or LibreOffice Calc and save the workbook "
                       "again");
    }
    const std::string id = attribute(s, "id").value();
    const auto found = relationships.find(id);
    if (found == relationships.end()) {
      throw InputError(not_a_workbook(
          path,
          "sheet '" + printable(name) + "' has no part (no relationship " + printable(id) + ")"));
    }
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (!type_is(found->second.type, "/worksheet")) continue;
    Sheet& sheet = workbook.sheets.emplace_back();
    sheet.name = name;
    const SheetContext context{path,           found->second.target, printable(name),
                               shared_strings, date_styles,          problems};
    read_sheet(zip, context, sheet);
  }
  for (const auto& [index, problem] : shared_strings.not_utf8) {
    if (shared_strings.reported.count(index) != 0) continue;
    problems.add(path + ": " + shared_strings.part,
                 "shared string " + std::to_string(index) +
                     ", which no cell shows, is not valid UTF-8 (" + problem + "); " + kSaveAgain);
  }
}

}  // namespace

std::string column_name(int col) {
  std::string name;
  for (int n = col + 1; n > 0; n = (n - 1) / 26) {
    name.insert(name.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return name;
}

std::string cell_name(int row, int col) { return column_name(col) + std::to_string(row + 1); }

const Cell& Sheet::at(int row, int col) const {
  static const Cell kEmpty;
  const auto found = cells.find({row, col});
  return found == cells.end() ? kEmpty : found->second;
}

RowCells Sheet::row_cells(int row) const {
  return RowCells(cells.lower_bound({row, INT_MIN}), cells.upper_bound({row, INT_MAX}));
}

double Sheet::column_width(int col) const {
  for (auto range = column_widths.rbegin(); range != column_widths.rend(); ++range) {
    if (range->first <= col && col <= range->last) return range->width;
  }
  return default_column_width;
}

int Sheet::row_count() const { return cells.empty() ? 0 : cells.rbegin()->first.first + 1; }

int Sheet::column_count() const {
  int count = 0;
  for (const auto& [position, cell] : cells) count = std::max(count, position.second + 1);
  return count;
}

const Sheet* Workbook::find(const std::string& name) const {
  for (const auto& sheet : sheets) {
    if (sheet.name == name) return &sheet;
  }
  for (const auto& sheet : sheets) {
    if (equals_ignoring_case(sheet.name, name)) return &sheet;
  }
  return nullptr;
}

Workbook read_workbook(const std::string& path, const Limits& limits) {
  ZipArchive zip(path, limits);
  Workbook workbook;
  workbook.path = path;
  ProblemList problems(kMaxProblems, path, "problems in this workbook");
  try {
    read_sheets(zip, workbook, problems);
  } catch (const InputError& error) {
    // What made the rest unreadable, after the cell problems found before it.
    std::vector<std::string> all = problems.items();
    all.insert(all.end(), error.problems().begin(), error.problems().end());
    throw InputError(std::move(all));
  }
  problems.throw_if_any();
  return workbook;
}

std::string display_text(const Cell& cell) {
  switch (cell.type) {
    case CellType::kEmpty:
      return "";
    case CellType::kBoolean:
      return cell.boolean ? "TRUE" : "FALSE";
    case CellType::kNumber: {
      // Excel's General format shows at most 15 significant digits: 0.1+0.2 reads "0.3".
      if (cell.number == 0) return "0";
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%.15g", cell.number);
      return buffer;
    }
    case CellType::kString:
    case CellType::kError:
    case CellType::kDate:
      break;
  }
  return cell.text;
}

}  // namespace s11::xlsx
