#include "questionnaires/csv_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "base/errors.h"
#include "base/text.h"

namespace s11 {
namespace {

constexpr std::size_t kBlockSize = std::size_t{1} << 20;
constexpr unsigned char kEndsPlain = 1;   // Ends a run of unquoted field text.
constexpr unsigned char kEndsQuoted = 2;  // Ends a run of quoted field text.

// Unicode code points of Windows-1252 bytes 0x80-0x9F; 0 where the code page has none.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t cp1252_code_point(unsigned char byte) {
  if (byte < 0x80 || byte >= 0xA0) return byte;
  return kCp1252High[static_cast<std::size_t>(byte - 0x80)];
}

std::string hex_byte(unsigned char byte) {
  static constexpr char kDigits[] = "0123456789ABCDEF";
  return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0xF];
}

unsigned char byte_at(const std::vector<char>& buffer, std::size_t i) {
  return static_cast<unsigned char>(buffer[i]);
}

}  // namespace

CsvReader::CsvReader(const std::string& path) : path_(path), buffer_(kBlockSize) {
  file_.reset(std::fopen(path.c_str(), "rb"));
  if (!file_) throw IoError(path + ": cannot read: " + errno_text());
  fill();
  if (end_ >= 2 && ((byte_at(buffer_, 0) == 0xFF && byte_at(buffer_, 1) == 0xFE) ||
                    (byte_at(buffer_, 0) == 0xFE && byte_at(buffer_, 1) == 0xFF))) {
    fail(1, "the file is UTF-16; save it as CSV UTF-8");
  }
  // Some tools add a BOM to a file that already has one: strip them all.
  while (end_ - pos_ >= 3 && byte_at(buffer_, pos_) == 0xEF && byte_at(buffer_, pos_ + 1) == 0xBB &&
         byte_at(buffer_, pos_ + 2) == 0xBF) {
    pos_ += 3;
    bom_ = true;
    decided_ = Decided::kUtf8;
  }
  // UTF-16 without a BOM: ASCII text with a NUL byte beside every character.
  std::size_t sample = std::min<std::size_t>(end_ - pos_, 512);
  std::size_t nuls = 0;
  for (std::size_t i = pos_; i < pos_ + sample; ++i) nuls += buffer_[i] == '\0' ? 1u : 0u;
  if (sample >= 4 && nuls * 4 >= sample) fail(1, "the file is UTF-16; save it as CSV UTF-8");

  detect_delimiter();
  for (int b = 0; b < 256; ++b) {
    unsigned char flags = 0;
    if (b == '"' || b == '\n' || b == '\r' || b == 0 || b >= 0x80) flags = kEndsQuoted;
    if (flags || b == static_cast<unsigned char>(delimiter_)) flags |= kEndsPlain;
    special_[b] = flags;
  }
}

void CsvReader::fail(std::size_t line, const std::string& message) const {
  throw InputError(path_ + ":" + std::to_string(line) + ": " + message);
}

bool CsvReader::fill() {
  if (eof_) return false;
  std::size_t unread = end_ - pos_;
  if (pos_ > 0 && unread > 0) std::memmove(buffer_.data(), buffer_.data() + pos_, unread);
  pos_ = 0;
  end_ = unread;
  std::size_t got = std::fread(buffer_.data() + end_, 1, buffer_.size() - end_, file_.get());
  if (got == 0) {
    if (std::ferror(file_.get())) throw IoError(path_ + ": cannot read: " + errno_text());
    eof_ = true;
    return false;
  }
  end_ += got;
  bytes_read_ += got;
  return true;
}

bool CsvReader::ensure(std::size_t n) {
  while (end_ - pos_ < n) {
    if (!fill()) return false;
  }
  return true;
}

void CsvReader::detect_delimiter() {
  std::size_t commas = 0, semicolons = 0, tabs = 0;
  bool quoted = false;
  for (std::size_t i = pos_; i < end_; ++i) {
    char c = buffer_[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (c == '\n' || c == '\r') {
        if (commas + semicolons + tabs > 0) break;
      } else if (c == ',') {
        ++commas;
      } else if (c == ';') {
        ++semicolons;
      } else if (c == '\t') {
        ++tabs;
      }
    }
  }
  delimiter_ = ',';
  if (semicolons > commas && semicolons >= tabs) delimiter_ = ';';
  if (tabs > commas && tabs > semicolons) delimiter_ = '\t';
}

void CsvReader::append_non_ascii(std::string& field) {
  unsigned char lead = byte_at(buffer_, pos_);
  if (lead == 0) {
    fail(line_, "the file holds a NUL byte, so it is not a CSV text file; save it as CSV UTF-8");
  }
  if (decided_ != Decided::kWindows1252) {
    ensure(4);  // Fewer only at the end of the file, where a cut-short sequence is invalid.
    std::string_view next(buffer_.data() + pos_, std::min<std::size_t>(4, end_ - pos_));
    std::size_t length = utf8_sequence_length(next);
    if (length > 0) {
      decided_ = Decided::kUtf8;
      field.append(buffer_.data() + pos_, length);
      pos_ += length;
      return;
    }
    if (decided_ == Decided::kUtf8) {
      fail(line_, "byte " + hex_byte(lead) +
                      " is not valid UTF-8 (the file is UTF-8 up to here); save it as CSV UTF-8");
    }
    if (cp1252_code_point(lead) == 0) {
      fail(line_, "the file is neither UTF-8 nor Windows-1252 (byte " + hex_byte(lead) +
                      "); save it as CSV UTF-8");
    }
    decided_ = Decided::kWindows1252;
    encoding_ = Encoding::kWindows1252;
    warnings_.push_back(path_ + ":" + std::to_string(line_) +
                        ": the file is not UTF-8; read it as Windows-1252 (Excel's \"CSV\"); "
                        "save it as CSV UTF-8 to be sure of accents and quotes");
  }
  char32_t code = cp1252_code_point(lead);
  if (code == 0) {
    fail(line_, "byte " + hex_byte(lead) +
                    " is not a Windows-1252 character (the file is Windows-1252 up to here); "
                    "save it as CSV UTF-8");
  }
  append_utf8(field, code);
  ++pos_;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  // Skip lines with nothing on them.
  for (;;) {
    if (pos_ == end_ && !fill()) return false;
    char c = buffer_[pos_];
    if (c == '\n') {
      ++pos_;
      ++line_;
    } else if (c == '\r') {
      ++pos_;
      if (ensure(1) && buffer_[pos_] == '\n') ++pos_;
      ++line_;
    } else {
      break;
    }
  }
  record_line_ = line_;
  std::size_t count = 0;
  for (;;) {
    if (count == fields.size()) fields.emplace_back();
    std::string& field = fields[count++];
    field.clear();
    if (ensure(1) && buffer_[pos_] == '"') {
      ++pos_;
      std::size_t quote_line = line_;
      for (;;) {
        std::size_t start = pos_;
        while (pos_ < end_ && !(special_[byte_at(buffer_, pos_)] & kEndsQuoted)) ++pos_;
        field.append(buffer_.data() + start, pos_ - start);
        if (pos_ == end_) {
          if (!fill()) {
            fail(quote_line, "a quoted field starting here never ends; the file may be truncated");
          }
          continue;
        }
        char c = buffer_[pos_];
        if (c == '"') {
          ++pos_;
          if (ensure(1) && buffer_[pos_] == '"') {
            field += '"';
            ++pos_;
            continue;
          }
          break;
        }
        if (c == '\n' || c == '\r') {
          ++pos_;
          if (c == '\r' && ensure(1) && buffer_[pos_] == '\n') ++pos_;
          field += '\n';
          ++line_;
          continue;
        }
        append_non_ascii(field);
      }
    }
    // Unquoted text (or, leniently, text after a closing quote).
    for (;;) {
      std::size_t start = pos_;
      while (pos_ < end_ && !(special_[byte_at(buffer_, pos_)] & kEndsPlain)) ++pos_;
      field.append(buffer_.data() + start, pos_ - start);
      if (pos_ == end_) {
        if (!fill()) {
          fields.resize(count);
          return true;
        }
        continue;
      }
      char c = buffer_[pos_];
      if (c == delimiter_) {
        ++pos_;
        break;
      }
      if (c == '\n' || c == '\r') {
        ++pos_;
        if (c == '\r' && ensure(1) && buffer_[pos_] == '\n') ++pos_;
        ++line_;
        fields.resize(count);
        return true;
      }
      if (c == '"') {  // A stray quote inside an unquoted field is kept, as Excel does.
        field += '"';
        ++pos_;
        continue;
      }
      append_non_ascii(field);
    }
  }
}

}  // namespace s11
