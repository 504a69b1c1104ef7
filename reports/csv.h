#pragma once
/// CSV writing: RFC 4180 quoting, CRLF line ends, and protection against formula injection.

#include <string>
#include <string_view>
#include <vector>

namespace s11::csv {

/// One field, quoted when it holds a comma, quote or line break. Text beginning with
/// = + - @ (or a tab or carriage return) is prefixed with an apostrophe so a spreadsheet
/// shows it as text instead of running it as a formula.
std::string field(std::string_view text);

/// A record: fields joined by commas, ending with CRLF.
std::string record(const std::vector<std::string>& fields);

/// The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace s11::csv
