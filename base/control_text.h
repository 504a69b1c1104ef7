#pragma once
/// Control characters in text: finding and naming them for messages, and escaping them (and
/// bytes that are not UTF-8) before text is printed to a terminal.

#include <cstddef>
#include <string>
#include <string_view>

namespace s11 {

/// Whether `c` is an ASCII control character: below 0x20 (NUL, tab, line break, ESC...) or DEL
/// (0x7F).
bool is_control_character(char c);

/// Offset of the first control character of `text` (a tab too, unless `allow_tab`), or
/// std::string_view::npos when it has none.
std::size_t control_character_at(std::string_view text, bool allow_tab = false);

/// `c` in words for a message: "a NUL byte", "a tab", "a line break" (LF), "a carriage
/// return", "an ESC character", "a DEL character", or "control character 0x07" for the others.
std::string control_character_name(char c);

/// The 1-based position, counted in characters (UTF-8 sequences), of the byte at `offset` of
/// `text`: for messages such as "(character 12)".
std::size_t character_position(std::string_view text, std::size_t offset);

/// What is wrong with `text` as a one-line value, for a message after "the value ": "holds a
/// line break (character 5); give it on one line", "holds an ESC character (character 3);
/// remove it"; empty when it holds no control character.
std::string control_character_problem(std::string_view text);

/// `text` safe to print to a terminal as one line: control characters but the tab (a line
/// break too, so quoted data cannot forge a line of its own), C1 controls (U+0080 to U+009F,
/// which some terminals obey) and bytes that are not UTF-8 become escapes such as `\n`,
/// `\x1b`, `\u009b` and `\xe9`; everything else is unchanged.
std::string terminal_safe(std::string_view text);

}  // namespace s11
