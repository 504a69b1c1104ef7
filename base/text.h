#pragma once
/// Small text helpers shared by the readers.

#include <string>
#include <string_view>
#include <vector>

namespace s11 {

/// `text` without leading and trailing white space (ASCII spaces, tabs, newlines, and the
/// non-breaking space U+00A0 that Excel users paste in).
std::string trim(std::string_view text);
/// ASCII lower case.
std::string lower(std::string_view text);
/// Lower case, trimmed, inner runs of white space folded to one space: for matching headers
/// and drop-down answers typed by hand.
std::string normalise(std::string_view text);
/// Splits on any of `separators`, trimming each piece and dropping empty ones.
std::vector<std::string> split_list(std::string_view text, std::string_view separators);
/// Parses a whole decimal integer (optional sign, surrounding spaces allowed).
bool parse_int(std::string_view text, int& value);
/// strerror(errno), for IoError messages.
std::string errno_text();
/// `text` quoted for messages: "…", cut to 60 characters.
std::string quoted(std::string_view text);

}  // namespace s11
