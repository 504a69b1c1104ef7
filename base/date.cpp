#include "base/date.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace s11 {

namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

namespace {

// Day numbers (days_from_civil) of the Excel epochs and limits.
const long kExcel1900Epoch = days_from_civil(Date{1899, 12, 30});  // serial 0 from March 1900
const long kExcel1904Epoch = days_from_civil(Date{1904, 1, 1});
const long kLastDay = days_from_civil(Date{9999, 12, 31});

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char to_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Digits only, at most 4 of them (longer runs cannot be a day, month or year).
std::optional<int> parse_digits(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (!is_digit(c)) return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::optional<int> parse_day(std::string_view text) {
  if (text.size() > 2 && is_alpha(text.back())) {
    std::string suffix{text.substr(text.size() - 2)};
    for (char& c : suffix) c = to_lower(c);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
    text.remove_suffix(2);
  }
  if (text.size() > 2) return std::nullopt;
  return parse_digits(text);
}

std::optional<int> parse_year(std::string_view text) {
  if (text.size() != 2 && text.size() != 4) return std::nullopt;
  auto year = parse_digits(text);
  if (year && text.size() == 2) *year += 2000;
  return year;
}

std::optional<int> parse_month_name(std::string_view text) { return month_number(text); }

std::optional<Date> checked(int year, int month, int day) {
  Date date{year, month, day};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

// "31/03/2015", "31-3-15", "31.03.2015" and ISO "2015-03-31": digits and one kind of separator.
std::optional<Date> parse_numeric(std::string_view text) {
  std::vector<std::string_view> parts;
  char separator = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && is_digit(text[i])) continue;
    if (i < text.size()) {
      if (separator == 0) separator = text[i];
      if (text[i] != separator) return std::nullopt;
    }
    parts.push_back(text.substr(start, i - start));
    start = i + 1;
  }
  if (parts.size() != 3 || (separator != '/' && separator != '-' && separator != '.')) {
    return std::nullopt;
  }
  if (parts[0].size() == 4) {
    if (separator != '-' || parts[1].size() > 2 || parts[2].size() > 2) return std::nullopt;
    auto year = parse_digits(parts[0]);
    auto month = parse_digits(parts[1]);
    auto day = parse_digits(parts[2]);
    if (!year || !month || !day) return std::nullopt;
    return checked(*year, *month, *day);
  }
  if (parts[0].size() > 2 || parts[1].size() > 2) return std::nullopt;
  auto day = parse_digits(parts[0]);
  auto month = parse_digits(parts[1]);
  auto year = parse_year(parts[2]);
  if (!day || !month || !year) return std::nullopt;
  return checked(*year, *month, *day);
}

// "31 March 2015", "31st Mar 2015", "31-Mar-2015", "March 31, 2015": three words separated by
// spaces with at most one comma or hyphen between two words.
std::optional<Date> parse_words(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && (is_digit(text[i]) || is_alpha(text[i]))) ++i;
    if (i == start) return std::nullopt;
    words.push_back(text.substr(start, i - start));
    int punctuation = 0;
    std::size_t separator_start = i;
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '-')) {
      if (text[i] != ' ') ++punctuation;
      ++i;
    }
    if (punctuation > 1) return std::nullopt;
    if (i < text.size() && i == separator_start) return std::nullopt;
  }
  if (words.size() != 3) return std::nullopt;
  auto year = parse_year(words[2]);
  if (!year) return std::nullopt;
  if (auto month = parse_month_name(words[1])) {
    auto day = parse_day(words[0]);
    if (!day) return std::nullopt;
    return checked(*year, *month, *day);
  }
  if (auto month = parse_month_name(words[0])) {
    auto day = parse_day(words[1]);
    if (!day) return std::nullopt;
    return checked(*year, *month, *day);
  }
  return std::nullopt;
}

}  // namespace

std::string Date::iso() const {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

std::string Date::long_text() const {
  return std::to_string(day) + " " + month_name(month) + " " + std::to_string(year);
}

std::optional<int> month_number(std::string_view word) {
  std::string lower;
  for (char c : word) lower += to_lower(c);
  if (lower == "sept") return 9;
  for (std::size_t i = 0; i < kMonthNames.size(); ++i) {
    std::string name;
    for (char c : kMonthNames[i]) name += to_lower(c);
    if (lower == name || lower == name.substr(0, 3)) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

std::string month_name(int month) {
  return month >= 1 && month <= 12 ? std::string(kMonthNames[static_cast<std::size_t>(month - 1)])
                                   : std::to_string(month);
}

bool is_valid(const Date& date) {
  return date.year >= 1900 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

// Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".
long days_from_civil(const Date& date) {
  const long y = static_cast<long>(date.year) - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long m = date.month;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(long days) {
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  const long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

Date add_months(const Date& date, int months) {
  const long total = static_cast<long>(date.year) * 12 + (date.month - 1) + months;
  const long year = total >= 0 ? total / 12 : (total - 11) / 12;
  Date result{static_cast<int>(year), static_cast<int>(total - year * 12) + 1, date.day};
  result.day = std::min(result.day, days_in_month(result.year, result.month));
  return result;
}

// Excel's 1900 system counts 29 February 1900, a day that never was (Lotus 1-2-3's bug), as
// serial 60. It is read as 28 February 1900 (so 59 and 60 name the same day) rather than
// rejected, so that no serial Excel shows as a date is lost. Serials 1-59 count from
// 1899-12-31, those from 61 on from 1899-12-30.
std::optional<Date> from_excel_serial(double serial, bool date1904) {
  if (!std::isfinite(serial)) return std::nullopt;
  const double whole = std::floor(serial);
  if (whole < (date1904 ? 0.0 : 1.0) || whole > 3e6) return std::nullopt;
  const long n = static_cast<long>(whole);
  long days = 0;
  if (date1904) {
    days = kExcel1904Epoch + n;
  } else if (n < 60) {
    days = kExcel1900Epoch + n + 1;
  } else {
    days = kExcel1900Epoch + n;
  }
  if (days > kLastDay) return std::nullopt;
  return civil_from_days(days);
}

double to_excel_serial(const Date& date) {
  const long days = days_from_civil(date) - kExcel1900Epoch;
  // Before March 1900 Excel's count is one lower, having not yet passed its phantom 29 February.
  return static_cast<double>(days < 61 ? days - 1 : days);
}

std::optional<Date> parse_date_text(const std::string& text) {
  std::string_view view = text;
  while (!view.empty() && (view.front() == ' ' || view.front() == '\t')) view.remove_prefix(1);
  while (!view.empty() && (view.back() == ' ' || view.back() == '\t')) view.remove_suffix(1);
  if (view.empty()) return std::nullopt;
  bool has_alpha = false;
  for (char c : view) has_alpha = has_alpha || is_alpha(c);
  return has_alpha ? parse_words(view) : parse_numeric(view);
}

}  // namespace s11
