#pragma once
/// Dates as people write them in registers and plans: a day ("31/03/2015"), a month ("May
/// 2015", "Mar-15") or a quarter of a UK financial year ("Q1 2015-16"), kept at the precision
/// written. Every reader of a typed date goes through parse_period / parse_period_cell, so a
/// form accepted in one workbook is accepted in all of them.
///
/// Forms accepted (any case, surrounding spaces ignored):
/// - a whole date, as parse_date_text (base/date.h): "31/03/2015", "2015-03-31", "31 March
///   2015", "31st Mar 2015", "March 31, 2015";
/// - a month and a year: "May 2015", "Sept 2015", "Sep 2015", "Mar-15", "Mar 15", "March '15"
///   (a two-digit year is 20xx, as in whole dates, so "Mar 15" is March 2015, never 15 March),
///   "03/2015", "3-2015", "2015-03";
/// - a quarter of a financial year, which in the UK public sector runs from 1 April to 31
///   March: "Q1 2015-16" is April to June 2015, "Q4 2015/16" January to March 2016; also
///   "Q1 2015/2016", "Q1 FY2015-16" and "2015-16 Q1".
/// A quarter without its financial year ("Q1 2015") is refused: councils use it for January to
/// March 2015 (calendar), April to June 2015 (the year 2015-16) and April to June 2014 (the
/// year ending in 2015) alike, and no one of them can be taken as meant.

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "base/xlsx_reader.h"

namespace s11 {

/// How much of a date was written.
enum class DatePrecision { kDay, kMonth, kQuarter };

/// A date as written: the days it may name, from `first` to `last` (the same day for a whole
/// date). Rules that need one day take `first` when being conservative (evidence is as old as
/// the start of its period) and `last` for a deadline (a plan's "April 2015" is due by 30
/// April).
struct DatePeriod {
  Date first;
  Date last;
  DatePrecision precision = DatePrecision::kDay;

  DatePeriod() = default;
  /// A whole day (implicit: a Date is a period of one day).
  DatePeriod(const Date& day) : first(day), last(day) {}  // NOLINT(google-explicit-constructor)
  /// The month `month` (1-12) of `year`.
  static DatePeriod month(int year, int month);
  /// Quarter 1-4 of the financial year starting 1 April `start_year` (Q1 = April to June,
  /// Q4 = January to March of the next year).
  static DatePeriod financial_quarter(int start_year, int quarter);

  /// In words as in a sentence: "31 March 2015", "May 2015", "Q1 2015-16, April to June
  /// 2015" (no brackets: it is often shown in brackets, "E03 (May 2015)").
  std::string words() const;
  /// As a person would type it back, readable by parse_period: "31 March 2015", "May 2015",
  /// "Q1 2015-16".
  std::string written() const;

  bool operator==(const DatePeriod&) const = default;
};

/// The hint every date message ends with.
inline constexpr std::string_view kDateHint =
    "expected a date such as 31/03/2015 or a month such as \"March 2015\"";

/// A parse: the period, or why the text is not one.
struct ParsedDate {
  std::optional<DatePeriod> period;
  /// Empty when `period` is set; else what follows the quoted text in a message, e.g. `has no
  /// year; expected a date such as 31/03/2015 or a month such as "March 2015"`, so that a
  /// reader writes `date "Mar" of evidence E03 ` + problem.
  std::string problem;
};

/// Parses typed text in any of the forms above. Never throws. Refusals name what is wrong: no
/// year ("Mar", "15 March"), a day that does not exist ("Feb 30 2015", "30/02/2015"), a quarter
/// outside Q1-Q4 ("Q5 2015-16"), a quarter without its financial year ("Q1 2015"); anything
/// else "is not a date". Empty text is "is blank".
ParsedDate parse_period(const std::string& text);

/// Parses a cell: a number (or a date-formatted number) as an Excel serial day, a t="d" ISO
/// cell as its day, text as parse_period. A cell formatted to show only a month still holds a
/// day (the reader sees no format codes), so it is that day.
ParsedDate parse_period_cell(const xlsx::Cell& cell, bool date1904);

/// LibreOffice (in its default locale, en-US, whose date patterns are M/D/Y and M/D) reads a
/// "Mar-15" typed into a cell as 15 March of the year it is typed in. For a real date cell
/// `day` whose day of the month, as a two-digit year, names a year from `earliest_year` to
/// `latest_year`, while its own year is after `latest_year`: `; if "Mar-15" was typed,
/// LibreOffice read it as 15 March 2026 - type "March 2015" or format the cell as text`.
/// Else "". Readers add it to the message refusing the date; they never correct it silently.
std::string typed_month_hint(const Date& day, int earliest_year, int latest_year);

/// For inputs that must name one day (an audit date): the day, or a problem as in ParsedDate,
/// e.g. `is a month, not a day; expected a date such as 30/11/2015` for "November 2015".
ParsedDate parse_day_text(const std::string& text);

}  // namespace s11
