#include "questionnaires/survey_ingest.h"

#include "base/errors.h"

namespace s11 {

std::unique_ptr<SurveyIngest> ingest_surveys(const std::vector<std::string>& files,
                                             Questionnaire questionnaire,
                                             const SurveyOptions& options, int min_group_size) {
  auto ingest = std::make_unique<SurveyIngest>();
  ingest->questionnaire = std::move(questionnaire);
  if (min_group_size > 0) ingest->questionnaire.min_group_size = min_group_size;
  SurveyAggregate aggregate(ingest->questionnaire);
  ProblemList problems;
  for (const auto& file : files) {
    try {
      ingest->reports.push_back(read_survey(file, ingest->questionnaire, options, aggregate));
    } catch (const InputError& e) {
      problems.add_all(e);
    }
  }
  problems.throw_if_any();
  for (const auto& report : ingest->reports) {
    if (report.last_completed &&
        (!ingest->last_completed || *report.last_completed > *ingest->last_completed)) {
      ingest->last_completed = report.last_completed;
    }
  }
  ingest->results = aggregate.results();
  ingest->comments = aggregate.comments();
  ingest->responses = aggregate.responses();
  ingest->warnings = aggregate.warnings();
  return ingest;
}

}  // namespace s11
