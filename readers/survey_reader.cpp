#include "readers/survey_reader.h"

#include <filesystem>

#include "base/errors.h"
#include "base/text.h"

namespace s11 {

namespace fs = std::filesystem;

AuditSurvey read_audit_survey(const AuditConfig& audit_config, const Framework& framework,
                              const std::string& dir) {
  AuditSurvey survey;
  const SurveyConfig& config = audit_config.survey;
  if (config.files.empty()) return survey;
  auto where = [&](const std::string& key) { return audit_config.where("survey." + key); };

  ProblemList problems;
  try {
    survey.questionnaire_path = resolve_questionnaire(config.questionnaire, dir);
  } catch (const InputError& e) {
    for (const auto& p : e.problems()) problems.add(where("questionnaire"), p);
    problems.throw_if_any();
  }
  survey.bundled_questionnaire = !fs::exists(fs::path(dir) / config.questionnaire);
  Questionnaire questionnaire = load_questionnaire(survey.questionnaire_path);
  if (questionnaire.framework != framework.id) {
    problems.add(where("questionnaire"),
                 "questionnaire " + questionnaire.id + " is written for framework " +
                     questionnaire.framework + ", but this audit uses " + framework.id +
                     "; choose a questionnaire for " + framework.id);
  }
  for (const auto& question : questionnaire.questions) {
    for (const auto& point : question.points) {
      if (!framework.find_point(point)) {
        problems.add(survey.questionnaire_path, "question " + question.id + " evidences point " +
                                                    point + ", which " + framework.id +
                                                    " does not have");
      }
    }
  }
  for (const auto& [id, header] : config.mapping) {
    if (questionnaire.questions.empty() || questionnaire.find_question(id)) continue;
    problems.add(
        audit_config.where("survey_mapping." + id),
        "[survey_mapping] names question " + s11::quoted(id) + ", which questionnaire " +
            s11::quoted(questionnaire.id) + " does not have; expected a question id from " +
            questionnaire.questions.front().id + " to " + questionnaire.questions.back().id);
  }
  for (const auto& file : config.files) {
    fs::path path = fs::path(dir) / file;
    if (!fs::exists(path)) {
      problems.add(where("files"), "survey file \"" + file + "\" does not exist (looked for \"" +
                                       path.string() + "\")");
    }
    survey.files.push_back(path.string());
  }
  problems.throw_if_any();

  SurveyOptions options;
  options.mapping = config.mapping;
  options.skip_bad_rows = config.skip_bad_rows;
  options.include_comments = config.include_comments;
  survey.ingest =
      ingest_surveys(survey.files, std::move(questionnaire), options, config.min_group_size);
  // Reports name exports as audit.ini does, so outputs do not depend on where the audit lives.
  for (std::size_t i = 0; i < survey.ingest->reports.size() && i < config.files.size(); ++i) {
    survey.ingest->reports[i].path = config.files[i];
  }

  survey.date = audit_config.audit_date;
  const auto& last = survey.ingest->last_completed;
  if (last) {
    if (*last > audit_config.audit_date) {
      throw InputError(where("files") + ": the staff survey was completed on " + last->long_text() +
                       ", after the audit date " + audit_config.audit_date.long_text());
    }
    survey.date = *last;
  } else {
    survey.warnings.push_back(where("files") +
                              ": the survey exports give no completion times; their results are "
                              "dated on the audit date");
  }
  for (const auto& report : survey.ingest->reports) {
    survey.warnings.insert(survey.warnings.end(), report.warnings.begin(), report.warnings.end());
  }
  return survey;
}

}  // namespace s11
