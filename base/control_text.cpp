#include "base/control_text.h"

#include "base/text.h"

namespace s11 {
namespace {

const char kHex[] = "0123456789abcdef";

std::string hex_escape(unsigned char byte) {
  return std::string("\\x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

}  // namespace

bool is_control_character(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

std::size_t control_character_at(std::string_view text, bool allow_tab) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_control_character(text[i]) && !(allow_tab && text[i] == '\t')) return i;
  }
  return std::string_view::npos;
}

std::string control_character_name(char c) {
  switch (c) {
    case '\0':
      return "a NUL byte";
    case '\t':
      return "a tab";
    case '\n':
      return "a line break";
    case '\r':
      return "a carriage return";
    case '\x1b':
      return "an ESC character";
    case '\x7f':
      return "a DEL character";
    default:
      break;
  }
  const auto byte = static_cast<unsigned char>(c);
  return std::string("control character 0x") + kHex[byte >> 4] + kHex[byte & 0xF];
}

std::size_t character_position(std::string_view text, std::size_t offset) {
  std::size_t position = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    position += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return position;
}

std::string control_character_problem(std::string_view text) {
  const std::size_t at = control_character_at(text);
  if (at == std::string_view::npos) return "";
  const bool line_break = text[at] == '\n' || text[at] == '\r';
  return "holds " + (line_break ? std::string("a line break") : control_character_name(text[at])) +
         " (character " + std::to_string(character_position(text, at)) + "); " +
         (line_break ? "give it on one line" : "remove it");
}

std::string terminal_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
      if (text[i] == '\n') {
        out += "\\n";
      } else if (text[i] == '\r') {
        out += "\\r";
      } else if (is_control_character(text[i]) && text[i] != '\t') {
        out += hex_escape(byte);
      } else {
        out += text[i];
      }
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text.substr(i));
    if (length == 0) {
      out += hex_escape(byte);
      ++i;
      continue;
    }
    // U+0080 to U+009F are C2 80 to C2 9F.
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (byte == 0xC2 && second < 0xA0) {
      out += std::string("\\u00") + kHex[second >> 4] + kHex[second & 0xF];
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

}  // namespace s11
