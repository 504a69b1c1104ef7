#pragma once
/// Staff survey results as audit evidence: reading the exports an audit lists, and turning
/// each question's result into an evidence item for its points.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "engine/audit.h"
#include "questionnaires/aggregate.h"

namespace s11 {

/// Everything read from one set of survey exports.
struct SurveyIngest {
  Questionnaire questionnaire;
  std::vector<SurveyReport> reports;   ///< One per export, in the order read.
  std::vector<QuestionResult> results; ///< One per question, in questionnaire order.
  std::vector<std::pair<std::string, std::string>> comments;  ///< Only when asked for.
  std::size_t responses = 0;
  std::optional<Date> last_completed;  ///< Latest completion day over all exports.
};

/// Reads every export in `files` for `questionnaire` into one result (responses from all files
/// together). Throws InputError listing the problems of every file, IoError when one cannot be
/// read. `min_group_size` overrides the questionnaire's when not 0.
std::unique_ptr<SurveyIngest> ingest_surveys(const std::vector<std::string>& files,
                                             Questionnaire questionnaire,
                                             const SurveyOptions& options, int min_group_size);

/// Reads the exports `audit.config.survey` lists (paths relative to `dir`) and adds each
/// question's result to `audit.evidence`: type survey, impact level 2, dated by the last
/// completion time (the audit date when an export has none), contradicting its points when
/// below the question's green threshold. Returns nullptr when no exports are listed. Throws
/// InputError when the questionnaire does not fit the audit's framework or an export has
/// problems (all listed), IoError when a file cannot be read.
std::unique_ptr<SurveyIngest> add_survey_evidence(Audit& audit, const std::string& dir);

/// The finding for a question in words: "58% of 31 staff know how to raise a concern about a
/// colleague; threshold 90%". Turns the first-person wording of the question around.
std::string survey_finding(const QuestionResult& result);

}  // namespace s11
