#include "questionnaires/survey.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <map>
#include <memory>
#include <string_view>

#include "base/errors.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "base/xlsx_reader.h"
#include "questionnaires/csv_reader.h"

namespace s11 {
namespace {

/// Problems listed before the rest are only counted, so a huge broken file stays readable.
constexpr std::size_t kMaxProblems = 50;
/// Rows skipped (with skip_bad_rows) listed one by one before the rest are only counted.
constexpr std::size_t kMaxSkippedWarnings = 50;
/// Unreadable completion dates listed one by one before the rest are only counted.
constexpr std::size_t kMaxDateWarnings = 10;
/// Distinct answer texts remembered per scale, so Scale::match runs once per distinct text.
constexpr std::size_t kAnswerCacheSize = 64;

// Columns survey tools add that never hold an answer; several hold personal data. They are
// recognised (so they are not "unknown") and never read, except the completion time.
constexpr std::array<std::string_view, 19> kMetadataHeaders = {
    "respondent id", "collector id",       "start date",
    "end date",      "ip address",         "email address",
    "first name",    "last name",          "id",
    "start time",    "completion time",    "email",
    "name",          "last modified time", "total points",
    "quiz feedback", "timestamp",          "score",
    "custom data"};
// Prefixes of metadata headers: "Custom Data 1", MS Forms quiz "Points - ...", "Feedback - ...".
constexpr std::array<std::string_view, 3> kMetadataPrefixes = {"custom data", "points - ",
                                                               "feedback - "};
// Headers holding the completion (or submission) time, in order of preference.
constexpr std::array<std::string_view, 3> kDateHeaders = {"completion time", "end date",
                                                          "timestamp"};

/// How to read an ambiguous numeric date such as 03/11/2015.
enum class DateOrder { kDayFirst, kMonthFirst };

enum class Role { kUnknown, kMetadata, kQuestion, kOption, kProfile, kComment };

struct Column {
  std::string header;  // As shown to the user, for messages and reports.
  Role role = Role::kUnknown;
  std::size_t index = 0;                // Question or profile index.
  const ScaleAnswer* option = nullptr;  // kOption: the answer a non-blank cell means.
  std::size_t cache = 0;                // kQuestion: index into the answer caches.
  bool is_date = false;
  bool blank_header_used = false;  // A value seen under a blank header (reported once).
};

/// Scale::match results remembered per scale: answers repeat endlessly in large surveys.
struct AnswerCache {
  const Scale* scale = nullptr;
  std::vector<std::pair<std::string, const ScaleAnswer*>> seen;

  const ScaleAnswer* match(std::string_view text) {
    for (const auto& [known, answer] : seen) {
      if (known == text) return answer;
    }
    std::string key(text);
    const ScaleAnswer* answer = scale->match(key);
    if (seen.size() < kAnswerCacheSize) seen.emplace_back(std::move(key), answer);
    return answer;
  }
};

// Comments typed in Excel keep CRLF inside cells: make every line end "\n".
std::string unified_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

bool all_blank(const std::vector<std::string>& fields) {
  return std::all_of(fields.begin(), fields.end(),
                     [](const std::string& f) { return trim_view(f).empty(); });
}

bool is_metadata(const std::string& header) {
  std::string text = normalise(header);
  for (auto name : kMetadataHeaders) {
    if (text == name) return true;
  }
  for (auto prefix : kMetadataPrefixes) {
    if (text.compare(0, prefix.size(), prefix) == 0) return true;
  }
  return false;
}

bool is_date_header(const std::string& header) {
  std::string text = normalise(header);
  return std::find(kDateHeaders.begin(), kDateHeaders.end(), text) != kDateHeaders.end();
}

std::optional<int> parse_number(std::string_view text) {
  if (text.empty() || text.size() > 4) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

/// The day of a completion time as survey tools write it: "2015/11/03 10:15:22 AM GMT",
/// "2015-11-03T10:15:22Z", "11/3/15 10:15:22", "03/11/2015 10:15:22", "3 November 2015".
/// Numeric dates with the year last are read day-first when the first number is above 12,
/// month-first when the second is, and otherwise in `order`.
std::optional<Date> parse_completion(std::string_view text, DateOrder order) {
  text = trim_view(text);
  std::string_view token = text.substr(0, std::min(text.find(' '), text.size()));
  if (token.size() > 10 && token[10] == 'T') token = token.substr(0, 10);
  std::array<std::string_view, 3> parts;
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= token.size() && count < 3; ++i) {
    if (i == token.size() || token[i] == '/' || token[i] == '-' || token[i] == '.') {
      parts[count++] = token.substr(start, i - start);
      start = i + 1;
    }
  }
  if (count == 3 && start >= token.size()) {
    auto a = parse_number(parts[0]);
    auto b = parse_number(parts[1]);
    auto c = parse_number(parts[2]);
    if (a && b && c) {
      Date date;
      if (parts[0].size() == 4) {
        date = Date{*a, *b, *c};
      } else if (parts[2].size() == 4 || parts[2].size() == 2) {
        int year = parts[2].size() == 2 ? 2000 + *c : *c;
        bool month_first = *a > 12 ? false : *b > 12 ? true : order == DateOrder::kMonthFirst;
        date = month_first ? Date{year, *a, *b} : Date{year, *b, *a};
      } else {
        return std::nullopt;
      }
      if (is_valid(date)) return date;
      return std::nullopt;
    }
  }
  std::string whole(text);
  if (auto date = parse_date_text(whole)) return date;
  // "3 November 2015 10:15": drop the time and what follows it.
  std::size_t colon = whole.find(':');
  if (colon != std::string::npos) {
    std::size_t cut = whole.rfind(' ', colon);
    if (cut != std::string::npos) return parse_date_text(whole.substr(0, cut));
  }
  return std::nullopt;
}

/// Rows of a CSV file or of a workbook's first sheet, one at a time.
class RowSource {
 public:
  virtual ~RowSource() = default;
  /// The next record, or false at the end.
  virtual bool next(std::vector<std::string>& fields) = 0;
  /// 1-based row (CSV: physical line) of the last record.
  virtual std::size_t row() const = 0;
  /// "path:12" or "path: Sheet1!D12" for column `col` of row `row`.
  virtual std::string where_at(std::size_t row, std::size_t col) const = 0;
  /// The same for the last record.
  std::string where(std::size_t col) const { return where_at(row(), col); }
  /// A date stored as a date (an Excel date-time number) in column `col`, if any.
  virtual std::optional<Date> cell_date(std::size_t /*col*/) const { return std::nullopt; }
  virtual bool is_xlsx() const = 0;
  /// Columns a row may have: a workbook's rows are cut after their last stored cell, so the
  /// header row is widened to the sheet's width. 0 for CSV, whose records are whole.
  virtual std::size_t width() const { return 0; }
  virtual std::vector<std::string> warnings() const { return {}; }
};

class CsvSource : public RowSource {
 public:
  explicit CsvSource(const std::string& path) : path_(path), reader_(path) {}
  bool next(std::vector<std::string>& fields) override { return reader_.next(fields); }
  std::size_t row() const override { return reader_.line(); }
  std::string where_at(std::size_t row, std::size_t) const override {
    return path_ + ":" + std::to_string(row);
  }
  bool is_xlsx() const override { return false; }
  std::vector<std::string> warnings() const override { return reader_.warnings(); }

 private:
  std::string path_;
  CsvReader reader_;
};

// A sheet holding any text: an export with a blank sheet added in front is read from the next.
bool holds_text(const xlsx::Sheet& sheet) {
  return std::any_of(sheet.cells.begin(), sheet.cells.end(), [](const auto& entry) {
    return entry.second.uncached_formula || !trim_view(xlsx::display_text(entry.second)).empty();
  });
}

class XlsxSource : public RowSource {
 public:
  explicit XlsxSource(const std::string& path) : path_(path), book_(read_spreadsheet(path)) {
    sheet_ = responses_sheet();
    columns_ = static_cast<std::size_t>(sheet_->column_count());
    next_ = sheet_->cells.begin();
  }
  // Visits only the cells stored, row by row, so a stray cell far away costs nothing.
  bool next(std::vector<std::string>& fields) override {
    const auto& cells = sheet_->cells;
    if (next_ == cells.end()) return false;
    row_ = next_->first.first;
    auto end = next_;
    while (end != cells.end() && end->first.first == row_) ++end;
    fields.resize(static_cast<std::size_t>(std::prev(end)->first.second) + 1);
    for (auto& field : fields) field.clear();
    for (; next_ != end; ++next_) {
      fields[static_cast<std::size_t>(next_->first.second)] = xlsx::display_text(next_->second);
    }
    return true;
  }
  std::size_t row() const override { return static_cast<std::size_t>(row_) + 1; }
  std::string where_at(std::size_t row, std::size_t col) const override {
    return path_ + ": " + sheet_->name + "!" +
           xlsx::cell_name(static_cast<int>(row) - 1, static_cast<int>(col));
  }
  std::optional<Date> cell_date(std::size_t col) const override {
    const xlsx::Cell& cell = sheet_->at(row_, static_cast<int>(col));
    if (cell.type == xlsx::CellType::kNumber) return from_excel_serial(cell.number, book_.date1904);
    if (cell.type == xlsx::CellType::kDate)
      return parse_completion(cell.text, DateOrder::kDayFirst);
    return std::nullopt;
  }
  bool is_xlsx() const override { return true; }
  std::size_t width() const override { return columns_; }
  std::vector<std::string> warnings() const override { return warnings_; }

 private:
  // The first sheet holding anything: someone may have added a blank sheet in front.
  const xlsx::Sheet* responses_sheet() {
    if (book_.sheets.empty()) throw InputError(path_ + ": the workbook has no worksheet");
    for (const auto& sheet : book_.sheets) {
      if (!holds_text(sheet)) continue;
      if (&sheet != &book_.sheets.front()) {
        std::vector<std::string> empty;
        for (const auto* before = book_.sheets.data(); before != &sheet; ++before) {
          empty.push_back(quoted(before->name));
        }
        warnings_.push_back(path_ + ": " + (empty.size() == 1 ? "sheet " : "sheets ") +
                            join_list(empty, "and") + (empty.size() == 1 ? " is" : " are") +
                            " empty; the responses are read from sheet " + quoted(sheet.name));
      }
      return &sheet;
    }
    std::vector<std::string> names;
    for (const auto& sheet : book_.sheets) names.push_back(quoted(sheet.name));
    throw InputError(path_ + ": the workbook holds no responses: " +
                     (names.size() == 1 ? "its only sheet, " : "all its sheets, ") +
                     join_list(names, "and") + (names.size() == 1 ? ", is" : ", are") +
                     " empty; expected a sheet with a header row with the questions");
  }

  std::string path_;
  xlsx::Workbook book_;
  const xlsx::Sheet* sheet_ = nullptr;
  std::map<std::pair<int, int>, xlsx::Cell>::const_iterator next_;
  std::size_t columns_ = 0;
  int row_ = -1;
  std::vector<std::string> warnings_;
};

/// Opens an export as rows: a workbook (.xlsx or .ods, base/spreadsheet.h) when it is a zip
/// or named as one, else CSV.
std::unique_ptr<RowSource> open_rows(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) throw IoError(path + ": cannot read: " + errno_text());
  unsigned char magic[4] = {};
  std::size_t got = std::fread(magic, 1, sizeof magic, file);
  std::fclose(file);
  bool zip = got == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
  bool ole =
      got == 4 && magic[0] == 0xD0 && magic[1] == 0xCF && magic[2] == 0x11 && magic[3] == 0xE0;
  if (ole) {
    throw InputError(path +
                     ": an Excel 97-2003 (.xls) workbook; save it as Excel Workbook (.xlsx) "
                     "or CSV UTF-8");
  }
  if (zip || has_spreadsheet_extension(path)) return std::make_unique<XlsxSource>(path);
  return std::make_unique<CsvSource>(path);
}

bool next_nonblank(RowSource& source, std::vector<std::string>& fields) {
  while (source.next(fields)) {
    if (!all_blank(fields)) return true;
  }
  return false;
}

std::string scale_labels(const Scale& scale) {
  std::vector<std::string> labels;
  for (const auto& answer : scale.answers) labels.push_back(answer.label);
  return join(labels, ", ");
}

class SurveyReader {
 public:
  SurveyReader(const std::string& path, const Questionnaire& questionnaire,
               const SurveyOptions& options, ResponseSink& sink)
      : path_(path), questionnaire_(questionnaire), options_(options), sink_(sink) {}

  SurveyReport read() {
    report_.path = path_;
    std::unique_ptr<RowSource> source = open_rows(path_);
    source_ = source.get();
    read_headers();
    read_rows();
    for (auto& warning : source_->warnings()) report_.warnings.push_back(warning);
    for (auto& warning : skipped_.items()) report_.warnings.push_back(warning);
    for (auto& warning : bad_dates_.items()) report_.warnings.push_back(warning);
    problems_.throw_if_any();
    return report_;
  }

 private:
  void read_headers() {
    std::vector<std::string> top, sub;
    if (!next_nonblank(*source_, top)) {
      throw InputError(path_ + ": the file is empty; expected a header row with the questions");
    }
    header_row_ = source_->row();
    header_where_ = source_->where(0);
    bool more = next_nonblank(*source_, sub);
    if (!more) sub.clear();
    SurveyLayout layout = detect_survey_layout(top, sub, source_->is_xlsx());
    report_.format = layout.format;
    if (layout.format == SurveyFormat::kSurveyMonkeyCsv ||
        layout.format == SurveyFormat::kSurveyMonkeyXlsx ||
        layout.format == SurveyFormat::kMicrosoftForms) {
      date_order_ = DateOrder::kMonthFirst;
    }
    if (more && !layout.second_header_row) {
      pending_ = std::move(sub);
      sub.clear();
      has_pending_ = true;
    }
    for (const auto& [column, blanks] : layout.headless_groups) {
      problems_.add_formatted(
          source_where_header(column) + ": column " + column_label(column) + " " +
          quoted(trim_view(top[column])) + " is followed by " + std::to_string(blanks) +
          (blanks == 1 ? " column" : " columns") +
          " with no header: a SurveyMonkey export has the answer options in its second header "
          "row, which is missing; export again with both header rows (or insert a second row "
          "naming the answer option or statement above each of these columns)");
    }
    if (!problems_.empty()) throw InputError(problems_.items());
    width_ = std::max(top.size(), source_->width());
    top.resize(width_);
    build_columns(top, sub);
  }

  // The questionnaire's labels: what each normalised header means.
  struct Target {
    Role role;
    std::size_t index;
  };

  std::map<std::string, Target> targets() {
    std::map<std::string, Target> found;
    std::vector<bool> mapped(questionnaire_.questions.size(), false);
    for (const auto& [id, header] : options_.mapping) {
      bool known = false;
      for (std::size_t q = 0; q < questionnaire_.questions.size(); ++q) {
        if (questionnaire_.questions[q].id != id) continue;
        known = true;
        mapped[q] = true;
        found.emplace(normalise_label(header), Target{Role::kQuestion, q});
      }
      if (!known) {
        problems_.add_formatted(path_ + ": the mapping names question \"" + id +
                                "\", which questionnaire \"" + questionnaire_.id +
                                "\" does not have");
      }
    }
    for (std::size_t q = 0; q < questionnaire_.questions.size(); ++q) {
      if (mapped[q]) continue;
      const Question& question = questionnaire_.questions[q];
      found.emplace(normalise_label(question.text), Target{Role::kQuestion, q});
      for (const auto& alias : question.aliases) {
        found.emplace(normalise_label(alias), Target{Role::kQuestion, q});
      }
    }
    for (std::size_t p = 0; p < questionnaire_.profiles.size(); ++p) {
      const ProfileColumn& profile = questionnaire_.profiles[p];
      found.emplace(normalise_label(profile.header), Target{Role::kProfile, p});
      for (const auto& alias : profile.aliases) {
        found.emplace(normalise_label(alias), Target{Role::kProfile, p});
      }
    }
    for (const auto& header : questionnaire_.comment_columns) {
      found.emplace(normalise_label(header), Target{Role::kComment, 0});
    }
    // Personal data and metadata win over everything: such a column is never read.
    for (const auto& header : questionnaire_.personal_columns) {
      found[normalise_label(header)] = Target{Role::kMetadata, 0};
    }
    for (const auto& header : questionnaire_.ignored_columns) {
      found[normalise_label(header)] = Target{Role::kMetadata, 0};
    }
    return found;
  }

  void build_columns(const std::vector<std::string>& top, const std::vector<std::string>& sub) {
    std::map<std::string, Target> known = targets();
    auto lookup = [&](const std::string& text) -> const Target* {
      if (trim_view(text).empty()) return nullptr;
      auto it = known.find(normalise_label(text));
      return it == known.end() ? nullptr : &it->second;
    };
    columns_.resize(width_);
    std::string carried;  // SurveyMonkey leaves the question blank after a group's first column.
    bool date_found = false;
    for (std::size_t c = 0; c < width_; ++c) {
      Column& column = columns_[c];
      std::string head(trim_view(top[c]));
      std::string below = c < sub.size() ? std::string(trim_view(sub[c])) : "";
      std::string below_norm = normalise(below);
      if (!head.empty()) carried = head;
      std::vector<std::string> candidates;
      if (below.empty() || below_norm == "response" || below_norm == "open-ended response") {
        column.header = head;
        candidates.push_back(head);
        // Google Forms grid: "Question title [Row label]".
        std::size_t open = head.rfind(" [");
        if (open != std::string::npos && head.back() == ']') {
          std::string row = head.substr(open + 2, head.size() - open - 3);
          candidates.push_back(row);
          candidates.push_back(head.substr(0, open) + " - " + row);
        }
      } else {
        column.header = below;
        candidates.push_back(below);
        if (!carried.empty()) candidates.push_back(carried + " - " + below);
      }
      if (!head.empty() && is_metadata(head)) {
        column.role = Role::kMetadata;
        if (!date_found && is_date_header(head)) column.is_date = date_found = true;
        continue;
      }
      for (const auto& candidate : candidates) {
        if (const Target* target = lookup(candidate)) {
          column.role = target->role;
          column.index = target->index;
          break;
        }
      }
      // SurveyMonkey "expanded" single-answer question: a column per option, the option in
      // row 2, the option's text in the cell when chosen.
      if (column.role == Role::kUnknown && !below.empty() && !carried.empty()) {
        const Target* target = lookup(carried);
        if (target && target->role == Role::kQuestion) {
          const Question& question = questionnaire_.questions[target->index];
          const Scale* scale = questionnaire_.find_scale(question.scale);
          const ScaleAnswer* option = scale ? scale->match(below) : nullptr;
          if (option) {
            column.role = Role::kOption;
            column.index = target->index;
            column.option = option;
            column.header = carried;
          }
        }
      }
    }
    check_columns();
  }

  void check_columns() {
    std::size_t nq = questionnaire_.questions.size();
    std::vector<std::size_t> question_column(nq, width_);
    std::vector<std::size_t> profile_column(questionnaire_.profiles.size(), width_);
    for (std::size_t c = 0; c < width_; ++c) {
      Column& column = columns_[c];
      if (column.role == Role::kQuestion || column.role == Role::kOption) {
        std::size_t& first = question_column[column.index];
        bool clash = first != width_ &&
                     (column.role == Role::kQuestion || columns_[first].role == Role::kQuestion);
        if (clash) {
          problems_.add_formatted(
              source_where_header(c) + ": columns " + quoted(columns_[first].header) + " and " +
              quoted(column.header) + " both match question " +
              questionnaire_.questions[column.index].id + "; delete or rename one");
        }
        if (first == width_) first = c;
        if (column.role == Role::kQuestion) {
          const Question& question = questionnaire_.questions[column.index];
          const Scale* scale = questionnaire_.find_scale(question.scale);
          if (!scale) {
            throw InputError(questionnaire_.path + ": question " + question.id +
                             " has an unknown scale \"" + question.scale + "\"");
          }
          column.cache = cache_for(*scale);
        }
      } else if (column.role == Role::kProfile) {
        std::size_t& first = profile_column[column.index];
        if (first != width_) {
          problems_.add_formatted(
              source_where_header(c) + ": columns " + quoted(columns_[first].header) + " and " +
              quoted(column.header) + " both match profile column " +
              quoted(questionnaire_.profiles[column.index].header) + "; delete or rename one");
        } else {
          first = c;
        }
      } else if (column.role == Role::kComment && !options_.include_comments) {
        column.role = Role::kMetadata;  // Recognised, but not read.
      } else if (column.role == Role::kUnknown && !column.header.empty()) {
        report_.unknown_columns.push_back(column.header);
      }
    }
    bool any = false;
    for (std::size_t q = 0; q < nq; ++q) {
      if (question_column[q] == width_) {
        report_.unmapped_questions.push_back(questionnaire_.questions[q].id);
      } else {
        any = true;
      }
    }
    if (!any) {
      std::vector<std::string> headers, texts;
      for (const auto& column : columns_) {
        if (!column.header.empty()) headers.push_back(quoted(column.header));
      }
      for (const auto& question : questionnaire_.questions) texts.push_back(quoted(question.text));
      const std::string found = join(headers, ", ");
      const std::string expected = join(texts, ", ");
      problems_.add_formatted(header_where_ + ": no column matches a question of questionnaire \"" +
                              questionnaire_.id + "\"; found " +
                              (found.empty() ? "no headers" : found) + "; expected " + expected);
      throw InputError(problems_.items());
    }
  }

  std::string source_where_header(std::size_t c) const { return source_->where_at(header_row_, c); }

  std::size_t cache_for(const Scale& scale) {
    for (std::size_t i = 0; i < caches_.size(); ++i) {
      if (caches_[i].scale == &scale) return i;
    }
    caches_.push_back(AnswerCache{&scale, {}});
    return caches_.size() - 1;
  }

  void read_rows() {
    std::vector<std::string> fields;
    Response response;
    response.answers.assign(questionnaire_.questions.size(), nullptr);
    response.profile.assign(questionnaire_.profiles.size(), std::string());
    std::vector<std::string> row_problems;
    while (true) {
      if (has_pending_) {
        fields.swap(pending_);
        has_pending_ = false;
      } else if (!source_->next(fields)) {
        break;
      }
      if (all_blank(fields)) continue;
      ++report_.rows_read;
      if (!source_->is_xlsx() && !fits(fields)) continue;
      std::fill(response.answers.begin(), response.answers.end(), nullptr);
      for (auto& value : response.profile) value.clear();
      response.comments.clear();
      response.completed.reset();
      response.row = source_->row();
      row_problems.clear();
      std::size_t count = std::min(fields.size(), width_);
      for (std::size_t c = 0; c < count; ++c) {
        Column& column = columns_[c];
        if (column.role == Role::kMetadata) {
          if (column.is_date) read_date(c, fields[c], response);
          continue;
        }
        std::string_view text = trim_view(fields[c]);
        if (text.empty()) continue;
        switch (column.role) {
          case Role::kQuestion: {
            AnswerCache& cache = caches_[column.cache];
            const ScaleAnswer* answer = cache.match(text);
            if (answer) {
              response.answers[column.index] = answer;
            } else {
              row_problems.push_back(source_->where(c) + ": column " + quoted(column.header) +
                                     ": answer " + quoted(text) + " is not one of " +
                                     scale_labels(*cache.scale));
            }
            break;
          }
          case Role::kOption:
            if (response.answers[column.index]) {
              row_problems.push_back(source_->where(c) + ": column " + quoted(column.header) +
                                     ": more than one answer chosen (" +
                                     quoted(response.answers[column.index]->label) + " and " +
                                     quoted(column.option->label) + ")");
            }
            response.answers[column.index] = column.option;
            break;
          case Role::kProfile:
            response.profile[column.index].assign(text);
            break;
          case Role::kComment:
            response.comments.emplace_back(column.header, unified_line_ends(text));
            break;
          case Role::kUnknown:
            if (column.header.empty() && !column.blank_header_used) {
              column.blank_header_used = true;
              report_.unknown_columns.push_back("column " + column_label(c) + " (no header)");
            }
            break;
          case Role::kMetadata:
            break;
        }
      }
      if (!row_problems.empty()) {
        if (options_.skip_bad_rows) {
          ++report_.rows_skipped;
          std::string warning = row_problems.front() + "; row skipped";
          if (row_problems.size() > 1) {
            warning += " (" + std::to_string(row_problems.size() - 1) + " more in this row)";
          }
          skipped_.add_formatted(std::move(warning));
        } else {
          for (auto& problem : row_problems) problems_.add_formatted(std::move(problem));
        }
        continue;
      }
      if (!problems_.empty()) continue;  // Failing anyway: only collect problems.
      ++report_.rows_used;
      if (response.completed &&
          (!report_.last_completed || *report_.last_completed < *response.completed)) {
        report_.last_completed = response.completed;
      }
      sink_.add(response);
    }
  }

  std::string column_label(std::size_t c) const { return xlsx::column_name(static_cast<int>(c)); }

  // A CSV record has the header's number of fields (extra empty fields are tolerated).
  bool fits(const std::vector<std::string>& fields) {
    bool extra_blank =
        fields.size() > width_ &&
        std::all_of(fields.begin() + static_cast<std::ptrdiff_t>(width_), fields.end(),
                    [](const std::string& f) { return trim_view(f).empty(); });
    if (fields.size() == width_ || extra_blank) return true;
    problems_.add_formatted(source_->where(0) + ": " + std::to_string(fields.size()) +
                            " fields, but the header has " + std::to_string(width_) +
                            "; check the quotes around answers holding commas or line breaks");
    return false;
  }

  void read_date(std::size_t c, const std::string& text, Response& response) {
    std::optional<Date> date = source_->cell_date(c);
    if (!date && !trim_view(text).empty()) {
      date = parse_completion(text, date_order_);
      if (!date) {
        bad_dates_.add_formatted(
            source_->where(c) + ": completion time " + quoted(trim_view(text)) +
            " is not a date s11 can read; the response is used without a date");
      }
    }
    response.completed = date;
  }

  const std::string& path_;
  const Questionnaire& questionnaire_;
  const SurveyOptions& options_;
  ResponseSink& sink_;
  SurveyReport report_;
  RowSource* source_ = nullptr;
  std::string header_where_;
  std::size_t header_row_ = 0;
  std::size_t width_ = 0;
  std::vector<Column> columns_;
  std::vector<AnswerCache> caches_;
  std::vector<std::string> pending_;
  bool has_pending_ = false;
  DateOrder date_order_ = DateOrder::kDayFirst;
  // Each list capped so a huge broken file stays readable; the warnings are kept alike.
  ProblemList problems_{kMaxProblems, path_, "problems"};
  ProblemList skipped_{kMaxSkippedWarnings, path_, "rows skipped"};
  ProblemList bad_dates_{kMaxDateWarnings, path_, "completion times that could not be read"};
};

}  // namespace

std::string format_name(SurveyFormat format) {
  switch (format) {
    case SurveyFormat::kGenericCsv:
      return "CSV";
    case SurveyFormat::kSurveyMonkeyCsv:
      return "SurveyMonkey (CSV)";
    case SurveyFormat::kSurveyMonkeyXlsx:
      return "SurveyMonkey (XLSX)";
    case SurveyFormat::kMicrosoftForms:
      return "Microsoft Forms";
    case SurveyFormat::kGoogleForms:
      return "Google Forms";
    case SurveyFormat::kGenericXlsx:
      return "XLSX";
  }
  return "unknown";
}

SurveyLayout detect_survey_layout(const std::vector<std::string>& header,
                                  const std::vector<std::string>& next, bool xlsx) {
  SurveyLayout layout;
  std::size_t respondent = header.size();
  bool collector = false, start_time = false, completion_time = false;
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::string text = normalise(header[c]);
    if (text == "respondent id" && respondent == header.size()) respondent = c;
    collector = collector || text == "collector id";
    start_time = start_time || text == "start time";
    completion_time = completion_time || text == "completion time";
  }
  if (respondent < header.size() && collector) {
    layout.format = xlsx ? SurveyFormat::kSurveyMonkeyXlsx : SurveyFormat::kSurveyMonkeyCsv;
    // Row 2 is a second header row unless the file was cleaned to one header row, in which
    // case it is a response and has a respondent id.
    layout.second_header_row =
        !all_blank(next) && !(respondent < next.size() && !trim_view(next[respondent]).empty());
    if (!layout.second_header_row) {
      // Without row 2, a header followed by headerless columns is an expanded question or a
      // matrix whose options only row 2 named.
      for (std::size_t c = 0; c < header.size();) {
        std::size_t end = c + 1;
        while (end < header.size() && trim_view(header[end]).empty()) ++end;
        if (!trim_view(header[c]).empty() && end > c + 1) {
          layout.headless_groups.emplace_back(c, end - c - 1);
        }
        c = end;
      }
    }
  } else if (start_time && completion_time) {
    layout.format = SurveyFormat::kMicrosoftForms;
  } else if (!header.empty() && normalise(header[0]) == "timestamp") {
    layout.format = SurveyFormat::kGoogleForms;
  } else {
    layout.format = xlsx ? SurveyFormat::kGenericXlsx : SurveyFormat::kGenericCsv;
  }
  return layout;
}

SurveyLayout detect_survey_file(const std::string& path) {
  std::unique_ptr<RowSource> source = open_rows(path);
  std::vector<std::string> header, next;
  if (!next_nonblank(*source, header)) {
    throw InputError(path + ": the file is empty; expected a header row with the questions");
  }
  if (!next_nonblank(*source, next)) next.clear();
  return detect_survey_layout(header, next, source->is_xlsx());
}

SurveyReport read_survey(const std::string& path, const Questionnaire& questionnaire,
                         const SurveyOptions& options, ResponseSink& sink) {
  return SurveyReader(path, questionnaire, options, sink).read();
}

}  // namespace s11
