#pragma once
/// Completion dates as councils write them in action plans: "April 2015", "April 2015
/// On-going", "Feb/March 2015", "9th June 2019", "31/03/2016", "Before October 2015", "April
/// 2015 then monthly", "Feb 2015 and on-going", "On-going", and Excel date cells.
///
/// Rules: a month without a day means the end of that month. Months sharing a year ("Feb/March
/// 2015", "April May 2015") take the year written after them. When a cell names several dates
/// (a range "April 2015 - June 2015", a list "April 2015\nApril 2016", "February 2015 and
/// Review April 2015") the latest is the completion date. "Before X" means the day before X
/// starts ("Before October 2015" -> 30 September 2015). "On-going", "ongoing", "on going",
/// "monthly", "weekly", "quarterly", "annually" mark the action as ongoing. Other words are
/// ignored. Blank-line-separated paragraphs are read one by one.

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/xlsx_reader.h"

namespace s11 {

/// What a completion-date cell says.
struct WrittenDate {
  std::optional<Date> date;           ///< The latest date named; nothing when none is.
  bool ongoing = false;               ///< An ongoing or recurring action.
  std::vector<std::string> problems;  ///< Why part of the text is not a date, without location.
};

/// Parses a completion date typed as text (see the rules above). Never throws: text that
/// names no date and is not "On-going" gives a problem such as `date "soon" is not a date;
/// expected a month and year such as "April 2015", a day such as "31/03/2016", or "On-going"`,
/// and a month without a year gives `date "March On-going" has no year ...`. Empty text gives
/// an empty WrittenDate.
WrittenDate parse_written_date(const std::string& text);

/// Parses a completion-date cell: a date-formatted number or a number as an Excel serial, a
/// t="d" ISO cell, or text as parse_written_date.
WrittenDate parse_written_date_cell(const xlsx::Cell& cell, bool date1904);

/// True when `date` is within `years` years either side of `audit_date` (inclusive), i.e.
/// within the plan period. "October 2915" or, for a 2015 audit with 3 years, "9th June 2019".
bool is_plausible_date(const Date& date, const Date& audit_date, int years);

/// `date "October 2915" is implausible: more than 3 years from the audit date (8 April 2015);
/// kept as written but not used to rate the status; correct it if it is a typing error`.
std::string implausible_date_message(const std::string& text, const Date& audit_date, int years);

/// `text` with every run of white space (newlines included) folded to one space and quoted
/// for a message.
std::string quoted_cell(const std::string& text);

/// The paragraphs of a cell, split on blank lines, each trimmed; the lines inside a paragraph
/// are joined with `joiner`.
std::vector<std::string> paragraphs(const std::string& text, const std::string& joiner = "\n");

}  // namespace s11
