#include "base/text.h"

#include <cerrno>
#include <charconv>
#include <cstring>

namespace s11 {
namespace {

bool is_space_at(std::string_view text, std::size_t i, std::size_t& width) {
  if (is_ascii_space(text[i])) {
    width = 1;
    return true;
  }
  if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    width = 2;
    return true;
  }
  return false;
}

// `text` with its runs of white space folded to one space and none at either end; U+00A0
// counts as white space when `nbsp` is set.
std::string fold_spaces(std::string_view text, bool nbsp) {
  std::string out;
  bool pending_space = false;
  std::size_t width = 1;
  for (std::size_t i = 0; i < text.size(); i += width) {
    width = 1;
    if (nbsp ? is_space_at(text, i, width) : is_ascii_space(text[i])) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += text[i];
  }
  return out;
}

}  // namespace

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim_view(std::string_view text) {
  std::size_t begin = 0;
  std::size_t width = 0;
  while (begin < text.size() && is_space_at(text, begin, width)) begin += width;
  std::size_t end = text.size();
  while (end > begin) {
    if (is_space_at(text, end - 1, width)) {
      --end;
    } else if (end >= begin + 2 && is_space_at(text, end - 2, width) && width == 2) {
      end -= 2;
    } else {
      break;
    }
  }
  return text.substr(begin, end - begin);
}

std::string trim(std::string_view text) { return std::string(trim_view(text)); }

std::string_view trim_ascii(std::string_view text) {
  while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
  return text;
}

std::string collapse_spaces(std::string_view text) { return fold_spaces(text, false); }

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string normalise(std::string_view text) { return lower(fold_spaces(text, true)); }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string join_list(const std::vector<std::string>& items, std::string_view last) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      if (i + 1 == items.size()) {
        out += ' ';
        out += last;
        out += ' ';
      } else {
        out += ", ";
      }
    }
    out += items[i];
  }
  return out;
}

std::string join_at_most(const std::vector<std::string>& items, std::size_t max) {
  if (items.size() <= max) return join(items, ", ");
  return join({items.begin(), items.begin() + static_cast<std::ptrdiff_t>(max)}, ", ") + " and " +
         std::to_string(items.size() - max) + " more";
}

std::size_t utf8_sequence_length(std::string_view text) {
  if (text.empty()) return 0;
  auto lead = static_cast<unsigned char>(text[0]);
  if (lead < 0x80) return 1;
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || text.size() < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    auto next = static_cast<unsigned char>(text[i]);
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (i == 1 && lead == 0xE0) low = 0xA0;   // overlong
    if (i == 1 && lead == 0xED) high = 0x9F;  // surrogates
    if (i == 1 && lead == 0xF0) low = 0x90;   // overlong
    if (i == 1 && lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
    if (next < low || next > high) return 0;
  }
  return length;
}

std::size_t invalid_utf8_at(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    std::size_t length = utf8_sequence_length(text.substr(pos));
    if (length == 0) return pos;
    pos += length;
  }
  return std::string_view::npos;
}

void append_utf8(std::string& out, char32_t code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

std::vector<std::string> split_list(std::string_view text, std::string_view separators) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(separators, start);
    if (end == std::string_view::npos) end = text.size();
    std::string piece = trim(text.substr(start, end - start));
    if (!piece.empty()) parts.push_back(piece);
    start = end + 1;
  }
  return parts;
}

bool parse_int(std::string_view text, int& value) {
  std::string t = trim(text);
  if (!t.empty() && t[0] == '+') t.erase(0, 1);
  if (t.empty()) return false;
  auto [end, error] = std::from_chars(t.data(), t.data() + t.size(), value);
  return error == std::errc() && end == t.data() + t.size();
}

std::string errno_text() { return std::strerror(errno); }

std::string quoted(std::string_view text) {
  constexpr std::size_t kMax = 60;
  std::size_t cut = text.size();
  if (cut > kMax) {
    cut = kMax;
    // Do not cut a UTF-8 sequence in half.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  std::string out;
  out.reserve(cut + 5);
  out += '"';
  out.append(text.data(), cut);
  if (cut < text.size()) out += "...";
  out += '"';
  return out;
}

}  // namespace s11
