#include "base/control_text.h"

#include <catch2/catch.hpp>
#include <string>

namespace s11 {

using namespace std::string_literals;

TEST_CASE("control characters are found and named", "[base][text]") {
  CHECK(control_character_at("plain text") == std::string_view::npos);
  CHECK(control_character_at("a\tb") == 1);
  CHECK(control_character_at("a\tb", /*allow_tab=*/true) == std::string_view::npos);
  CHECK(control_character_at("ab\x7f") == 2);
  CHECK(control_character_at("a\0b"s) == 1);
  CHECK(control_character_name('\0') == "a NUL byte");
  CHECK(control_character_name('\n') == "a line break");
  CHECK(control_character_name('\r') == "a carriage return");
  CHECK(control_character_name('\t') == "a tab");
  CHECK(control_character_name('\x1b') == "an ESC character");
  CHECK(control_character_name('\x7f') == "a DEL character");
  CHECK(control_character_name('\x07') == "control character 0x07");
  CHECK(character_position("Caf\xC3\xA9 x", 6) == 6);
  CHECK(character_position("abc", 0) == 1);
}

TEST_CASE("terminal control characters are escaped in messages", "[base][text][issue9]") {
  CHECK(terminal_safe("evidence.xlsx: Evidence!B2: title \"\x1b]0;pwned\x07\"") ==
        "evidence.xlsx: Evidence!B2: title \"\\x1b]0;pwned\\x07\"");
  CHECK(terminal_safe("a\nfake line\r") == "a\\nfake line\\r");
  CHECK(terminal_safe("tab\there") == "tab\there");
  CHECK(terminal_safe("Caf\xC3\xA9 \xE2\x80\x94 ok") == "Caf\xC3\xA9 \xE2\x80\x94 ok");
  CHECK(terminal_safe("8-bit CSI \xC2\x9B"
                      "31m") == "8-bit CSI \\u009b31m");
  CHECK(terminal_safe("Latin-1 caf\xE9") == "Latin-1 caf\\xe9");
  CHECK(terminal_safe("nul \0 del \x7f"s) == "nul \\x00 del \\x7f");
  CHECK(terminal_safe("cut short \xE2\x80") == "cut short \\xe2\\x80");
}

TEST_CASE("control_character_problem says what an option value holds and what to do",
          "[base][issue9]") {
  CHECK(control_character_problem("Wychwood District Council").empty());
  CHECK(control_character_problem("Tel\nford") ==
        "holds a line break (character 4); give it on one line");
  CHECK(control_character_problem("\xC3\xA9t\x1b[2J") ==
        "holds an ESC character (character 3); remove it");
}

}  // namespace s11
