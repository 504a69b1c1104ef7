#include "engine/review.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <set>

#include "engine/errors.h"
#include "engine/scoring.h"
#include "engine/text.h"
#include "engine/xlsx_reader.h"

namespace s11 {
namespace {

namespace rw = review_workbook;
namespace fs = std::filesystem;
using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;

/// Header rows are looked for in the first rows only, below the reviewer's details.
constexpr int kHeaderSearchRows = 20;
constexpr std::size_t kFileStemMax = 80;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Problems of every review workbook, in reading order. Like ProblemList, but also takes the
/// xlsx reader's problems, which arrive already formatted.
struct Problems {
  std::vector<std::string> lines;
  void add(const std::string& where, const std::string& message) {
    lines.push_back(where + ": " + message);
  }
};

class ReviewReader {
 public:
  ReviewReader(const std::string& path, const Framework& framework, Problems& problems)
      : path_(path), framework_(framework), problems_(problems) {}

  Review read() {
    Review review;
    review.path = path_;
    review.reviewer = fs::path(path_).stem().string();
    xlsx::Workbook book;
    try {
      book = xlsx::read_workbook(path_);
    } catch (const InputError& e) {
      for (const auto& problem : e.problems()) problems_.lines.push_back(problem);
      return review;
    }
    date1904_ = book.date1904;
    const Sheet* sheet = book.find(std::string(rw::kReviewSheet));
    if (!sheet) {
      problems_.add(path_, "no sheet named \"" + std::string(rw::kReviewSheet) +
                               "\"; expected the workbook made by `s11 review`");
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
  int col(std::string_view header) const {
    auto it = columns_.find(header);
    return it == columns_.end() ? -1 : it->second;
  }

  bool find_columns(const Sheet& sheet) {
    for (int row = 0; row < std::min(sheet.row_count(), kHeaderSearchRows); ++row) {
      std::map<std::string_view, int> found;
      for (int c = 0; c < sheet.column_count(); ++c) {
        std::string t = normalise(xlsx::display_text(sheet.at(row, c)));
        for (auto header : rw::kHeaders) {
          if (t == normalise(header) && !found.count(header)) found[header] = c;
        }
      }
      if (!found.count(rw::kStandardHeader)) continue;
      header_row_ = row;
      columns_ = found;
      bool complete = true;
      for (auto header : {rw::kAreaHeader, rw::kStandardHeader, rw::kLevelHeader,
                          rw::kRatingHeader}) {
        if (!found.count(header)) {
          problems_.add(path_ + ": " + sheet.name + "!" + std::to_string(row + 1),
                        "no \"" + std::string(header) + "\" column in the header row");
          complete = false;
        }
      }
      return complete;
    }
    problems_.add(path_ + ": " + sheet.name,
                  "no header row with a \"" + std::string(rw::kStandardHeader) +
                      "\" column in the first " + std::to_string(kHeaderSearchRows) + " rows");
    return false;
  }

  /// The cell right of the label `label` above the table, as (row, col); nothing when absent.
  std::optional<std::pair<int, int>> labelled(const Sheet& sheet, std::string_view label) const {
    for (int row = 0; row < header_row_; ++row) {
      for (int c = 0; c < sheet.column_count(); ++c) {
        if (normalise(xlsx::display_text(sheet.at(row, c))) == normalise(label)) {
          return std::make_pair(row, c + 1);
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
    std::optional<Date> date;
    if (cell.type == CellType::kNumber) {
      date = from_excel_serial(cell.number, date1904_);
    } else if (cell.type == CellType::kDate) {
      date = parse_date_text(cell.text.substr(0, 10));
    } else if (cell.type == CellType::kString) {
      date = parse_date_text(cell.text);
    }
    if (!date) {
      problems_.add(where(sheet, row, c), "date " + s11::quoted(shown) +
                                              " of the review is not a date; expected a date "
                                              "such as 20/11/2015 or 2015-11-20");
      return;
    }
    review.date = date;
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
        problems_.add(where(sheet, position.first, c),
                      "a formula whose result was never saved; open the workbook in Excel or "
                      "LibreOffice Calc and save it, or type the value");
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
                        "unknown standard " + s11::quoted(standard_id) + "; expected a standard of " +
                            framework_.id + " (" + framework_.standards.front().id + " to " +
                            framework_.standards.back().id + ")");
          continue;
        }
        if (auto [it, fresh] = standard_rows.emplace(standard_id, row); !fresh) {
          problems_.add(where(sheet, row, standard_col),
                        "standard " + standard_id + " appears twice (first in row " +
                            std::to_string(it->second + 1) + ")");
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
          problems_.add(where(sheet, row, area_col),
                        "unknown focus area " + s11::quoted(area_id) + "; expected one of " +
                            join_or(ids));
          continue;
        }
        if (auto [it, fresh] = area_rows.emplace(area_id, row); !fresh) {
          problems_.add(where(sheet, row, area_col),
                        "focus area " + area_id + " appears twice (first in row " +
                            std::to_string(it->second + 1) + ")");
          continue;
        }
        judgement.impact_level = parse_level(sheet, row, level_col, level, "focus area " + area_id);
        if (!rating.empty()) {
          problems_.add(where(sheet, row, rating_col),
                        "rating " + s11::quoted(rating) + " is on the row of focus area " + area_id +
                            "; give moderated ratings on the standards' rows");
        }
        if (given) review.areas[area_id] = judgement;
      } else if (given) {
        problems_.add(where(sheet, row, standard_col),
                      "a judgement on a row with no standard or focus area; keep judgements on "
                      "the rows of the workbook made by `s11 review`");
      }
    }
  }

  static std::string join_or(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += i + 1 == items.size() ? " or " : ", ";
      out += items[i];
    }
    return out;
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
  Problems& problems_;
  bool date1904_ = false;
  int header_row_ = -1;
  std::map<std::string_view, int> columns_;
};

/// A proportion as a whole percentage that never shows 100 unless all, nor 0 unless none.
int percent_of(double fraction) {
  long value = std::lround(fraction * 100.0);
  if (value >= 100 && fraction < 1.0) value = 99;
  if (value <= 0 && fraction > 0.0) value = 1;
  return static_cast<int>(value);
}

AgreementSummary summarise(const std::vector<PairAgreement>& pairs,
                           Agreement PairAgreement::*which) {
  AgreementSummary summary;
  summary.pairs = static_cast<int>(pairs.size());
  summary.exact = kNaN;
  summary.kappa = kNaN;
  if (pairs.size() == 1) {
    const Agreement& a = pairs.front().*which;
    summary.compared = a.compared;
    summary.agreed = a.agreed;
    summary.exact = a.exact();
    summary.kappa = a.kappa;
    return summary;
  }
  double exact_sum = 0;
  double kappa_sum = 0;
  int exact_n = 0;
  int kappa_n = 0;
  for (const auto& pair : pairs) {
    const Agreement& a = pair.*which;
    summary.compared += a.compared;
    summary.agreed += a.agreed;
    if (a.compared > 0) {
      exact_sum += a.exact();
      ++exact_n;
    }
    if (!std::isnan(a.kappa)) {
      kappa_sum += a.kappa;
      ++kappa_n;
    }
  }
  if (exact_n > 0) summary.exact = exact_sum / exact_n;
  if (kappa_n > 0) summary.kappa = kappa_sum / kappa_n;
  return summary;
}

}  // namespace

std::string role_label(ReviewerRole role) {
  return role == ReviewerRole::kIndependent ? "independent" : "peer";
}

std::optional<ReviewerRole> parse_role(std::string_view text) {
  std::string t = normalise(text);
  if (t == "peer" || t == "peer reviewer") return ReviewerRole::kPeer;
  if (t == "independent" || t == "independent reviewer") return ReviewerRole::kIndependent;
  return std::nullopt;
}

std::string review_file_stem(const std::string& reviewer) {
  std::string out;
  for (char c : trim(reviewer)) {
    auto u = static_cast<unsigned char>(c);
    bool unsafe = u < 0x20 || u == 0x7F || std::string_view("/\\:*?\"<>|").find(c) !=
                                                std::string_view::npos;
    out += unsafe ? '-' : c;
  }
  std::size_t start = out.find_first_not_of(".~ ");
  out = start == std::string::npos ? std::string() : out.substr(start);
  if (out.size() > kFileStemMax) {
    std::size_t cut = kFileStemMax;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut);
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out.empty() ? "reviewer" : out;
}

const ReviewJudgement* Review::standard(const std::string& id) const {
  auto it = standards.find(id);
  return it == standards.end() ? nullptr : &it->second;
}

const ReviewJudgement* Review::area(const std::string& id) const {
  auto it = areas.find(id);
  return it == areas.end() ? nullptr : &it->second;
}

Review read_review_workbook(const std::string& path, const Framework& framework) {
  Problems problems;
  Review review = ReviewReader(path, framework, problems).read();
  if (!problems.lines.empty()) throw InputError(problems.lines);
  return review;
}

std::vector<Review> read_reviews(const std::string& reviews_dir, const Framework& framework) {
  std::vector<std::string> files;
  std::error_code error;
  if (!fs::is_directory(reviews_dir, error)) return {};
  for (fs::directory_iterator it(reviews_dir, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0) continue;
    std::string extension = lower(it->path().extension().string());
    if (extension != ".xlsx" || !it->is_regular_file()) continue;
    files.push_back(it->path().string());
  }
  if (error) throw IoError(reviews_dir + ": cannot list the directory: " + error.message());
  std::sort(files.begin(), files.end());

  Problems problems;
  std::vector<Review> reviews;
  std::map<std::string, std::string> reviewer_files;
  for (const auto& file : files) {
    std::size_t before = problems.lines.size();
    Review review = ReviewReader(file, framework, problems).read();
    if (problems.lines.size() != before) continue;
    auto [it, fresh] = reviewer_files.emplace(normalise(review.reviewer), file);
    if (!fresh) {
      problems.add(file, "reviewer " + s11::quoted(review.reviewer) + " also made " + it->second +
                             "; give each reviewer a different name in the Reviewer cell");
      continue;
    }
    reviews.push_back(std::move(review));
  }
  if (!problems.lines.empty()) throw InputError(problems.lines);
  return reviews;
}

double Agreement::exact() const {
  return compared == 0 ? kNaN : static_cast<double>(agreed) / compared;
}

Agreement compare_ratings(const std::vector<std::pair<int, int>>& pairs, int categories) {
  Agreement result;
  result.compared = static_cast<int>(pairs.size());
  result.kappa = kNaN;
  if (pairs.empty() || categories < 1) return result;
  const auto k = static_cast<std::size_t>(categories);
  std::vector<double> first(k, 0.0);
  std::vector<double> second(k, 0.0);
  const double n = static_cast<double>(pairs.size());
  const double scale = categories > 1 ? categories - 1 : 1;
  double observed = 0;
  for (const auto& [a, b] : pairs) {
    result.agreed += a == b;
    observed += std::abs(a - b) / scale;
    first[static_cast<std::size_t>(a)] += 1.0 / n;
    second[static_cast<std::size_t>(b)] += 1.0 / n;
  }
  observed /= n;
  double expected = 0;
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      double distance = i > j ? static_cast<double>(i - j) : static_cast<double>(j - i);
      expected += distance / scale * first[i] * second[j];
    }
  }
  // Rounding can leave a hair above zero where the exact value is zero.
  constexpr double kTiny = 1e-12;
  if (expected < kTiny) {
    result.kappa = observed < kTiny ? 1.0 : kNaN;
  } else {
    result.kappa = 1.0 - observed / expected;
  }
  return result;
}

ReviewAgreement measure_agreement(const std::vector<Review>& reviews, const Framework& framework) {
  ReviewAgreement agreement;
  const int rating_categories = static_cast<int>(framework.scheme.levels.size());
  for (std::size_t a = 0; a < reviews.size(); ++a) {
    for (std::size_t b = a + 1; b < reviews.size(); ++b) {
      std::vector<std::pair<int, int>> ratings;
      std::vector<std::pair<int, int>> levels;
      auto add_level = [&](const ReviewJudgement* x, const ReviewJudgement* y) {
        if (x && y && x->impact_level > 0 && y->impact_level > 0) {
          levels.emplace_back(x->impact_level - 1, y->impact_level - 1);
        }
      };
      for (const auto& standard : framework.standards) {
        const ReviewJudgement* x = reviews[a].standard(standard.id);
        const ReviewJudgement* y = reviews[b].standard(standard.id);
        if (x && y && x->rating && y->rating) {
          ratings.emplace_back(static_cast<int>(framework.scheme.rank(*x->rating)),
                               static_cast<int>(framework.scheme.rank(*y->rating)));
        }
        add_level(x, y);
      }
      for (const auto& area : framework.areas) {
        add_level(reviews[a].area(area.id), reviews[b].area(area.id));
      }
      PairAgreement pair;
      pair.first = a;
      pair.second = b;
      pair.ratings = compare_ratings(ratings, rating_categories);
      pair.levels = compare_ratings(levels, 4);
      agreement.pairs.push_back(pair);
    }
  }
  agreement.ratings = summarise(agreement.pairs, &PairAgreement::ratings);
  agreement.levels = summarise(agreement.pairs, &PairAgreement::levels);
  return agreement;
}

std::string kappa_text(double kappa) {
  if (std::isnan(kappa)) return "n/a";
  if (std::fabs(kappa) < 0.005) kappa = 0;  // never "-0.00"
  char text[32];
  std::snprintf(text, sizeof text, "%.2f", kappa);
  return text;
}

std::string agreement_sentence(const AgreementSummary& summary, const std::string& items) {
  const std::string kappa =
      "Cohen's weighted kappa " + kappa_text(summary.kappa) + " (linear weights)";
  if (summary.pairs == 0) return "n/a: agreement needs two reviewers or more";
  if (summary.pairs == 1) {
    if (summary.compared == 0) return "n/a: no " + items + " judged by both reviewers";
    return "Exact agreement " + std::to_string(display_percent(summary.agreed, summary.compared)) +
           "% (" + std::to_string(summary.agreed) + " of " + std::to_string(summary.compared) +
           " " + items + "); " + kappa;
  }
  std::string exact =
      std::isnan(summary.exact) ? std::string("n/a") : std::to_string(percent_of(summary.exact)) + "%";
  return "Mean over " + std::to_string(summary.pairs) + " pairs of reviewers: exact agreement " +
         exact + "; " + kappa;
}

std::map<std::string, ModeratedRating> moderate_ratings(const std::vector<Review>& reviews,
                                                        const Framework& framework) {
  std::map<std::string, ModeratedRating> moderated;
  for (const auto& standard : framework.standards) {
    ModeratedRating& m = moderated[standard.id];
    std::set<const RatingLevel*> all;
    std::set<const RatingLevel*> peers;
    for (const auto& review : reviews) {
      const ReviewJudgement* j = review.standard(standard.id);
      if (!j || !j->rating) continue;
      ++m.raters;
      all.insert(j->rating);
      if (review.role == ReviewerRole::kPeer) peers.insert(j->rating);
    }
    if (all.empty()) continue;
    if (all.size() == 1) {
      m.basis = ModeratedRating::Basis::kAllAgree;
      m.rating = *all.begin();
    } else if (peers.size() == 1) {
      m.basis = ModeratedRating::Basis::kPeersAgree;
      m.rating = *peers.begin();
    } else {
      m.basis = ModeratedRating::Basis::kDisagree;
    }
  }
  return moderated;
}

std::map<std::string, std::string> carried_rating_names(
    const std::map<std::string, ModeratedRating>& moderated) {
  std::map<std::string, std::string> names;
  for (const auto& [id, m] : moderated) {
    if (m.rating) names[id] = m.rating->name;
  }
  return names;
}

std::string moderated_text(const ModeratedRating& moderated) {
  switch (moderated.basis) {
    case ModeratedRating::Basis::kNotReviewed:
      return "not reviewed";
    case ModeratedRating::Basis::kAllAgree:
      return moderated.rating->name;
    case ModeratedRating::Basis::kPeersAgree:
      return moderated.rating->name + " (peer reviewers)";
    case ModeratedRating::Basis::kDisagree:
      break;
  }
  return "reviewers disagree";
}

}  // namespace s11
