#pragma once
/// Reads the staff survey exports an audit lists (`[survey]` in audit.ini) for its framework.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "engine/audit.h"
#include "questionnaires/survey_ingest.h"

namespace s11 {

/// An audit's staff survey, as read.
struct AuditSurvey {
  std::unique_ptr<SurveyIngest> ingest;
  std::string questionnaire_path;      ///< The questionnaire file read.
  bool bundled_questionnaire = false;  ///< Found among the bundled questionnaires.
  std::vector<std::string> files;      ///< The exports read, as paths (audit.ini's order).
  /// What the results are dated: the last completion time, or the audit date when the exports
  /// give none.
  Date date;
  std::vector<std::string> warnings;  ///< Located, from audit.ini and the exports.
};

/// The export names of audit.ini's `[survey] files` value: separated by commas and trimmed;
/// a name holding a comma (or a quote, or spaces at its ends) is put in double quotes, with a
/// quote inside it doubled: `files = "Staff survey, wave 1.csv", wave2.xlsx`. Empty names
/// are dropped. Throws InputError (the message only; the caller adds the audit.ini line) for a
/// quote left open or text after a closing quote.
std::vector<std::string> split_survey_files(std::string_view text);

/// Reads the exports `config.survey` lists (paths relative to `dir`) for the questionnaire it
/// names. Returns an AuditSurvey without `ingest` when no exports are listed. Throws
/// InputError when the questionnaire does not fit `framework`, an export is missing or has
/// problems, or the survey was completed after the audit date (all listed, located in
/// audit.ini or the export); IoError when a file cannot be read.
AuditSurvey read_audit_survey(const AuditConfig& config, const Framework& framework,
                              const std::string& dir);

}  // namespace s11
