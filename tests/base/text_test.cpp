#include "base/text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace s11 {
namespace {

const std::string kNbsp = "\xC2\xA0";

TEST_CASE("text: trim drops ASCII white space and non-breaking spaces at both ends", "[base]") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim("\v\fa\f\v") == "a");
  CHECK(trim(kNbsp + " a" + kNbsp + "b " + kNbsp) == "a" + kNbsp + "b");
  CHECK(trim(kNbsp + kNbsp) == "");
  CHECK(trim("") == "");
  // A lone 0xC2 or 0xA0 byte is not a space.
  CHECK(trim("a\xC2") == "a\xC2");
  CHECK(trim("\xA0"
             "a") ==
        "\xA0"
        "a");
}

TEST_CASE("text: invalid_utf8_at finds the first byte that is not well-formed UTF-8", "[base]") {
  using npos_t = std::string_view;
  CHECK(invalid_utf8_at("") == npos_t::npos);
  CHECK(invalid_utf8_at("plain ASCII") == npos_t::npos);
  CHECK(invalid_utf8_at("caf\xC3\xA9 \xE2\x80\x93 \xF0\x9F\x98\x80") == npos_t::npos);
  CHECK(invalid_utf8_at("caf\xE9") == 3);           // Windows-1252 e-acute
  CHECK(invalid_utf8_at("ab\x80") == 2);            // stray continuation byte
  CHECK(invalid_utf8_at("\xC0\xAF") == 0);          // overlong '/'
  CHECK(invalid_utf8_at("x\xE0\x80\xAF") == 1);     // overlong, three bytes
  CHECK(invalid_utf8_at("\xED\xA0\x80") == 0);      // a UTF-16 surrogate
  CHECK(invalid_utf8_at("\xF4\x90\x80\x80") == 0);  // beyond U+10FFFF
  CHECK(invalid_utf8_at("ok\xE2\x80") == 2);        // cut short
  CHECK(utf8_sequence_length("\xE2\x80\x93z") == 3);
  CHECK(utf8_sequence_length("z") == 1);
  CHECK(utf8_sequence_length("") == 0);
}

TEST_CASE("text: trim_view is a view into the text", "[base]") {
  const std::string text = "  word  ";
  const std::string_view view = trim_view(text);
  CHECK(view == "word");
  CHECK(view.data() == text.data() + 2);
}

TEST_CASE("text: trim_ascii keeps non-breaking spaces", "[base]") {
  CHECK(trim_ascii(" \t\v\f\r\na\n") == "a");
  CHECK(trim_ascii(kNbsp + "a" + kNbsp) == kNbsp + "a" + kNbsp);
  CHECK(trim_ascii("   ") == "");
}

TEST_CASE("text: is_ascii_space", "[base]") {
  for (char c : std::string(" \t\n\r\f\v")) CHECK(is_ascii_space(c));
  CHECK_FALSE(is_ascii_space('a'));
  CHECK_FALSE(is_ascii_space('\0'));
  CHECK_FALSE(is_ascii_space('\xA0'));
}

TEST_CASE("text: collapse_spaces folds ASCII runs and keeps non-breaking spaces", "[base]") {
  CHECK(collapse_spaces("\n    Staff are\n    trained.\n  ") == "Staff are trained.");
  CHECK(collapse_spaces("a\t\t b") == "a b");
  CHECK(collapse_spaces("a" + kNbsp + "b") == "a" + kNbsp + "b");
  CHECK(collapse_spaces("   ") == "");
}

TEST_CASE("text: normalise lowers, trims and folds every kind of space", "[base]") {
  CHECK(normalise("  Agency   RATING\t") == "agency rating");
  CHECK(normalise(kNbsp + "Point" + kNbsp + kNbsp + "ID" + kNbsp) == "point id");
  CHECK(normalise("") == "");
}

TEST_CASE("text: equals_ignoring_case compares ASCII case-insensitively", "[base]") {
  CHECK(equals_ignoring_case("Self-Assessment", "self-assessment"));
  CHECK_FALSE(equals_ignoring_case("Summary", "Summary "));
  CHECK_FALSE(equals_ignoring_case("\xC3\x89t\xC3\xA9", "\xC3\xA9t\xC3\xA9"));  // Not beyond ASCII.
}

TEST_CASE("text: join puts the separator between items", "[base]") {
  CHECK(join({}, ", ") == "");
  CHECK(join({"a"}, ", ") == "a");
  CHECK(join({"a", "b", "c"}, ", ") == "a, b, c");
  CHECK(join({"x.xml:1: one", "x.xml:2: two"}, "\n") == "x.xml:1: one\nx.xml:2: two");
  // Empty items before the first non-empty one add nothing; later ones keep their separator.
  CHECK(join({"", "a", "", "b"}, "; ") == "a; ; b");
}

TEST_CASE("text: join_list reads as a sentence", "[base]") {
  CHECK(join_list({}, "and") == "");
  CHECK(join_list({"a"}, "and") == "a");
  CHECK(join_list({"a", "b"}, "and") == "a and b");
  CHECK(join_list({"Blue", "Green", "Amber", "Red"}, "or") == "Blue, Green, Amber or Red");
}

TEST_CASE("text: join_at_most names the first items and counts the rest", "[base]") {
  CHECK(join_at_most({"E01", "E02"}, 2) == "E01, E02");
  CHECK(join_at_most({"E01", "E02", "E03", "E04", "E05"}, 2) == "E01, E02 and 3 more");
  CHECK(join_at_most({}, 3) == "");
}

TEST_CASE("text: append_utf8 encodes 1 to 4 bytes", "[base]") {
  std::string out;
  append_utf8(out, U'A');
  append_utf8(out, 0xE9);     // é
  append_utf8(out, 0x20AC);   // €
  append_utf8(out, 0x1F600);  // An emoji, beyond the BMP.
  CHECK(out == "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace s11
