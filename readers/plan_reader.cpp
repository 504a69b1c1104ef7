#include "readers/plan_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "base/date_period.h"
#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
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

// The columns holding one paragraph per milestone, in the order their counts are reported.
constexpr std::array<Column, 5> kMilestoneColumns = {kEvidence, kDue, kLead, kProgress, kStatus};

// Nouns for counts in messages, singular and plural.
constexpr std::array<std::array<const char*, 2>, kCount> kColumnNouns = {{
    {"learning point", "learning points"},
    {"action", "actions"},
    {"evidence item", "evidence items"},
    {"date", "dates"},
    {"lead", "leads"},
    {"progress note", "progress notes"},
    {"status", "statuses"},
    {"point", "points"},
}};

// Beyond this many paragraph pairings in one row (a cell of thousands of paragraphs) the row
// is not aligned by position: its paragraphs are kept unmatched instead.
constexpr std::size_t kMaxAlignmentCells = std::size_t{1} << 20;

bool starts_with(const std::string& text, std::string_view prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::string count_of(std::size_t n, Column column) {
  return std::to_string(n) + " " + kColumnNouns[column][n == 1 ? 0 : 1];
}

std::optional<Column> header_kind(const std::string& raw) {
  const std::string h = normalise(raw);
  if (starts_with(h, "learning point")) return kLearningPoint;
  if (h == normalise(pw::kActionHeader) || h == "actions" || h == "action(s)") return kAction;
  if (starts_with(h, normalise(pw::kEvidenceHeader))) return kEvidence;
  // "Update" holds "date": progress words first.
  if (starts_with(h, normalise(pw::kProgressHeader)) || starts_with(h, "update") ||
      starts_with(h, "comment")) {
    return kProgress;
  }
  if ((h.find("date") != std::string::npos && h.find("review") == std::string::npos) ||
      h == "due" || starts_with(h, "due ") || starts_with(h, "deadline")) {
    return kDue;
  }
  if (starts_with(h, normalise(pw::kLeadHeader)) || starts_with(h, "owner") ||
      starts_with(h, "responsible")) {
    return kLead;
  }
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

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// One paragraph of a cell: a run of non-blank lines.
struct Paragraph {
  std::string text;  ///< Its lines, each trimmed, joined by "\n".
  double top = 0;    ///< Its first line's place in the cell, in estimated lines as displayed.
};

// A cell's paragraphs, placed as the cell displays them.
struct CellParagraphs {
  std::vector<Paragraph> items;
  bool padded = false;  ///< A run of two or more blank lines before or between paragraphs.
};

// Each line takes ceil(characters / width) display lines, a blank line one.
CellParagraphs laid_out(const std::string& cell, double width) {
  CellParagraphs out;
  const double per_line = std::max(width, 1.0);
  double y = 0;
  int blank_run = 0;
  bool in_paragraph = false;
  std::size_t start = 0;
  while (start <= cell.size()) {
    std::size_t end = cell.find('\n', start);
    if (end == std::string::npos) end = cell.size();
    const std::string line = trim(std::string_view(cell).substr(start, end - start));
    start = end + 1;
    if (line.empty()) {
      ++blank_run;
      in_paragraph = false;
      y += 1;
      continue;
    }
    if (blank_run >= 2) out.padded = true;
    blank_run = 0;
    if (in_paragraph) {
      out.items.back().text += "\n" + line;
    } else {
      out.items.push_back({line, y});
      in_paragraph = true;
    }
    y += std::max(1.0, std::ceil(static_cast<double>(utf8_length(line)) / per_line));
  }
  return out;
}

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Pairs `items` (places, in order) with `slots` (places, in order) keeping both orders, and
// returns the slot of each item. Fewer items than slots: each item has its own slot, the sum
// of |item - slot| least. More items than slots: every slot has at least one item, an item
// after the first of its slot continues it, and the sum of |first item - slot| is least.
// Equal counts pair in order. Ties go to the earlier slot.
std::vector<std::size_t> align(const std::vector<double>& items, const std::vector<double>& slots) {
  const std::size_t n = items.size();
  const std::size_t m = slots.size();
  std::vector<std::size_t> out(n);
  if (n == 0 || m == 0) return out;
  if (n == m || m == 1) {
    for (std::size_t j = 0; j < n; ++j) out[j] = m == 1 ? 0 : j;
    return out;
  }
  // cost[j * m + k]: least cost of items 0..j with item j on slot k; from[]: item j-1's slot.
  std::vector<double> cost(n * m, kInfinity);
  std::vector<std::size_t> from(n * m, 0);
  const auto gap = [&](std::size_t j, std::size_t k) { return std::fabs(items[j] - slots[k]); };
  if (n < m) {
    for (std::size_t k = 0; k < m; ++k) cost[k] = gap(0, k);
    for (std::size_t j = 1; j < n; ++j) {
      double best = kInfinity;
      std::size_t best_k = 0;
      for (std::size_t k = 1; k < m; ++k) {
        if (cost[(j - 1) * m + k - 1] < best) {
          best = cost[(j - 1) * m + k - 1];
          best_k = k - 1;
        }
        if (best < kInfinity) {
          cost[j * m + k] = best + gap(j, k);
          from[j * m + k] = best_k;
        }
      }
    }
  } else {
    cost[0] = gap(0, 0);
    for (std::size_t j = 1; j < n; ++j) {
      for (std::size_t k = 0; k < m; ++k) {
        const double stay = cost[(j - 1) * m + k];
        const double move = k > 0 ? cost[(j - 1) * m + k - 1] + gap(j, k) : kInfinity;
        if (move < stay) {
          cost[j * m + k] = move;
          from[j * m + k] = k - 1;
        } else if (stay < kInfinity) {
          cost[j * m + k] = stay;
          from[j * m + k] = k;
        }
      }
    }
  }
  std::size_t k = m - 1;
  if (n < m) {
    for (std::size_t c = 0; c < m; ++c) {
      if (cost[(n - 1) * m + c] < cost[(n - 1) * m + k] ||
          (cost[(n - 1) * m + c] == cost[(n - 1) * m + k] && c < k)) {
        k = c;
      }
    }
  }
  for (std::size_t j = n; j-- > 0;) {
    out[j] = k;
    k = from[j * m + k];
  }
  return out;
}

// One milestone as read: each column's paragraphs that belong to it.
struct MilestoneParts {
  std::array<std::vector<std::string>, kCount> parts;
};

class Reader {
 public:
  Reader(const xlsx::Workbook& book, const Table& table, const PlanSettings& settings,
         ActionPlan& plan)
      : book_(book), table_(table), sheet_(*table.sheet), settings_(settings), plan_(plan) {}

  // Reads the table's rows; returns the row after the table.
  int read_actions() {
    std::string learning_point;
    int row = table_.header_row + 1;
    for (; row < sheet_.row_count(); ++row) {
      // Blank rows are passed over by the stored cells, not one by one.
      const auto next = sheet_.cells.lower_bound({row, 0});
      if (next != sheet_.cells.end() && next->first.first > row) row = next->first.first;
      if (is_document_control(row)) break;
      const std::string lp = trim(text(row, kLearningPoint));
      if (!lp.empty()) learning_point = lp;
      read_row(row, learning_point);
    }
    inherit_leads();
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

  CellParagraphs cell_paragraphs(int row, Column column) const {
    const int col = table_.columns[column];
    if (col < 0) return {};
    return laid_out(text(row, column), sheet_.column_width(col));
  }

  // Reads one table row: its actions, its milestones, and how they pair (plan_reader.h).
  void read_row(int row, const std::string& learning_point) {
    std::array<CellParagraphs, kCount> cells;
    for (const Column c : {kAction, kEvidence, kDue, kLead, kProgress, kStatus}) {
      cells[c] = cell_paragraphs(row, c);
    }
    bool other = false;
    for (const Column c : kMilestoneColumns) other = other || !cells[c].items.empty();
    const bool continues = cells[kAction].items.empty();
    // The action a row with a blank Action cell continues: the last one read (not the
    // paragraphs of a row kept unmatched after it).
    PlanAction* above = nullptr;
    for (auto a = plan_.actions.rbegin(); a != plan_.actions.rend() && !above; ++a) {
      if (!a->unmatched) above = &*a;
    }
    if (continues) {
      if (!other) return;
      if (!above) {
        flag(where(row, kAction) +
             ": a line with no action above it; expected the action in the Action column");
        return;
      }
    }
    const std::size_t evidence = cells[kEvidence].items.size();
    const std::size_t dates = cells[kDue].items.size();
    std::size_t count = std::max(evidence, dates);
    Column spine = evidence >= dates ? kEvidence : kDue;
    if (count == 0) {
      for (const Column c : {kProgress, kStatus, kLead}) {
        if (cells[c].items.size() > count) {
          count = cells[c].items.size();
          spine = c;
        }
      }
    }
    count = std::max<std::size_t>(count, 1);

    // Columns with as many paragraphs as there are milestones pair in order and give each
    // milestone its place: the mean of their paragraphs' places.
    std::vector<MilestoneParts> milestones(count);
    std::vector<double> places(count, 0);
    int anchors = 0;
    for (const Column c : kMilestoneColumns) {
      if (cells[c].items.size() != count) continue;
      ++anchors;
      for (std::size_t i = 0; i < count; ++i) {
        places[i] += cells[c].items[i].top;
        milestones[i].parts[c].push_back(cells[c].items[i].text);
      }
    }
    for (double& place : places) place = anchors > 0 ? place / anchors : 0;

    // The other columns, grouped by paragraph count (columns of equal count pair in order),
    // by position when blank lines keep them level, or else kept unmatched.
    std::vector<Column> unaligned;
    std::vector<bool> done(kCount, false);
    for (const Column c : kMilestoneColumns) {
      const std::size_t n = cells[c].items.size();
      if (n == count || n == 0 || done[c]) continue;
      std::vector<Column> group;
      bool padded = true;
      for (const Column d : kMilestoneColumns) {
        if (cells[d].items.size() != n) continue;
        group.push_back(d);
        done[d] = true;
        padded = padded && cells[d].padded;
      }
      if (count > 1 && n > 1 && (!padded || anchors == 0 || n * count > kMaxAlignmentCells)) {
        unaligned.insert(unaligned.end(), group.begin(), group.end());
        continue;
      }
      std::vector<double> items(n, 0);
      for (const Column d : group) {
        for (std::size_t j = 0; j < n; ++j)
          items[j] += cells[d].items[j].top / static_cast<double>(group.size());
      }
      const auto slot = align(items, places);
      for (const Column d : group) {
        for (std::size_t j = 0; j < n; ++j) {
          milestones[slot[j]].parts[d].push_back(cells[d].items[j].text);
        }
      }
    }

    // The actions: the row's own, or the action above continued by a row with a blank Action
    // cell. Milestones pair with them in order, by position, or are kept unmatched.
    const std::size_t actions = continues ? 1 : cells[kAction].items.size();
    std::vector<std::size_t> owner(count, 0);
    bool actions_aligned = true;
    if (actions > 1 && actions != count) {
      if (!cells[kAction].padded || actions * count > kMaxAlignmentCells) {
        actions_aligned = false;
      } else {
        std::vector<double> tops;
        for (const auto& p : cells[kAction].items) tops.push_back(p.top);
        owner = align(places, tops);
      }
    } else if (actions == count) {
      for (std::size_t i = 0; i < count; ++i) owner[i] = i;
    }

    std::vector<PlanAction*> targets;
    if (continues) {
      targets.push_back(above);
    } else {
      const std::size_t first = plan_.actions.size();
      for (const auto& paragraph : cells[kAction].items) {
        PlanAction a;
        a.learning_point = learning_point;
        a.action = paragraph.text;
        a.carried = true;
        a.source = where(row, kAction);
        plan_.actions.push_back(std::move(a));
      }
      const auto points = paragraphs(text(row, kPoint));
      for (std::size_t i = 0; i < actions; ++i) {
        PlanAction& a = plan_.actions[first + i];
        if (points.size() == actions) a.point_id = points[i];
        if (points.size() == 1) a.point_id = points[0];
      }
      for (std::size_t i = 0; i < actions; ++i) targets.push_back(&plan_.actions[first + i]);
    }

    PlanAction bucket;
    bucket.learning_point = continues ? above->learning_point : learning_point;
    bucket.unmatched = true;
    bucket.carried = true;
    bucket.source = where(row, kAction);
    for (std::size_t i = 0; i < count; ++i) {
      PlanMilestone m = milestone(row, milestones[i], spine);
      if (actions_aligned) {
        targets[owner[i]]->milestones.push_back(std::move(m));
      } else {
        bucket.milestones.push_back(std::move(m));
      }
    }
    if (!unaligned.empty()) {
      MilestoneParts rest;
      for (const Column c : unaligned) {
        for (const auto& p : cells[c].items) rest.parts[c].push_back(p.text);
      }
      bucket.milestones.push_back(milestone(row, rest, unaligned.front()));
    }
    if (!bucket.milestones.empty()) {
      warn_unmatched(row, cells, actions, actions_aligned ? 0 : count, unaligned);
      plan_.actions.push_back(std::move(bucket));
    }
  }

  void warn_unmatched(int row, const std::array<CellParagraphs, kCount>& cells, std::size_t actions,
                      std::size_t milestones, const std::vector<Column>& unaligned) {
    std::vector<std::string> counts{count_of(actions, kAction)};
    for (const Column c : kMilestoneColumns) {
      if (!cells[c].items.empty()) counts.push_back(count_of(cells[c].items.size(), c));
    }
    std::vector<std::string> kept;
    if (milestones > 0) {
      kept.push_back(std::to_string(milestones) + (milestones == 1 ? " milestone" : " milestones"));
    }
    for (const Column c : unaligned) kept.push_back(count_of(cells[c].items.size(), c));
    flag(where(row, kAction) + ": could not match the paragraphs of row " +
         std::to_string(row + 1) + " (" + join_list(counts, "and") +
         "); blank lines do not keep them level; kept " + join_list(kept, "and") +
         " under \"not matched to an action\"; give each action its own row, or line its "
         "paragraphs up with blank lines");
  }

  PlanMilestone milestone(int row, const MilestoneParts& parts, Column source) {
    PlanMilestone m;
    m.evidence = join(parts.parts[kEvidence], "\n\n");
    m.lead = join(parts.parts[kLead], "\n\n");
    m.progress = join(parts.parts[kProgress], "\n\n");
    const bool own_cell = parts.parts[kEvidence].empty() || table_.columns[kEvidence] < 0;
    m.source = where(row, own_cell ? source : kEvidence);
    for (const auto& status : parts.parts[kStatus]) read_status(row, status, m);
    read_due(row, parts.parts[kDue], m);
    return m;
  }

  void read_status(int row, const std::string& text, PlanMilestone& m) {
    m.statuses.push_back(text);
    if (auto status = parse_plan_status(text)) {
      m.status = worse_status(m.status, *status);
    } else {
      flag(where(row, kStatus) + ": status " + quoted_cell(text) +
           " is not a plan status; expected B-Blue, G-Green, A-Amber or R-Red");
    }
  }

  // Every date paragraph is read and checked on its own; the milestone is due on the latest
  // plausible one.
  void read_due(int row, const std::vector<std::string>& texts, PlanMilestone& m) {
    m.due_text = join(texts, "\n\n");
    const int col = table_.columns[kDue];
    const bool typed = col < 0 || sheet_.at(row, col).type == xlsx::CellType::kString;
    if (!typed && texts.size() == 1) {
      // An Excel date (or a number) in the cell itself.
      m.due_text.clear();
      check_date(row, parse_written_date_cell(sheet_.at(row, col), book_.date1904), "", m);
      return;
    }
    for (const auto& text : texts) check_date(row, parse_written_date(text), text, m);
  }

  void check_date(int row, const WrittenDate& date, const std::string& text, PlanMilestone& m) {
    m.ongoing = m.ongoing || date.ongoing;
    for (const auto& problem : date.problems) flag(where(row, kDue) + ": " + problem);
    if (!date.date) return;
    if (!is_plausible_date(*date.date, settings_.audit_date, settings_.plausible_years)) {
      const std::string shown = text.empty() ? date.date->long_text() : text;
      // A date cell (no text) may be LibreOffice's reading of a typed "Mar-16".
      const int year = settings_.audit_date.year;
      const std::string hint = text.empty()
                                   ? typed_month_hint(*date.date, year - settings_.plausible_years,
                                                      year + settings_.plausible_years)
                                   : "";
      flag(where(row, kDue) + ": " +
           implausible_date_message(shown, settings_.audit_date, settings_.plausible_years) + hint);
      m.notes.push_back("Completion date " + quoted_cell(shown) + " is implausible");
      if (m.due_text.empty()) m.due_text = shown;
      return;
    }
    if (!m.due || *m.due < *date.date) m.due = date.date;
  }

  // A milestone with no lead of its own has the lead above it within its action.
  void inherit_leads() {
    for (auto& action : plan_.actions) {
      if (action.unmatched) continue;
      std::string lead;
      for (auto& m : action.milestones) {
        if (m.lead.empty()) {
          m.lead = lead;
        } else {
          lead = m.lead;
        }
      }
    }
  }

  // Records a flag once.
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
  const xlsx::Workbook book = read_spreadsheet(path);
  const auto table = find_table(book);
  if (!table) {
    throw InputError(path + ": no action plan table found (the workbook has " + sheet_list(book) +
                     "); expected a header row with Learning Points "
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
