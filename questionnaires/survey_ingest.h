#pragma once
/// Reading a set of staff survey exports into one result: every file read for one
/// questionnaire, responses from all files together, aggregated with small groups suppressed.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "questionnaires/aggregate.h"

namespace s11 {

/// Everything read from one set of survey exports.
struct SurveyIngest {
  Questionnaire questionnaire;
  std::vector<SurveyReport> reports;    ///< One per export, in the order read.
  std::vector<QuestionResult> results;  ///< One per question, in questionnaire order.
  std::vector<std::pair<std::string, std::string>> comments;  ///< Only when asked for.
  std::size_t responses = 0;
  /// Profile values withheld as personal data, counted, never quoted (SurveyAggregate::warnings).
  std::vector<std::string> warnings;
  std::optional<Date> last_completed;  ///< Latest completion day over all exports.
};

/// Reads every export in `files` for `questionnaire` into one result (responses from all files
/// together). Throws InputError listing the problems of every file, IoError when one cannot be
/// read. `min_group_size` overrides the questionnaire's when not 0.
std::unique_ptr<SurveyIngest> ingest_surveys(const std::vector<std::string>& files,
                                             Questionnaire questionnaire,
                                             const SurveyOptions& options, int min_group_size);

}  // namespace s11
