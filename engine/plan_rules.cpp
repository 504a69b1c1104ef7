#include "engine/plan_rules.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>

#include "base/text.h"
#include "engine/plan_leads.h"

namespace s11 {
namespace {

const std::set<std::string> kCommonWords = {
    "that",  "with",  "this", "from", "have", "will",  "been",  "their", "they", "there",  "which",
    "where", "when",  "what", "into", "also", "other", "more",  "such",  "each", "ensure", "need",
    "about", "under", "over", "than", "them", "those", "these", "your",  "ours", "should"};

/// Endings dropped so that "training", "trained" and "trains" are one word; tried in order,
/// only when at least four letters remain.
const char* const kEndings[] = {"ations", "ation", "ating", "ates", "ate", "ings", "ing",
                                "ied",    "ies",   "ed",    "es",   "e",   "s",    "ly"};

std::string stem(std::string word) {
  for (const char* ending : kEndings) {
    const std::string e = ending;
    if (word.size() >= e.size() + 4 && word.compare(word.size() - e.size(), e.size(), e) == 0) {
      word.erase(word.size() - e.size());
      if (e == "ied" || e == "ies") word += 'y';
      break;
    }
  }
  return word;
}

std::vector<std::string> words_of(const std::string& text) {
  return split_list(lower(text), " \t\r\n,;:()\"'");
}

std::string gap_text(const Gap& gap) {
  if (gap.point) return gap.point->requirement + " " + gap.point->action;
  return gap.action;
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
  if (!gap.standard) return "the overall rating";
  // Over-claims are never matched: a gap without a point is a reviewer's recommendation.
  return "a reviewer's recommendation on standard " + gap.standard->id;
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

/// "Staff know ..." -> "staff know ...", keeping "DBS checks ..." as written; no final stop.
std::string as_clause(const std::string& sentence) {
  std::string s = trim(sentence);
  while (!s.empty() && s.back() == '.') s.pop_back();
  // Only a capital that starts a sentence: the first word has no other capital ("A
  // programme", "Staff"), unlike "DBS" or "MASH".
  const std::string first = s.substr(0, s.find(' '));
  const bool capitalised_word =
      !first.empty() && std::isupper(static_cast<unsigned char>(first[0])) &&
      std::none_of(first.begin() + 1, first.end(),
                   [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (capitalised_word) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

/// "3.4", "3.4 and 3.5", "3.4, 3.5 and 3.6".
std::string and_list(const std::vector<std::string>& items) {
  if (items.size() <= 1) return items.empty() ? "" : items[0];
  std::vector<std::string> head(items.begin(), items.end() - 1);
  return join(head, ", ") + " and " + items.back();
}

const PointResult* point_result(const AuditResult& result, const Point* point) {
  for (const auto& sr : result.standards) {
    for (const auto& pr : sr.points) {
      if (pr.point == point) return &pr;
    }
  }
  return nullptr;
}

/// What a point gap needs: 1 the point is not met (or unanswered, or the staff survey
/// contradicts it); 2 partly met, or a reviewer's recommendation; 3 met but not evidenced.
int priority(const Gap& gap, const AuditResult& result) {
  if (!gap.point) return 2;
  const PointResult* pr = point_result(result, gap.point);
  if (!pr) return 2;
  if (!pr->contradicting.empty()) return 1;
  switch (pr->assessment.status) {
    case PointStatus::kMet:
      return 3;
    case PointStatus::kPartlyMet:
      return 2;
    case PointStatus::kNotAnswered:
    case PointStatus::kNotMet:
    case PointStatus::kNotApplicable:
      break;
  }
  return 1;
}

/// The finding of a standard's learning point: what its point gaps say the audit found.
std::string finding(const std::vector<const Gap*>& gaps, const AuditResult& result) {
  std::vector<std::string> make_sure;
  std::vector<std::string> show;
  std::size_t recommendations = 0;
  for (const Gap* gap : gaps) {
    if (!gap->point) {
      ++recommendations;
      continue;
    }
    const std::string clause = as_clause(gap->point->requirement) + " (" + gap->point->id + ")";
    (priority(*gap, result) == 3 ? show : make_sure).push_back(clause);
  }
  auto that_list = [](const std::vector<std::string>& clauses) {
    std::vector<std::string> thats;
    for (const auto& c : clauses) thats.push_back("that " + c);
    return and_list(thats);
  };
  if (make_sure.empty() && show.empty()) {
    const Standard* standard = gaps.front()->standard;
    return std::string("We need to act on the ") +
           (recommendations == 1 ? "reviewer's recommendation" : "reviewers' recommendations") +
           " for this standard" + (standard ? ": " + trim(standard->title) : std::string("."));
  }
  std::string text = "We need to ";
  if (!make_sure.empty()) text += "make sure " + that_list(make_sure);
  if (!make_sure.empty() && !show.empty()) text += ", and to ";
  if (!show.empty()) text += "show with current evidence " + that_list(show);
  return text + ".";
}

/// The number after the highest "Learning Point N" of `actions`, or after their count of
/// learning points, whichever is larger.
// The leading whole number of a version as councils write it ("2", "v2", "Version 3", "1.3"),
// or nothing.
std::optional<long> version_number(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) {
    if (std::isalpha(static_cast<unsigned char>(text[i])) == 0 && text[i] != ' ') return {};
    ++i;
  }
  if (i == text.size() || i > 8) return {};
  long n = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0 && n < 100000;
       ++i)
    n = n * 10 + (text[i] - '0');
  return n;
}

// The version of this year's plan: one after the highest version of last year's plan (its
// document control and version history), so the history reads 1, 2, 3; `fallback` (the
// audit's document version) when there is no numbered previous version.
std::string next_version(const ActionPlan* previous, const std::string& fallback) {
  if (!previous) return fallback;
  std::optional<long> highest = version_number(previous->version);
  for (const PlanVersion& v : previous->history) {
    if (const auto n = version_number(v.version); n && (!highest || *n > *highest)) highest = n;
  }
  return highest ? std::to_string(*highest + 1) : fallback;
}

int next_learning_point(const std::vector<PlanAction>& actions) {
  std::set<std::string> groups;
  int highest = 0;
  for (const auto& a : actions) {
    groups.insert(a.learning_point);
    const auto words = words_of(a.learning_point);
    if (words.size() >= 3 && words[0] == "learning" && words[1] == "point") {
      const std::string& n = words[2];
      if (!n.empty() && n.size() <= 4 && std::all_of(n.begin(), n.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
          })) {
        highest = std::max(highest, std::stoi(n));
      }
    }
  }
  return std::max(highest, static_cast<int>(groups.size())) + 1;
}

PlanMilestone drafted_milestone(const Gap& gap, const PlanSettings& settings, bool of_several) {
  PlanMilestone m;
  if (gap.point && of_several) {
    std::string action = trim(gap.point->action);
    if (!action.empty() && action.back() != '.') action += '.';
    m.evidence = "Point " + gap.point->id + ": " + action;
    if (!gap.point->guidance.empty()) m.evidence += " Evidence: " + trim(gap.point->guidance);
  } else if (gap.point) {
    m.evidence = gap.point->guidance;
  }
  m.lead = drafted_lead(gap, settings);
  m.status = PlanStatus::kGreen;
  m.statuses.push_back(plan_status_label(m.status));
  if (!gap.reason.empty()) {
    m.notes.push_back((gap.point && of_several ? "Gap (" + gap.point->id + "): " : "Gap: ") +
                      gap.reason);
  }
  return m;
}

/// The actions drafted for one standard's gaps (all of one standard, or all without one).
std::vector<PlanAction> draft_standard(const std::vector<const Gap*>& gaps,
                                       const std::string& learning_point,
                                       const PlanSettings& settings) {
  std::vector<PlanAction> actions;
  std::vector<const Gap*> points;
  for (const Gap* gap : gaps) {
    if (gap->point) points.push_back(gap);
  }
  const Standard* standard = gaps.front()->standard;
  if (!points.empty()) {
    PlanAction a;
    a.learning_point = learning_point;
    a.standard_id = standard ? standard->id : "";
    std::vector<std::string> ids;
    for (const Gap* gap : points) ids.push_back(gap->point->id);
    a.point_id = join(ids, ", ");
    if (points.size() == 1) {
      const Gap& gap = *points[0];
      a.action = gap.point->action.empty() ? gap.action : gap.point->action;
    } else {
      a.action = (standard ? "Standard " + standard->id + ": close" : std::string("Close")) +
                 " the gaps found in points " + and_list(ids);
    }
    for (const Gap* gap : points) {
      a.essential = a.essential || gap->essential;
      a.milestones.push_back(drafted_milestone(*gap, settings, points.size() > 1));
    }
    actions.push_back(std::move(a));
  }
  for (const Gap* gap : gaps) {
    if (gap->point) continue;
    PlanAction a;
    a.learning_point = learning_point;
    a.standard_id = standard ? standard->id : "";
    a.action = gap->action;
    a.essential = gap->essential;
    a.milestones.push_back(drafted_milestone(*gap, settings, false));
    actions.push_back(std::move(a));
  }
  return actions;
}

/// Sets the drafted milestones' due dates by priority (see plan_rules.h). `gaps[i]` is the gap
/// of `milestones[i]`.
void set_due_dates(const std::vector<PlanMilestone*>& milestones,
                   const std::vector<const Gap*>& gaps, const AuditResult& result,
                   const PlanSettings& settings) {
  const Date essential_due =
      add_months(settings.audit_date, settings.essential_months.value_or(kDefaultEssentialMonths));
  const Date end = settings.next_audit ? *settings.next_audit : add_months(settings.audit_date, 12);
  std::vector<Date> steps;
  for (int back = 0;; back += 3) {
    const Date step = add_months(end, -back);
    if (days_from_civil(step) <= days_from_civil(essential_due)) break;
    steps.insert(steps.begin(), step);
  }
  if (steps.empty()) steps.push_back(end);
  std::vector<std::size_t> others;
  for (std::size_t i = 0; i < milestones.size(); ++i) {
    if (gaps[i]->essential) {
      milestones[i]->due = essential_due;
    } else if (settings.other_months) {
      milestones[i]->due = add_months(settings.audit_date, *settings.other_months);
    } else {
      others.push_back(i);
    }
  }
  std::stable_sort(others.begin(), others.end(), [&](std::size_t a, std::size_t b) {
    return priority(*gaps[a], result) < priority(*gaps[b], result);
  });
  for (std::size_t j = 0; j < others.size(); ++j) {
    milestones[others[j]]->due = steps[j * steps.size() / others.size()];
  }
}

void flag_lead_balance(ActionPlan& plan, std::size_t first_drafted) {
  std::map<std::string, int> led;
  std::vector<std::string> order;
  int drafted = 0;
  for (std::size_t i = first_drafted; i < plan.actions.size(); ++i) {
    const auto& a = plan.actions[i];
    if (a.milestones.empty()) continue;
    ++drafted;
    const std::string& lead = a.milestones.front().lead;
    if (led[lead]++ == 0) order.push_back(lead);
  }
  if (drafted < kLeadWarningMinActions) return;
  for (const auto& lead : order) {
    if (led[lead] * 2 > drafted && !lead.empty()) {
      plan.flags.push_back(lead + " leads " + std::to_string(led[lead]) + " of " +
                           std::to_string(drafted) +
                           " drafted actions; set leads per standard or area in audit.ini "
                           "[leads]");
    }
  }
}

const std::string kOverduePrefix = "Overdue: ";

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

int overdue_count(const ActionPlan& plan, const Date& as_of) {
  return static_cast<int>(std::count_if(plan.actions.begin(), plan.actions.end(),
                                        [&](const PlanAction& a) { return is_overdue(a, as_of); }));
}

PlanStatus rule_status(const PlanMilestone& milestone, const Date& as_of, int amber_days) {
  if (is_completed(milestone)) return PlanStatus::kBlue;
  if (milestone.ongoing || !milestone.due) return PlanStatus::kGreen;
  const long days_left = days_from_civil(*milestone.due) - days_from_civil(as_of);
  if (days_left < 0) return PlanStatus::kRed;
  if (days_left <= amber_days && trim(milestone.progress).empty()) return PlanStatus::kAmber;
  return PlanStatus::kGreen;
}

namespace {

// The start of an action's text for a message: its first line, cut at a word after about 60
// characters.
std::string action_head(const std::string& action) {
  constexpr std::size_t kMax = 60;
  std::string head = trim(action.substr(0, action.find('\n')));
  if (head.size() <= kMax) return head;
  std::size_t cut = head.rfind(' ', kMax);
  if (cut == std::string::npos || cut < kMax / 2) cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80) --cut;
  return trim(head.substr(0, cut)) + "...";
}

}  // namespace

void rate_plan(ActionPlan& plan, const PlanSettings& settings) {
  const std::string flag_text = "\" overdue as of ";
  plan.flags.erase(
      std::remove_if(plan.flags.begin(), plan.flags.end(),
                     [&](const std::string& f) { return f.find(flag_text) != std::string::npos; }),
      plan.flags.end());
  for (auto& action : plan.actions) {
    std::vector<std::string> dues;
    for (auto& milestone : action.milestones) {
      milestone.suggested = rule_status(milestone, settings.as_of, settings.amber_days);
      auto& notes = milestone.notes;
      notes.erase(
          std::remove_if(notes.begin(), notes.end(),
                         [](const std::string& n) { return n.rfind(kOverduePrefix, 0) == 0; }),
          notes.end());
      if (is_overdue(milestone, settings.as_of)) {
        const std::string due = milestone.due->long_text();
        notes.insert(notes.begin(), kOverduePrefix + "due " + due + ", not completed");
        if (std::find(dues.begin(), dues.end(), due) == dues.end()) dues.push_back(due);
      }
    }
    if (dues.empty()) continue;
    const std::string where =
        action.source.empty() ? "action plan: \"" + action.action + "\"" : action.source;
    plan.flags.push_back(where + ": action \"" + action_head(action.action) + flag_text +
                         settings.as_of.long_text() + ": due " + and_list(dues) +
                         ", not completed; the rule suggests " +
                         plan_status_label(PlanStatus::kRed));
  }
}

double WordWeights::weight(const std::string& word) const {
  const auto it = points_with.find(word);
  const int df = it == points_with.end() ? 0 : it->second;
  return std::log((points + 1.0) / (df + 1.0));
}

std::vector<std::string> words_for_matching(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !kCommonWords.count(word)) words.insert(stem(word));
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
  return {words.begin(), words.end()};
}

WordWeights word_weights(const std::vector<const Standard*>& standards) {
  WordWeights weights;
  for (const Standard* standard : standards) {
    for (const auto& p : standard->points) {
      ++weights.points;
      for (const auto& w : words_for_matching(p.requirement + " " + p.guidance + " " + p.example +
                                              " " + p.action)) {
        ++weights.points_with[w];
      }
    }
  }
  return weights;
}

double likeness(const std::string& a, const std::string& b, const WordWeights& weights) {
  const auto wa = words_for_matching(a);
  const auto wb = words_for_matching(b);
  auto norm = [&](const std::vector<std::string>& words) {
    double sum = 0;
    for (const auto& w : words) sum += std::pow(weights.weight(w), 2);
    return std::sqrt(sum);
  };
  const double denominator = norm(wa) * norm(wb);
  if (denominator == 0) return 0;
  double shared = 0;
  for (const auto& w : wa) {
    if (std::binary_search(wb.begin(), wb.end(), w)) shared += std::pow(weights.weight(w), 2);
  }
  return shared / denominator;
}

std::vector<const Gap*> match_gaps(const PlanAction& action, const std::vector<Gap>& gaps,
                                   const WordWeights& weights) {
  std::vector<const Gap*> found;
  if (!action.point_id.empty()) {
    const auto ids = split_list(action.point_id, ", ");
    for (const auto& gap : gaps) {
      if (gap.needs_action() && gap.point &&
          std::find(ids.begin(), ids.end(), gap.point->id) != ids.end()) {
        found.push_back(&gap);
      }
    }
    if (!found.empty()) return found;
  }
  const std::string text = action.learning_point + "\n" + action.action;
  const auto words = words_of(text);
  for (const auto& gap : gaps) {
    if (gap.needs_action() && gap.point &&
        std::find(words.begin(), words.end(), gap.point->id) != words.end()) {
      found.push_back(&gap);
    }
  }
  if (!found.empty()) return found;
  std::string standard = standard_mentioned(text);
  // "a standard tool" names no standard: only a standard with a gap counts.
  if (std::none_of(gaps.begin(), gaps.end(), [&](const Gap& gap) {
        return gap.needs_action() && gap.standard && gap.standard->id == standard;
      })) {
    standard.clear();
  }
  const Gap* best = nullptr;
  double best_likeness = 0;
  double runner_up = 0;
  const Gap* first_of_standard = nullptr;
  for (const auto& gap : gaps) {
    if (!gap.needs_action()) continue;
    const bool of_standard = !standard.empty() && gap.standard && gap.standard->id == standard;
    if (!standard.empty() && !of_standard) continue;
    if (of_standard && !first_of_standard) first_of_standard = &gap;
    const double like = likeness(action.action, gap_text(gap), weights);
    if (like > best_likeness) {
      runner_up = best_likeness;
      best = &gap;
      best_likeness = like;
    } else {
      runner_up = std::max(runner_up, like);
    }
  }
  if (!standard.empty()) {
    if (best) return {best};
    if (first_of_standard) return {first_of_standard};
    return {};
  }
  if (best && best_likeness >= kMatchLikeness && best_likeness >= kMatchMargin * runner_up) {
    return {best};
  }
  return {};
}

ActionPlan draft_plan(const AuditResult& result, const PlanSettings& settings,
                      const ActionPlan* previous) {
  ActionPlan plan;
  plan.title = settings.title;
  plan.owner = settings.owner;
  plan.author = settings.author;
  plan.approved_by = settings.approved_by;
  plan.approval_meeting = settings.approval_meeting;
  plan.approval_date = settings.approval_date;
  plan.version = next_version(previous, settings.version);
  plan.last_reviewed = settings.as_of.long_text();
  plan.next_review =
      (settings.next_audit ? *settings.next_audit : add_months(settings.audit_date, 12))
          .long_text();
  std::vector<const Standard*> standards;
  for (const auto& sr : result.standards) standards.push_back(sr.standard);
  const WordWeights weights = word_weights(standards);
  std::set<const Gap*> addressed;
  if (previous) {
    ActionPlan carried = *previous;
    plan.history = carried.history;
    plan.flags = carried.flags;
    for (auto& warning : unify_leads(carried)) plan.flags.push_back(std::move(warning));
    for (PlanAction& action : carried.actions) {
      const auto matched = match_gaps(action, result.gaps, weights);
      if (!matched.empty()) {
        std::vector<std::string> labels;
        for (const Gap* gap : matched) labels.push_back(gap_label(*gap));
        const Gap& gap = *matched.front();
        if (action.point_id.empty() && gap.point) {
          std::vector<std::string> ids;
          for (const Gap* g : matched) {
            if (g->point) ids.push_back(g->point->id);
          }
          action.point_id = join(ids, ", ");
        }
        if (action.standard_id.empty() && gap.standard) action.standard_id = gap.standard->id;
        if (is_completed(action)) {
          const std::string standard =
              gap.standard ? "standard " + gap.standard->id : "the overall rating";
          const std::string message = "action completed, " + standard + " still unevidenced (" +
                                      gap_label(gap) + ": " + gap.reason +
                                      "); a new action is drafted for it";
          plan.flags.push_back(
              (action.source.empty() ? std::string("carried action") : action.source) + ": " +
              message);
          action.notes.push_back("Action completed, but " + standard + " is still unevidenced");
        } else {
          addressed.insert(matched.begin(), matched.end());
          action.notes.push_back("Carried forward; addresses " + and_list(labels));
        }
      }
      plan.actions.push_back(std::move(action));
    }
  }
  // The gaps to draft, grouped by standard in order of first appearance: gaps arrive
  // essential first, so a standard with an essential gap leads.
  std::vector<const Standard*> order;
  std::map<const Standard*, std::vector<const Gap*>> by_standard;
  for (const auto& gap : result.gaps) {
    if (!gap.needs_action() || addressed.count(&gap)) continue;
    auto& list = by_standard[gap.standard];
    if (list.empty()) order.push_back(gap.standard);
    list.push_back(&gap);
  }
  // Essential gaps first within a standard, as they are due first.
  for (auto& [standard, list] : by_standard) {
    std::stable_partition(list.begin(), list.end(), [](const Gap* g) { return g->essential; });
  }
  const std::size_t first_drafted = plan.actions.size();
  int number = next_learning_point(plan.actions);
  std::vector<PlanMilestone*> milestones;
  std::vector<const Gap*> milestone_gaps;
  for (const Standard* standard : order) {
    const auto& gaps = by_standard[standard];
    const std::string learning_point =
        "Learning Point " + std::to_string(number++) +
        (standard ? " (Standard " + standard->id + ")" : std::string()) + "\n" +
        finding(gaps, result);
    for (auto& action : draft_standard(gaps, learning_point, settings)) {
      plan.actions.push_back(std::move(action));
    }
  }
  // Match each drafted milestone to its gap in drafting order for the due dates.
  {
    std::size_t i = first_drafted;
    for (const Standard* standard : order) {
      const auto& gaps = by_standard[standard];
      std::vector<const Gap*> in_order;
      for (const Gap* g : gaps) {
        if (g->point) in_order.push_back(g);
      }
      for (const Gap* g : gaps) {
        if (!g->point) in_order.push_back(g);
      }
      std::size_t k = 0;
      while (k < in_order.size() && i < plan.actions.size()) {
        for (auto& m : plan.actions[i].milestones) {
          milestones.push_back(&m);
          milestone_gaps.push_back(in_order[k++]);
        }
        ++i;
      }
    }
  }
  set_due_dates(milestones, milestone_gaps, result, settings);
  flag_lead_balance(plan, first_drafted);
  std::string note = "Drafted by s11";
  if (!settings.period.empty()) note += " from the " + settings.period + " Section 11 audit";
  if (previous)
    note += ", carrying forward " + std::to_string(previous->actions.size()) +
            " actions from the previous plan";
  plan.history.push_back({plan.version, settings.as_of.long_text(), note});
  rate_plan(plan, settings);
  return plan;
}

}  // namespace s11
