#pragma once
/// Finding a table in a worksheet people have edited: its header row may sit below a title
/// block, its columns may have moved, its headers may be retyped in another case or spacing.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/errors.h"
#include "base/xlsx_reader.h"

namespace s11 {

/// Whether `text`, a cell's text normalised (see normalise()), is the header `header`.
using HeaderMatch = bool (*)(std::string_view text, std::string_view header);
/// The usual HeaderMatch: `text` is `header` normalised.
bool is_header(std::string_view text, std::string_view header);

/// A row of headers and the column of each header looked for.
struct HeaderRow {
  int row = -1;                           ///< Zero-based.
  std::vector<std::string_view> headers;  ///< The headers looked for.
  std::vector<int> columns;  ///< columns[i]: the first column holding headers[i], or -1.

  /// The column of `header`, or -1 when the row has none (or it was not looked for).
  int column(std::string_view header) const;
  /// Whether the row has `header`.
  bool has(std::string_view header) const { return column(header) >= 0; }
};

/// The columns of `headers` in row `row` of `sheet`: for each, the first column whose text
/// matches it. Looks at the row's stored cells only: a blank cell matches no header.
HeaderRow header_row_at(const xlsx::Sheet& sheet, int row, std::vector<std::string_view> headers,
                        HeaderMatch match = is_header);

/// What makes a row the header row of a table.
struct HeaderSearch {
  std::vector<std::string_view> headers;  ///< The headers to find the columns of.
  std::vector<std::string_view> keys;     ///< The headers that mark the header row...
  std::size_t min_keys = 1;               ///< ...at least this many of them in it.
  int max_rows = 0;                       ///< How many rows from the top to look at; 0: all.
  HeaderMatch match = is_header;
};

/// The first row of `sheet` holding at least `search.min_keys` of `search.keys`, with the
/// columns of `search.headers` in it; nothing when no row looked at has them.
std::optional<HeaderRow> find_header_row(const xlsx::Sheet& sheet, const HeaderSearch& search);

/// Why find_header_row() found nothing, for messages: `no header row with a "Point" column in
/// the first 20 rows`, `no header row with "Standard" and "Agency rating" columns in the first
/// 30 rows`.
std::string no_header_row_message(const HeaderSearch& search);

/// Records `path: Sheet!5: no "Status" column in the header row` for each of `required` that
/// `found` lacks, and returns whether it has them all.
bool require_columns(const HeaderRow& found, const std::vector<std::string_view>& required,
                     const std::string& path, const xlsx::Sheet& sheet, ProblemList& problems);

/// The message for a cell holding a formula whose result was never saved (xlsx::Cell's
/// uncached_formula): it reads as blank, so s11 says so rather than guess.
std::string uncached_formula_message();

/// The message for a row that repeats one above it: `what` "appears twice (first in row N)",
/// where `first_row` (zero-based) is the row it was first given in, e.g. "standard 2 appears
/// twice (first in row 5)".
std::string given_twice(const std::string& what, int first_row);

/// The names of a workbook's sheets for a message: `sheets "Self-assessment", "Evidence
/// register" and "Notes"`, `one sheet, "Sheet1"`, `no sheets`.
std::string sheet_list(const xlsx::Workbook& book);

/// The message for a workbook without the sheet a reader needs, naming the sheets it has:
/// `no sheet named "Evidence"; the workbook has sheets "Self-assessment", "Evidence register"
/// and "Notes"; expected ` followed by `expected`, e.g. "the workbook made by `s11 new`".
std::string no_sheet_message(const xlsx::Workbook& book, std::string_view sheet,
                             std::string_view expected);

}  // namespace s11
