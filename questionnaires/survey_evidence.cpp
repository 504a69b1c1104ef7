#include "questionnaires/survey_evidence.h"

#include <filesystem>

#include "engine/errors.h"
#include "engine/file_hash.h"
#include "engine/scoring.h"
#include "engine/text.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

/// Replaces every whole-word `from` in `text` with `to`.
std::string replace_words(std::string text, const std::string& from, const std::string& to) {
  std::string padded = " " + text + " ";
  std::string needle = " " + from + " ";
  for (std::size_t at = padded.find(needle); at != std::string::npos;
       at = padded.find(needle, at + to.size() + 1)) {
    padded.replace(at, needle.size(), " " + to + " ");
  }
  return padded.substr(1, padded.size() - 2);
}

/// "I know who I am accountable to for my practice" -> "know who they are accountable to for
/// their practice", said of staff.
std::string third_person(const std::string& question) {
  std::string text = trim(question);
  while (!text.empty() && std::string(".?!").find(text.back()) != std::string::npos) text.pop_back();
  std::string lead;
  if (text.rfind("I ", 0) == 0) {
    text = text.substr(2);
  } else if (text.rfind("My ", 0) == 0) {
    lead = "say their ";
    text = text.substr(3);
  } else {
    lead = "agree that ";
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' &&
        (text.size() < 2 || !(text[1] >= 'A' && text[1] <= 'Z'))) {
      text[0] = static_cast<char>(text[0] - 'A' + 'a');
    }
  }
  text = replace_words(text, "I am", "they are");
  text = replace_words(text, "I", "they");
  text = replace_words(text, "my", "their");
  text = replace_words(text, "me", "them");
  text = replace_words(text, "am", "are");
  return lead + text;
}

}  // namespace

std::string survey_finding(const QuestionResult& result) {
  return std::to_string(result.overall.percent_positive()) + "% of " +
         std::to_string(result.overall.n) + " staff " + third_person(result.question->text) +
         "; threshold " + std::to_string(result.question->green_percent) + "%";
}

std::unique_ptr<SurveyIngest> ingest_surveys(const std::vector<std::string>& files,
                                             Questionnaire questionnaire,
                                             const SurveyOptions& options, int min_group_size) {
  auto ingest = std::make_unique<SurveyIngest>();
  ingest->questionnaire = std::move(questionnaire);
  if (min_group_size > 0) ingest->questionnaire.min_group_size = min_group_size;
  SurveyAggregate aggregate(ingest->questionnaire);
  std::vector<std::string> problems;
  for (const auto& file : files) {
    try {
      ingest->reports.push_back(read_survey(file, ingest->questionnaire, options, aggregate));
    } catch (const InputError& e) {
      problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
  }
  if (!problems.empty()) throw InputError(problems);
  for (const auto& report : ingest->reports) {
    if (report.last_completed &&
        (!ingest->last_completed || *report.last_completed > *ingest->last_completed)) {
      ingest->last_completed = report.last_completed;
    }
  }
  ingest->results = aggregate.results();
  ingest->comments = aggregate.comments();
  ingest->responses = aggregate.responses();
  return ingest;
}

std::unique_ptr<SurveyIngest> add_survey_evidence(Audit& audit, const std::string& dir) {
  const SurveyConfig& config = audit.config.survey;
  if (config.files.empty()) return nullptr;
  auto where = [&](const std::string& key) {
    auto it = audit.config.lines.find("survey." + key);
    return audit.config.path + ":" + std::to_string(it == audit.config.lines.end() ? 1 : it->second);
  };

  ProblemList problems;
  std::string questionnaire_path;
  try {
    questionnaire_path = resolve_questionnaire(config.questionnaire, dir);
  } catch (const InputError& e) {
    for (const auto& p : e.problems()) problems.add(where("questionnaire"), p);
    problems.throw_if_any();
  }
  Questionnaire questionnaire = load_questionnaire(questionnaire_path);
  if (questionnaire.framework != audit.framework.id) {
    problems.add(where("questionnaire"),
                 "questionnaire " + questionnaire.id + " is written for framework " +
                     questionnaire.framework + ", but this audit uses " + audit.framework.id +
                     "; choose a questionnaire for " + audit.framework.id);
  }
  for (const auto& question : questionnaire.questions) {
    for (const auto& point : question.points) {
      if (!audit.framework.find_point(point)) {
        problems.add(questionnaire_path, "question " + question.id + " evidences point " +
                                             point + ", which " + audit.framework.id +
                                             " does not have");
      }
    }
  }
  std::vector<std::string> files;
  for (const auto& file : config.files) {
    fs::path path = fs::path(dir) / file;
    if (!fs::exists(path)) {
      problems.add(where("files"), "survey file \"" + file + "\" does not exist (looked for \"" +
                                       path.string() + "\")");
    }
    files.push_back(path.string());
  }
  problems.throw_if_any();

  SurveyOptions options;
  options.mapping = config.mapping;
  options.skip_bad_rows = config.skip_bad_rows;
  options.include_comments = config.include_comments;
  auto ingest = ingest_surveys(files, std::move(questionnaire), options, config.min_group_size);
  // Reports name exports as audit.ini does, so outputs do not depend on where the audit lives.
  for (std::size_t i = 0; i < ingest->reports.size() && i < config.files.size(); ++i) {
    ingest->reports[i].path = config.files[i];
  }

  Date date = audit.config.audit_date;
  if (ingest->last_completed) {
    if (*ingest->last_completed > audit.config.audit_date) {
      throw InputError(where("files") + ": the staff survey was completed on " +
                       ingest->last_completed->long_text() + ", after the audit date " +
                       audit.config.audit_date.long_text());
    }
    date = *ingest->last_completed;
  } else {
    audit.warnings.push_back(where("files") +
                             ": the survey exports give no completion times; their results are "
                             "dated on the audit date");
  }
  std::string sources;
  for (const auto& file : config.files) sources += (sources.empty() ? "" : ", ") + file;
  const bool bundled = !fs::exists(fs::path(dir) / config.questionnaire);
  audit.inputs.push_back({bundled ? "bundled: " + fs::path(questionnaire_path).filename().string()
                                  : config.questionnaire,
                          sha256_file(questionnaire_path)});
  for (std::size_t i = 0; i < files.size(); ++i) {
    audit.inputs.push_back({config.files[i], sha256_file(files[i])});
  }
  for (const auto& report : ingest->reports) {
    audit.warnings.insert(audit.warnings.end(), report.warnings.begin(), report.warnings.end());
  }
  for (const auto& result : ingest->results) {
    if (result.overall.suppressed || result.overall.n == 0) continue;
    EvidenceItem item;
    item.id = "S-" + result.question->id;
    item.finding = survey_finding(result);
    item.title = "Staff survey: " + item.finding;
    item.type = "survey";
    item.date = date;
    item.owner = audit.config.author;
    item.location = sources;
    item.points = result.question->points;
    item.impact_level = 2;
    item.survey_question = result.question->id;
    item.contradicts = result.rag != SurveyRag::kGreen;
    audit.evidence.push_back(std::move(item));
  }
  return ingest;
}

}  // namespace s11
