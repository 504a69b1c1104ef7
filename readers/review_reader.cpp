#include "readers/review_reader.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "base/date_period.h"
#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "base/xlsx_reader.h"
#include "readers/audit_files.h"
#include "workbooks/review_workbook.h"

namespace s11 {
namespace {

namespace rw = review_workbook;
namespace fs = std::filesystem;
using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;

/// Header rows are looked for in the first rows only, below the reviewer's details.
constexpr int kHeaderSearchRows = 20;

class ReviewReader {
 public:
  ReviewReader(const std::string& path, const Framework& framework, ProblemList& problems)
      : path_(path), framework_(framework), problems_(problems) {}

  Review read() {
    Review review;
    review.path = path_;
    review.reviewer = fs::path(path_).stem().string();
    xlsx::Workbook book;
    try {
      book = read_spreadsheet(path_);
    } catch (const InputError& e) {
      problems_.add_all(e);
      return review;
    }
    date1904_ = book.date1904;
    const Sheet* sheet = book.find(std::string(rw::kReviewSheet));
    if (!sheet) {
      problems_.add(path_,
                    no_sheet_message(book, rw::kReviewSheet, "the workbook made by `s11 review`"));
      return review;
    }
    if (!find_columns(*sheet)) return review;
    read_details(*sheet, review);
    read_table(*sheet, review);
    return review;
  }

 private:
  std::string where(const Sheet& sheet, int row, int col) const {
    return path_ + ": " + sheet.name + "!" + xlsx::cell_name(row, col);
  }
  std::string text(const Sheet& sheet, int row, int col) const {
    return col < 0 ? std::string() : trim(xlsx::display_text(sheet.at(row, col)));
  }
  int col(std::string_view header) const { return columns_.column(header); }

  bool find_columns(const Sheet& sheet) {
    const HeaderSearch search{
        {rw::kHeaders.begin(), rw::kHeaders.end()}, {rw::kStandardHeader}, 1, kHeaderSearchRows};
    auto found = find_header_row(sheet, search);
    if (!found) {
      problems_.add(path_ + ": " + sheet.name, no_header_row_message(search));
      return false;
    }
    header_row_ = found->row;
    columns_ = std::move(*found);
    return require_columns(
        columns_, {rw::kAreaHeader, rw::kStandardHeader, rw::kLevelHeader, rw::kRatingHeader},
        path_, sheet, problems_);
  }

  /// The cell right of the label `label` above the table, as (row, col); nothing when absent.
  std::optional<std::pair<int, int>> labelled(const Sheet& sheet, std::string_view label) const {
    for (int row = 0; row < header_row_; ++row) {
      for (const auto& [position, cell] : sheet.row_cells(row)) {
        if (normalise(xlsx::display_text(cell)) == normalise(label)) {
          return std::make_pair(row, position.second + 1);
        }
      }
    }
    return std::nullopt;
  }

  void missing_label(const Sheet& sheet, std::string_view label) {
    problems_.add(path_ + ": " + sheet.name,
                  "no \"" + std::string(label) +
                      "\" label above the table; expected the workbook made by `s11 review`");
  }

  void read_details(const Sheet& sheet, Review& review) {
    if (auto at = labelled(sheet, rw::kReviewerLabel)) {
      std::string name = text(sheet, at->first, at->second);
      if (!name.empty()) review.reviewer = name;
    } else {
      missing_label(sheet, rw::kReviewerLabel);
    }
    if (auto at = labelled(sheet, rw::kRoleLabel)) {
      std::string role = text(sheet, at->first, at->second);
      if (auto parsed = parse_role(role)) {
        review.role = *parsed;
      } else if (role.empty()) {
        problems_.add(where(sheet, at->first, at->second),
                      "the reviewer's role is blank; expected peer or independent");
      } else {
        problems_.add(where(sheet, at->first, at->second),
                      "role " + s11::quoted(role) + " is not peer or independent");
      }
    } else {
      missing_label(sheet, rw::kRoleLabel);
    }
    if (auto at = labelled(sheet, rw::kDateLabel)) read_date(sheet, at->first, at->second, review);
  }

  void read_date(const Sheet& sheet, int row, int c, Review& review) {
    const Cell& cell = sheet.at(row, c);
    std::string shown = trim(xlsx::display_text(cell));
    if (shown.empty()) return;
    const ParsedDate parsed = parse_period_cell(cell, date1904_);
    if (!parsed.period) {
      problems_.add(where(sheet, row, c),
                    "date " + s11::quoted(shown) + " of the review " + parsed.problem);
      return;
    }
    review.date = parsed.period;
  }

  void read_table(const Sheet& sheet, Review& review) {
    const int area_col = col(rw::kAreaHeader);
    const int standard_col = col(rw::kStandardHeader);
    const int level_col = col(rw::kLevelHeader);
    const int rating_col = col(rw::kRatingHeader);
    const int rationale_col = col(rw::kRationaleHeader);
    const int recommendation_col = col(rw::kRecommendationHeader);
    for (const auto& [position, cell] : sheet.cells) {
      const int c = position.second;
      if (!cell.uncached_formula || position.first <= header_row_) continue;
      if (c == level_col || c == rating_col || c == rationale_col || c == recommendation_col) {
        problems_.add(where(sheet, position.first, c), uncached_formula_message());
      }
    }
    std::map<std::string, int> standard_rows;
    std::map<std::string, int> area_rows;
    for (int row = header_row_ + 1; row < sheet.row_count(); ++row) {
      std::string standard_id = text(sheet, row, standard_col);
      std::string area_id = text(sheet, row, area_col);
      std::string level = text(sheet, row, level_col);
      std::string rating = text(sheet, row, rating_col);
      ReviewJudgement judgement;
      judgement.row = row;
      judgement.rationale = text(sheet, row, rationale_col);
      judgement.recommendation = text(sheet, row, recommendation_col);
      bool given = !level.empty() || !rating.empty() || !judgement.rationale.empty() ||
                   !judgement.recommendation.empty();
      if (!standard_id.empty()) {
        const Standard* standard = framework_.find_standard(standard_id);
        if (!standard) {
          problems_.add(where(sheet, row, standard_col),
                        unknown_standard_message(framework_, standard_id));
          continue;
        }
        if (auto [it, fresh] = standard_rows.emplace(standard_id, row); !fresh) {
          problems_.add(where(sheet, row, standard_col),
                        given_twice("standard " + standard_id, it->second));
          continue;
        }
        const std::string what = "standard " + standard_id;
        judgement.impact_level = parse_level(sheet, row, level_col, level, what);
        judgement.rating = parse_rating(sheet, row, rating_col, rating, what);
        if (given) review.standards[standard_id] = judgement;
      } else if (!area_id.empty()) {
        const FocusArea* area = framework_.find_area(area_id);
        if (!area) {
          std::vector<std::string> ids;
          for (const auto& a : framework_.areas) ids.push_back(a.id);
          problems_.add(where(sheet, row, area_col), "unknown focus area " + s11::quoted(area_id) +
                                                         "; expected one of " +
                                                         join_list(ids, "or"));
          continue;
        }
        if (auto [it, fresh] = area_rows.emplace(area_id, row); !fresh) {
          problems_.add(where(sheet, row, area_col),
                        given_twice("focus area " + area_id, it->second));
          continue;
        }
        judgement.impact_level = parse_level(sheet, row, level_col, level, "focus area " + area_id);
        if (!rating.empty()) {
          problems_.add(where(sheet, row, rating_col),
                        "rating " + s11::quoted(rating) + " is on the row of focus area " +
                            area_id + "; give moderated ratings on the standards' rows");
        }
        if (given) review.areas[area_id] = judgement;
      } else if (given) {
        problems_.add(where(sheet, row, standard_col),
                      "a judgement on a row with no standard or focus area; keep judgements on "
                      "the rows of the workbook made by `s11 review`");
      }
    }
    warn_unrated(sheet, review, standard_rows, rating_col);
  }

  /// A reviewer who moderated some standards but left others blank has most likely missed
  /// them: the agency's rating of those stands unmoderated.
  void warn_unrated(const Sheet& sheet, Review& review,
                    const std::map<std::string, int>& standard_rows, int rating_col) {
    int rated = 0;
    for (const auto& [id, judgement] : review.standards) rated += judgement.rating ? 1 : 0;
    if (rated == 0 || rating_col < 0) return;
    for (const auto& standard : framework_.standards) {
      auto row = standard_rows.find(standard.id);
      if (row == standard_rows.end() || !text(sheet, row->second, rating_col).empty()) continue;
      review.warnings.push_back(where(sheet, row->second, rating_col) + ": standard " +
                                standard.id + " has no moderated rating, while " +
                                std::to_string(rated) +
                                (rated == 1 ? " standard has" : " standards have") +
                                " one; its agency rating stands unmoderated");
    }
  }

  int parse_level(const Sheet& sheet, int row, int c, const std::string& level,
                  const std::string& what) {
    if (level.empty()) return 0;
    std::string t = normalise(level);
    if (t.rfind("level", 0) == 0) t = trim(t.substr(5));
    int value = 0;
    if (!parse_int(t, value) || value < 1 || value > 4) {
      problems_.add(where(sheet, row, c),
                    "impact level " + s11::quoted(level) + " for " + what + " is not 1, 2, 3 or 4");
      return 0;
    }
    return value;
  }

  const RatingLevel* parse_rating(const Sheet& sheet, int row, int c, const std::string& rating,
                                  const std::string& what) {
    if (rating.empty()) return nullptr;
    if (const RatingLevel* level = framework_.scheme.find(rating)) return level;
    problems_.add(where(sheet, row, c), "moderated rating " + s11::quoted(rating) + " for " + what +
                                            " is not in the " + framework_.scheme.name +
                                            "; expected " + framework_.scheme.names_for_message());
    return nullptr;
  }

  std::string path_;
  const Framework& framework_;
  ProblemList& problems_;
  bool date1904_ = false;
  int header_row_ = -1;
  HeaderRow columns_;
};

}  // namespace

Review read_review_workbook(const std::string& path, const Framework& framework) {
  ProblemList problems;
  Review review = ReviewReader(path, framework, problems).read();
  problems.throw_if_any();
  return review;
}

std::vector<Review> read_reviews(const std::string& reviews_dir, const Framework& framework,
                                 std::vector<std::string>* warnings) {
  ReviewFiles listed = list_review_files(reviews_dir);
  const std::vector<std::string>& files = listed.workbooks;
  if (warnings) {
    warnings->insert(warnings->end(), listed.warnings.begin(), listed.warnings.end());
  }

  ProblemList problems;
  std::vector<Review> reviews;
  std::map<std::string, std::string> reviewer_files;
  for (const auto& file : files) {
    std::size_t before = problems.size();
    Review review = ReviewReader(file, framework, problems).read();
    if (problems.size() != before) continue;
    auto [it, fresh] = reviewer_files.emplace(normalise(review.reviewer), file);
    if (!fresh) {
      problems.add(file, "reviewer " + s11::quoted(review.reviewer) + " also made " + it->second +
                             "; give each reviewer a different name in the Reviewer cell");
      continue;
    }
    reviews.push_back(std::move(review));
  }
  problems.throw_if_any();
  return reviews;
}

}  // namespace s11
