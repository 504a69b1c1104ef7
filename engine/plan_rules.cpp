#include "engine/plan_rules.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "base/text.h"

namespace s11 {
namespace {

const std::set<std::string> kCommonWords = {
    "that",  "with",  "this", "from", "have", "will",  "been",  "their", "they", "there",  "which",
    "where", "when",  "what", "into", "also", "other", "more",  "such",  "each", "ensure", "need",
    "about", "under", "over", "than", "them", "those", "these", "your",  "ours", "should"};

std::set<std::string> significant_words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() > 4 && word.back() == 's') word.pop_back();
    if (word.size() >= 4 && !kCommonWords.count(word)) words.insert(word);
    word.clear();
  };
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

std::vector<std::string> words_of(const std::string& text) {
  return split_list(lower(text), " \t\r\n,;:()\"'");
}

std::size_t shared_count(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::size_t n = 0;
  for (const auto& w : a) n += b.count(w);
  return n;
}

std::set<std::string> gap_words(const Gap& gap) {
  std::string text = gap.action;
  if (gap.point) text += " " + gap.point->requirement + " " + gap.point->action;
  return significant_words(text);
}

// The standard number written as "Standard N" in `text`, or "".
std::string standard_mentioned(const std::string& text) {
  const auto words = words_of(text);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i] == "standard") {
      std::string id = words[i + 1];
      while (!id.empty() && !std::isalnum(static_cast<unsigned char>(id.back()))) id.pop_back();
      if (!id.empty()) return id;
    }
  }
  return "";
}

std::string gap_label(const Gap& gap) {
  if (gap.point) return "point " + gap.point->id;
  return gap.standard ? "standard " + gap.standard->id : "the overall rating";
}

Date drafted_due(const Gap& gap, const PlanSettings& settings) {
  const auto& months = gap.essential ? settings.essential_months : settings.other_months;
  if (months) return add_months(settings.audit_date, *months);
  return settings.next_audit ? *settings.next_audit : add_months(settings.audit_date, 12);
}

std::string drafted_lead(const Gap& gap, const PlanSettings& settings) {
  if (gap.standard) {
    if (auto it = settings.standard_leads.find(gap.standard->id);
        it != settings.standard_leads.end() && !it->second.empty()) {
      return it->second;
    }
    if (auto it = settings.area_leads.find(gap.standard->area);
        it != settings.area_leads.end() && !it->second.empty()) {
      return it->second;
    }
  }
  return settings.default_lead;
}

PlanAction draft_action(const Gap& gap, const PlanSettings& settings) {
  PlanAction a;
  a.learning_point =
      gap.standard ? "Standard " + gap.standard->id + ": " + gap.standard->title : "Overall rating";
  a.standard_id = gap.standard ? gap.standard->id : "";
  a.point_id = gap.point ? gap.point->id : "";
  a.action = gap.point && !gap.point->action.empty() ? gap.point->action : gap.action;
  a.essential = gap.essential;
  PlanMilestone m;
  m.evidence = gap.point ? gap.point->guidance : "";
  m.due = drafted_due(gap, settings);
  m.lead = drafted_lead(gap, settings);
  m.status = PlanStatus::kGreen;
  m.statuses.push_back(plan_status_label(m.status));
  if (!gap.reason.empty()) m.notes.push_back("Gap: " + gap.reason);
  a.milestones.push_back(std::move(m));
  return a;
}

}  // namespace

bool is_completed(const PlanMilestone& milestone) {
  if (milestone.status == PlanStatus::kBlue) return true;
  const std::string progress = normalise(milestone.progress);
  return progress == "completed" || progress == "complete" || progress == "done";
}

bool is_completed(const PlanAction& action) {
  if (action.milestones.empty()) return false;
  return std::all_of(action.milestones.begin(), action.milestones.end(),
                     [](const PlanMilestone& m) { return is_completed(m); });
}

bool is_overdue(const PlanMilestone& milestone, const Date& as_of) {
  if (is_completed(milestone) || milestone.ongoing || !milestone.due) return false;
  return days_from_civil(*milestone.due) < days_from_civil(as_of);
}

bool is_overdue(const PlanAction& action, const Date& as_of) {
  return std::any_of(action.milestones.begin(), action.milestones.end(),
                     [&](const PlanMilestone& m) { return is_overdue(m, as_of); });
}

PlanStatus rule_status(const PlanMilestone& milestone, const Date& as_of, int amber_days) {
  if (is_completed(milestone)) return PlanStatus::kBlue;
  if (milestone.ongoing || !milestone.due) return PlanStatus::kGreen;
  const long days_left = days_from_civil(*milestone.due) - days_from_civil(as_of);
  if (days_left < 0) return PlanStatus::kRed;
  if (days_left <= amber_days && trim(milestone.progress).empty()) return PlanStatus::kAmber;
  return PlanStatus::kGreen;
}

void rate_plan(ActionPlan& plan, const PlanSettings& settings) {
  for (auto& action : plan.actions) {
    for (auto& milestone : action.milestones) {
      milestone.suggested = rule_status(milestone, settings.as_of, settings.amber_days);
    }
  }
}

const Gap* match_gap(const PlanAction& action, const std::vector<Gap>& gaps) {
  if (!action.point_id.empty()) {
    for (const auto& gap : gaps) {
      if (gap.point && gap.point->id == action.point_id) return &gap;
    }
  }
  const std::string text = action.learning_point + "\n" + action.action;
  const auto words = words_of(text);
  for (const auto& gap : gaps) {
    if (gap.point && std::find(words.begin(), words.end(), gap.point->id) != words.end()) {
      return &gap;
    }
  }
  const auto mine = significant_words(text);
  const std::string standard = standard_mentioned(text);
  const Gap* best = nullptr;
  std::size_t best_shared = 0;
  const Gap* first_of_standard = nullptr;
  for (const auto& gap : gaps) {
    const bool of_standard = !standard.empty() && gap.standard && gap.standard->id == standard;
    if (!standard.empty() && !of_standard) continue;
    if (of_standard && !first_of_standard) first_of_standard = &gap;
    const auto theirs = gap_words(gap);
    const std::size_t shared = shared_count(mine, theirs);
    const bool enough =
        of_standard ? shared >= 1
                    : shared >= 3 && shared * 10 >= 3 * std::min(mine.size(), theirs.size());
    if (enough && shared > best_shared) {
      best = &gap;
      best_shared = shared;
    }
  }
  return best ? best : first_of_standard;
}

ActionPlan draft_plan(const AuditResult& result, const PlanSettings& settings,
                      const ActionPlan* previous) {
  ActionPlan plan;
  plan.title = settings.title;
  plan.owner = settings.owner;
  plan.author = settings.author;
  plan.version = settings.version;
  plan.last_reviewed = settings.as_of.long_text();
  plan.next_review =
      (settings.next_audit ? *settings.next_audit : add_months(settings.audit_date, 12))
          .long_text();
  std::set<const Gap*> addressed;
  if (previous) {
    plan.history = previous->history;
    plan.flags = previous->flags;
    for (PlanAction action : previous->actions) {
      if (const Gap* gap = match_gap(action, result.gaps)) {
        if (action.point_id.empty() && gap->point) action.point_id = gap->point->id;
        if (action.standard_id.empty() && gap->standard) action.standard_id = gap->standard->id;
        if (is_completed(action)) {
          const std::string standard =
              gap->standard ? "standard " + gap->standard->id : "the overall rating";
          const std::string message = "action completed, " + standard + " still unevidenced (" +
                                      gap_label(*gap) + ": " + gap->reason +
                                      "); a new action is drafted for it";
          plan.flags.push_back(
              (action.source.empty() ? std::string("carried action") : action.source) + ": " +
              message);
          action.notes.push_back("Action completed, but " + standard + " is still unevidenced");
        } else {
          addressed.insert(gap);
          action.notes.push_back("Carried forward; addresses " + gap_label(*gap));
        }
      }
      plan.actions.push_back(std::move(action));
    }
  }
  std::vector<PlanAction> drafted;
  for (const auto& gap : result.gaps) {
    if (!addressed.count(&gap)) drafted.push_back(draft_action(gap, settings));
  }
  // Group by learning point in order of first appearance; gaps arrive essential first, so a
  // standard with an essential gap leads, and within a group essential actions come first.
  std::vector<std::string> order;
  for (const auto& a : drafted) {
    if (std::find(order.begin(), order.end(), a.learning_point) == order.end()) {
      order.push_back(a.learning_point);
    }
  }
  for (const auto& group : order) {
    for (bool essential : {true, false}) {
      for (const auto& a : drafted) {
        if (a.learning_point == group && a.essential == essential) plan.actions.push_back(a);
      }
    }
  }
  std::string note = "Drafted by s11";
  if (!settings.period.empty()) note += " from the " + settings.period + " Section 11 audit";
  if (previous)
    note += ", carrying forward " + std::to_string(previous->actions.size()) +
            " actions from the previous plan";
  plan.history.push_back({settings.version, settings.as_of.iso(), note});
  rate_plan(plan, settings);
  return plan;
}

}  // namespace s11
