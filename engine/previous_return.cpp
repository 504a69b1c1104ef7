#include "engine/previous_return.h"

#include <cmath>
#include <map>

#include "engine/errors.h"
#include "engine/text.h"
#include "engine/xlsx_reader.h"

namespace s11 {
namespace {

using xlsx::Cell;
using xlsx::CellType;
using xlsx::Sheet;

// The names and header texts s11's return uses (reports/section11_return.cpp,
// reports/impact_report.cpp). Spelled out here because readers do not depend on writers.
constexpr std::string_view kSummary = "Summary";
constexpr std::string_view kImpact = "Impact";
constexpr std::string_view kStandardHeader = "Standard";
constexpr std::string_view kAgencyHeader = "Agency rating";
constexpr std::string_view kEvidenceHeader = "Evidence-based rating";
constexpr std::string_view kMetHeader = "% met";
constexpr std::string_view kEvidencedHeader = "% evidenced";
constexpr std::string_view kAreaHeader = "Focus area";
constexpr std::string_view kOperatingHeader = "Operating level";
constexpr std::string_view kOverallLabel = "Overall";
constexpr std::string_view kNotRated = "Not rated";
constexpr std::string_view kNotApplicable = "Not applicable";
constexpr std::string_view kNotAvailable = "n/a";

/// Summary's header row is looked for in the first rows only (below the heading block).
constexpr int kHeaderSearchRows = 30;

std::string arrow() { return " \u2192 "; }

class Reader {
 public:
  Reader(const std::string& path, const Framework& framework)
      : path_(path), framework_(framework) {}

  PreviousReturn read() {
    xlsx::Workbook book = xlsx::read_workbook(path_);
    date1904_ = book.date1904;
    out_.path = path_;
    for (const auto& level : framework_.scheme.levels) out_.scheme_levels.push_back(level.name);
    const Sheet* summary = book.find(std::string(kSummary));
    if (!summary) {
      problems_.add(path_, "no sheet named \"Summary\"; expected a return written by `s11 run` "
                           "(out/section11-return.xlsx)");
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

  /// The columns of `headers` in `row`, by header text; -1 for those missing.
  static std::map<std::string_view, int> header_columns(
      const Sheet& sheet, int row, std::initializer_list<std::string_view> headers) {
    std::map<std::string_view, int> found;
    for (auto header : headers) found[header] = -1;
    for (int col = 0; col < sheet.column_count(); ++col) {
      std::string t = normalise(text(sheet, row, col));
      for (auto header : headers) {
        if (found[header] < 0 && t == normalise(header)) found[header] = col;
      }
    }
    return found;
  }

  void read_summary(const Sheet& sheet) {
    const auto headers = {kStandardHeader, kAgencyHeader, kEvidenceHeader, kMetHeader,
                          kEvidencedHeader};
    int header_row = -1;
    std::map<std::string_view, int> cols;
    for (int row = 0; row < std::min(sheet.row_count(), kHeaderSearchRows); ++row) {
      cols = header_columns(sheet, row, headers);
      if (cols[kStandardHeader] >= 0 && cols[kAgencyHeader] >= 0) {
        header_row = row;
        break;
      }
      read_heading(sheet, row);
    }
    if (header_row < 0) {
      problems_.add(path_ + ": " + sheet.name,
                    "no header row with \"Standard\" and \"Agency rating\" columns in the first " +
                        std::to_string(kHeaderSearchRows) +
                        " rows; expected a return written by `s11 run`");
      return;
    }
    bool complete = true;
    for (auto header : headers) {
      if (cols[header] < 0) {
        problems_.add(path_ + ": " + sheet.name + "!" + std::to_string(header_row + 1),
                      "no \"" + std::string(header) + "\" column in the header row");
        complete = false;
      }
    }
    if (!complete) return;

    std::map<std::string, int> rows;
    for (int row = header_row + 1; row < sheet.row_count(); ++row) {
      const int id_col = cols[kStandardHeader];
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
          problems_.add(where(sheet, row, id_col),
                        "unknown standard " + quoted(id) + "; expected a standard of " +
                            framework_.id + " (" + framework_.standards.front().id + " to " +
                            framework_.standards.back().id + ")");
          continue;
        }
        if (auto [it, fresh] = rows.emplace(id, row); !fresh) {
          problems_.add(where(sheet, row, id_col),
                        "standard " + id + " has a second row (first in row " +
                            std::to_string(it->second + 1) + ")");
          continue;
        }
        standard.id = id;
        label = "standard " + id;
      }
      standard.agency_rating = rating(sheet, row, cols[kAgencyHeader], kNotRated, label);
      standard.evidence_rating =
          rating(sheet, row, cols[kEvidenceHeader], kNotApplicable, label);
      standard.met_percent = percent(sheet, row, cols[kMetHeader], "% met", label);
      standard.evidenced_percent =
          percent(sheet, row, cols[kEvidencedHeader], "% evidenced", label);
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
    std::string label = normalise(text(sheet, row, 0));
    if (label == "organisation") out_.organisation = text(sheet, row, 1);
    if (label == "period") out_.period = text(sheet, row, 1);
    if (label == "audit date") {
      const Cell& cell = sheet.at(row, 1);
      if (cell.type == CellType::kNumber) {
        out_.audit_date = from_excel_serial(cell.number, date1904_);
      } else if (cell.type == CellType::kDate) {
        out_.audit_date = parse_date_text(cell.text.substr(0, 10));
      } else {
        out_.audit_date = parse_date_text(cell.text);
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
                      framework_.scheme.names_for_message() + ", or \"" + std::string(none) +
                      "\"");
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
    const int level_col = header_columns(sheet, header_row, {kOperatingHeader})[kOperatingHeader];
    if (level_col < 0) {
      problems_.add(path_ + ": " + sheet.name + "!" + std::to_string(header_row + 1),
                    "no \"Operating level\" column in the header row");
      return;
    }
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
          std::string list;
          for (const auto& t : titles) list += (list.empty() ? "" : ", ") + t;
          problems_.add(where(sheet, row, 0), "unknown focus area " + quoted(name) +
                                                  "; expected a focus area of " + framework_.id +
                                                  " (" + list + ")");
          continue;
        }
        if (auto [it, fresh] = rows.emplace(area->id, row); !fresh) {
          problems_.add(where(sheet, row, 0), "focus area " + quoted(name) +
                                                  " has a second row (first in row " +
                                                  std::to_string(it->second + 1) + ")");
          continue;
        }
        out_.areas.push_back({area->id, level(sheet, row, level_col, "focus area " + name)});
      } else {
        if (!framework_.find_standard(name)) {
          problems_.add(where(sheet, row, 0),
                        "unknown standard " + quoted(name) + "; expected a standard of " +
                            framework_.id + " (" + framework_.standards.front().id + " to " +
                            framework_.standards.back().id + ")");
          continue;
        }
        if (auto [it, fresh] = rows.emplace(name, row); !fresh) {
          problems_.add(where(sheet, row, 0), "standard " + name +
                                                  " has a second row (first in row " +
                                                  std::to_string(it->second + 1) + ")");
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

/// "+17 points", "-1 point".
std::string points_change(int delta) {
  return (delta > 0 ? "+" : "") + std::to_string(delta) +
         (delta == 1 || delta == -1 ? " point" : " points");
}

std::string level_words(const std::optional<int>& level) {
  return level ? std::to_string(*level) : std::string(kNotAvailable);
}

/// "level 1 → 2", "no change".
std::string level_change(const std::optional<int>& before, const std::optional<int>& now) {
  if (before == now) return "no change";
  return "level " + level_words(before) + arrow() + level_words(now);
}

int rank_of(const std::vector<std::string>& levels, const std::string& name) {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i] == name) return static_cast<int>(i);
  }
  return -1;
}

std::string rating_words(const std::string& name, std::string_view none) {
  return name.empty() ? std::string(none) : name;
}

StandardChange compare_standard(const PreviousReturn& previous, const PreviousStandard* before,
                                const std::string& id, const RatingLevel* evidence,
                                const RatingLevel* agency, const Tally& tally,
                                std::optional<int> level, bool has_levels) {
  StandardChange change;
  change.id = id;
  change.current_rating = evidence ? evidence->name : "";
  change.current_agency_rating = agency ? agency->name : "";
  change.current_level = level;
  if (!before) {
    change.is_new = true;
    change.text = id == kOverallLabel ? "not in last year's return" : "new standard";
    change.level_text = change.text;
    return change;
  }
  change.previous_rating = before->evidence_rating;
  change.previous_agency_rating = before->agency_rating;
  change.previous_level = before->operating_level;
  const int was = rank_of(previous.scheme_levels, change.previous_rating);
  const int now = rank_of(previous.scheme_levels, change.current_rating);
  if (was >= 0 && now >= 0) change.rating_steps = was - now;
  if (tally.applicable > 0 && before->met_percent) {
    change.met_change = tally.met_percent() - *before->met_percent;
  }
  if (tally.applicable > 0 && before->evidenced_percent) {
    change.evidenced_change = tally.evidenced_percent() - *before->evidenced_percent;
  }

  std::vector<std::string> parts;
  if (change.met_change && *change.met_change != 0) {
    parts.push_back("met " + points_change(*change.met_change));
  }
  if (change.evidenced_change && *change.evidenced_change != 0) {
    parts.push_back("evidenced " + points_change(*change.evidenced_change));
  }
  if (change.previous_agency_rating != change.current_agency_rating) {
    parts.push_back("agency rating " + rating_words(change.previous_agency_rating, kNotRated) +
                    arrow() + rating_words(change.current_agency_rating, kNotRated));
  }
  if (change.previous_rating != change.current_rating) {
    parts.insert(parts.begin(), rating_words(change.previous_rating, kNotApplicable) + arrow() +
                                    rating_words(change.current_rating, kNotApplicable));
  } else if (!parts.empty()) {
    parts.insert(parts.begin(), rating_words(change.current_rating, kNotApplicable) +
                                    ", unchanged");
  }
  change.text = parts.empty() ? "no change" : parts.front();
  for (std::size_t i = 1; i < parts.size(); ++i) change.text += "; " + parts[i];

  if (id == kOverallLabel) {
    change.level_text = "";
  } else if (!has_levels) {
    change.level_text = "not assessed last year";
  } else {
    change.level_text = level_change(change.previous_level, change.current_level);
  }
  return change;
}

}  // namespace

const PreviousStandard* PreviousReturn::find_standard(const std::string& id) const {
  for (const auto& standard : standards) {
    if (standard.id == id) return &standard;
  }
  return nullptr;
}

const PreviousArea* PreviousReturn::find_area(const std::string& id) const {
  for (const auto& area : areas) {
    if (area.id == id) return &area;
  }
  return nullptr;
}

PreviousReturn read_previous_return(const std::string& path, const Framework& framework) {
  return Reader(path, framework).read();
}

std::vector<std::string> YearOnYear::standard_texts() const {
  std::vector<std::string> out;
  for (const auto& change : standards) out.push_back(change.text);
  return out;
}

std::vector<std::string> YearOnYear::standard_level_texts() const {
  std::vector<std::string> out;
  for (const auto& change : standards) out.push_back(change.level_text);
  return out;
}

std::vector<std::string> YearOnYear::area_texts() const {
  std::vector<std::string> out;
  for (const auto& change : areas) out.push_back(change.text);
  return out;
}

YearOnYear compare_years(const PreviousReturn& previous, const AuditResult& result,
                         const ImpactResult& impact) {
  YearOnYear out;
  out.previous_period = previous.period;
  for (const auto& sr : result.standards) {
    const std::string& id = sr.standard->id;
    std::optional<int> level;
    for (const auto& si : impact.standards) {
      if (si.standard && si.standard->id == id && si.profile.members > 0) {
        level = si.profile.operating;
      }
    }
    out.standards.push_back(compare_standard(previous, previous.find_standard(id), id,
                                             sr.evidence_rating, sr.agency_rating, sr.tally,
                                             level, previous.has_impact));
  }
  out.overall = compare_standard(previous, previous.overall ? &*previous.overall : nullptr,
                                 std::string(kOverallLabel), result.overall_rating,
                                 result.agency_overall_rating, result.overall, std::nullopt,
                                 previous.has_impact);
  for (const auto& ai : impact.areas) {
    AreaChange change;
    change.id = ai.area ? ai.area->id : "";
    if (ai.profile.members > 0) change.current_level = ai.profile.operating;
    const PreviousArea* before = previous.find_area(change.id);
    if (!previous.has_impact) {
      change.text = "not assessed last year";
    } else if (!before) {
      change.is_new = true;
      change.text = "new focus area";
    } else {
      change.previous_level = before->operating_level;
      if (change.previous_level && change.current_level) {
        change.level_steps = *change.current_level - *change.previous_level;
      }
      change.text = level_change(change.previous_level, change.current_level);
    }
    out.areas.push_back(std::move(change));
  }
  for (const auto& standard : previous.standards) {
    bool found = false;
    for (const auto& sr : result.standards) found |= sr.standard->id == standard.id;
    if (!found) out.removed_standards.push_back(standard.id);
  }
  for (const auto& area : previous.areas) {
    bool found = false;
    for (const auto& ai : impact.areas) found |= ai.area && ai.area->id == area.id;
    if (!found) out.removed_areas.push_back(area.id);
  }
  return out;
}

}  // namespace s11
