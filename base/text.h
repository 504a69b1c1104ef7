#pragma once
/// Small text helpers shared by the readers.

#include <string>
#include <string_view>
#include <vector>

namespace s11 {

/// Whether `c` is ASCII white space (space, tab, newline, carriage return, form feed, vertical
/// tab).
bool is_ascii_space(char c);
/// `text` without leading and trailing white space (ASCII white space, and the non-breaking
/// space U+00A0 that Excel users paste in), as a view into `text`.
std::string_view trim_view(std::string_view text);
/// trim_view() as a string.
std::string trim(std::string_view text);
/// `text` without leading and trailing ASCII white space only: for data files, where U+00A0
/// is content.
std::string_view trim_ascii(std::string_view text);
/// ASCII lower case.
std::string lower(std::string_view text);
/// Whether `a` and `b` are the same text but for ASCII case.
bool equals_ignoring_case(std::string_view a, std::string_view b);
/// Lower case, trimmed, inner runs of white space folded to one space: for matching headers
/// and drop-down answers typed by hand.
std::string normalise(std::string_view text);
/// `text` with its runs of ASCII white space folded to one space and none at either end: texts
/// in data files are wrapped over several indented lines, readers want one line.
std::string collapse_spaces(std::string_view text);
/// `items` with `separator` between them. Empty items before the first non-empty one add
/// nothing.
std::string join(const std::vector<std::string>& items, std::string_view separator);
/// `items` as a list for a sentence: "a", "a and b", "a, b and c" with `last` "and"; "a, b or c"
/// with "or".
std::string join_list(const std::vector<std::string>& items, std::string_view last);
/// The first `max` of `items` joined with ", ", then " and N more" when there are more: "E01,
/// E02 and 3 more".
std::string join_at_most(const std::vector<std::string>& items, std::size_t max);
/// Appends code point `code` to `out` encoded as UTF-8 (1 to 4 bytes).
void append_utf8(std::string& out, char32_t code);
/// Length of the well-formed UTF-8 sequence starting at `text[0]` (1 to 4), or 0 when it is
/// not one (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF, cut
/// short). An empty `text` gives 0.
std::size_t utf8_sequence_length(std::string_view text);
/// Offset of the first byte of `text` that does not start a well-formed UTF-8 sequence, or
/// std::string_view::npos when all of `text` is well-formed UTF-8.
std::size_t invalid_utf8_at(std::string_view text);
/// Splits on any of `separators`, trimming each piece and dropping empty ones.
std::vector<std::string> split_list(std::string_view text, std::string_view separators);
/// Parses a whole decimal integer (optional sign, surrounding spaces allowed).
bool parse_int(std::string_view text, int& value);
/// strerror(errno), for IoError messages.
std::string errno_text();
/// `text` quoted for messages: "…", cut to 60 characters.
std::string quoted(std::string_view text);

}  // namespace s11
