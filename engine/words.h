#pragma once
/// Words s11 writes in place of a value, shared by the rules that put them in texts and the
/// workbooks that show them (and read them back), so each is spelled once.

#include <string_view>

namespace s11::words {

/// The id of the overall row beside the standards ("Overall").
inline constexpr std::string_view kOverall = "Overall";
/// No agency rating was given.
inline constexpr std::string_view kNotRated = "Not rated";
/// Nothing applicable to rate.
inline constexpr std::string_view kNotApplicable = "Not applicable";
/// A figure that cannot be worked out.
inline constexpr std::string_view kNotAvailable = "n/a";

}  // namespace s11::words
