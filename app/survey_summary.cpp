#include "app/survey_summary.h"

#include <filesystem>

#include "reports/output_files.h"
#include "reports/questionnaire_report.h"
#include "reports/xlsx_emitter.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;
namespace ad = audit_directory;

SurveySummary summarise_surveys(const SurveyRequest& request, const Date& today, const Warn& warn) {
  Questionnaire questionnaire =
      load_questionnaire(resolve_questionnaire(request.questionnaire, fs::current_path().string()));
  SurveySummary summary;
  summary.ingest = ingest_surveys(request.files, std::move(questionnaire), request.options,
                                  request.min_group_size);
  const fs::path out_dir = request.out_dir;
  summary.path = (out_dir / ad::kSurveyFile).string();
  // --out is any directory of the user's (the current one by default): the one file replaces
  // its older version with one rename, and nothing else there is touched.
  OutputBatch outputs(out_dir.string(), OutputBatch::Mode::kReplaceFiles);
  for (const auto& warning : write_xlsx(
           build_survey_workbook(*summary.ingest, summary.ingest->last_completed.value_or(today)),
           outputs.temp_path(ad::kSurveyFile), summary.path)) {
    warn(warning);
  }
  outputs.commit();
  return summary;
}

}  // namespace s11::app
