#pragma once
/// Reading survey exports (generic CSV, SurveyMonkey CSV/XLSX, Microsoft Forms XLSX, Google
/// Forms CSV) one response at a time, so memory does not grow with the number of responses.

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/date.h"
#include "questionnaires/questionnaire.h"

namespace s11 {

/// The layouts s11 recognises.
enum class SurveyFormat {
  kGenericCsv,
  kSurveyMonkeyCsv,
  kSurveyMonkeyXlsx,
  kMicrosoftForms,
  kGoogleForms,
  kGenericXlsx
};

/// "SurveyMonkey (CSV)", "Microsoft Forms", ... for reports.
std::string format_name(SurveyFormat format);

/// One response, as the aggregator sees it: no personal data ever reaches here.
struct Response {
  std::size_t row = 0;  ///< 1-based row (CSV: physical line where the record starts).
  /// One entry per questionnaire question, in questionnaire order; nullptr when blank or the
  /// question has no column.
  std::vector<const ScaleAnswer*> answers;
  /// One entry per questionnaire profile column; "" when blank or absent.
  std::vector<std::string> profile;
  /// Free-text comments, only when SurveyOptions::include_comments; header -> text.
  std::vector<std::pair<std::string, std::string>> comments;
  std::optional<Date> completed;  ///< Completion (or submission) day, when the export has it.
};

/// Receives responses as they are read.
class ResponseSink {
 public:
  virtual ~ResponseSink() = default;
  virtual void add(const Response& response) = 0;
};

/// How to read an export.
struct SurveyOptions {
  /// Explicit mapping from question id to the export's header text (from audit.ini), used
  /// before matching by normalised header text.
  std::map<std::string, std::string> mapping;
  /// Skip rows with answers outside the scale (listed as warnings) instead of failing.
  bool skip_bad_rows = false;
  bool include_comments = false;
};

/// What reading one export found.
struct SurveyReport {
  std::string path;
  SurveyFormat format = SurveyFormat::kGenericCsv;
  std::size_t rows_read = 0;  ///< Data rows in the file (blank rows not counted).
  std::size_t rows_used = 0;
  std::size_t rows_skipped = 0;                 ///< With skip_bad_rows: rows with bad answers.
  std::vector<std::string> warnings;            ///< `path:row: ...`, e.g. skipped rows.
  std::vector<std::string> unmapped_questions;  ///< Question ids with no column in the file.
  std::vector<std::string> unknown_columns;     ///< Headers matching nothing (not personal).
  std::optional<Date> last_completed;           ///< Latest completion day seen.
};

/// What the first rows of an export say about its layout.
struct SurveyLayout {
  SurveyFormat format = SurveyFormat::kGenericCsv;
  /// SurveyMonkey: the second non-blank row is the second header row (answer options and
  /// matrix statements), not a response.
  bool second_header_row = false;
  /// SurveyMonkey without its second header row: for each header followed by columns with no
  /// header (an expanded question or a matrix, which only row 2 could name), its 0-based
  /// column and the number of headerless columns after it.
  std::vector<std::pair<std::size_t, std::size_t>> headless_groups;
};

/// Detects the layout of an export from its first non-blank row `header` and the next
/// non-blank row `next` (empty when there is none); `xlsx` when they come from a workbook.
/// Total: any input gives a layout, nothing is thrown, time is linear in the rows' size.
SurveyLayout detect_survey_layout(const std::vector<std::string>& header,
                                  const std::vector<std::string>& next, bool xlsx);

/// Detects the layout of the export at `path` (CSV or XLSX) from its first two non-blank
/// rows. Throws InputError when the file is empty or unreadable as an export (as
/// read_survey does), IoError when it cannot be read.
SurveyLayout detect_survey_file(const std::string& path);

/// Reads the export at `path` for `questionnaire`, detecting its format, and passes every
/// usable response to `sink`. Throws InputError with every problem located (`path:12: ...`
/// for CSV, `path: Sheet1!D7: ...` for XLSX): answers outside the scale (unless
/// skip_bad_rows), ragged rows, invalid UTF-8, an unterminated quoted field (truncated
/// file), no column for any question. Throws IoError when it cannot be read.
SurveyReport read_survey(const std::string& path, const Questionnaire& questionnaire,
                         const SurveyOptions& options, ResponseSink& sink);

}  // namespace s11
