#include "base/date.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

namespace Catch {
template <>
struct StringMaker<s11::Date> {
  static std::string convert(const s11::Date& date) { return date.iso(); }
};
}  // namespace Catch

namespace s11 {
namespace {

TEST_CASE("date: iso and long text", "[engine]") {
  CHECK(Date{2015, 3, 31}.iso() == "2015-03-31");
  CHECK(Date{987, 1, 2}.iso() == "0987-01-02");
  CHECK(Date{2015, 3, 31}.long_text() == "31 March 2015");
  CHECK(Date{2016, 9, 1}.long_text() == "1 September 2016");
}

TEST_CASE("date: is_valid knows leap years and the 1900-9999 range", "[engine]") {
  CHECK(is_valid(Date{2016, 2, 29}));
  CHECK(is_valid(Date{2000, 2, 29}));
  CHECK_FALSE(is_valid(Date{2015, 2, 29}));
  CHECK_FALSE(is_valid(Date{2100, 2, 29}));
  CHECK_FALSE(is_valid(Date{1900, 2, 29}));
  CHECK(is_valid(Date{1900, 1, 1}));
  CHECK(is_valid(Date{9999, 12, 31}));
  CHECK_FALSE(is_valid(Date{1899, 12, 31}));
  CHECK_FALSE(is_valid(Date{10000, 1, 1}));
  CHECK_FALSE(is_valid(Date{2015, 4, 31}));
  CHECK_FALSE(is_valid(Date{2015, 13, 1}));
  CHECK_FALSE(is_valid(Date{2015, 0, 1}));
  CHECK_FALSE(is_valid(Date{2015, 1, 0}));
}

TEST_CASE("date: days_from_civil and civil_from_days", "[engine]") {
  CHECK(days_from_civil(Date{1970, 1, 1}) == 0);
  CHECK(days_from_civil(Date{1969, 12, 31}) == -1);
  CHECK(days_from_civil(Date{2000, 3, 1}) == 11017);
  CHECK(days_from_civil(Date{1900, 1, 1}) == -25567);
  CHECK(civil_from_days(16525) == Date{2015, 3, 31});
  CHECK(civil_from_days(-25567) == Date{1900, 1, 1});
  for (long days = -30000; days <= 3000000; days += 37) {
    REQUIRE(days_from_civil(civil_from_days(days)) == days);
  }
}

TEST_CASE("date: add_months clamps the day to the month's end", "[engine]") {
  CHECK(add_months(Date{2016, 2, 29}, -12) == Date{2015, 2, 28});
  CHECK(add_months(Date{2016, 2, 29}, 48) == Date{2020, 2, 29});
  CHECK(add_months(Date{2015, 1, 31}, 1) == Date{2015, 2, 28});
  CHECK(add_months(Date{2016, 1, 31}, 1) == Date{2016, 2, 29});
  CHECK(add_months(Date{2015, 3, 31}, -1) == Date{2015, 2, 28});
  CHECK(add_months(Date{2015, 5, 31}, 1) == Date{2015, 6, 30});
  CHECK(add_months(Date{2015, 11, 15}, 2) == Date{2016, 1, 15});
  CHECK(add_months(Date{2015, 1, 15}, -1) == Date{2014, 12, 15});
  CHECK(add_months(Date{2015, 1, 15}, -25) == Date{2012, 12, 15});
  CHECK(add_months(Date{2015, 12, 15}, 0) == Date{2015, 12, 15});
}

TEST_CASE("date: from_excel_serial in the 1900 system", "[engine]") {
  CHECK(from_excel_serial(1) == Date{1900, 1, 1});
  CHECK(from_excel_serial(59) == Date{1900, 2, 28});
  // Serial 60 is Excel's phantom 29 February 1900; read as the 28th.
  CHECK(from_excel_serial(60) == Date{1900, 2, 28});
  CHECK(from_excel_serial(61) == Date{1900, 3, 1});
  CHECK(from_excel_serial(42094) == Date{2015, 3, 31});
  CHECK(from_excel_serial(42094.99) == Date{2015, 3, 31});
  CHECK(from_excel_serial(42429) == Date{2016, 2, 29});
  CHECK(from_excel_serial(2958465) == Date{9999, 12, 31});
  CHECK_FALSE(from_excel_serial(2958466));
  CHECK_FALSE(from_excel_serial(0));
  CHECK_FALSE(from_excel_serial(0.5));
  CHECK_FALSE(from_excel_serial(-1));
  CHECK_FALSE(from_excel_serial(std::numeric_limits<double>::quiet_NaN()));
  CHECK_FALSE(from_excel_serial(std::numeric_limits<double>::infinity()));
  CHECK_FALSE(from_excel_serial(1e300));
}

TEST_CASE("date: from_excel_serial in the 1904 system", "[engine]") {
  CHECK(from_excel_serial(0, true) == Date{1904, 1, 1});
  CHECK(from_excel_serial(59, true) == Date{1904, 2, 29});
  CHECK(from_excel_serial(1462, true) == Date{1908, 1, 2});
  CHECK(from_excel_serial(40632, true) == Date{2015, 3, 31});
  CHECK(from_excel_serial(2957003, true) == Date{9999, 12, 31});
  CHECK_FALSE(from_excel_serial(2957004, true));
  CHECK_FALSE(from_excel_serial(-1, true));
}

TEST_CASE("date: to_excel_serial is the inverse in the 1900 system", "[engine]") {
  CHECK(to_excel_serial(Date{1900, 1, 1}) == 1);
  CHECK(to_excel_serial(Date{1900, 2, 28}) == 59);
  CHECK(to_excel_serial(Date{1900, 3, 1}) == 61);
  CHECK(to_excel_serial(Date{2015, 3, 31}) == 42094);
  CHECK(to_excel_serial(Date{9999, 12, 31}) == 2958465);
  for (double serial = 1; serial < 2958465; serial += 97) {
    if (serial == 60) continue;
    REQUIRE(to_excel_serial(*from_excel_serial(serial)) == serial);
  }
}

TEST_CASE("date: parse_date_text accepts the forms councils type", "[engine]") {
  const Date expected{2015, 3, 31};
  for (const char* text :
       {"2015-03-31", "2015-3-31", "31/03/2015", "31-03-2015", "31.03.2015", "31/3/15", "31/03/15",
        "31 March 2015", "31 march 2015", "31 MAR 2015", "31st Mar 2015", "31ST March 2015",
        "31-Mar-2015", "31 March, 2015", "March 31, 2015", "Mar 31 2015", "March 31st, 2015",
        "  31/03/2015  ", "\t31 March 2015 "}) {
    INFO(text);
    CHECK(parse_date_text(text) == expected);
  }
  CHECK(parse_date_text("1/9/2016") == Date{2016, 9, 1});
  CHECK(parse_date_text("1st Sept 2016") == Date{2016, 9, 1});
  CHECK(parse_date_text("2nd September 2016") == Date{2016, 9, 2});
  CHECK(parse_date_text("3rd Sep 2016") == Date{2016, 9, 3});
  CHECK(parse_date_text("29/02/2016") == Date{2016, 2, 29});
  CHECK(parse_date_text("01/01/00") == Date{2000, 1, 1});
}

TEST_CASE("date: parse_date_text rejects what is not a whole valid date", "[engine]") {
  for (const char* text : {"",
                           "   ",
                           "31/02/2015",
                           "29/02/2015",
                           "32/01/2015",
                           "31/13/2015",
                           "00/01/2015",
                           "31/03/2015x",
                           "31/03/2015 10:00",
                           "x31/03/2015",
                           "31/03",
                           "31/03/2015/1",
                           "31-03/2015",
                           "31/03/201",
                           "31/03/02015",
                           "2015/03/31",
                           "2015-03-31T00:00",
                           "20150331",
                           "31 Marc 2015",
                           "31 Mars 2015",
                           "31xx March 2015",
                           "31st",
                           "March 2015",
                           "31 March 2015 extra",
                           "31 March,, 2015",
                           "31 March -- 2015",
                           "March 32, 2015",
                           "31 March 1899",
                           "0x1F/03/2015",
                           "3l/03/2015",
                           "not a date",
                           "2015-02-29",
                           "1/1/1/1"}) {
    INFO(text);
    CHECK_FALSE(parse_date_text(text));
  }
}

}  // namespace
}  // namespace s11
