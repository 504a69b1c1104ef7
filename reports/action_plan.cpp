#include "reports/action_plan.h"

#include <algorithm>

#include "base/text.h"
#include "reports/styles.h"
#include "workbooks/columns.h"

namespace s11 {
namespace {

namespace pw = plan_workbook;
using layout::kTextCol;

constexpr int kColumns = column_count(pw::kHeaders);
/// The plan's title is cut to this many characters in its page footer, which holds one line.
constexpr std::size_t kFooterTitleMax = 100;

/// Plan table columns, in the order of pw::kHeaders.
namespace col {
constexpr int kLearningPoints = column_of(pw::kHeaders, pw::kLearningPointsHeader);
constexpr int kAction = column_of(pw::kHeaders, pw::kActionHeader);
constexpr int kEvidence = column_of(pw::kHeaders, pw::kEvidenceHeader);
constexpr int kDue = column_of(pw::kHeaders, pw::kDueHeader);
constexpr int kLead = column_of(pw::kHeaders, pw::kLeadHeader);
constexpr int kProgress = column_of(pw::kHeaders, pw::kProgressHeader);
constexpr int kStatus = column_of(pw::kHeaders, pw::kStatusHeader);
constexpr int kActionStatus = column_of(pw::kHeaders, pw::kActionStatusHeader);
constexpr int kSuggested = column_of(pw::kHeaders, pw::kSuggestedHeader);
constexpr int kPoint = column_of(pw::kHeaders, pw::kPointHeader);
constexpr int kNotes = column_of(pw::kHeaders, pw::kNotesHeader);
}  // namespace col

/// The columns printed for the board end with the action's status: Rule suggests, Point and
/// Notes are for the lead, on screen only.
constexpr int kLastPrinted = col::kActionStatus;
static_assert(col::kSuggested > kLastPrinted && col::kPoint > kLastPrinted &&
                  col::kNotes > kLastPrinted,
              "the internal columns come after the printed ones");

/// The status key above the table: each status in the Learning Points column, its meaning
/// across Action to Progress.
constexpr int kKeyStatusCol = col::kLearningPoints;
constexpr int kKeyMeaningCol = col::kAction;
constexpr int kKeyMeaningLastCol = col::kProgress;

/// Document control: labels and their values (merged across two columns), above the version
/// history table whose columns are pw::kHistoryHeaders.
constexpr int kLabelCol = 0;
constexpr int kValueCol = 1;
constexpr int kValueLastCol = 2;
namespace history_col {
constexpr int kVersion = column_of(pw::kHistoryHeaders, pw::kVersionNoHeader);
constexpr int kDate = column_of(pw::kHistoryHeaders, pw::kHistoryDateHeader);
constexpr int kNotes = column_of(pw::kHistoryHeaders, pw::kHistoryNotesHeader);
}  // namespace history_col
static_assert(history_col::kVersion == kLabelCol && history_col::kNotes == kValueLastCol,
              "the labels above share the history table's columns and widths");

constexpr PlanStatus kKey[] = {PlanStatus::kBlue, PlanStatus::kGreen, PlanStatus::kAmber,
                               PlanStatus::kRed};

layout::Style status_style(PlanStatus status) {
  return status == PlanStatus::kNone ? styles::input()
                                     : styles::rating_fill(plan_status_colour(status));
}

/// What the Action cell says: the action, or for the lines of a row that could not be lined up
/// with its actions, that they are waiting to be moved to one.
std::string action_text(const PlanAction& a) {
  if (!a.unmatched || !a.action.empty()) return a.action;
  return "Not matched to an action: the lines beside this could not be lined up with the "
         "actions above (see the warning for this row); move each to its action";
}

void build_plan_sheet(layout::Sheet& sheet, const ActionPlan& plan) {
  int row = 0;
  sheet.set(row++, kTextCol, plan.title.empty() ? "Safeguarding action plan" : plan.title,
            styles::title());
  layout::Style bold;
  bold.bold = true;
  sheet.set(row++, kTextCol,
            "Status key. Note: in this plan Blue means the action is completed, unlike the "
            "audit's Blue = best practice.",
            bold);
  for (PlanStatus status : kKey) {
    sheet.set(row, kKeyStatusCol, plan_status_label(status), status_style(status));
    sheet.set(row, kKeyMeaningCol, plan_status_meaning(status));
    sheet.merges.push_back({row, kKeyMeaningCol, row, kKeyMeaningLastCol});
    ++row;
  }
  ++row;
  const int header_row = row;
  for (int col = 0; col < kColumns; ++col) {
    sheet.set(header_row, col, std::string(pw::kHeaders[static_cast<std::size_t>(col)]),
              styles::header());
  }
  ++row;
  const int first = row;
  std::string group;
  bool first_group = true;
  for (const auto& a : plan.actions) {
    if (first_group || a.learning_point != group) {
      group = a.learning_point;
      first_group = false;
      sheet.set(row, col::kLearningPoints, group, styles::group());
      for (int c = col::kLearningPoints + 1; c < kColumns; ++c) {
        sheet.set(row, c, "", c <= kLastPrinted ? styles::group() : styles::text());
      }
      sheet.merges.push_back({row, col::kLearningPoints, row, kLastPrinted});
      ++row;
    }
    const int action_row = row;
    const PlanStatus action_status = derived_status(a);
    for (std::size_t i = 0; i < std::max<std::size_t>(a.milestones.size(), 1); ++i) {
      const PlanMilestone empty;
      const PlanMilestone& m = i < a.milestones.size() ? a.milestones[i] : empty;
      const bool first_row = i == 0;
      sheet.set(row, col::kLearningPoints, "", styles::text());
      sheet.set(row, col::kAction, first_row ? action_text(a) : "", styles::text());
      sheet.set(row, col::kEvidence, m.evidence, styles::text());
      if (!m.due_text.empty()) {
        sheet.set(row, col::kDue, m.due_text, styles::text());
      } else if (m.due) {
        sheet.set(row, col::kDue, *m.due, styles::date());
      } else {
        sheet.set(row, col::kDue, m.ongoing ? "On-going" : "", styles::text());
      }
      sheet.set(row, col::kLead, m.lead, styles::text());
      sheet.set(row, col::kProgress, m.progress, styles::text());
      sheet.set(row, col::kStatus, plan_status_label(m.status), status_style(m.status));
      if (first_row) {
        sheet.set(
            row, col::kActionStatus, plan_status_label(action_status),
            action_status == PlanStatus::kNone ? styles::text() : status_style(action_status));
      } else {
        sheet.set(row, col::kActionStatus, "", styles::text());
      }
      const bool differs = m.suggested != PlanStatus::kNone && m.suggested != m.status;
      if (differs) {
        sheet.set(row, col::kSuggested, plan_status_label(m.suggested), status_style(m.suggested));
      } else {
        sheet.set(row, col::kSuggested, "", styles::text());
      }
      sheet.set(row, col::kPoint, first_row ? a.point_id : "", styles::text());
      std::vector<std::string> notes = m.notes;
      // Several different statuses written for one milestone: the worst is shown, all are said.
      std::vector<std::string> written;
      for (const auto& status : m.statuses) {
        if (std::find(written.begin(), written.end(), status) == written.end()) {
          written.push_back(status);
        }
      }
      if (written.size() > 1) {
        notes.push_back("Statuses written: " + join(written, ", ") + "; the worst is shown");
      }
      if (first_row) notes.insert(notes.begin(), a.notes.begin(), a.notes.end());
      sheet.set_list(row, col::kNotes, layout::TextList{notes, "\n", "notes", "", "the notes"},
                     styles::text());
      ++row;
    }
    if (row - action_row > 1) {
      sheet.merges.push_back({action_row, col::kAction, row - 1, col::kAction});
      sheet.merges.push_back({action_row, col::kActionStatus, row - 1, col::kActionStatus});
    }
  }
  const int last = std::max(first, row - 1);
  std::vector<std::string> list;
  for (PlanStatus status : kKey) list.push_back(plan_status_label(status));
  sheet.validations.push_back(
      {{first, col::kStatus, last, col::kStatus},
       list,
       "Choose B-Blue (completed), G-Green (on target), A-Amber (at risk) or R-Red (high risk)"});
  sheet.column_widths = {{col::kLearningPoints, 30}, {col::kAction, 42},
                         {col::kEvidence, 36},       {col::kDue, 16},
                         {col::kLead, 18},           {col::kProgress, 32},
                         {col::kStatus, 13},         {col::kActionStatus, 13},
                         {col::kSuggested, 12},      {col::kPoint, 8},
                         {col::kNotes, 30}};
  sheet.print_area =
      layout::Range{0, col::kLearningPoints, std::max(header_row, row - 1), kLastPrinted};
  sheet.freeze_rows = header_row + 1;
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
  sheet.footer = layout::PageText{
      layout::abbreviate(plan.title.empty() ? "Action plan" : plan.title, kFooterTitleMax),
      sheet.name, "", true};
  layout::fit_row_heights(sheet);
}

void build_control_sheet(layout::Sheet& sheet, const ActionPlan& plan) {
  sheet.set(0, kTextCol, std::string(pw::kControlTitle), styles::title());
  layout::Style label = styles::text();
  label.bold = true;
  int row = 1;
  auto info = [&](std::string_view name, const std::string& value) {
    sheet.set(row, kLabelCol, std::string(name), label);
    sheet.set(row, kValueCol, value, styles::text());
    sheet.merges.push_back({row, kValueCol, row, kValueLastCol});
    ++row;
  };
  info(pw::kDocumentLabel, plan.title);
  info(pw::kOwnerLabel, plan.owner);
  info(pw::kAuthorLabel, plan.author);
  info(pw::kLastReviewedLabel, plan.last_reviewed);
  info(pw::kNextReviewLabel, plan.next_review);
  info(pw::kVersionLabel, plan.version);
  // The approval block ([approval] in audit.ini): lines to write in until it is given.
  const bool approved =
      !plan.approved_by.empty() || !plan.approval_meeting.empty() || !plan.approval_date.empty();
  info(pw::kApprovedByLabel, approved ? plan.approved_by : std::string(pw::kNotYetApproved));
  info(pw::kMeetingLabel, plan.approval_meeting);
  info(pw::kApprovalDateLabel, plan.approval_date);
  ++row;
  layout::Style heading;
  heading.bold = true;
  sheet.set(row++, kTextCol, std::string(pw::kHistoryHeading), heading);
  for (std::size_t i = 0; i < pw::kHistoryHeaders.size(); ++i) {
    sheet.set(row, static_cast<int>(i), std::string(pw::kHistoryHeaders[i]), styles::header());
  }
  ++row;
  for (const auto& v : plan.history) {
    sheet.set(row, history_col::kVersion, v.version, styles::text());
    sheet.set(row, history_col::kDate, v.date, styles::text());
    sheet.set(row, history_col::kNotes, v.notes, styles::text());
    ++row;
  }
  sheet.column_widths = {
      {history_col::kVersion, 22}, {history_col::kDate, 24}, {history_col::kNotes, 70}};
  sheet.landscape = true;
  sheet.fit_to_width = true;
  layout::fit_row_heights(sheet);
}

}  // namespace

layout::Workbook build_action_plan(const ActionPlan& plan, const Date& created) {
  layout::Workbook book;
  book.title = plan.title.empty() ? "Safeguarding action plan" : plan.title;
  book.subject = "Section 11 action plan";
  book.author = plan.author;
  book.created = created;
  add_action_plan_sheet(book, plan);
  build_control_sheet(book.add_sheet(kPlanControlSheet), plan);
  return book;
}

void add_action_plan_sheet(layout::Workbook& book, const ActionPlan& plan) {
  build_plan_sheet(book.add_sheet(kActionPlanSheet), plan);
}

}  // namespace s11
