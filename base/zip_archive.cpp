#include "base/zip_archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <set>
#include <unordered_set>

#include "base/errors.h"
#include "base/text.h"

namespace s11::zip {

namespace {

// How much of a part is inflated at a time; the limits are checked after each chunk.
constexpr std::size_t kChunkBytes = std::size_t{256} << 10;
// An OLE compound file: an Excel 97-2003 workbook, or an encrypted (password-protected) .xlsx.
constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

// pugixml's default options drop whitespace-only text, which would turn " " into "".
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;
// Every white space text node (parse_ws_pcdata_single would keep only lone ones).
constexpr unsigned kAllWhitespace = pugi::parse_default | pugi::parse_ws_pcdata;

// The first bytes of the file at `fd`, at most `count` of them.
std::string file_start(int fd, std::size_t count) {
  std::string bytes(count, '\0');
  const ssize_t got = ::pread(fd, bytes.data(), count, 0);
  bytes.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  return bytes;
}

}  // namespace

Expected expected_xlsx() { return {"an .xlsx workbook", "an .xlsx", "Excel Workbook (.xlsx)"}; }

Expected expected_ods() { return {"an .ods spreadsheet", "an .ods", "ODF Spreadsheet (.ods)"}; }

Expected expected_spreadsheet() {
  return {"a spreadsheet", "an .xlsx or .ods workbook",
          "Excel Workbook (.xlsx) or ODF Spreadsheet (.ods)"};
}

struct Archive::Inflated {
  const std::string& part;
  std::vector<std::uint32_t>* newlines;
  std::string bytes;
};

Archive::Archive(const std::string& path, const Limits& limits, Expected expected)
    : path_(path), limits_(limits), expected_(std::move(expected)), chunk_(kChunkBytes) {
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
    throw InputError(path + ": the file is empty (0 bytes), not " + expected_.noun +
                     "; copy it again, or save it again as " + expected_.save_as);
  }
  if (file_start(fd, kOleMagic.size()) == kOleMagic) {
    ::close(fd);
    throw InputError(path +
                     ": this is an Excel 97-2003 workbook (.xls) or a password-protected "
                     "workbook, not " +
                     expected_.short_noun + "; remove the password or save it as " +
                     expected_.save_as);
  }
  int error = 0;
  zip_ = zip_fdopen(fd, ZIP_RDONLY, &error);
  if (!zip_) {
    ::close(fd);
    if (error == ZIP_ER_NOZIP) throw InputError(not_a_workbook("not a zip archive"));
    zip_error_t zip_error;
    zip_error_init_with_code(&zip_error, error);
    std::string reason = std::string("damaged zip archive: ") + zip_error_strerror(&zip_error);
    zip_error_fini(&zip_error);
    throw InputError(not_a_workbook(reason));
  }
  try {
    refuse_duplicate_names();
  } catch (...) {
    zip_discard(zip_);
    throw;
  }
}

Archive::~Archive() { zip_discard(zip_); }

std::string Archive::not_a_workbook(const std::string& reason) const {
  return path_ + ": not " + expected_.noun + " (" + reason + "); save it as " + expected_.save_as;
}

bool Archive::has(const std::string& part) const {
  return zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> Archive::read(const std::string& part,
                                         std::vector<std::uint32_t>* newlines) {
  zip_int64_t index = zip_name_locate(zip_, part.c_str(), 0);
  if (index < 0) index = zip_name_locate(zip_, part.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  const auto entry = static_cast<zip_uint64_t>(index);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_, entry, 0, &stat) != 0) {
    throw InputError(cannot_read(part, zip_strerror(zip_)));
  }
  Inflated out{part, newlines, {}};
  // Deflated parts are inflated here, to know how many compressed bytes each chunk took;
  // others (stored, encrypted, other methods) through libzip, against the whole part's size.
  const bool deflated = (stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method == ZIP_CM_DEFLATE &&
                        (stat.valid & ZIP_STAT_ENCRYPTION_METHOD) &&
                        stat.encryption_method == ZIP_EM_NONE && (stat.valid & ZIP_STAT_CRC);
  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(zip_, entry, deflated ? ZIP_FL_COMPRESSED : 0), zip_fclose);
  if (!file) throw InputError(cannot_read(part, zip_strerror(zip_)));
  if (deflated) {
    inflate_part(file.get(), stat.crc, out);
  } else {
    const std::uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
    for (;;) {
      const zip_int64_t got = zip_fread(file.get(), chunk_.data(), chunk_.size());
      if (got < 0) throw InputError(cannot_read(part, zip_file_strerror(file.get())));
      if (got == 0) break;
      append(out, chunk_.data(), static_cast<std::size_t>(got), compressed);
    }
  }
  return std::move(out.bytes);
}

pugi::xml_node Archive::parse(const std::string& part, std::string& buffer, pugi::xml_document& doc,
                              bool required, bool all_whitespace) {
  // Parsing in place rewrites the buffer, so the line of an error is found from where the
  // newlines were before.
  std::vector<std::uint32_t> newlines;
  auto bytes = read(part, &newlines);
  if (!bytes) {
    if (!required) return {};
    throw InputError(not_a_workbook("no " + part));
  }
  buffer = std::move(*bytes);
  const pugi::xml_parse_result result = doc.load_buffer_inplace(
      buffer.data(), buffer.size(), all_whitespace ? kAllWhitespace : kParseOptions);
  if (!result) {
    const auto offset = static_cast<std::uint64_t>(std::max<std::ptrdiff_t>(result.offset, 0));
    const auto line =
        1 + (std::lower_bound(newlines.begin(), newlines.end(), offset) - newlines.begin());
    throw InputError(
        not_a_workbook(part + ":" + std::to_string(line) + ": " + result.description()));
  }
  return doc.document_element();
}

// Inflates the raw deflate stream of `file` into `out`, checking its CRC at the end.
void Archive::inflate_part(::zip_file* file, std::uint32_t crc, Inflated& out) {
  z_stream stream{};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
    throw InputError(cannot_read(out.part, "zlib failed"));
  }
  const std::unique_ptr<z_stream, int (*)(z_stream*)> cleanup(&stream, inflateEnd);
  std::vector<char> input(std::size_t{64} << 10);
  uLong check = crc32(0, nullptr, 0);
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    const zip_int64_t got = zip_fread(file, input.data(), input.size());
    if (got < 0) throw InputError(cannot_read(out.part, zip_file_strerror(file)));
    if (got == 0) throw InputError(cannot_read(out.part, "the compressed data ends early"));
    stream.next_in = reinterpret_cast<Bytef*>(input.data());
    stream.avail_in = static_cast<uInt>(got);
    while (stream.avail_in > 0 && status != Z_STREAM_END) {
      stream.next_out = reinterpret_cast<Bytef*>(chunk_.data());
      stream.avail_out = static_cast<uInt>(chunk_.size());
      status = inflate(&stream, Z_NO_FLUSH);
      if (status != Z_OK && status != Z_STREAM_END) {
        throw InputError(cannot_read(out.part, std::string("damaged compressed data (") +
                                                   (stream.msg ? stream.msg : "zlib error") + ")"));
      }
      const std::size_t count = chunk_.size() - stream.avail_out;
      check = crc32(check, reinterpret_cast<const Bytef*>(chunk_.data()), static_cast<uInt>(count));
      append(out, chunk_.data(), count, stream.total_in);
    }
  }
  if (check != crc) throw InputError(cannot_read(out.part, "CRC error"));
}

// Appends `count` bytes to `out`, which took `compressed` bytes so far, within the limits.
void Archive::append(Inflated& out, const char* data, std::size_t count, std::uint64_t compressed) {
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

std::string Archive::cannot_read(const std::string& part, const std::string& reason) const {
  return not_a_workbook("cannot read " + part + ": " + reason);
}

// Two entries of one name (part names are compared ignoring case, as Open Packaging says):
// readers disagree on which one is the part, so s11 could score a sheet other than the one
// Excel or LibreOffice shows.
void Archive::refuse_duplicate_names() const {
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

std::string size_text(std::uint64_t bytes) {
  constexpr std::uint64_t kMiB = std::uint64_t{1} << 20;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MB";
  return std::to_string(bytes) + " bytes";
}

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

std::string shown(std::string_view text) {
  constexpr std::size_t kMax = 40;
  if (text.size() <= kMax) return printable(text);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return printable(text.substr(0, cut)) + "...";
}

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

}  // namespace s11::zip
