#pragma once
/// `s11 survey`: staff survey exports summarised on their own, without an audit.

#include <memory>
#include <string>
#include <vector>

#include "app/assessment.h"
#include "questionnaires/survey_ingest.h"

namespace s11::app {

/// What to summarise.
struct SurveyRequest {
  std::vector<std::string> files;
  std::string questionnaire = "oscb-staff";  ///< Bundled id or a questionnaire file.
  SurveyOptions options;
  int min_group_size = 0;  ///< 0: the questionnaire's own.
  std::string out_dir = ".";
};

/// The summary and the workbook written.
struct SurveySummary {
  std::unique_ptr<SurveyIngest> ingest;
  std::string path;  ///< OUT/survey-summary.xlsx.
};

/// Reads every export for the questionnaire and writes OUT/survey-summary.xlsx, dated by the
/// last completion time (`today` when none is given). Throws InputError (every file's
/// problems) or IoError. What had to be shortened to fit Excel's limits goes to `warn`.
SurveySummary summarise_surveys(const SurveyRequest& request, const Date& today, const Warn& warn);

}  // namespace s11::app
