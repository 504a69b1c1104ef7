#include "base/text.h"

#include <cerrno>
#include <charconv>
#include <cstring>

namespace s11 {
namespace {

bool is_space_at(std::string_view text, std::size_t i, std::size_t& width) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
    width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
    width = 2;
    return true;
  }
  return false;
}

}  // namespace

std::string trim(std::string_view text) {
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
  return std::string(text.substr(begin, end - begin));
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string normalise(std::string_view text) {
  std::string out;
  std::string t = trim(text);
  std::size_t width = 0;
  bool space = false;
  for (std::size_t i = 0; i < t.size();) {
    if (is_space_at(t, i, width)) {
      space = true;
      i += width;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += t[i];
    ++i;
  }
  return lower(out);
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
