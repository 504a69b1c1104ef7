#include "base/date_period.h"

#include <vector>

namespace s11 {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Token {
  std::string text;
  bool alpha = false;
  std::string separator_before;  ///< The punctuation between it and the token before, no spaces.
};

// Letters and digits in runs ("Q1" is two tokens); between them spaces and the punctuation of
// dates: - / . , ' and the UTF-8 right single quote and en dash. Nothing for other characters.
std::optional<std::vector<Token>> tokens_of(std::string_view text) {
  std::vector<Token> tokens;
  std::string separator;
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (is_digit(c) || is_alpha(c)) {
      Token token;
      token.alpha = is_alpha(c);
      token.separator_before = separator;
      separator.clear();
      while (i < text.size() && (token.alpha ? is_alpha(text[i]) : is_digit(text[i]))) {
        token.text += text[i++];
      }
      tokens.push_back(std::move(token));
      continue;
    }
    if (c == ' ' || c == '\t') {
      ++i;
      continue;
    }
    if (c == '-' || c == '/' || c == '.' || c == ',' || c == '\'') {
      separator += c;
      ++i;
      continue;
    }
    // Right single quote E2 80 99 (LibreOffice's autocorrection of '), en dash E2 80 93.
    if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x99' || text[i + 2] == '\x93')) {
      separator += text[i + 2] == '\x99' ? '\'' : '-';
      i += 3;
      continue;
    }
    return std::nullopt;
  }
  return tokens;
}

std::optional<int> number(const Token& token, std::size_t min_digits, std::size_t max_digits) {
  if (token.alpha || token.text.size() < min_digits || token.text.size() > max_digits) {
    return std::nullopt;
  }
  return std::stoi(token.text);
}

// A year of two (20xx) or four digits.
std::optional<int> year_of(const Token& token) {
  if (token.alpha || (token.text.size() != 2 && token.text.size() != 4)) return std::nullopt;
  const int value = std::stoi(token.text);
  return token.text.size() == 2 ? 2000 + value : value;
}

std::string lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

ParsedDate refused(const std::string& why) { return {std::nullopt, why}; }
ParsedDate refused_with_hint(const std::string& why) {
  return refused(why + "; " + std::string(kDateHint));
}

const std::string kQuarterHint =
    "expected a quarter of a financial year such as \"Q1 2015-16\" (April to June 2015)";

// "Q1 2015-16", "Q1 FY2015/16", "2015-16 Q1": `quarter` is the number after Q, `years` the
// tokens naming the financial year.
ParsedDate quarter_of(int quarter, const std::vector<Token>& years) {
  if (quarter < 1 || quarter > 4) {
    return refused(
        "names no quarter: a financial year has quarters Q1 (April to June) to Q4 "
        "(January to March); " +
        kQuarterHint);
  }
  std::vector<Token> rest = years;
  if (!rest.empty() && rest.front().alpha && lower(rest.front().text) == "fy") {
    rest.erase(rest.begin());
  }
  if (rest.size() == 1 && number(rest[0], 4, 4)) {
    return refused(
        "names no financial year (it could be a calendar quarter or a quarter of "
        "the financial year starting or ending in " +
        rest[0].text + "); " + kQuarterHint);
  }
  if (rest.size() != 2) return refused("is not a quarter; " + kQuarterHint);
  const auto start = number(rest[0], 4, 4);
  const auto end = number(rest[1], 2, 4);
  const std::string& separator = rest[1].separator_before;
  if (!start || !end || rest[1].text.size() == 3 || (separator != "-" && separator != "/")) {
    return refused("is not a quarter; " + kQuarterHint);
  }
  // "2015-16", "1999-00": two digits name the year after the first.
  const int end_year =
      rest[1].text.size() == 2 ? ((*start + 1) % 100 == *end ? *start + 1 : -1) : *end;
  if (end_year != *start + 1 || *start < 1900 || *start >= 9999) {
    return refused("names no financial year: " + rest[0].text + " and " + rest[1].text +
                   " are not consecutive years; " + kQuarterHint);
  }
  return {DatePeriod::financial_quarter(*start, quarter), ""};
}

// Three tokens that would be a whole date but for the day: "Feb 30 2015", "30/02/2015".
std::optional<std::string> impossible_day(const std::vector<Token>& t) {
  if (t.size() != 3) return std::nullopt;
  std::optional<int> day;
  std::optional<int> month;
  std::optional<int> year;
  if (t[0].alpha && !t[1].alpha && !t[2].alpha) {
    month = month_number(t[0].text);
    day = number(t[1], 1, 2);
    year = year_of(t[2]);
  } else if (!t[0].alpha && t[1].alpha && !t[2].alpha) {
    day = number(t[0], 1, 2);
    month = month_number(t[1].text);
    year = year_of(t[2]);
  } else if (!t[0].alpha && !t[1].alpha && !t[2].alpha && t[0].text.size() == 4) {
    year = year_of(t[0]);
    month = number(t[1], 1, 2);
    day = number(t[2], 1, 2);
  } else if (!t[0].alpha && !t[1].alpha && !t[2].alpha) {
    day = number(t[0], 1, 2);
    month = number(t[1], 1, 2);
    year = year_of(t[2]);
  }
  if (!day || !month || !year || *month < 1 || *month > 12 || *day < 1 || *day > 31 ||
      *year < 1900 || *year > 9999 || is_valid(Date{*year, *month, *day})) {
    return std::nullopt;
  }
  return "names no real day: " + month_name(*month) + " " + std::to_string(*year) + " has " +
         std::to_string(days_in_month(*year, *month)) + " days";
}

}  // namespace

DatePeriod DatePeriod::month(int year, int month) {
  DatePeriod period;
  period.first = Date{year, month, 1};
  period.last = Date{year, month, days_in_month(year, month)};
  period.precision = DatePrecision::kMonth;
  return period;
}

DatePeriod DatePeriod::financial_quarter(int start_year, int quarter) {
  const Date april{start_year, 4, 1};
  DatePeriod period;
  period.first = add_months(april, 3 * (quarter - 1));
  const Date last_month = add_months(period.first, 2);
  period.last =
      Date{last_month.year, last_month.month, days_in_month(last_month.year, last_month.month)};
  period.precision = DatePrecision::kQuarter;
  return period;
}

std::string DatePeriod::written() const {
  switch (precision) {
    case DatePrecision::kDay:
      return first.long_text();
    case DatePrecision::kMonth:
      return month_name(first.month) + " " + std::to_string(first.year);
    case DatePrecision::kQuarter: {
      // April-June is Q1 of the year starting that April; January-March is Q4 of the last.
      const int start = first.month >= 4 ? first.year : first.year - 1;
      const int quarter = first.month >= 4 ? (first.month - 4) / 3 + 1 : 4;
      const std::string end = std::to_string((start + 1) % 100);
      return "Q" + std::to_string(quarter) + " " + std::to_string(start) + "-" +
             (end.size() == 1 ? "0" + end : end);
    }
  }
  return first.long_text();
}

std::string DatePeriod::words() const {
  if (precision != DatePrecision::kQuarter) return written();
  return written() + ", " + month_name(first.month) + " to " + month_name(last.month) + " " +
         std::to_string(last.year);
}

ParsedDate parse_period(const std::string& text) {
  if (auto day = parse_date_text(text)) return {DatePeriod(*day), ""};
  auto tokens = tokens_of(text);
  if (!tokens) return refused_with_hint("is not a date");
  const std::vector<Token>& t = *tokens;
  if (t.empty()) return refused_with_hint("is blank");

  // Quarters: "Q1 ...", or "... Q1" after the financial year.
  if (t.size() >= 2 && t[0].alpha && lower(t[0].text) == "q" && !t[1].alpha &&
      t[1].separator_before.empty()) {
    return quarter_of(std::stoi(t[1].text.substr(0, 4)), {t.begin() + 2, t.end()});
  }
  if (t.size() >= 2 && t[t.size() - 2].alpha && lower(t[t.size() - 2].text) == "q" &&
      !t.back().alpha && t.back().separator_before.empty()) {
    return quarter_of(std::stoi(t.back().text.substr(0, 4)), {t.begin(), t.end() - 2});
  }

  if (t.size() == 1) {
    if (t[0].alpha && month_number(t[0].text)) return refused_with_hint("has no year");
    return refused_with_hint("is not a date");
  }
  if (t.size() == 2) {
    if (t[0].alpha) {
      const auto month = month_number(t[0].text);
      if (!month) return refused_with_hint("is not a date");
      if (t[1].alpha) return refused_with_hint("has no year");
      const auto year = year_of(t[1]);
      if (!year) return refused_with_hint("has no year");
      if (*year < 1900) return refused_with_hint("is not a date");
      return {DatePeriod::month(*year, *month), ""};
    }
    if (t[1].alpha) {
      if (month_number(t[1].text)) return refused_with_hint("has no year");
      return refused_with_hint("is not a date");
    }
    // "03/2015", "3-2015", "03.2015", "2015-03".
    const std::string& separator = t[1].separator_before;
    std::optional<int> month;
    std::optional<int> year;
    if (t[0].text.size() == 4 && (separator == "-" || separator == "/")) {
      year = number(t[0], 4, 4);
      month = number(t[1], 1, 2);
    } else if (t[1].text.size() == 4 &&
               (separator == "/" || separator == "-" || separator == ".")) {
      month = number(t[0], 1, 2);
      year = number(t[1], 4, 4);
    }
    if (!month || !year || *month < 1 || *month > 12 || *year < 1900) {
      return refused_with_hint("is not a date");
    }
    return {DatePeriod::month(*year, *month), ""};
  }
  if (auto why = impossible_day(t)) return refused_with_hint(*why);
  return refused_with_hint("is not a date");
}

ParsedDate parse_period_cell(const xlsx::Cell& cell, bool date1904) {
  switch (cell.type) {
    case xlsx::CellType::kNumber:
      if (auto day = from_excel_serial(cell.number, date1904)) return {DatePeriod(*day), ""};
      return refused_with_hint("is not a date");
    case xlsx::CellType::kDate:
      if (auto day = parse_date_text(cell.text.substr(0, 10))) return {DatePeriod(*day), ""};
      return refused_with_hint("is not a date");
    case xlsx::CellType::kString:
      return parse_period(cell.text);
    case xlsx::CellType::kEmpty:
      return refused_with_hint("is blank");
    default:
      return refused_with_hint("is not a date");
  }
}

std::string typed_month_hint(const Date& day, int earliest_year, int latest_year) {
  const int meant = 2000 + day.day;
  if (meant < earliest_year || meant > latest_year || day.year <= latest_year) return "";
  const std::string two_digits = (day.day < 10 ? "0" : "") + std::to_string(day.day);
  const std::string typed = month_name(day.month).substr(0, 3) + "-" + two_digits;
  return "; if \"" + typed + "\" was typed, LibreOffice read it as " + day.long_text() +
         " - type \"" + month_name(day.month) + " " + std::to_string(meant) +
         "\" or format the cell as text";
}

ParsedDate parse_day_text(const std::string& text) {
  ParsedDate parsed = parse_period(text);
  if (parsed.period && parsed.period->precision != DatePrecision::kDay) {
    const bool quarter = parsed.period->precision == DatePrecision::kQuarter;
    return refused(std::string(quarter ? "is a quarter" : "is a month") +
                   ", not a day; expected a date such as 30/11/2015 or 2015-11-30");
  }
  if (!parsed.period && parsed.problem.size() > kDateHint.size() &&
      parsed.problem.compare(parsed.problem.size() - kDateHint.size(), kDateHint.size(),
                             kDateHint) == 0) {
    // A day is wanted: do not suggest a month.
    parsed.problem = parsed.problem.substr(0, parsed.problem.size() - kDateHint.size()) +
                     "expected a date such as 30/11/2015 or 2015-11-30";
  }
  return parsed;
}

}  // namespace s11
