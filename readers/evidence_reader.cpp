#include "readers/evidence_reader.h"

#include <map>
#include <optional>
#include <set>

#include "base/date_period.h"
#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "base/xlsx_reader.h"
#include "workbooks/evidence_workbook.h"

namespace s11 {
namespace {

namespace ew = evidence_workbook;

constexpr std::string_view kMadeByNew = "the workbook made by `s11 new`";
using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;

/// A number in a date column without a date format is taken as an Excel serial only when it
/// names a day in or after this year.
constexpr int kEarliestPlainSerialYear = 1990;

/// A typed "Mon-YY" misread by LibreOffice is suggested only for years this close before the
/// audit's: evidence of 2001 for a 2015 audit is not a likely meaning of "Feb-01".
constexpr int kTypedYearsBack = 10;

/// Header rows are looked for in the first rows only, so a title block above them is fine (on
/// the Self-assessment sheet, the instructions and the rating key: a row per level).
constexpr int kHeaderSearchRows = 40;

class Reader {
 public:
  Reader(const std::string& path, const Framework& framework, const Date& audit_date)
      : path_(path), framework_(framework), audit_date_(audit_date) {}

  EvidenceWorkbook read() {
    xlsx::Workbook book = read_spreadsheet(path_);
    date1904_ = book.date1904;
    const Sheet* self = book.find(std::string(ew::kSelfAssessmentSheet));
    const Sheet* register_sheet = book.find(std::string(ew::kEvidenceSheet));
    if (!self) {
      problems_.add(path_, no_sheet_message(book, ew::kSelfAssessmentSheet, kMadeByNew));
    } else {
      read_self_assessment(*self);
    }
    if (!register_sheet) {
      problems_.add(path_, no_sheet_message(book, ew::kEvidenceSheet, kMadeByNew));
    } else {
      read_register(*register_sheet);
    }
    problems_.throw_if_any();
    return std::move(out_);
  }

 private:
  std::string where(const Sheet& sheet, int row, int col) const {
    return path_ + ": " + sheet.name + "!" + xlsx::cell_name(row, col);
  }
  std::string text(const Sheet& sheet, int row, int col) const {
    return col < 0 ? std::string() : trim(xlsx::display_text(sheet.at(row, col)));
  }

  /// Formulas whose results were never saved read as blank: say so rather than guess.
  void check_formulas(const Sheet& sheet, const HeaderRow& cols) {
    for (const auto& [position, cell] : sheet.cells) {
      if (!cell.uncached_formula || position.first <= cols.row) continue;
      bool used = false;
      for (int c : cols.columns) used |= c == position.second;
      if (!used) continue;
      problems_.add(where(sheet, position.first, position.second), uncached_formula_message());
    }
  }

  template <std::size_t N>
  std::optional<HeaderRow> columns(const Sheet& sheet,
                                   const std::array<std::string_view, N>& headers,
                                   std::string_view key_header,
                                   const std::vector<std::string_view>& required) {
    const HeaderSearch search{{headers.begin(), headers.end()}, {key_header}, 1, kHeaderSearchRows};
    auto found = find_header_row(sheet, search);
    if (!found) {
      problems_.add(path_ + ": " + sheet.name, no_header_row_message(search));
      return std::nullopt;
    }
    if (!require_columns(*found, required, path_, sheet, problems_)) return std::nullopt;
    return found;
  }

  void read_self_assessment(const Sheet& sheet) {
    auto cols = columns(sheet, ew::kSelfAssessmentHeaders, ew::kPointHeader,
                        {ew::kStandardHeader, ew::kPointHeader, ew::kStatusHeader,
                         ew::kAgencyRatingHeader, ew::kJustificationHeader});
    if (!cols) return;
    check_formulas(sheet, *cols);
    auto col = [&](std::string_view header) { return cols->column(header); };
    const int standard_col = col(ew::kStandardHeader);
    const int point_col = col(ew::kPointHeader);
    const int status_col = col(ew::kStatusHeader);
    const int rating_col = col(ew::kAgencyRatingHeader);
    const int justification_col = col(ew::kJustificationHeader);
    const int comments_col = col(ew::kCommentsHeader);
    const Framework& framework = framework_;

    std::map<std::string, int> point_rows;
    std::map<std::string, int> standard_rows;
    std::vector<Blank> unrated;
    std::optional<int> overall_unrated;
    for (int row = cols->row + 1; row < sheet.row_count(); ++row) {
      std::string point_id = text(sheet, row, point_col);
      std::string standard_id = text(sheet, row, standard_col);
      if (!point_id.empty()) {
        if (std::string stray = text(sheet, row, rating_col); !stray.empty()) {
          problems_.add(where(sheet, row, rating_col),
                        "rating " + quoted(stray) + " is on the row of point " + point_id +
                            "; give ratings on the standard's own row, above its points");
        }
        read_point_row(sheet, row, point_id, point_col, status_col, justification_col, comments_col,
                       point_rows);
      } else if (!standard_id.empty()) {
        if (std::string stray = text(sheet, row, status_col); !stray.empty()) {
          problems_.add(where(sheet, row, status_col),
                        "status " + quoted(stray) +
                            " is on a standard's row; give a status on "
                            "each point's row and the standard's rating under \"Agency rating\"");
        }
        std::string rating = text(sheet, row, rating_col);
        if (normalise(standard_id) == normalise(ew::kOverallRowLabel)) {
          if (rating.empty()) overall_unrated = row;
          if (check_rating(sheet, row, rating_col, rating, "the overall rating")) {
            out_.agency_overall_rating = rating;
          }
          continue;
        }
        const Standard* standard = framework.find_standard(standard_id);
        if (!standard) {
          problems_.add(where(sheet, row, standard_col),
                        unknown_standard_message(framework, standard_id));
          continue;
        }
        if (auto [it, fresh] = standard_rows.emplace(standard_id, row); !fresh) {
          problems_.add(where(sheet, row, standard_col),
                        given_twice("standard " + standard_id, it->second));
          continue;
        }
        if (rating.empty()) unrated.push_back({standard_id, row});
        if (check_rating(sheet, row, rating_col, rating, "standard " + standard_id)) {
          out_.agency_ratings[standard_id] = rating;
        }
      }
    }
    std::vector<std::string> unanswered;
    for (const auto& standard : framework.standards) {
      for (const auto& point : standard.points) {
        auto it = out_.assessments.find(point.id);
        if (it != out_.assessments.end() && it->second.status == PointStatus::kNotAnswered) {
          unanswered.push_back(point.id);
        }
        if (it != out_.assessments.end() && point.essential &&
            it->second.status == PointStatus::kNotApplicable) {
          out_.warnings.push_back(where(sheet, point_rows.at(point.id), status_col) +
                                  ": essential point " + point.id +
                                  " is marked Not applicable; expect the board to challenge "
                                  "this");
        }
        if (!point_rows.count(point.id)) {
          problems_.add(path_ + ": " + sheet.name,
                        "no row for point " + point.id + " (" + quoted(point.requirement) +
                            "); expected one row per point of " + framework.id);
        }
      }
    }
    if (!unanswered.empty()) {
      const std::string list = join_at_most(unanswered, 10);
      out_.warnings.push_back(path_ + ": " + sheet.name + ": " + std::to_string(unanswered.size()) +
                              (unanswered.size() == 1 ? " point has" : " points have") +
                              " no status (" + list + "); they count as not met");
    }
    const std::string expected = "expected " + framework.scheme.names_for_message();
    warn_blank(sheet, rating_col, unrated, "standard", "standards", "has no rating",
               "have no rating", expected + " (the return says \"No agency rating given\")");
    if (overall_unrated) {
      out_.warnings.push_back(where(sheet, *overall_unrated, rating_col) +
                              ": the overall rating is blank; " + expected);
    }
  }

  /// A blank required cell, by what it belongs to ("4", "E01") and its row.
  struct Blank {
    std::string label;
    int row = 0;
  };

  /// One warning for blank cells of column `col`: located when there is one, else a list
  /// ("3 standards have no rating (1 in F5, 2 in F13, 4 in F26)"), so a new workbook gets one
  /// line, not one per row.
  void warn_blank(const Sheet& sheet, int col, const std::vector<Blank>& blanks,
                  const std::string& one, const std::string& many, const std::string& has,
                  const std::string& have, const std::string& then) {
    if (blanks.empty()) return;
    if (blanks.size() == 1) {
      out_.warnings.push_back(where(sheet, blanks[0].row, col) + ": " + one + " " +
                              blanks[0].label + " " + has + "; " + then);
      return;
    }
    std::vector<std::string> where_each;
    for (const auto& blank : blanks) {
      where_each.push_back(blank.label + " in " + xlsx::cell_name(blank.row, col));
    }
    out_.warnings.push_back(path_ + ": " + sheet.name + ": " + std::to_string(blanks.size()) + " " +
                            many + " " + have + " (" + join_at_most(where_each, 10) + "); " + then);
  }

  void read_point_row(const Sheet& sheet, int row, const std::string& point_id, int point_col,
                      int status_col, int justification_col, int comments_col,
                      std::map<std::string, int>& point_rows) {
    const Framework& framework = framework_;
    if (!framework.find_point(point_id)) {
      problems_.add(where(sheet, row, point_col),
                    "unknown point " + quoted(point_id) + "; expected a point id of " +
                        framework.id + " such as " + framework.standards.front().points.front().id);
      return;
    }
    if (auto [it, fresh] = point_rows.emplace(point_id, row); !fresh) {
      problems_.add(where(sheet, row, point_col), given_twice("point " + point_id, it->second));
      return;
    }
    PointAssessment assessment;
    std::string status = text(sheet, row, status_col);
    auto parsed = parse_status(status);
    if (!parsed) {
      problems_.add(where(sheet, row, status_col),
                    "status " + quoted(status) + " for point " + point_id +
                        " is not one of Met, Partly met, Not met or Not applicable");
    } else {
      assessment.status = *parsed;
    }
    assessment.justification = text(sheet, row, justification_col);
    assessment.comments = text(sheet, row, comments_col);
    if (assessment.status == PointStatus::kNotApplicable && assessment.justification.empty()) {
      problems_.add(where(sheet, row, justification_col),
                    "point " + point_id +
                        " is Not applicable but has no justification; say why it does not "
                        "apply to this agency");
    }
    out_.assessments[point_id] = assessment;
  }

  static std::optional<PointStatus> parse_status(const std::string& text) {
    std::string t = normalise(text);
    if (t.empty()) return PointStatus::kNotAnswered;
    if (t == "met") return PointStatus::kMet;
    if (t == "partly met" || t == "partially met" || t == "partly") return PointStatus::kPartlyMet;
    if (t == "not met") return PointStatus::kNotMet;
    if (t == "not applicable" || t == "n/a" || t == "na") return PointStatus::kNotApplicable;
    return std::nullopt;
  }

  bool check_rating(const Sheet& sheet, int row, int col, const std::string& rating,
                    const std::string& what) {
    if (rating.empty()) return false;
    if (framework_.scheme.find(rating)) return true;
    problems_.add(where(sheet, row, col), "rating " + quoted(rating) + " for " + what +
                                              " is not in the " + framework_.scheme.name +
                                              "; expected " +
                                              framework_.scheme.names_for_message());
    return false;
  }

  void read_register(const Sheet& sheet) {
    auto cols = columns(sheet, ew::kEvidenceHeaders, ew::kEvidenceIdHeader,
                        {ew::kEvidenceIdHeader, ew::kTitleHeader, ew::kTypeHeader, ew::kDateHeader,
                         ew::kPointsHeader});
    if (!cols) return;
    check_formulas(sheet, *cols);
    auto col = [&](std::string_view header) { return cols->column(header); };
    std::map<std::string, int> id_rows;
    for (int row = cols->row + 1; row < sheet.row_count(); ++row) {
      bool blank = true;
      for (int c : cols->columns) {
        if (!text(sheet, row, c).empty()) blank = false;
      }
      if (blank) continue;

      EvidenceItem item;
      const int id_col = col(ew::kEvidenceIdHeader);
      item.id = text(sheet, row, id_col);
      if (item.id.empty()) {
        problems_.add(where(sheet, row, id_col),
                      "evidence has no ID; expected a unique ID such as E01");
      } else if (auto [it, fresh] = id_rows.emplace(item.id, row); !fresh) {
        problems_.add(where(sheet, row, id_col),
                      given_twice("evidence ID " + quoted(item.id), it->second));
      }
      std::string label = item.id.empty() ? "row " + std::to_string(row + 1) : item.id;

      const int title_col = col(ew::kTitleHeader);
      item.title = text(sheet, row, title_col);
      if (item.title.empty()) {
        problems_.add(where(sheet, row, title_col), "evidence " + label + " has no title");
      }
      read_type(sheet, row, col(ew::kTypeHeader), label, item);
      read_date(sheet, row, col(ew::kDateHeader), label, item);
      item.owner = text(sheet, row, col(ew::kOwnerHeader));
      item.location = text(sheet, row, col(ew::kLocationHeader));
      read_points(sheet, row, col(ew::kPointsHeader), label, item);
      read_shows(sheet, row, col(ew::kShowsHeader), label, item);
      read_impact(sheet, row, col(ew::kImpactHeader), label, item);
      read_best_practice(sheet, row, col(ew::kBestPracticeHeader), label, item);
      out_.evidence.push_back(std::move(item));
    }
    warn_blank(sheet, col(ew::kImpactHeader), unlevelled_, "evidence", "items",
               "has no impact level", "have no impact level",
               "expected 1, 2, 3 or 4 (an item without one counts towards no level of the impact "
               "model)");
  }

  void read_type(const Sheet& sheet, int row, int col, const std::string& label,
                 EvidenceItem& item) {
    std::string type = text(sheet, row, col);
    for (auto allowed : ew::kEvidenceTypes) {
      if (normalise(type) == normalise(allowed)) {
        item.type = std::string(allowed);
        return;
      }
    }
    const std::string list =
        join(std::vector<std::string>(ew::kEvidenceTypes.begin(), ew::kEvidenceTypes.end()), ", ");
    problems_.add(where(sheet, row, col),
                  "type " + quoted(type) + " of evidence " + label + " is not one of: " + list);
  }

  void read_date(const Sheet& sheet, int row, int col, const std::string& label,
                 EvidenceItem& item) {
    const Cell& cell = sheet.at(row, col);
    const std::string shown = trim(xlsx::display_text(cell));
    if (shown.empty()) {
      problems_.add(where(sheet, row, col), "evidence " + label +
                                                " has no date; expected the day or month it was "
                                                "made or last reviewed, e.g. 31/03/2015 or "
                                                "March 2015");
      return;
    }
    const ParsedDate parsed = parse_period_cell(cell, date1904_);
    if (!parsed.period) {
      problems_.add(where(sheet, row, col),
                    "date " + quoted(shown) + " of evidence " + label + " " + parsed.problem);
      return;
    }
    const DatePeriod& date = *parsed.period;
    if (cell.type == CellType::kNumber && !cell.date_format &&
        date.first.year < kEarliestPlainSerialYear) {
      // A bare number such as 2015 is a year typed into a General cell, not the day in 1905
      // its serial would name.
      problems_.add(where(sheet, row, col), "date " + quoted(shown) + " of evidence " + label +
                                                " is a number, not a date; " +
                                                std::string(kDateHint));
      return;
    }
    if (date.first > audit_date_) {
      problems_.add(where(sheet, row, col),
                    "date " + date.words() + " of evidence " + label + " is after the audit date " +
                        audit_date_.long_text() + typed_month_hint(cell, date));
    }
    item.date = date;
  }

  /// The hint for a real date that looks like LibreOffice's reading of a typed "Mon-YY"
  /// (base/date_period.h; tests/data/e2e/evidence-typed-mar-15.xlsx).
  std::string typed_month_hint(const Cell& cell, const DatePeriod& date) const {
    if (cell.type == CellType::kString || date.precision != DatePrecision::kDay) return "";
    return s11::typed_month_hint(date.first, audit_date_.year - kTypedYearsBack, audit_date_.year);
  }

  void read_points(const Sheet& sheet, int row, int col, const std::string& label,
                   EvidenceItem& item) {
    std::string list = text(sheet, row, col);
    std::set<std::string> seen;
    for (const auto& id : split_list(list, ",; \n")) {
      if (!framework_.find_point(id)) {
        problems_.add(where(sheet, row, col), "evidence " + label + " supports unknown point " +
                                                  quoted(id) + "; expected point ids of " +
                                                  framework_.id +
                                                  " separated by commas, e.g. 1.2, 5.3");
      } else if (seen.insert(id).second) {
        item.points.push_back(id);
        auto it = out_.assessments.find(id);
        if (it != out_.assessments.end() && it->second.status == PointStatus::kNotApplicable) {
          out_.warnings.push_back(where(sheet, row, col) + ": evidence " + label +
                                  " supports point " + id + ", which is marked Not applicable");
        }
      }
    }
    if (list.empty()) {
      problems_.add(where(sheet, row, col),
                    "evidence " + label +
                        " supports no point; expected the point ids it evidences, e.g. 1.2, 5.3");
    }
  }

  void read_impact(const Sheet& sheet, int row, int col, const std::string& label,
                   EvidenceItem& item) {
    std::string level = text(sheet, row, col);
    if (level.empty()) {
      // A contradicting item counts towards no level anyway (engine/impact.h).
      if (col >= 0 && item.shows != EvidenceShows::kContradicts) {
        unlevelled_.push_back({label, row});
      }
      return;
    }
    std::string t = normalise(level);
    if (t.rfind("level", 0) == 0) t = trim(t.substr(5));
    int value = 0;
    if (!parse_int(t, value) || value < 1 || value > 4) {
      problems_.add(where(sheet, row, col), "impact level " + quoted(level) + " of evidence " +
                                                label + " is not 1, 2, 3 or 4");
      return;
    }
    item.impact_level = value;
  }

  /// Blank is Supports; the drop-down's words and their obvious variants are accepted.
  void read_shows(const Sheet& sheet, int row, int col, const std::string& label,
                  EvidenceItem& item) {
    const std::string written = text(sheet, row, col);
    const std::string t = normalise(written);
    if (t.empty() || t == "supports" || t == "support" || t == "supported") return;
    if (t == "partly" || t == "partial" || t == "partly supports" || t == "in part") {
      item.shows = EvidenceShows::kPartly;
      return;
    }
    if (t == "contradicts" || t == "contradict" || t == "contradicted") {
      item.shows = EvidenceShows::kContradicts;
      return;
    }
    problems_.add(where(sheet, row, col),
                  "Shows " + quoted(written) + " of evidence " + label +
                      " is not Supports, Partly or Contradicts (blank means Supports)");
  }

  void read_best_practice(const Sheet& sheet, int row, int col, const std::string& label,
                          EvidenceItem& item) {
    const Cell& cell = sheet.at(row, col);
    if (cell.type == CellType::kBoolean) {
      item.best_practice = cell.boolean;
      return;
    }
    std::string t = normalise(text(sheet, row, col));
    if (t.empty() || t == "no" || t == "n" || t == "false") return;
    if (t == "yes" || t == "y" || t == "true") {
      item.best_practice = true;
      return;
    }
    problems_.add(where(sheet, row, col), "best-practice answer " + quoted(text(sheet, row, col)) +
                                              " of evidence " + label + " is not Yes or No");
  }

  std::string path_;
  const Framework& framework_;
  Date audit_date_;
  EvidenceWorkbook out_;
  std::vector<Blank> unlevelled_;  ///< Register items with a blank impact level.
  bool date1904_ = false;
  ProblemList problems_;
};

}  // namespace

EvidenceWorkbook read_evidence_workbook(const std::string& path, const Framework& framework,
                                        const Date& audit_date) {
  return Reader(path, framework, audit_date).read();
}

}  // namespace s11
