#pragma once
/// Excel's limits, and the one pass that makes a layout fit them before it is written, so that
/// valid input never fails at the writer: text too long for a cell is shortened with a note
/// (after a whole item, for a list), a header or footer too long is shortened, a drop-down
/// list too long to write in line moves to a hidden sheet of lists, a sheet name Excel would
/// refuse is changed (and every link and chart to it), rows and columns beyond a sheet's end
/// are left out with a note. reports/xlsx_emitter.h runs it on every workbook.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "reports/layout.h"

namespace s11::layout {

inline constexpr std::size_t kMaxCellChars = 32767;        ///< Text in one cell.
inline constexpr std::size_t kMaxPageTextChars = 255;      ///< A header or footer, codes included.
inline constexpr std::size_t kMaxSheetNameChars = 31;      ///< A sheet's name.
inline constexpr std::size_t kMaxInlineListChars = 255;    ///< A drop-down list, commas included.
inline constexpr std::size_t kMaxValidationMessage = 255;  ///< A drop-down's error message.
inline constexpr std::size_t kMaxLinkChars = 255;          ///< A link's address or location.
inline constexpr std::size_t kMaxLinksPerSheet = 65530;    ///< Links on one sheet.
inline constexpr std::size_t kMaxPageBreaks = 1023;        ///< Manual page breaks on one sheet.
inline constexpr int kMaxRows = 1048576;                   ///< Rows of a sheet.
inline constexpr int kMaxCols = 16384;                     ///< Columns of a sheet.
inline constexpr double kMaxColumnWidth = 255;             ///< Characters.
inline constexpr double kMaxRowHeight = 409;               ///< Points.

/// The length Excel counts for the UTF-8 `text`: UTF-16 code units, so a character beyond
/// U+FFFF (an emoji) counts two. Never less than the code points libxlsxwriter counts.
std::size_t excel_length(std::string_view text);

/// `n` with thousands separated by commas: "40,120".
std::string thousands(std::size_t n);

/// `text` when it fits in `max` characters (excel_length); otherwise its start, cut after a
/// word when one ends near the limit and never inside a UTF-8 sequence, then
/// " ... (cut: 40,120 characters in all)", all of it at most `max` characters.
std::string shorten_text(const std::string& text, std::size_t max);

/// `list`'s text (its items joined) when it fits in `max` characters; otherwise as many whole
/// items as fit, then "... and 12 more items, see the Evidence sheet" after the separator, all
/// of it at most `max` characters. When not even the first item fits, it is cut (with "...").
std::string shorten_list(const TextList& list, std::size_t max);

/// Makes `book` fit Excel's limits, changing only what does not fit (a workbook within them is
/// left as it was). Returns one warning for each change that leaves something out or renames
/// a sheet, located for the user ("Return!G12: the evidence list is 40,120 characters, more
/// than a cell holds (32,767); shortened to 32,701 with a note"); the caller names the file.
/// Moving a drop-down list to the sheet of lists loses nothing and is not a warning.
std::vector<std::string> fit_excel_limits(Workbook& book);

}  // namespace s11::layout
