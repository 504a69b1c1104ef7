#include "questionnaires/aggregate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "base/percent.h"
#include "base/text.h"

namespace s11 {

namespace {

constexpr std::string_view kEveryone = "All respondents";
constexpr std::string_view kNotStated = "Not stated";
constexpr std::string_view kOtherAnswers = "Other answers";

// Words of roles, teams and services: a value with one of them is not a person's name.
constexpr std::array<std::string_view, 118> kRoleWords = {
    "admin",        "administration", "administrator",
    "adviser",      "advisor",        "agency",
    "analyst",      "apprentice",     "assistant",
    "benefits",     "business",       "care",
    "carer",        "caretaker",      "catering",
    "centre",       "chief",          "children",
    "cleaner",      "cleaning",       "clerk",
    "coach",        "communications", "community",
    "contact",      "contractor",     "coordinator",
    "co-ordinator", "corporate",      "council",
    "councillor",   "customer",       "customers",
    "democratic",   "department",     "deputy",
    "development",  "director",       "directorate",
    "doctor",       "driver",         "early",
    "education",    "enforcement",    "engineer",
    "environment",  "environmental",  "estates",
    "executive",    "facilities",     "families",
    "family",       "finance",        "front",
    "front-line",   "frontline",      "head",
    "health",       "help",           "housing",
    "hr",           "human",          "ict",
    "inspector",    "instructor",     "leader",
    "lead",         "legal",          "leisure",
    "library",      "licensing",      "lifeguard",
    "line",         "maintenance",    "management",
    "manager",      "member",         "nurse",
    "office",       "officer",        "operations",
    "other",        "parks",          "partnership",
    "planning",     "play",           "policy",
    "practitioner", "prefer",         "principal",
    "professional", "ranger",         "receptionist",
    "resources",    "revenues",       "safeguarding",
    "safety",       "senior",         "service",
    "services",     "social",         "specialist",
    "sport",        "sports",         "staff",
    "stated",       "supervisor",     "support",
    "surveyor",     "team",           "technician",
    "trainee",      "transport",      "unit",
    "volunteer",    "warden",         "worker",
    "youth"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "Jane", "O'Neil", "Smith-Jones", "McDonald", or an initial "J" / "J.".
bool name_word(std::string_view word) {
  if (word.empty() || !is_upper(word[0])) return false;
  if (word.size() == 1 || (word.size() == 2 && word[1] == '.')) return true;
  bool lower_seen = false;
  for (std::size_t i = 1; i < word.size(); ++i) {
    const char c = word[i];
    if (is_lower(c)) {
      lower_seen = true;
    } else if (!is_upper(c) && !((c == '\'' || c == '-') && i + 1 < word.size())) {
      return false;
    }
  }
  return lower_seen;
}

bool role_word(std::string_view word) {
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  const std::string folded = lower(word);
  return std::find(kRoleWords.begin(), kRoleWords.end(), folded) != kRoleWords.end();
}

bool name_shaped(std::string_view value) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && (value[i] == ' ' || value[i] == ',')) ++i;
    const std::size_t start = i;
    while (i < value.size() && value[i] != ' ' && value[i] != ',') ++i;
    if (i > start) words.push_back(value.substr(start, i - start));
  }
  if (words.size() < 2 || words.size() > 3) return false;
  bool initials_only = true;
  for (const auto word : words) {
    if (!name_word(word) || role_word(word)) return false;
    initials_only = initials_only && (word.size() == 1 || word[1] == '.');
  }
  return !initials_only;
}

bool phone_like(std::string_view value) {
  int digits = 0;  // In the current run; separators a phone number is written with keep it.
  for (const char c : value) {
    if (is_digit(c)) {
      if (++digits >= 6) return true;
    } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '+') {
      digits = 0;
    }
  }
  return false;
}

// Sizes that decide suppression: n (answers that count) and everyone who answered at all,
// N/A included, since a group's N/A count says something about its members too.
struct Size {
  int n = 0;
  int answered = 0;
};

bool too_small(const Size& size, int min) {
  if (size.n > 0) return size.n < min;
  return size.answered > 0 && size.answered < min;
}

GroupResult tally(std::string name, const std::vector<int>& counts, const Scale* scale,
                  Size& size) {
  GroupResult group;
  group.name = std::move(name);
  group.counts = counts;
  size = Size{};
  for (std::size_t i = 0; i < counts.size(); ++i) {
    size.answered += counts[i];
    const AnswerKind kind = scale->answers[i].kind;
    if (kind == AnswerKind::kNotApplicable) continue;
    group.n += counts[i];
    if (kind == AnswerKind::kPositive) group.positive += counts[i];
  }
  size.n = group.n;
  return group;
}

void suppress(GroupResult& group) {
  group.suppressed = true;
  group.n = 0;
  group.positive = 0;
  group.counts.clear();
}

// Primary suppression of small groups, then secondary: while the hidden groups could be
// worked out from the total (only one hidden) or together still form a small group, hide the
// smallest shown group that has any answers.
void apply_suppression(std::vector<GroupResult>& groups, const std::vector<Size>& sizes, int min) {
  std::vector<bool> hidden(groups.size(), false);
  int hidden_count = 0;
  Size hidden_total;
  const auto hide = [&](std::size_t i) {
    hidden[i] = true;
    ++hidden_count;
    hidden_total.n += sizes[i].n;
    hidden_total.answered += sizes[i].answered;
  };
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (too_small(sizes[i], min)) hide(i);
  }
  while (hidden_count > 0 && (hidden_count == 1 || too_small(hidden_total, min))) {
    std::size_t smallest = groups.size();
    for (std::size_t i = 0; i < groups.size(); ++i) {
      if (hidden[i] || sizes[i].answered == 0) continue;
      if (smallest == groups.size() || sizes[i].answered < sizes[smallest].answered ||
          (sizes[i].answered == sizes[smallest].answered && sizes[i].n < sizes[smallest].n)) {
        smallest = i;
      }
    }
    if (smallest == groups.size()) break;
    hide(smallest);
  }
  for (std::size_t i = 0; i < groups.size(); ++i) {
    if (hidden[i]) suppress(groups[i]);
  }
}

SurveyRag rag_of(const GroupResult& overall, const Question& question) {
  if (overall.suppressed || overall.n == 0) return SurveyRag::kNoData;
  // Exact integer comparison: 89.6% must not round up to a Green 90.
  const long long positive = static_cast<long long>(overall.positive) * 100;
  if (positive >= static_cast<long long>(question.green_percent) * overall.n)
    return SurveyRag::kGreen;
  if (positive >= static_cast<long long>(question.amber_percent) * overall.n)
    return SurveyRag::kAmber;
  return SurveyRag::kRed;
}

}  // namespace

std::string rag_label(SurveyRag rag) {
  switch (rag) {
    case SurveyRag::kGreen:
      return "Green";
    case SurveyRag::kAmber:
      return "Amber";
    case SurveyRag::kRed:
      return "Red";
    case SurveyRag::kNoData:
      break;
  }
  return "No data";
}

int GroupResult::percent_positive() const { return display_percent(positive, n); }

std::string personal_data_kind(std::string_view value) {
  value = trim_view(value);
  if (value.find('@') != std::string_view::npos) return "an email address";
  if (phone_like(value)) return "a phone number";
  if (name_shaped(value)) return "a person's name";
  return "";
}

std::string small_groups_name(int min_group_size) {
  return "Other groups, fewer than " + std::to_string(std::max(3, min_group_size)) + " each";
}

SurveyAggregate::SurveyAggregate(const Questionnaire& questionnaire)
    : questionnaire_(questionnaire) {
  const std::size_t questions = questionnaire.questions.size();
  counts_.resize(questions);
  scales_.resize(questions, nullptr);
  answer_index_.resize(questions, -1);
  for (std::size_t q = 0; q < questions; ++q) {
    scales_[q] = questionnaire.find_scale(questionnaire.questions[q].scale);
    counts_[q].assign(scales_[q] != nullptr ? scales_[q]->answers.size() : 0, 0);
  }
  profiles_.resize(questionnaire.profiles.size());
  for (auto& profile : profiles_) profile.other = new_group();
}

int SurveyAggregate::min_group_size() const { return std::max(3, questionnaire_.min_group_size); }

SurveyAggregate::Group SurveyAggregate::new_group() const {
  Group group;
  group.counts.reserve(counts_.size());
  for (const auto& counts : counts_) group.counts.emplace_back(counts.size(), 0);
  return group;
}

// Decides once per distinct value where it is counted and under which name it may be printed.
SurveyAggregate::Slot SurveyAggregate::classify(std::size_t p, std::string_view value) {
  Profile& profile = profiles_[p];
  const ProfileColumn& column = questionnaire_.profiles[p];
  std::string name;
  bool withheld = false;
  if (value == kNotStated) {
    name = std::string(kNotStated);
  } else if (!column.values.empty()) {
    const std::string wanted = normalise_label(std::string(value));
    for (const auto& declared : column.values) {
      if (normalise_label(declared) == wanted) name = declared;
    }
  } else if (personal_data_kind(value).empty()) {
    name = std::string(value);
  } else {
    withheld = true;
  }
  if (name.empty()) return Slot{&profile.other, withheld};
  auto group = profile.values.find(name);
  if (group == profile.values.end()) group = profile.values.emplace(name, new_group()).first;
  return Slot{&group->second, false};
}

void SurveyAggregate::add(const Response& response) {
  const std::size_t questions = questionnaire_.questions.size();
  if (response.answers.size() != questions) {
    throw std::logic_error("survey response has " + std::to_string(response.answers.size()) +
                           " answers; the questionnaire has " + std::to_string(questions) +
                           " questions");
  }
  for (std::size_t q = 0; q < questions; ++q) {
    answer_index_[q] = -1;
    const ScaleAnswer* answer = response.answers[q];
    if (answer == nullptr) continue;
    const Scale* scale = scales_[q];
    const std::size_t count = scale != nullptr ? scale->answers.size() : 0;
    std::size_t index = count;
    for (std::size_t i = 0; i < count; ++i) {
      if (&scale->answers[i] == answer) {
        index = i;
        break;
      }
    }
    if (index == count) {
      throw std::logic_error("survey answer \"" + answer->label + "\" to question " +
                             questionnaire_.questions[q].id + " is not from its scale");
    }
    answer_index_[q] = static_cast<int>(index);
  }

  // Counted only now, so a response that does not fit leaves the counts untouched.
  ++responses_;
  for (std::size_t q = 0; q < questions; ++q) {
    if (answer_index_[q] >= 0) ++counts_[q][static_cast<std::size_t>(answer_index_[q])];
  }
  for (std::size_t p = 0; p < profiles_.size(); ++p) {
    std::string_view value;
    if (p < response.profile.size()) value = response.profile[p];
    value = trim_view(value);
    if (value.empty()) value = kNotStated;
    auto slot = profiles_[p].slots.find(value);
    if (slot == profiles_[p].slots.end()) {
      slot = profiles_[p].slots.emplace(std::string(value), classify(p, value)).first;
    }
    Group& group = *slot->second.group;
    ++group.members;
    profiles_[p].withheld += slot->second.withheld;
    for (std::size_t q = 0; q < questions; ++q) {
      if (answer_index_[q] >= 0) ++group.counts[q][static_cast<std::size_t>(answer_index_[q])];
    }
  }
  comments_.insert(comments_.end(), response.comments.begin(), response.comments.end());
}

std::vector<QuestionResult> SurveyAggregate::results() const {
  const int min = min_group_size();
  std::vector<QuestionResult> results;
  results.reserve(questionnaire_.questions.size());
  for (std::size_t q = 0; q < questionnaire_.questions.size(); ++q) {
    QuestionResult result;
    result.question = &questionnaire_.questions[q];
    result.scale = scales_[q];
    Size overall_size;
    result.overall = tally(std::string(kEveryone), counts_[q], scales_[q], overall_size);
    const bool overall_hidden = too_small(overall_size, min);

    for (const auto& profile : profiles_) {
      std::vector<GroupResult> breakdown;
      std::vector<Size> sizes;
      std::vector<int> pool(counts_[q].size(), 0);
      bool pooled = false;
      const auto place = [&](const std::string& name, GroupKind kind, const Group& group) {
        if (group.members == 0) return;
        if (group.members < min) {
          for (std::size_t i = 0; i < pool.size(); ++i) pool[i] += group.counts[q][i];
          pooled = true;
          return;
        }
        sizes.emplace_back();
        breakdown.push_back(tally(name, group.counts[q], scales_[q], sizes.back()));
        breakdown.back().kind = kind;
      };
      for (const auto& [name, group] : profile.values) place(name, GroupKind::kValue, group);
      place(std::string(kOtherAnswers), GroupKind::kOtherAnswers, profile.other);
      if (pooled) {
        sizes.emplace_back();
        breakdown.push_back(tally(small_groups_name(min), pool, scales_[q], sizes.back()));
        breakdown.back().kind = GroupKind::kSmallGroups;
      }
      if (overall_hidden) {
        for (auto& group : breakdown) suppress(group);
      } else {
        apply_suppression(breakdown, sizes, min);
      }
      result.breakdowns.push_back(std::move(breakdown));
    }
    if (overall_hidden) suppress(result.overall);
    result.rag = rag_of(result.overall, *result.question);
    results.push_back(std::move(result));
  }
  return results;
}

std::vector<std::string> SurveyAggregate::warnings() const {
  const int min = min_group_size();
  std::vector<std::string> warnings;
  for (std::size_t p = 0; p < profiles_.size(); ++p) {
    const int withheld = profiles_[p].withheld;
    if (withheld == 0) continue;
    const std::string count =
        withheld < min ? "fewer than " + std::to_string(min) : std::to_string(withheld);
    warnings.push_back(questionnaire_.path + ": profile \"" + questionnaire_.profiles[p].header +
                       "\": " + count +
                       " answers look like personal data (an email address, a phone number or "
                       "a person's name) and are not printed; they are counted under \"" +
                       std::string(kOtherAnswers) +
                       "\". List the column's values as <value> elements in the questionnaire "
                       "to choose what is printed");
  }
  return warnings;
}

}  // namespace s11
