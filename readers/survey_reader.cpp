#include "readers/survey_reader.h"

#include <filesystem>

#include "base/errors.h"
#include "base/text.h"

namespace s11 {

namespace fs = std::filesystem;

std::vector<std::string> split_survey_files(std::string_view text) {
  std::vector<std::string> files;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t comma = text.find(',', pos);
    std::string_view piece = trim_view(
        text.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    if (!piece.empty() && piece.front() == '"') {
      // Quoted: up to the closing quote, which may be after commas.
      std::size_t start = text.find('"', pos) + 1;
      std::string name;
      std::size_t i = start;
      for (;; ++i) {
        if (i >= text.size()) {
          throw InputError("survey file name " + quoted(text.substr(start - 1)) +
                           " has no closing quote; put a \" at the end of the name");
        }
        if (text[i] != '"') {
          name += text[i];
        } else if (i + 1 < text.size() && text[i + 1] == '"') {
          name += '"';
          ++i;
        } else {
          break;
        }
      }
      comma = text.find(',', i + 1);
      std::string_view after = trim_view(text.substr(
          i + 1, comma == std::string_view::npos ? std::string_view::npos : comma - i - 1));
      if (!after.empty()) {
        throw InputError("text " + quoted(after) + " follows the quoted survey file name \"" +
                         name + "\"; separate file names with commas");
      }
      if (!name.empty()) files.push_back(std::move(name));
    } else if (!piece.empty()) {
      files.emplace_back(piece);
    }
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  return files;
}

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
  for (std::size_t i = 0; i < config.files.size(); ++i) {
    const std::string& file = config.files[i];
    fs::path path = fs::path(dir) / file;
    if (!fs::exists(path)) {
      std::string message =
          "survey file \"" + file + "\" does not exist (looked for \"" + path.string() + "\")";
      // A name holding a comma, listed without quotes, arrives in pieces.
      for (const char* glue : {", ", ","}) {
        if (i + 1 < config.files.size() &&
            fs::exists(fs::path(dir) / (file + glue + config.files[i + 1]))) {
          message += "; to list \"" + file + glue + config.files[i + 1] +
                     "\", whose name holds a comma, put it in double quotes";
          break;
        }
      }
      problems.add(where("files"), message);
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
  survey.warnings.insert(survey.warnings.end(), survey.ingest->warnings.begin(),
                         survey.ingest->warnings.end());
  return survey;
}

}  // namespace s11
