#include "readers/previous_return_reader.h"

#include <cmath>
#include <map>

#include "base/date_period.h"
#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "base/xlsx_reader.h"
#include "workbooks/return_workbook.h"

namespace s11 {
namespace {

using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;
using namespace return_workbook;

/// Summary's header row is looked for in the first rows only (below the heading block and,
/// the chart above the table).
constexpr int kHeaderSearchRows = 60;

class Reader {
 public:
  Reader(const std::string& path, const Framework& framework)
      : path_(path), framework_(framework) {}

  PreviousReturn read() {
    xlsx::Workbook book = read_spreadsheet(path_);
    date1904_ = book.date1904;
    out_.path = path_;
    for (const auto& level : framework_.scheme.levels) out_.scheme_levels.push_back(level.name);
    const Sheet* summary = book.find(std::string(kSummary));
    if (!summary) {
      problems_.add(path_, no_sheet_message(book, kSummary,
                                            "a return written by `s11 run` "
                                            "(out/section11-return.xlsx)"));
    } else {
      read_summary(*summary);
    }
    if (const Sheet* impact = book.find(std::string(kImpact)); impact && summary) {
      out_.has_impact = true;
      read_impact(*impact);
    }
    problems_.throw_if_any();
    return std::move(out_);
  }

 private:
  std::string where(const Sheet& sheet, int row, int col) const {
    return path_ + ": " + sheet.name + "!" + xlsx::cell_name(row, col);
  }
  static std::string text(const Sheet& sheet, int row, int col) {
    return col < 0 ? std::string() : trim(xlsx::display_text(sheet.at(row, col)));
  }

  void read_summary(const Sheet& sheet) {
    const HeaderSearch search{
        {kStandardHeader, kAgencyHeader, kEvidenceHeader, kMetHeader, kEvidencedHeader},
        {kStandardHeader, kAgencyHeader},
        2,
        kHeaderSearchRows};
    const auto found = find_header_row(sheet, search);
    const int heading_rows = found ? found->row : std::min(sheet.row_count(), kHeaderSearchRows);
    for (int row = 0; row < heading_rows; ++row) read_heading(sheet, row);
    if (!found) {
      problems_.add(path_ + ": " + sheet.name,
                    no_header_row_message(search) + "; expected a return written by `s11 run`");
      return;
    }
    if (!require_columns(*found, search.headers, path_, sheet, problems_)) return;
    const HeaderRow& cols = *found;
    const int header_row = cols.row;

    std::map<std::string, int> rows;
    for (int row = header_row + 1; row < sheet.row_count(); ++row) {
      const int id_col = cols.column(kStandardHeader);
      std::string id = text(sheet, row, id_col);
      if (id.empty()) break;
      PreviousStandard standard;
      const bool overall = normalise(id) == normalise(kOverallLabel);
      std::string label;
      if (overall) {
        standard.id = std::string(kOverallLabel);
        label = "the overall rating";
      } else {
        if (!framework_.find_standard(id)) {
          problems_.add(where(sheet, row, id_col), unknown_standard_message(framework_, id));
          continue;
        }
        if (auto [it, fresh] = rows.emplace(id, row); !fresh) {
          problems_.add(where(sheet, row, id_col), given_twice("standard " + id, it->second));
          continue;
        }
        standard.id = id;
        label = "standard " + id;
      }
      standard.agency_rating = rating(sheet, row, cols.column(kAgencyHeader), kNotRated, label);
      standard.evidence_rating =
          rating(sheet, row, cols.column(kEvidenceHeader), kNotApplicable, label);
      standard.met_percent =
          percent(sheet, row, cols.column(kMetHeader), std::string(kMetHeader), label);
      standard.evidenced_percent =
          percent(sheet, row, cols.column(kEvidencedHeader), std::string(kEvidencedHeader), label);
      if (overall) {
        out_.overall = std::move(standard);
        break;
      }
      out_.standards.push_back(std::move(standard));
    }
  }

  /// The heading block above the table: "Organisation", "Period", "Audit date" in column A,
  /// the value in column B.
  void read_heading(const Sheet& sheet, int row) {
    std::string label = normalise(text(sheet, row, kLabelCol));
    if (label == normalise(kOrganisationLabel)) out_.organisation = text(sheet, row, kValueCol);
    if (label == normalise(kPeriodLabel)) out_.period = text(sheet, row, kValueCol);
    if (label == normalise(kAuditDateLabel)) {
      // A day, as every reader reads one; a month or quarter names no audit date.
      const ParsedDate parsed = parse_period_cell(sheet.at(row, kValueCol), date1904_);
      if (parsed.period && parsed.period->precision == DatePrecision::kDay) {
        out_.audit_date = parsed.period->first;
      }
    }
  }

  std::string rating(const Sheet& sheet, int row, int col, std::string_view none,
                     const std::string& label) {
    std::string value = text(sheet, row, col);
    if (normalise(value) == normalise(none)) return "";
    if (const RatingLevel* level = framework_.scheme.find(value)) return level->name;
    problems_.add(where(sheet, row, col),
                  "rating " + quoted(value) + " for " + label + " is not in the " +
                      framework_.scheme.name + "; expected " +
                      framework_.scheme.names_for_message() + ", or \"" + std::string(none) + "\"");
    return "";
  }

  std::optional<int> percent(const Sheet& sheet, int row, int col, const std::string& what,
                             const std::string& label) {
    const Cell& cell = sheet.at(row, col);
    std::string shown = text(sheet, row, col);
    if (normalise(shown) == kNotAvailable) return std::nullopt;
    std::optional<double> value;
    if (cell.type == CellType::kNumber) {
      value = cell.number * 100;
    } else if (!shown.empty() && shown.back() == '%') {
      int whole = 0;
      if (parse_int(shown.substr(0, shown.size() - 1), whole)) value = whole;
    }
    if (!value || *value < -0.5 || *value > 100.5) {
      problems_.add(where(sheet, row, col), what + " " + quoted(shown) + " for " + label +
                                                " is not a percentage; expected e.g. 83% or n/a");
      return std::nullopt;
    }
    return static_cast<int>(std::lround(*value));
  }

  std::optional<int> level(const Sheet& sheet, int row, int col, const std::string& label) {
    const Cell& cell = sheet.at(row, col);
    std::string shown = text(sheet, row, col);
    if (normalise(shown) == kNotAvailable) return std::nullopt;
    if (cell.type == CellType::kNumber && cell.number >= 0 && cell.number <= kMaxImpactLevel &&
        cell.number == std::floor(cell.number)) {
      return static_cast<int>(cell.number);
    }
    problems_.add(where(sheet, row, col), "operating level " + quoted(shown) + " of " + label +
                                              " is not 0, 1, 2, 3, 4 or n/a");
    return std::nullopt;
  }

  /// The Impact sheet: a table of focus areas (by title) and a table of standards, each with
  /// an "Operating level" column.
  void read_impact(const Sheet& sheet) {
    int area_row = -1;
    int standard_row = -1;
    for (int row = 0; row < sheet.row_count(); ++row) {
      std::string first = normalise(text(sheet, row, 0));
      if (area_row < 0 && first == normalise(kAreaHeader)) area_row = row;
      if (standard_row < 0 && first == normalise(kStandardHeader)) standard_row = row;
    }
    if (area_row < 0 || standard_row < 0) {
      problems_.add(path_ + ": " + sheet.name,
                    std::string("no header row starting \"") +
                        std::string(area_row < 0 ? kAreaHeader : kStandardHeader) +
                        "\"; expected the Impact sheet written by `s11 run`");
      return;
    }
    read_impact_table(sheet, area_row, true);
    read_impact_table(sheet, standard_row, false);
  }

  void read_impact_table(const Sheet& sheet, int header_row, bool areas) {
    const HeaderRow headers = header_row_at(sheet, header_row, {kOperatingHeader});
    if (!require_columns(headers, {kOperatingHeader}, path_, sheet, problems_)) return;
    const int level_col = headers.column(kOperatingHeader);
    std::map<std::string, int> rows;
    for (int row = header_row + 1; row < sheet.row_count(); ++row) {
      std::string name = text(sheet, row, 0);
      if (name.empty()) break;
      if (areas) {
        const FocusArea* area = nullptr;
        for (const auto& a : framework_.areas) {
          if (normalise(a.title) == normalise(name) || normalise(a.id) == normalise(name)) {
            area = &a;
          }
        }
        if (!area) {
          std::vector<std::string> titles;
          for (const auto& a : framework_.areas) titles.push_back(a.title);
          const std::string list = join(titles, ", ");
          problems_.add(where(sheet, row, 0), "unknown focus area " + quoted(name) +
                                                  "; expected a focus area of " + framework_.id +
                                                  " (" + list + ")");
          continue;
        }
        if (auto [it, fresh] = rows.emplace(area->id, row); !fresh) {
          problems_.add(where(sheet, row, 0),
                        given_twice("focus area " + quoted(name), it->second));
          continue;
        }
        out_.areas.push_back({area->id, level(sheet, row, level_col, "focus area " + name)});
      } else {
        if (!framework_.find_standard(name)) {
          problems_.add(where(sheet, row, 0), unknown_standard_message(framework_, name));
          continue;
        }
        if (auto [it, fresh] = rows.emplace(name, row); !fresh) {
          problems_.add(where(sheet, row, 0), given_twice("standard " + name, it->second));
          continue;
        }
        std::optional<int> found = level(sheet, row, level_col, "standard " + name);
        for (auto& standard : out_.standards) {
          if (standard.id == name) standard.operating_level = found;
        }
      }
    }
  }

  std::string path_;
  const Framework& framework_;
  bool date1904_ = false;
  PreviousReturn out_;
  ProblemList problems_;
};

}  // namespace

PreviousReturn read_previous_return(const std::string& path, const Framework& framework) {
  return Reader(path, framework).read();
}

}  // namespace s11
