#include "base/written_dates.h"

#include <catch2/catch.hpp>

namespace s11 {
namespace {

struct Expected {
  const char* text = nullptr;
  Date date;
  bool ongoing = false;
};

TEST_CASE("plan dates: every form councils write gives its exact day", "[engine][plan]") {
  const Expected cases[] = {
      {"April 2015", {2015, 4, 30}, false},
      {"April 2015 On-going", {2015, 4, 30}, true},
      {"April 2015\nOn-going", {2015, 4, 30}, true},
      {"Feb/March 2015", {2015, 3, 31}, false},
      {"9th June 2019", {2019, 6, 9}, false},
      {"31/03/2016", {2016, 3, 31}, false},
      {"Before October 2015", {2015, 9, 30}, false},
      {"April 2015 then monthly", {2015, 4, 30}, true},
      {"March/June 2015", {2015, 6, 30}, false},
      {"Feb 2015 and on-going", {2015, 2, 28}, true},
      {"April May 2015\nOn-going", {2015, 5, 31}, true},
      {"April  2015 \xE2\x80\x93June 2015", {2015, 6, 30}, false},
      {"February 2015 and Review April 2015", {2015, 4, 30}, false},
      {"March 2015\n19th March 2015", {2015, 3, 31}, false},
      {"Oct 2015", {2015, 10, 31}, false},
      {"Feb 2016", {2016, 2, 29}, false},
      {"October 2915", {2915, 10, 31}, false},
      // The forms every reader takes (base/date_period.h), due by the period's last day.
      {"Mar-15", {2015, 3, 31}, false},
      {"Sept 2015", {2015, 9, 30}, false},
      {"03/2016", {2016, 3, 31}, false},
      {"Q1 2015-16", {2015, 6, 30}, false},
      {"Q4 2015/16", {2016, 3, 31}, false},
      {"Mar-15\nOn-going", {2015, 3, 31}, true},
      {"Before Mar-15", {2015, 2, 28}, false},
      {"Jan-16 then quarterly", {2016, 1, 31}, true},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    const WrittenDate parsed = parse_written_date(c.text);
    REQUIRE(parsed.date);
    CHECK(*parsed.date == c.date);
    CHECK(parsed.ongoing == c.ongoing);
    CHECK(parsed.problems.empty());
  }
}

TEST_CASE("plan dates: On-going alone is ongoing with no date", "[engine][plan]") {
  for (const char* text : {"On-going", "ongoing", "On going", " On-going "}) {
    INFO(text);
    const WrittenDate parsed = parse_written_date(text);
    CHECK_FALSE(parsed.date);
    CHECK(parsed.ongoing);
    CHECK(parsed.problems.empty());
  }
}

TEST_CASE("plan dates: empty text is no date and no problem", "[engine][plan]") {
  const WrittenDate parsed = parse_written_date("  \n ");
  CHECK_FALSE(parsed.date);
  CHECK_FALSE(parsed.ongoing);
  CHECK(parsed.problems.empty());
}

TEST_CASE("plan dates: a month with no year is a problem", "[engine][plan]") {
  const WrittenDate parsed = parse_written_date("March \nOn-going");
  CHECK_FALSE(parsed.date);
  CHECK(parsed.ongoing);
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0] ==
        "date \"March On-going\" has no year; expected a month and year such as \"March 2016\"");
}

TEST_CASE("plan dates: text naming no date is a problem", "[engine][plan]") {
  const WrittenDate parsed = parse_written_date("when funding allows");
  CHECK_FALSE(parsed.date);
  REQUIRE(parsed.problems.size() == 1);
  CHECK(parsed.problems[0] ==
        "date \"when funding allows\" is not a date; expected a month and year such as \"April "
        "2015\", a day such as \"31/03/2016\", or \"On-going\"");
}

TEST_CASE("plan dates: Excel date cells are read as serials", "[engine][plan]") {
  xlsx::Cell cell;
  cell.type = xlsx::CellType::kNumber;
  cell.number = to_excel_serial(Date{2016, 3, 31});
  cell.text = "42460";
  cell.date_format = true;
  const WrittenDate parsed = parse_written_date_cell(cell, false);
  REQUIRE(parsed.date);
  CHECK(*parsed.date == Date{2016, 3, 31});

  xlsx::Cell iso;
  iso.type = xlsx::CellType::kDate;
  iso.text = "2016-03-31T00:00:00";
  CHECK(parse_written_date_cell(iso, false).date == Date{2016, 3, 31});

  xlsx::Cell text;
  text.type = xlsx::CellType::kString;
  text.text = "Feb/March 2015";
  CHECK(parse_written_date_cell(text, false).date == Date{2015, 3, 31});
}

TEST_CASE("plan dates: dates beyond the plan period are implausible", "[engine][plan]") {
  const Date audit{2015, 4, 8};
  CHECK(is_plausible_date({2016, 4, 30}, audit, 3));
  CHECK(is_plausible_date({2018, 4, 8}, audit, 3));
  CHECK_FALSE(is_plausible_date({2018, 4, 9}, audit, 3));
  CHECK_FALSE(is_plausible_date({2019, 6, 9}, audit, 3));
  CHECK_FALSE(is_plausible_date({2025, 4, 30}, audit, 3));
  CHECK_FALSE(is_plausible_date({2915, 10, 31}, audit, 3));
  CHECK_FALSE(is_plausible_date({2012, 4, 7}, audit, 3));
  CHECK(implausible_date_message("October 2915", audit, 3) ==
        "date \"October 2915\" is implausible: more than 3 years from the audit date (8 April "
        "2015); kept as written but not used to rate the status; correct it if it is a typing "
        "error");
}

}  // namespace
}  // namespace s11
