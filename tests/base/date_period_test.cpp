#include "base/date_period.h"

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<s11::DatePeriod> {
  static std::string convert(const s11::DatePeriod& period) {
    return period.first.iso() + ".." + period.last.iso() + " " + period.words();
  }
};
}  // namespace Catch

namespace s11 {
namespace {

const std::string kHint = "expected a date such as 31/03/2015 or a month such as \"March 2015\"";

DatePeriod parsed(const std::string& text) {
  ParsedDate result = parse_period(text);
  INFO(text << ": " << result.problem);
  REQUIRE(result.period);
  CHECK(result.problem.empty());
  return *result.period;
}

std::string refusal(const std::string& text) {
  ParsedDate result = parse_period(text);
  INFO(text);
  CHECK_FALSE(result.period);
  return result.problem;
}

TEST_CASE("date_period: whole dates are days, as parse_date_text reads them", "[base]") {
  for (const char* text : {"31/03/2015", "2015-03-31", "31 March 2015", "31st Mar 2015",
                           "March 31, 2015", " 31/3/15 "}) {
    const DatePeriod day = parsed(text);
    CHECK(day == DatePeriod(Date{2015, 3, 31}));
    CHECK(day.precision == DatePrecision::kDay);
    CHECK(day.words() == "31 March 2015");
    CHECK(day.written() == "31 March 2015");
  }
}

TEST_CASE("date_period: months as people write them", "[base]") {
  struct Case {
    const char* text;
    int year;
    int month;
  };
  for (const Case& c :
       {Case{"May 2015", 2015, 5}, Case{"Sept 2015", 2015, 9}, Case{"Sep 2015", 2015, 9},
        Case{"september 2015", 2015, 9}, Case{"Mar-15", 2015, 3}, Case{"Mar 15", 2015, 3},
        Case{"March '15", 2015, 3},
        Case{"March \xE2\x80\x99"
             "15",
             2015, 3},
        Case{"03/2015", 2015, 3}, Case{"3/2015", 2015, 3}, Case{"3-2015", 2015, 3},
        Case{"2015-03", 2015, 3}, Case{"FEB-2016", 2016, 2}, Case{" June 2015 ", 2015, 6}}) {
    const DatePeriod month = parsed(c.text);
    CHECK(month.precision == DatePrecision::kMonth);
    CHECK(month.first == Date{c.year, c.month, 1});
  }
  const DatePeriod may = parsed("May 2015");
  CHECK(may.last == Date{2015, 5, 31});
  CHECK(may.words() == "May 2015");
  CHECK(may.written() == "May 2015");
  CHECK(parsed("Mar-15").words() == "March 2015");
  CHECK(parsed("Feb 2016").last == Date{2016, 2, 29});
}

TEST_CASE("date_period: quarters of a UK financial year run from April", "[base]") {
  const DatePeriod q1 = parsed("Q1 2015-16");
  CHECK(q1.precision == DatePrecision::kQuarter);
  CHECK(q1.first == Date{2015, 4, 1});
  CHECK(q1.last == Date{2015, 6, 30});
  CHECK(q1.words() == "Q1 2015-16, April to June 2015");
  CHECK(q1.written() == "Q1 2015-16");
  const DatePeriod q4 = parsed("Q4 2015/16");
  CHECK(q4.first == Date{2016, 1, 1});
  CHECK(q4.last == Date{2016, 3, 31});
  CHECK(q4.words() == "Q4 2015-16, January to March 2016");
  CHECK(parsed("q3 2015/2016").words() == "Q3 2015-16, October to December 2015");
  CHECK(parsed("Q2 FY2015-16") == DatePeriod::financial_quarter(2015, 2));
  CHECK(parsed("2015-16 Q2") == DatePeriod::financial_quarter(2015, 2));
  CHECK(parsed("Q1 1999-00").first == Date{1999, 4, 1});
  CHECK(parsed("Q4 2009-10").written() == "Q4 2009-10");
}

TEST_CASE("date_period: refusals say what is missing, with a hint that is never garbled",
          "[base]") {
  CHECK(refusal("Mar") == "has no year; " + kHint);
  CHECK(refusal("15 March") == "has no year; " + kHint);
  CHECK(refusal("Feb 30 2015") == "names no real day: February 2015 has 28 days; " + kHint);
  CHECK(refusal("30/02/2015") == "names no real day: February 2015 has 28 days; " + kHint);
  CHECK(refusal("31 April 2015") == "names no real day: April 2015 has 30 days; " + kHint);
  CHECK(refusal("soon") == "is not a date; " + kHint);
  CHECK(refusal("13/2015") == "is not a date; " + kHint);
  CHECK(refusal("03/15") == "is not a date; " + kHint);
  CHECK(refusal("2015") == "is not a date; " + kHint);
  CHECK(refusal("May 2015 or June") == "is not a date; " + kHint);
  CHECK(refusal("   ") == "is blank; " + kHint);
  CHECK(refusal("Q5 2015") ==
        "names no quarter: a financial year has quarters Q1 (April to June) to Q4 (January to "
        "March); expected a quarter of a financial year such as \"Q1 2015-16\" (April to June "
        "2015)");
  CHECK(refusal("Q1 2015") ==
        "names no financial year (it could be a calendar quarter or a quarter of the financial "
        "year starting or ending in 2015); expected a quarter of a financial year such as \"Q1 "
        "2015-16\" (April to June 2015)");
  CHECK(refusal("Q1 2015-17") ==
        "names no financial year: 2015 and 17 are not consecutive years; expected a quarter of "
        "a financial year such as \"Q1 2015-16\" (April to June 2015)");
}

TEST_CASE("date_period: cells are days when they hold a real date", "[base]") {
  xlsx::Cell serial;
  serial.type = xlsx::CellType::kNumber;
  serial.number = 42094;  // 31 March 2015
  serial.date_format = true;
  CHECK(parse_period_cell(serial, false).period == DatePeriod(Date{2015, 3, 31}));
  xlsx::Cell iso;
  iso.type = xlsx::CellType::kDate;
  iso.text = "2015-03-31T00:00:00";
  CHECK(parse_period_cell(iso, false).period == DatePeriod(Date{2015, 3, 31}));
  xlsx::Cell text;
  text.type = xlsx::CellType::kString;
  text.text = "Mar-15";
  CHECK(parse_period_cell(text, false).period == DatePeriod::month(2015, 3));
  xlsx::Cell yes;
  yes.type = xlsx::CellType::kBoolean;
  CHECK(parse_period_cell(yes, false).problem == "is not a date; " + kHint);
}

TEST_CASE("date_period: a day that is LibreOffice's reading of a typed Mon-YY is named", "[base]") {
  CHECK(typed_month_hint(Date{2026, 3, 15}, 2005, 2015) ==
        "; if \"Mar-15\" was typed, LibreOffice read it as 15 March 2026 - type \"March 2015\" "
        "or format the cell as text");
  CHECK(typed_month_hint(Date{2016, 9, 5}, 2005, 2015) ==
        "; if \"Sep-05\" was typed, LibreOffice read it as 5 September 2016 - type \"September "
        "2005\" or format the cell as text");
  CHECK(typed_month_hint(Date{2026, 3, 20}, 2005, 2015).empty());  // 2020: too late
  CHECK(typed_month_hint(Date{2026, 3, 4}, 2005, 2015).empty());   // 2004: too early
  CHECK(typed_month_hint(Date{2015, 3, 15}, 2005, 2015).empty());  // a year of the window
}

TEST_CASE("date_period: an audit date is a day", "[base]") {
  CHECK(parse_day_text("30/11/2015").period == DatePeriod(Date{2015, 11, 30}));
  CHECK(parse_day_text("2015-11-30").period == DatePeriod(Date{2015, 11, 30}));
  CHECK(parse_day_text("November 2015").problem ==
        "is a month, not a day; expected a date such as 30/11/2015 or 2015-11-30");
  CHECK(parse_day_text("Q3 2015-16").problem ==
        "is a quarter, not a day; expected a date such as 30/11/2015 or 2015-11-30");
  CHECK(parse_day_text("soon").problem ==
        "is not a date; expected a date such as 30/11/2015 or 2015-11-30");
}

}  // namespace
}  // namespace s11
