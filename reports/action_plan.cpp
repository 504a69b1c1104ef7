#include "reports/action_plan.h"

#include <iterator>

#include "reports/styles.h"

namespace s11 {
namespace {

constexpr int kColumns = static_cast<int>(std::size(kPlanHeaders));
constexpr int kStatusCol = 6;

constexpr PlanStatus kKey[] = {PlanStatus::kBlue, PlanStatus::kGreen, PlanStatus::kAmber,
                               PlanStatus::kRed};

layout::Style status_style(PlanStatus status) {
  return status == PlanStatus::kNone ? styles::input()
                                     : styles::rating_fill(plan_status_colour(status));
}

void build_plan_sheet(layout::Sheet& sheet, const ActionPlan& plan) {
  int row = 0;
  sheet.set(row++, 0, plan.title.empty() ? "Safeguarding action plan" : plan.title,
            styles::title());
  layout::Style bold;
  bold.bold = true;
  sheet.set(row++, 0,
            "Status key. Note: in this plan Blue means the action is completed, unlike the "
            "audit's Blue = best practice.",
            bold);
  for (PlanStatus status : kKey) {
    sheet.set(row, 0, plan_status_label(status), status_style(status));
    sheet.set(row, 1, plan_status_meaning(status));
    sheet.merges.push_back({row, 1, row, 5});
    ++row;
  }
  ++row;
  const int header_row = row;
  for (int col = 0; col < kColumns; ++col) {
    sheet.set(header_row, col, std::string(kPlanHeaders[col]), styles::header());
  }
  ++row;
  const int first = row;
  std::string group;
  bool first_group = true;
  for (const auto& a : plan.actions) {
    if (first_group || a.learning_point != group) {
      group = a.learning_point;
      first_group = false;
      sheet.set(row, 0, group, styles::group());
      for (int col = 1; col < kColumns; ++col) sheet.set(row, col, "", styles::group());
      sheet.merges.push_back({row, 0, row, kColumns - 1});
      ++row;
    }
    sheet.set(row, 0, "", styles::text());
    sheet.set(row, 1, a.action, styles::text());
    sheet.set(row, 2, a.evidence, styles::text());
    if (!a.due_text.empty()) {
      sheet.set(row, 3, a.due_text, styles::text());
    } else if (a.due) {
      sheet.set(row, 3, *a.due, styles::date());
    } else {
      sheet.set(row, 3, a.ongoing ? "On-going" : "", styles::text());
    }
    sheet.set(row, 4, a.lead, styles::text());
    sheet.set(row, 5, a.progress, styles::text());
    sheet.set(row, kStatusCol, plan_status_label(a.status), status_style(a.status));
    const bool differs = a.suggested != PlanStatus::kNone && a.suggested != a.status;
    if (differs) {
      sheet.set(row, 7, plan_status_label(a.suggested), status_style(a.suggested));
    } else {
      sheet.set(row, 7, "", styles::text());
    }
    sheet.set(row, 8, a.point_id, styles::text());
    std::string notes;
    for (const auto& note : a.notes) notes += (notes.empty() ? "" : "\n") + note;
    sheet.set(row, 9, notes, styles::text());
    ++row;
  }
  const int last = std::max(first, row - 1);
  std::vector<std::string> list;
  for (PlanStatus status : kKey) list.push_back(plan_status_label(status));
  sheet.validations.push_back(
      {{first, kStatusCol, last, kStatusCol}, list,
       "Choose B-Blue (completed), G-Green (on target), A-Amber (at risk) or R-Red (high risk)"});
  sheet.column_widths = {{0, 30}, {1, 42}, {2, 36}, {3, 16}, {4, 18},
                         {5, 32}, {6, 13}, {7, 12}, {8, 8},  {9, 30}};
  sheet.freeze_rows = header_row + 1;
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
  sheet.footer = "&L" + std::string(plan.title.empty() ? "Action plan" : plan.title) +
                 "&RPage &P of &N";
  layout::fit_row_heights(sheet);
}

void build_control_sheet(layout::Sheet& sheet, const ActionPlan& plan) {
  sheet.set(0, 0, "Document Control", styles::title());
  layout::Style label = styles::text();
  label.bold = true;
  int row = 1;
  auto info = [&](const std::string& name, const std::string& value) {
    sheet.set(row, 0, name, label);
    sheet.set(row, 1, value, styles::text());
    sheet.merges.push_back({row, 1, row, 2});
    ++row;
  };
  info("Document", plan.title);
  info("Owner", plan.owner);
  info("Author", plan.author);
  info("Date last reviewed", plan.last_reviewed);
  info("Next Review Date Due", plan.next_review);
  info("Version", plan.version);
  ++row;
  layout::Style heading;
  heading.bold = true;
  sheet.set(row++, 0, "Version history", heading);
  sheet.set(row, 0, "Version No.", styles::header());
  sheet.set(row, 1, "Date", styles::header());
  sheet.set(row, 2, "Notes", styles::header());
  ++row;
  for (const auto& v : plan.history) {
    sheet.set(row, 0, v.version, styles::text());
    sheet.set(row, 1, v.date, styles::text());
    sheet.set(row, 2, v.notes, styles::text());
    ++row;
  }
  sheet.column_widths = {{0, 22}, {1, 24}, {2, 70}};
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
