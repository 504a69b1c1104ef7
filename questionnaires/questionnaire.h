#pragma once
/// The model of a staff questionnaire: answer scales, questions mapped to framework points with
/// pass thresholds, profile columns to break results down by, and columns holding personal
/// data. Questionnaires are data, loaded from XML (see questionnaires/README.md).

#include <string>
#include <vector>

namespace s11 {

/// What an answer says, for counting.
enum class AnswerKind {
  kPositive,       ///< Counts towards % positive ("Yes", "Agree", "Strongly agree").
  kNegative,       ///< Counts against ("No", "Disagree").
  kNeutral,        ///< Counts in n but not as positive ("Unsure", "Neither agree nor disagree").
  kNotApplicable,  ///< Left out of n, like a blank ("N/A", "Don't know" where the scale says so).
};

/// One answer of a scale and the texts that mean it.
struct ScaleAnswer {
  std::string label;  ///< Canonical text, e.g. "Strongly agree".
  AnswerKind kind = AnswerKind::kNeutral;
  std::vector<std::string> aliases;  ///< Other texts meaning the same ("SA", "Yes - definitely").
};

/// An answer scale, e.g. yes/no/unsure or a 5-point agreement scale.
struct Scale {
  std::string id;
  std::string name;
  std::vector<ScaleAnswer> answers;  ///< In display order.

  /// The answer `text` means, or nullptr. Matching ignores case, surrounding and repeated
  /// spaces, curly quotes and dashes, trailing punctuation, and a leading score such as
  /// "5 - " or "5 – " ("5 - Strongly agree" matches "Strongly agree").
  const ScaleAnswer* match(const std::string& text) const;
};

/// One question and what it evidences.
struct Question {
  std::string id;                    ///< Stable id, e.g. "q11".
  std::string text;                  ///< The wording shown to staff (and matched to headers).
  std::vector<std::string> aliases;  ///< Other header wordings that mean this question.
  std::string scale;                 ///< Id of its Scale.
  std::vector<std::string> points;   ///< Framework point ids it evidences, e.g. {"11.3"}.
  int green_percent = 90;            ///< % positive at or above which it is Green.
  int amber_percent = 75;            ///< % positive at or above which it is Amber; below, Red.
};

/// A column results are broken down by (service area, role).
struct ProfileColumn {
  std::string id;
  std::string header;  ///< As in exports, e.g. "Service area".
  std::vector<std::string> aliases;
  /// The answers that may be printed (<value> elements), e.g. "Housing", "Manager"; matched
  /// like answers. Any other answer is counted under "Other answers". Empty: every answer may
  /// be printed unless it looks like personal data (see personal_data_kind in aggregate.h).
  std::vector<std::string> values;
};

/// A complete questionnaire definition.
struct Questionnaire {
  std::string id;  ///< E.g. "oscb-staff".
  std::string title;
  std::string framework;  ///< Id of the framework its point ids belong to, e.g. "oscb-2015".
  std::string path;       ///< The file it was loaded from.
  std::vector<Scale> scales;
  std::vector<Question> questions;
  std::vector<ProfileColumn> profiles;
  /// Headers of columns holding personal data (names, emails, IP addresses). They are never
  /// read into any result. Matched like question headers.
  std::vector<std::string> personal_columns;
  /// Headers of free-text comment columns; reported only when asked for.
  std::vector<std::string> comment_columns;
  /// Headers of metadata columns survey tools add (start and completion times, response and
  /// collector ids): neither questions nor unknown columns, and never aggregated. Matched like
  /// question headers.
  std::vector<std::string> ignored_columns;
  int min_group_size = 5;  ///< Breakdown groups smaller than this are suppressed (never < 3).

  const Scale* find_scale(const std::string& id) const;
  const Question* find_question(const std::string& id) const;
};

/// Loads and validates a questionnaire XML file. Throws InputError listing every problem as
/// `path:line: message` (duplicate ids, unknown scale, thresholds out of order or outside
/// 0-100, amber above green, min-group-size below 3, a scale with no positive answer, an alias
/// claimed by two answers), IoError when the file cannot be read.
Questionnaire load_questionnaire(const std::string& path);

/// Resolves a questionnaire id or file path like resolve_framework (bundled files are found in
/// S11_QUESTIONNAIRES_PATH, then `share/s11/questionnaires` beside the executable). Throws
/// InputError naming the bundled ids when nothing matches.
std::string resolve_questionnaire(const std::string& spec, const std::string& base_dir);

/// Ids of the bundled questionnaires (stems of `*.xml` in the questionnaire directories), sorted.
std::vector<std::string> bundled_questionnaire_ids();

/// Normalises a header or answer for matching: lower case, curly quotes and dashes made
/// straight, white space folded, trailing punctuation (. : ? ! *) and a leading question
/// number such as "3." or "Q3 " removed.
std::string normalise_label(const std::string& text);

}  // namespace s11
