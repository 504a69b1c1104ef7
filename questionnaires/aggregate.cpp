#include "questionnaires/aggregate.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "base/percent.h"
#include "base/text.h"

namespace s11 {

namespace {

constexpr std::string_view kEveryone = "All respondents";
constexpr std::string_view kNotStated = "Not stated";

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

SurveyAggregate::SurveyAggregate(const Questionnaire& questionnaire)
    : questionnaire_(questionnaire) {
  const std::size_t questions = questionnaire.questions.size();
  const std::size_t profiles = questionnaire.profiles.size();
  counts_.resize(questions);
  groups_.resize(questions);
  scales_.resize(questions, nullptr);
  answer_index_.resize(questions, -1);
  slots_.resize(profiles);
  for (std::size_t q = 0; q < questions; ++q) {
    scales_[q] = questionnaire.find_scale(questionnaire.questions[q].scale);
    counts_[q].assign(scales_[q] != nullptr ? scales_[q]->answers.size() : 0, 0);
    groups_[q].resize(profiles);
  }
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
  for (std::size_t p = 0; p < slots_.size(); ++p) {
    std::string_view value;
    if (p < response.profile.size()) value = response.profile[p];
    value = trim_view(value);
    if (value.empty()) value = kNotStated;
    auto slot = slots_[p].find(value);
    if (slot == slots_[p].end()) {
      std::vector<std::vector<int>*> counts(questions, nullptr);
      for (std::size_t q = 0; q < questions; ++q) {
        std::vector<int>& group = groups_[q][p][std::string(value)];
        group.assign(counts_[q].size(), 0);
        counts[q] = &group;
      }
      slot = slots_[p].emplace(std::string(value), std::move(counts)).first;
    }
    for (std::size_t q = 0; q < questions; ++q) {
      if (answer_index_[q] >= 0) ++(*slot->second[q])[static_cast<std::size_t>(answer_index_[q])];
    }
  }
  comments_.insert(comments_.end(), response.comments.begin(), response.comments.end());
}

std::vector<QuestionResult> SurveyAggregate::results() const {
  const int min = std::max(3, questionnaire_.min_group_size);
  std::vector<QuestionResult> results;
  results.reserve(questionnaire_.questions.size());
  for (std::size_t q = 0; q < questionnaire_.questions.size(); ++q) {
    QuestionResult result;
    result.question = &questionnaire_.questions[q];
    result.scale = scales_[q];
    Size overall_size;
    result.overall = tally(std::string(kEveryone), counts_[q], scales_[q], overall_size);
    const bool overall_hidden = too_small(overall_size, min);

    for (const auto& groups : groups_[q]) {
      std::vector<GroupResult> breakdown;
      std::vector<Size> sizes;
      breakdown.reserve(groups.size());
      sizes.reserve(groups.size());
      for (const auto& [name, counts] : groups) {
        sizes.emplace_back();
        breakdown.push_back(tally(name, counts, scales_[q], sizes.back()));
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

}  // namespace s11
