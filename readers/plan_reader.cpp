#include "readers/plan_reader.h"

#include <algorithm>
#include <array>
#include <optional>

#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/text.h"
#include "base/written_dates.h"
#include "base/xlsx_reader.h"
#include "workbooks/plan_workbook.h"

namespace s11 {
namespace {

namespace pw = plan_workbook;

enum Column { kLearningPoint, kAction, kEvidence, kDue, kLead, kProgress, kStatus, kPoint, kCount };

constexpr std::array<std::string_view, kCount> kColumnNames = {
    pw::kLearningPointsHeader, pw::kActionHeader,   pw::kEvidenceHeader, pw::kDueHeader,
    pw::kLeadHeader,           pw::kProgressHeader, pw::kStatusHeader,   pw::kPointHeader};
// Nouns for "could not split N ... across M actions".
constexpr std::array<const char*, kCount> kColumnNouns = {
    "learning points", "actions",        "evidence items", "dates",
    "leads",           "progress notes", "statuses",       "points"};

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::optional<Column> header_kind(const std::string& raw) {
  const std::string h = normalise(raw);
  if (starts_with(h, "learning point")) return kLearningPoint;
  if (h == normalise(pw::kActionHeader) || h == "actions" || h == "action(s)") return kAction;
  if (starts_with(h, normalise(pw::kEvidenceHeader))) return kEvidence;
  if (h.find("date") != std::string::npos && h.find("review") == std::string::npos) return kDue;
  if (starts_with(h, normalise(pw::kLeadHeader))) return kLead;
  if (starts_with(h, normalise(pw::kProgressHeader))) return kProgress;
  if (starts_with(h, "status") || starts_with(h, "rag")) return kStatus;
  if (h == normalise(pw::kPointHeader)) return kPoint;
  return std::nullopt;
}

struct Table {
  const xlsx::Sheet* sheet = nullptr;
  int header_row = -1;
  std::array<int, kCount> columns{};
};

// A HeaderMatch: whether `text` is a header of the column named `name` in kColumnNames.
bool is_column(std::string_view text, std::string_view name) {
  const auto kind = header_kind(std::string(text));
  return kind && name == kColumnNames[*kind];
}

std::optional<Table> find_table(const xlsx::Workbook& book) {
  // A row with three of the columns (Point aside) is the header row.
  HeaderSearch search{{kColumnNames.begin(), kColumnNames.end()}, {}, 3, 0, is_column};
  for (std::size_t c = 0; c < kColumnNames.size(); ++c) {
    if (c != static_cast<std::size_t>(kPoint)) search.keys.emplace_back(kColumnNames[c]);
  }
  for (const auto& sheet : book.sheets) {
    if (const auto found = find_header_row(sheet, search)) {
      Table table{&sheet, found->row, {}};
      std::copy(found->columns.begin(), found->columns.end(), table.columns.begin());
      return table;
    }
  }
  return std::nullopt;
}

bool all_same(const std::vector<std::string>& items) {
  for (const auto& item : items) {
    if (normalise(item) != normalise(items.front())) return false;
  }
  return true;
}

std::string join_paragraphs(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += out.empty() ? item : "\n\n" + item;
  return out;
}

class Reader {
 public:
  Reader(const xlsx::Workbook& book, const Table& table, const PlanSettings& settings,
         ActionPlan& plan)
      : book_(book), table_(table), sheet_(*table.sheet), settings_(settings), plan_(plan) {}

  // Reads the table's rows; returns the row after the table.
  int read_actions() {
    std::string learning_point;
    std::string last_action;
    int row = table_.header_row + 1;
    for (; row < sheet_.row_count(); ++row) {
      // Blank rows are passed over by the stored cells, not one by one.
      const auto next = sheet_.cells.lower_bound({row, 0});
      if (next != sheet_.cells.end() && next->first.first > row) row = next->first.first;
      if (is_document_control(row)) break;
      const std::string lp = trim(text(row, kLearningPoint));
      if (!lp.empty()) learning_point = lp;
      std::string action = trim(text(row, kAction));
      bool other = false;
      for (int c : {kEvidence, kDue, kLead, kProgress, kStatus}) {
        other = other || !trim(text(row, static_cast<Column>(c))).empty();
      }
      if (action.empty()) {
        if (!other) continue;
        if (last_action.empty()) {
          flag(where(row, kAction) +
               ": a line with no action above it; expected the action in the "
               "Action column");
          continue;
        }
        add_milestone_row(row);
        continue;
      }
      last_action = action;
      add_row(row, learning_point, paragraphs(action));
    }
    return row;
  }

 private:
  std::string text(int row, Column column) const {
    const int col = table_.columns[column];
    return col < 0 ? "" : xlsx::display_text(sheet_.at(row, col));
  }

  std::string where(int row, Column column) const {
    const int col = std::max(table_.columns[column], 0);
    return book_.path + ": " + sheet_.name + "!" + xlsx::cell_name(row, col);
  }

  bool is_document_control(int row) const {
    for (const auto& [position, cell] : sheet_.row_cells(row)) {
      if (normalise(xlsx::display_text(cell)) == normalise(pw::kControlTitle)) {
        return true;
      }
    }
    return false;
  }

  // The parts of one cell for `count` actions (see plan_reader.h); `whole` is set when the
  // cell could not be split and is kept on the first action.
  std::vector<std::string> split(int row, Column column, std::size_t count, bool& whole) {
    whole = false;
    const std::string cell = text(row, column);
    std::vector<std::string> parts = paragraphs(cell);
    if (parts.empty()) return std::vector<std::string>(count);
    if (all_same(parts)) return std::vector<std::string>(count, parts.front());
    if (count == 1) return {join_paragraphs(parts)};
    if (parts.size() == count) return parts;
    whole = true;
    flag(where(row, column) + ": could not split " + std::to_string(parts.size()) + " " +
         kColumnNouns[column] + " across " + std::to_string(count) +
         " actions; kept the cell whole on the first action");
    std::vector<std::string> out(count);
    out[0] = cell;
    return out;
  }

  // Reads the row's milestone cells for `count` actions: one milestone each.
  std::vector<PlanMilestone> milestones(int row, std::size_t count) {
    bool ignored = false;
    bool dates_whole = false;
    const auto evidence = split(row, kEvidence, count, ignored);
    const auto leads = split(row, kLead, count, ignored);
    const auto progress = split(row, kProgress, count, ignored);
    const auto statuses = split(row, kStatus, count, ignored);
    const auto dates = split(row, kDue, count, dates_whole);
    // The first action reads the date cell itself (an Excel date, or text kept whole).
    const bool single_cell = count == 1 || dates_whole;
    std::vector<PlanMilestone> out;
    for (std::size_t i = 0; i < count; ++i) {
      PlanMilestone m;
      m.evidence = evidence[i];
      m.lead = leads[i];
      m.progress = progress[i];
      m.source = where(row, kEvidence);
      read_status(row, statuses[i], m);
      const bool from_cell = single_cell && i == 0 && table_.columns[kDue] >= 0;
      read_due(row, from_cell, dates[i], m);
      out.push_back(std::move(m));
    }
    return out;
  }

  void add_row(int row, const std::string& learning_point,
               const std::vector<std::string>& actions) {
    const std::size_t count = actions.size();
    bool ignored = false;
    const auto points = split(row, kPoint, count, ignored);
    auto ms = milestones(row, count);
    for (std::size_t i = 0; i < count; ++i) {
      PlanAction a;
      a.learning_point = learning_point;
      a.action = actions[i];
      a.point_id = trim(points[i]);
      a.carried = true;
      a.source = where(row, kAction);
      a.milestones.push_back(std::move(ms[i]));
      plan_.actions.push_back(std::move(a));
    }
  }

  // A row with a blank Action cell: a further milestone of the action above.
  void add_milestone_row(int row) {
    auto ms = milestones(row, 1);
    plan_.actions.back().milestones.push_back(std::move(ms.front()));
  }

  void read_status(int row, const std::string& cell, PlanMilestone& m) {
    for (const auto& part : paragraphs(cell)) {
      m.statuses.push_back(part);
      if (auto status = parse_plan_status(part)) {
        m.status = worse_status(m.status, *status);
      } else {
        flag(where(row, kStatus) + ": status " + quoted_cell(part) +
             " is not a plan status; expected B-Blue, G-Green, A-Amber or R-Red");
      }
    }
  }

  void read_due(int row, bool from_cell, const std::string& text, PlanMilestone& a) {
    WrittenDate date;
    if (from_cell) {
      const xlsx::Cell& cell = sheet_.at(row, table_.columns[kDue]);
      date = parse_written_date_cell(cell, book_.date1904);
      a.due_text = trim(cell.type == xlsx::CellType::kString ? text : "");
    } else {
      date = parse_written_date(text);
      a.due_text = trim(text);
    }
    a.ongoing = date.ongoing;
    for (const auto& problem : date.problems) flag(where(row, kDue) + ": " + problem);
    if (date.date &&
        !is_plausible_date(*date.date, settings_.audit_date, settings_.plausible_years)) {
      const std::string shown = a.due_text.empty() ? date.date->long_text() : a.due_text;
      flag(where(row, kDue) + ": " +
           implausible_date_message(shown, settings_.audit_date, settings_.plausible_years));
      a.notes.push_back("Completion date " + quoted_cell(shown) + " is implausible");
      if (a.due_text.empty()) a.due_text = shown;
      return;
    }
    a.due = date.date;
  }

  // Records a flag once: a cell shared by several actions (one date or status for all of them)
  // is one problem, not one per action.
  void flag(std::string message) {
    if (std::find(plan_.flags.begin(), plan_.flags.end(), message) == plan_.flags.end()) {
      plan_.flags.push_back(std::move(message));
    }
  }

  const xlsx::Workbook& book_;
  const Table& table_;
  const xlsx::Sheet& sheet_;
  const PlanSettings& settings_;
  ActionPlan& plan_;
};

// The next non-empty cell right of (row, col), as text.
std::string value_right(const xlsx::Sheet& sheet, int row, int col) {
  for (const auto& [position, cell] : sheet.row_cells(row)) {
    if (position.second <= col) continue;
    if (cell.type == xlsx::CellType::kNumber && cell.date_format) {
      if (auto date = from_excel_serial(cell.number)) return date->long_text();
    }
    std::string value = trim(xlsx::display_text(cell));
    if (!value.empty()) return value;
  }
  return "";
}

std::string label_of(const std::string& text) {
  std::string label = normalise(text);
  while (!label.empty() && (label.back() == ':' || label.back() == '.')) label.pop_back();
  return trim(label);
}

void read_version_history(const xlsx::Sheet& sheet, int row, int col, ActionPlan& plan) {
  int date_col = -1, notes_col = -1;
  for (const auto& [position, cell] : sheet.row_cells(row)) {
    const int c = position.second;
    if (c <= col) continue;
    const std::string label = label_of(xlsx::display_text(cell));
    if (label == label_of(std::string(pw::kHistoryDateHeader)) && date_col < 0) date_col = c;
    if (label == label_of(std::string(pw::kHistoryNotesHeader)) && notes_col < 0) notes_col = c;
  }
  for (int r = row + 1; r < sheet.row_count(); ++r) {
    auto cell_text = [&](int c) {
      if (c < 0) return std::string();
      const xlsx::Cell& cell = sheet.at(r, c);
      if (cell.type == xlsx::CellType::kNumber && cell.date_format) {
        if (auto date = from_excel_serial(cell.number)) return date->long_text();
      }
      return trim(xlsx::display_text(cell));
    };
    PlanVersion version{cell_text(col), cell_text(date_col), cell_text(notes_col)};
    if (version.version.empty() && version.date.empty() && version.notes.empty()) break;
    plan.history.push_back(version);
  }
}

void read_document_control(const xlsx::Sheet& sheet, int first_row, int last_row,
                           ActionPlan& plan) {
  for (int row = first_row; row < std::min(last_row, sheet.row_count()); ++row) {
    for (const auto& [position, cell] : sheet.row_cells(row)) {
      const int col = position.second;
      const std::string label = label_of(xlsx::display_text(cell));
      if (label.empty()) continue;
      if (starts_with(label, label_of(std::string(pw::kVersionNoHeader)))) {
        read_version_history(sheet, row, col, plan);
        break;
      }
      std::string* field = label == "document"                 ? &plan.title
                           : label == "owner"                  ? &plan.owner
                           : label == "author"                 ? &plan.author
                           : label == "version"                ? &plan.version
                           : label == "date last reviewed"     ? &plan.last_reviewed
                           : starts_with(label, "next review") ? &plan.next_review
                                                               : nullptr;
      if (field && field->empty()) {
        *field = value_right(sheet, row, col);
        break;
      }
    }
  }
}

}  // namespace

ActionPlan read_plan(const std::string& path, const PlanSettings& settings) {
  const xlsx::Workbook book = xlsx::read_workbook(path);
  const auto table = find_table(book);
  if (!table) {
    throw InputError(path +
                     ": no action plan table found; expected a header row with Learning Points "
                     "| Action | Evidence | Completion date | Lead | Progress | Status");
  }
  const xlsx::Sheet& sheet = *table->sheet;
  if (table->columns[kAction] < 0) {
    std::vector<std::string> headers;
    int first = -1;
    for (const auto& [position, cell] : sheet.row_cells(table->header_row)) {
      std::string header = trim(xlsx::display_text(cell));
      if (header.empty()) continue;
      headers.push_back(quoted_cell(header));
      if (first < 0) first = position.second;
    }
    const std::string found = join(headers, ", ");
    first = std::max(first, 0);
    throw InputError(path + ": " + sheet.name + "!" + xlsx::cell_name(table->header_row, first) +
                     ": the header row has no Action column (found " + found +
                     "); expected a column headed \"Action\"");
  }
  ActionPlan plan;
  plan.path = path;
  Reader reader(book, *table, settings, plan);
  const int end = reader.read_actions();
  read_document_control(sheet, end, sheet.row_count(), plan);
  for (const auto& other : book.sheets) {
    if (&other != &sheet) read_document_control(other, 0, other.row_count(), plan);
  }
  if (plan.title.empty()) {
    for (int row = 0; row < table->header_row && plan.title.empty(); ++row) {
      for (const auto& [position, cell] : sheet.row_cells(row)) {
        plan.title = trim(xlsx::display_text(cell));
        if (!plan.title.empty()) break;
      }
    }
  }
  return plan;
}

}  // namespace s11
