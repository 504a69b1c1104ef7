#include "base/written_dates.h"

#include <cctype>
#include <string_view>

#include "base/date_period.h"
#include "base/text.h"

namespace s11 {
namespace {

// 1-12 for a month name or its abbreviation ("feb", "sept"), as every reader takes it; 0 else.
int month_of(std::string_view word) { return month_number(word).value_or(0); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

// A day of the month as "9", "9th", "21st", "2nd", "3rd"; 0 when the word is not one.
int day_of(std::string_view word) {
  std::size_t digits = 0;
  while (digits < word.size() && std::isdigit(static_cast<unsigned char>(word[digits]))) ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view suffix = word.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return 0;
  }
  return std::stoi(std::string(word.substr(0, digits)));
}

// Replaces en and em dashes (UTF-8) by spaces so "April 2015 –June 2015" splits.
std::string without_dashes(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // En dash E2 80 93, em dash E2 80 94.
    if (i + 2 < text.size() && text[i] == '\xE2' && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x93' || text[i + 2] == '\x94')) {
      out += ' ';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> paragraphs(const std::string& text, const std::string& joiner) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = trim(std::string_view(text).substr(start, end - start));
    if (line.empty()) {
      if (!current.empty()) out.push_back(current);
      current.clear();
    } else {
      current += current.empty() ? line : joiner + line;
    }
    start = end + 1;
  }
  if (!current.empty()) out.push_back(current);
  return out;
}

namespace {

void parse_paragraph(const std::string& paragraph, WrittenDate& result) {
  // One date, month or quarter as every reader takes it ("Mar-15", "Q1 2015-16"): due by its
  // last day.
  if (auto period = parse_period(paragraph).period) {
    result.date = result.date ? std::max(*result.date, period->last) : period->last;
    return;
  }
  struct PendingMonth {
    int month;
    int day;
  };
  std::vector<PendingMonth> pending;
  std::vector<Date> found;
  int pending_day = 0;
  bool before = false;
  bool before_applied = false;
  bool saw_on = false;
  auto add = [&](Date date) {
    if (before && !before_applied) {
      date = civil_from_days(days_from_civil(date) - 1);
      before_applied = true;
    }
    found.push_back(date);
  };

  std::vector<std::string> words;
  for (const auto& word : split_list(lower(without_dashes(paragraph)), " \t\r\n")) {
    if (parse_period(word).period) {
      words.push_back(word);
      continue;
    }
    if (word.find("on-going") != std::string::npos || word.find("ongoing") != std::string::npos) {
      words.push_back("ongoing");
      continue;
    }
    for (const auto& piece : split_list(word, "/-.,;:()")) words.push_back(piece);
  }

  for (const auto& word : words) {
    if (auto period = parse_period(word).period) {
      if (before && !before_applied && period->precision != DatePrecision::kDay) {
        // "Before Mar-15": the day before the month starts, as for "Before March 2015".
        found.push_back(civil_from_days(days_from_civil(period->first) - 1));
        before_applied = true;
      } else {
        add(period->last);
      }
      pending_day = 0;
      continue;
    }
    if (word == "ongoing" || word == "monthly" || word == "weekly" || word == "quarterly" ||
        word == "annually" || (saw_on && word == "going")) {
      result.ongoing = true;
      saw_on = false;
      continue;
    }
    saw_on = word == "on";
    if (word == "before" || word == "by") {
      before = word == "before";
      continue;
    }
    if (int month = month_of(word)) {
      pending.push_back({month, pending_day});
      pending_day = 0;
      continue;
    }
    if (all_digits(word) && word.size() == 4) {
      const int year = std::stoi(word);
      for (const auto& p : pending) {
        if (year < 1900) break;
        if (before && !before_applied && p.day == 0) {
          // "Before October 2015": the day before the month starts, not before it ends.
          found.push_back(civil_from_days(days_from_civil(Date{year, p.month, 1}) - 1));
          before_applied = true;
          continue;
        }
        const int last = days_in_month(year, p.month);
        Date date{year, p.month, p.day ? p.day : last};
        if (!is_valid(date)) {
          result.problems.push_back("date " + quoted_cell(paragraph) + " names no real day (" +
                                    std::to_string(p.day) + " " + month_name(p.month) +
                                    "); expected a day such as \"9th June 2015\"");
          continue;
        }
        add(date);
      }
      pending.clear();
      pending_day = 0;
      continue;
    }
    pending_day = day_of(word);
  }
  if (!pending.empty()) {
    result.problems.push_back("date " + quoted_cell(paragraph) +
                              " has no year; expected a month and year such as \"March 2016\"");
  }
  for (const auto& date : found) result.date = result.date ? std::max(*result.date, date) : date;
  if (found.empty() && pending.empty() && !result.ongoing) {
    result.problems.push_back(
        "date " + quoted_cell(paragraph) +
        " is not a date; expected a month and year such as \"April 2015\", a day such as "
        "\"31/03/2016\", or \"On-going\"");
  }
}

}  // namespace

std::string quoted_cell(const std::string& text) {
  std::string folded;
  for (const auto& word : split_list(text, " \t\r\n")) {
    folded += folded.empty() ? word : " " + word;
  }
  return quoted(folded);
}

WrittenDate parse_written_date(const std::string& text) {
  WrittenDate result;
  for (const auto& paragraph : paragraphs(text, " ")) parse_paragraph(paragraph, result);
  return result;
}

WrittenDate parse_written_date_cell(const xlsx::Cell& cell, bool date1904) {
  WrittenDate result;
  switch (cell.type) {
    case xlsx::CellType::kNumber:
      if (auto date = from_excel_serial(cell.number, date1904)) {
        result.date = *date;
      } else {
        result.problems.push_back("date " + quoted_cell(cell.text) +
                                  " is not a date; expected a date such as 31/03/2016");
      }
      return result;
    case xlsx::CellType::kDate:
      if (auto date = parse_date_text(cell.text.substr(0, 10))) {
        result.date = *date;
        return result;
      }
      break;
    default:
      break;
  }
  return parse_written_date(xlsx::display_text(cell));
}

bool is_plausible_date(const Date& date, const Date& audit_date, int years) {
  return add_months(audit_date, -12 * years) <= date && date <= add_months(audit_date, 12 * years);
}

std::string implausible_date_message(const std::string& text, const Date& audit_date, int years) {
  return "date " + quoted_cell(text) + " is implausible: more than " + std::to_string(years) +
         " years from the audit date (" + audit_date.long_text() +
         "); kept as written but not used to rate the status; correct it if it is a typing error";
}

}  // namespace s11
