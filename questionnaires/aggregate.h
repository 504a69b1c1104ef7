#pragma once
/// Counting survey responses per question, overall and per profile group, with small groups
/// suppressed so no respondent can be identified, and no profile value that could be personal
/// data ever shown.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "questionnaires/survey.h"

namespace s11 {

/// A RAG result of a question against its thresholds.
enum class SurveyRag { kGreen, kAmber, kRed, kNoData };

/// "Green", "Amber", "Red", "No data".
std::string rag_label(SurveyRag rag);

/// What a breakdown group stands for.
enum class GroupKind {
  kValue,         ///< One profile value with at least min_group_size respondents ("Housing").
  kOtherAnswers,  ///< Values not printed: not among the profile's declared <value>s, or looking
                  ///< like personal data (see personal_data_kind); at least min_group_size.
  kSmallGroups,   ///< Every value (and "Other answers") with fewer than min_group_size
                  ///< respondents, pooled without their names.
};

/// Counts for one group (everyone, or one service area).
struct GroupResult {
  std::string name;  ///< "All respondents", the value ("Housing"), "Other answers", or
                     ///< "Other groups, fewer than 5 each".
  GroupKind kind = GroupKind::kValue;
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
  /// Per profile column (questionnaire order): its groups, with suppression applied. The same
  /// groups for every question: the values with at least min_group_size respondents, sorted by
  /// name (a blank value is the group "Not stated"), then "Other answers", then the pool of
  /// smaller groups, each only when it has respondents.
  std::vector<std::vector<GroupResult>> breakdowns;
};

/// Why a profile value must not be printed whatever its group's size, or "" when it may be:
/// "an email address" (it contains '@'), "a phone number" (a run of 6 or more digits, spaces,
/// dots, dashes, brackets and '+' allowed between them), "a person's name" (two or three
/// capitalised words, initials allowed, none of them a word of roles, teams or services such
/// as "Officer", "Team" or "Housing"). Used only when the profile declares no values.
std::string personal_data_kind(std::string_view value);

/// The name of the pool of small groups: "Other groups, fewer than 5 each".
std::string small_groups_name(int min_group_size);

/// Counts responses as a ResponseSink. Memory grows with the number of distinct profile
/// values, never with the number of responses.
class SurveyAggregate : public ResponseSink {
 public:
  explicit SurveyAggregate(const Questionnaire& questionnaire);
  /// Not copyable: slots point into the groups. Moving keeps those pointers valid.
  SurveyAggregate(const SurveyAggregate&) = delete;
  SurveyAggregate& operator=(const SurveyAggregate&) = delete;
  SurveyAggregate(SurveyAggregate&&) = default;
  /// Counts one response. Throws std::logic_error when `response` does not fit the
  /// questionnaire (a reader bug): wrong number of answers, or an answer from another scale.
  void add(const Response& response) override;

  /// Results with suppression (min = the questionnaire's min_group_size, never below 3): a
  /// profile value with fewer than min respondents loses its name and is pooled with the other
  /// small groups; then, per question, a group (the pool included) with fewer than min answers
  /// shows no figures, and while the hidden groups of a breakdown could be worked out from the
  /// total (only one hidden) or together are fewer than min, the next smallest is hidden too.
  /// The overall result is suppressed, with every group, when itself too small.
  std::vector<QuestionResult> results() const;
  std::size_t responses() const { return responses_; }
  /// The effective minimum group size: the questionnaire's, never below 3.
  int min_group_size() const;
  /// One warning per profile column with values withheld as personal data: how many (or
  /// "fewer than N" when that count is itself small), never the values.
  std::vector<std::string> warnings() const;
  /// Comments collected (only when the reader was asked for them), header -> texts.
  const std::vector<std::pair<std::string, std::string>>& comments() const { return comments_; }

 private:
  /// One group's respondents and counts[question][answer index].
  struct Group {
    int members = 0;
    std::vector<std::vector<int>> counts;
  };
  /// Where a value as typed is counted, looked up once per distinct value.
  struct Slot {
    Group* group = nullptr;
    bool withheld = false;  ///< Looks like personal data.
  };
  /// One profile column's groups. The values as typed are only ever keys of `slots`: what is
  /// printed is a key of `values` (a declared value, or a value that passed personal_data_kind).
  struct Profile {
    std::map<std::string, Group> values;
    Group other;  ///< "Other answers".
    int withheld = 0;
    std::map<std::string, Slot, std::less<>> slots;
  };

  Group new_group() const;
  Slot classify(std::size_t profile, std::string_view value);

  const Questionnaire& questionnaire_;
  std::size_t responses_ = 0;
  std::vector<std::vector<int>> counts_;  ///< counts_[question][answer index].
  std::vector<Profile> profiles_;
  std::vector<std::pair<std::string, std::string>> comments_;
  /// scales_[question]: its scale, looked up once (nullptr when the questionnaire names none).
  std::vector<const Scale*> scales_;
  std::vector<int> answer_index_;  ///< Scratch for add(): each answer's index, -1 when blank.
};

}  // namespace s11
