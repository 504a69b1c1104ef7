#pragma once
/// The handful of cell styles every s11 workbook shares, so returns, templates and plans look
/// alike.

#include <string>

#include "reports/layout.h"
#include "standards/framework.h"

namespace s11::styles {

/// Column headers: bold white on dark blue, wrapped, bordered.
layout::Style header();
/// A sheet's title line.
layout::Style title();
/// Ordinary wrapped text with a border.
layout::Style text();
/// A cell the user fills in: unlocked, pale yellow.
layout::Style input();
/// A group row (a standard above its points): bold on pale blue.
layout::Style group();
/// A whole-number percentage such as 75%.
layout::Style percent();
/// A date as 31/03/2015, aligned left like text (a plan mixes dates and "April 2015").
layout::Style date();
/// A rating cell filled with the level's colour (white text on dark colours).
layout::Style rating_fill(const std::string& colour);
/// Writes a rating into (row, col) filled with its colour, or `none` as plain text when there
/// is no rating.
void rating_cell(layout::Sheet& sheet, int row, int col, const RatingLevel* level,
                 const std::string& none);
/// How a level below 1 reads wherever an impact level is written (Impact, Review and the
/// reviewer's workbook): one wording for one state.
inline constexpr const char* kNotYetLevelOne = "Not yet level 1";
/// Writes an impact level the evidence gives (0-4) into (row, col), centred: a number, with 0
/// shown as kNotYetLevelOne (still a number, for charts and for reading back).
void impact_level_cell(layout::Sheet& sheet, int row, int col, int level, layout::Style style);
/// A hyperlink.
layout::Style link();

/// Where rating_key() puts each part of a level: its name (filled with the level's colour),
/// its code, and its definition, which spans text_first_col to text_last_col (merged).
struct RatingKeyColumns {
  int name_col = 0;
  int code_col = 1;
  int text_first_col = 2;
  int text_last_col = 2;
};
/// Writes the key to `scheme` from `row` down: a bold line "Key to the NAME" (the scheme's
/// name), a header row (Rating, Code, What it means), then one row per level, best first, with
/// the level's name, code and definition as the framework file gives them. Returns the row
/// after the key. The words are the framework's, so another board's scheme shows its own.
int rating_key(layout::Sheet& sheet, int row, const RatingScheme& scheme,
               const RatingKeyColumns& columns);
/// The headers of the key's columns.
inline constexpr const char* kRatingKeyNameHeader = "Rating";
inline constexpr const char* kRatingKeyCodeHeader = "Code";
inline constexpr const char* kRatingKeyTextHeader = "What it means";

}  // namespace s11::styles
