#pragma once
/// Calendar dates as councils write them: ISO text, UK day-first text, month names, and Excel
/// date serials. No time zones: an audit date is a day.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace s11 {

/// A proleptic Gregorian calendar day.
struct Date {
  int year = 1970;
  int month = 1;  ///< 1-12
  int day = 1;    ///< 1-31

  auto operator<=>(const Date&) const = default;
  /// "2015-03-31".
  std::string iso() const;
  /// "31 March 2015", for sentences in reports.
  std::string long_text() const;
};

/// True when year/month/day name a real day (leap years included), year 1900-9999.
bool is_valid(const Date& date);

/// 28-31: the days of `month` (1-12) in `year`.
int days_in_month(int year, int month);

/// 1-12 for a month's English name, its three-letter abbreviation or "Sept", any case:
/// "March", "mar", "SEPT"; nothing for other words ("Marc", "Mars").
std::optional<int> month_number(std::string_view word);
/// "March" for 3; the number itself for one outside 1-12.
std::string month_name(int month);

/// Days since 1970-01-01 (negative before).
long days_from_civil(const Date& date);
/// Inverse of days_from_civil.
Date civil_from_days(long days);

/// `date` moved by `months` (negative moves back); the day is clamped to the month's end, so
/// 2016-02-29 minus 12 months is 2015-02-28.
Date add_months(const Date& date, int months);

/// The day an Excel serial number names (its fraction, the time of day, is dropped). Handles
/// the 1900 system's phantom 29 February 1900 and the 1904 system. Nothing for serials below 1
/// or beyond year 9999.
std::optional<Date> from_excel_serial(double serial, bool date1904 = false);
/// The 1900-system serial for `date` (for writing cells).
double to_excel_serial(const Date& date);

/// Parses a date typed as text: "2015-03-31", "31/03/2015", "31-03-2015", "31.03.2015",
/// "31/3/15" (two-digit years are 20xx), "31 March 2015", "31st Mar 2015", "March 31, 2015".
/// Day-first, as in the UK. Surrounding spaces are ignored. Nothing when the text is not a
/// whole valid date.
std::optional<Date> parse_date_text(const std::string& text);

}  // namespace s11
