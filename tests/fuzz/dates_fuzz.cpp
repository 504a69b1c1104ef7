// Fuzz target: every date parser of base/ (date.h, date_period.h, written_dates.h). The input is
// read as typed text (parse_date_text, parse_written_date, a text, date or number cell), and its
// first bytes as an Excel serial and a month offset. Each parsed date is checked to be a real day
// that survives the round trips the reports make (ISO text, Excel serial, day count).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>

#include "base/date.h"
#include "base/date_period.h"
#include "base/written_dates.h"
#include "base/xlsx_reader.h"
#include "fuzz_support.h"

namespace {

using s11::fuzz::check;

void check_date(const s11::Date& date, const char* parser) {
  if (!s11::is_valid(date)) {
    std::fprintf(stderr, "s11 fuzz: %s gave %04d-%02d-%02d\n", parser, date.year, date.month,
                 date.day);
    check(false, "a parser returned a day that does not exist");
  }
  check(s11::parse_date_text(date.iso()) == date, "a date's ISO text does not read back");
  check(s11::civil_from_days(s11::days_from_civil(date)) == date, "a day count round trip");
  if (date >= s11::Date{1900, 3, 1}) {
    check(s11::from_excel_serial(s11::to_excel_serial(date)) == date, "an Excel serial round trip");
  }
  (void)date.long_text();
}

void check_period(const s11::ParsedDate& parsed, const char* parser) {
  check(parsed.period.has_value() != !parsed.problem.empty(), "a period and a problem, or neither");
  if (!parsed.period) return;
  check_date(parsed.period->first, parser);
  check_date(parsed.period->last, parser);
  check(parsed.period->first <= parsed.period->last, "a period ending before it starts");
  check(s11::parse_period(parsed.period->written()).period == parsed.period,
        "a period's written text does not read back");
  (void)parsed.period->words();
}

void check_written(const s11::WrittenDate& written, const char* parser) {
  if (written.date) check_date(*written.date, parser);
  for (const auto& problem : written.problems) check(!problem.empty(), "an empty problem");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(data, data + size);

  if (auto date = s11::parse_date_text(text)) check_date(*date, "parse_date_text");
  check_written(s11::parse_written_date(text), "parse_written_date");
  check_period(s11::parse_period(text), "parse_period");
  check_period(s11::parse_day_text(text), "parse_day_text");
  (void)s11::quoted_cell(text);
  (void)s11::paragraphs(text);

  s11::xlsx::Cell cell;
  cell.type = s11::xlsx::CellType::kString;
  cell.text = text;
  check_written(s11::parse_written_date_cell(cell, false), "parse_written_date_cell (text)");
  cell.type = s11::xlsx::CellType::kDate;
  check_written(s11::parse_written_date_cell(cell, false), "parse_written_date_cell (t=\"d\")");
  check_period(s11::parse_period_cell(cell, false), "parse_period_cell (t=\"d\")");

  // The first eight bytes as a serial (any double: NaN, infinities, huge, negative), the next
  // four as a month offset.
  if (size >= 8) {
    double serial = 0;
    std::memcpy(&serial, data, sizeof serial);
    for (bool date1904 : {false, true}) {
      if (auto date = s11::from_excel_serial(serial, date1904)) check_date(*date, "serial");
      cell = s11::xlsx::Cell{};
      cell.type = s11::xlsx::CellType::kNumber;
      cell.number = serial;
      cell.date_format = true;
      cell.text = std::to_string(serial);
      check_written(s11::parse_written_date_cell(cell, date1904), "parse_written_date_cell (n)");
    }
  }
  if (size >= 12) {
    std::int32_t months = 0;
    std::memcpy(&months, data + 8, sizeof months);
    months %= 12 * 80;  // Within the years is_valid allows, either side of 2015.
    const s11::Date audit{2015, 11, 30};
    s11::Date moved = s11::add_months(audit, months);
    check(s11::is_valid(moved), "add_months gave a day that does not exist");
    for (int years : {1, 3}) {
      if (!s11::is_plausible_date(moved, audit, years)) {
        (void)s11::implausible_date_message(text, audit, years);
      }
    }
  }
  return 0;
}
