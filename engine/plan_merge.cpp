#include "engine/plan_merge.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <vector>

#include "base/text.h"

namespace s11 {
namespace {

/// Lower case, every run of characters that are not letters or digits one space: "Review the
/// policy." and "review  the policy" are the same key.
std::string normalised(const std::string& text) {
  std::string out;
  bool gap = false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += static_cast<char>(std::tolower(byte));
    } else {
      gap = true;
    }
  }
  return out;
}

bool same_status(const PlanMilestone& a, const PlanMilestone& b) {
  return a.status == b.status &&
         (a.statuses.empty() || b.statuses.empty() || a.statuses == b.statuses);
}

bool same_date(const PlanMilestone& a, const PlanMilestone& b) {
  if (a.ongoing != b.ongoing) return false;
  if (a.due && b.due) return *a.due == *b.due;
  if (a.due.has_value() != b.due.has_value()) return false;
  return normalised(a.due_text) == normalised(b.due_text);
}

bool same_milestone(const PlanMilestone& a, const PlanMilestone& b) {
  return normalised(a.evidence) == normalised(b.evidence) && trim(a.progress) == trim(b.progress) &&
         trim(a.lead) == trim(b.lead) && same_status(a, b) && same_date(a, b);
}

/// True when the user changed anything of `written` in `edited`.
bool action_edited(const PlanAction& written, const PlanAction& edited) {
  if (normalised(written.learning_point) != normalised(edited.learning_point)) return true;
  if (written.milestones.size() != edited.milestones.size()) return true;
  for (std::size_t i = 0; i < written.milestones.size(); ++i) {
    if (!same_milestone(written.milestones[i], edited.milestones[i])) return true;
  }
  return false;
}

/// The first action of `list` not yet `used` with the key of `action`, one with the same point
/// id preferred; marks it used.
const PlanAction* take_action(const std::vector<PlanAction>& list, std::vector<bool>& used,
                              const PlanAction& action) {
  const std::string key = normalised(action.action);
  std::size_t found = list.size();
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (used[i] || normalised(list[i].action) != key) continue;
    if (found == list.size()) found = i;
    if (!action.point_id.empty() && list[i].point_id == action.point_id) {
      found = i;
      break;
    }
  }
  if (found == list.size()) return nullptr;
  used[found] = true;
  return &list[found];
}

/// The first milestone of `list` not yet `used` with the evidence of `milestone`; marks it used.
const PlanMilestone* take_milestone(const std::vector<PlanMilestone>& list, std::vector<bool>& used,
                                    const PlanMilestone& milestone) {
  const std::string key = normalised(milestone.evidence);
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (used[i] || normalised(list[i].evidence) != key) continue;
    used[i] = true;
    return &list[i];
  }
  return nullptr;
}

/// `drafted`'s milestone with the user's entries: where `edited` differs from `reference` (the
/// written milestone, or the drafted one when that is not known).
PlanMilestone merge_milestone(const PlanMilestone& reference, const PlanMilestone& edited,
                              const PlanMilestone& drafted, PlanEdits& edits) {
  PlanMilestone out = drafted;
  if (trim(edited.progress) != trim(reference.progress)) {
    out.progress = edited.progress;
    ++edits.progress;
  }
  if (!same_status(edited, reference)) {
    out.status = edited.status;
    out.statuses = edited.statuses;
    ++edits.statuses;
  }
  if (trim(edited.lead) != trim(reference.lead)) {
    out.lead = edited.lead;
    ++edits.leads;
  }
  if (!same_date(edited, reference)) {
    out.due_text = edited.due_text;
    out.due = edited.due;
    out.ongoing = edited.ongoing;
    ++edits.dates;
  }
  return out;
}

PlanAction merge_action(const PlanAction* written, const PlanAction& edited,
                        const PlanAction& drafted, PlanEdits& edits) {
  PlanAction out = drafted;
  const PlanAction& reference = written ? *written : drafted;
  if (normalised(edited.learning_point) != normalised(reference.learning_point)) {
    out.learning_point = edited.learning_point;
    ++edits.learning_points;
  }
  out.milestones.clear();
  std::vector<bool> used_written(written ? written->milestones.size() : 0);
  std::vector<bool> used_drafted(drafted.milestones.size());
  for (const auto& milestone : edited.milestones) {
    const PlanMilestone* was =
        written ? take_milestone(written->milestones, used_written, milestone) : nullptr;
    const PlanMilestone* now = take_milestone(drafted.milestones, used_drafted, milestone);
    if (now) {
      out.milestones.push_back(merge_milestone(was ? *was : *now, milestone, *now, edits));
    } else if (written && !was) {
      out.milestones.push_back(milestone);  // Added by the user.
      ++edits.added;
    } else if (!written || !same_milestone(*was, milestone)) {
      out.milestones.push_back(milestone);
      out.milestones.back().notes.emplace_back(kKeptNote);
      ++edits.kept;
    }
  }
  for (std::size_t i = 0; i < drafted.milestones.size(); ++i) {
    if (used_drafted[i]) continue;
    if (written && take_milestone(written->milestones, used_written, drafted.milestones[i])) {
      ++edits.removed;  // Deleted by the user.
    } else {
      out.milestones.push_back(drafted.milestones[i]);
    }
  }
  // An action has a milestone: when the user deleted every one, the drafted ones stand.
  if (out.milestones.empty()) out.milestones = drafted.milestones;
  return out;
}

std::string counted(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int PlanEdits::total() const {
  return progress + statuses + leads + dates + learning_points + added + kept + removed;
}

std::string PlanEdits::text() const {
  std::vector<std::string> parts;
  if (progress) parts.push_back("progress of " + counted(progress, "milestone", "milestones"));
  if (statuses) parts.push_back(counted(statuses, "status", "statuses"));
  if (leads) parts.push_back(counted(leads, "lead", "leads"));
  if (dates) parts.push_back(counted(dates, "completion date", "completion dates"));
  if (learning_points) {
    parts.push_back(counted(learning_points, "learning point", "learning points"));
  }
  if (added) parts.push_back(counted(added, "row added", "rows added"));
  if (kept)
    parts.push_back(counted(kept, "edited row kept", "edited rows kept") +
                    " that s11 no longer drafts");
  if (removed) parts.push_back(counted(removed, "row", "rows") + " you deleted left out");
  return join(parts, ", ");
}

MergedPlan merge_plan(const ActionPlan* written, const ActionPlan& edited,
                      const ActionPlan& drafted) {
  MergedPlan merged;
  merged.plan = drafted;
  merged.plan.actions.clear();
  PlanEdits& edits = merged.edits;
  std::vector<bool> used_written(written ? written->actions.size() : 0);
  std::vector<bool> used_drafted(drafted.actions.size());
  for (const auto& action : edited.actions) {
    const PlanAction* was = written ? take_action(written->actions, used_written, action) : nullptr;
    const PlanAction* now = take_action(drafted.actions, used_drafted, action);
    if (now) {
      merged.plan.actions.push_back(merge_action(was, action, *now, edits));
    } else if (written && !was) {
      merged.plan.actions.push_back(action);  // Added by the user.
      ++edits.added;
    } else if (!written || action_edited(*was, action)) {
      merged.plan.actions.push_back(action);
      merged.plan.actions.back().notes.emplace_back(kKeptNote);
      ++edits.kept;
    }
  }
  for (std::size_t i = 0; i < drafted.actions.size(); ++i) {
    if (used_drafted[i]) continue;
    const PlanAction& action = drafted.actions[i];
    if (written && take_action(written->actions, used_written, action)) {
      ++edits.removed;  // Deleted by the user.
      continue;
    }
    // New in the draft: after the last action of its learning point, else at the end.
    const std::string group = normalised(action.learning_point);
    auto at = merged.plan.actions.end();
    for (auto it = merged.plan.actions.begin(); it != merged.plan.actions.end(); ++it) {
      if (normalised(it->learning_point) == group) at = it + 1;
    }
    merged.plan.actions.insert(at, action);
  }
  // Nothing of the user's: the draft as it is, in its own order.
  if (edits.total() == 0) merged.plan = drafted;
  return merged;
}

}  // namespace s11
