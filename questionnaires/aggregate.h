#pragma once
/// Counting survey responses per question, overall and per profile group, with small groups
/// suppressed so no respondent can be identified.

#include <map>
#include <string>
#include <vector>

#include "questionnaires/survey.h"

namespace s11 {

/// A RAG result of a question against its thresholds.
enum class SurveyRag { kGreen, kAmber, kRed, kNoData };

/// "Green", "Amber", "Red", "No data".
std::string rag_label(SurveyRag rag);

/// Counts for one group (everyone, or one service area).
struct GroupResult {
  std::string name;         ///< "All respondents", or the group's value ("Housing").
  bool suppressed = false;  ///< Too small (or would reveal a small group): show no figures.
  int n = 0;                ///< Answers counted (not applicable and blanks excluded).
  int positive = 0;
  std::vector<int> counts;       ///< Per scale answer, in scale order (N/A answers included).
  int percent_positive() const;  ///< Rounded like engine display_percent; 0 when n is 0.
};

/// One question's result.
struct QuestionResult {
  const Question* question = nullptr;
  const Scale* scale = nullptr;
  GroupResult overall;
  SurveyRag rag = SurveyRag::kNoData;
  /// Per profile column (questionnaire order): its groups, sorted by name, with suppression
  /// applied. A blank profile value is the group "Not stated".
  std::vector<std::vector<GroupResult>> breakdowns;
};

/// Counts responses as a ResponseSink. Memory grows with the number of distinct profile
/// values, never with the number of responses.
class SurveyAggregate : public ResponseSink {
 public:
  explicit SurveyAggregate(const Questionnaire& questionnaire);
  /// Not copyable: slots_ points into groups_. Moving keeps those pointers valid.
  SurveyAggregate(const SurveyAggregate&) = delete;
  SurveyAggregate& operator=(const SurveyAggregate&) = delete;
  SurveyAggregate(SurveyAggregate&&) = default;
  /// Counts one response. Throws std::logic_error when `response` does not fit the
  /// questionnaire (a reader bug): wrong number of answers, or an answer from another scale.
  void add(const Response& response) override;

  /// Results with suppression: a group with fewer than `min_group_size` answers (the
  /// questionnaire's, never below 3) shows "fewer than N"; where exactly one group of a
  /// breakdown is suppressed, the next smallest is suppressed too, so it cannot be worked
  /// out by subtracting the others from the total; and the overall result is suppressed when
  /// itself too small.
  std::vector<QuestionResult> results() const;
  std::size_t responses() const { return responses_; }
  /// Comments collected (only when the reader was asked for them), header -> texts.
  const std::vector<std::pair<std::string, std::string>>& comments() const { return comments_; }

 private:
  const Questionnaire& questionnaire_;
  std::size_t responses_ = 0;
  /// counts_[question][answer index]; groups_[question][profile][value][answer index].
  std::vector<std::vector<int>> counts_;
  std::vector<std::vector<std::map<std::string, std::vector<int>>>> groups_;
  std::vector<std::pair<std::string, std::string>> comments_;
  /// scales_[question]: its scale, looked up once (nullptr when the questionnaire names none).
  std::vector<const Scale*> scales_;
  /// slots_[profile][value][question] == &groups_[question][profile][value], so a response
  /// costs one map lookup per profile column rather than one per question and column.
  std::vector<std::map<std::string, std::vector<std::vector<int>*>, std::less<>>> slots_;
  std::vector<int> answer_index_;  ///< Scratch for add(): each answer's index, -1 when blank.
};

}  // namespace s11
