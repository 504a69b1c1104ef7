#pragma once
/// The application layer: what s11 does with an audit directory, from reading every input to
/// writing every output, as plain functions the command line (cli/) calls. Nothing here
/// parses options or prints; warnings go to the caller's `Warn`.
///
///     assess(dir)           read audit.ini, the framework, evidence.xlsx, the staff survey,
///                           reviews/, last year's return and plan; score, impact, challenge,
///                           year on year and the drafted action plan
///     write_outputs(a, o)   out/section11-return.xlsx, out/gaps.csv, out/action-plan.xlsx,
///                           carrying what the user typed into them (app/manifest.h)

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/file_lock.h"
#include "engine/audit.h"
#include "engine/challenge.h"
#include "engine/impact.h"
#include "engine/plan.h"
#include "engine/review.h"
#include "engine/scoring.h"
#include "engine/year_on_year.h"
#include "questionnaires/survey_ingest.h"

namespace s11::app {

/// Receives each warning (located, for the user) as soon as it is known.
using Warn = std::function<void(const std::string&)>;

/// Everything s11 works out about one audit. Results point into the audit, so it lives on the
/// heap and is never moved.
struct Assessment {
  std::string dir;  ///< The audit directory, as given.
  Audit audit;
  std::unique_ptr<SurveyIngest> surveys;  ///< nullptr when the audit lists no survey.
  AuditResult result;
  ImpactResult impact;

  // The annual cycle: filled by assess(), not by assess_audit().
  std::vector<Review> reviews;           ///< From DIR/reviews/, in file-name order.
  std::optional<YearOnYear> history;     ///< When [history] last_return is set.
  ActionPlan plan;                       ///< Drafted as at the audit date.
  std::vector<ChallengeItem> challenge;  ///< Ranked questions for the challenge event.
};

/// Reads and scores the audit in `dir`: audit.ini, its framework, evidence.xlsx and the staff
/// survey it lists, then the evidence-based ratings and impact levels. Every file read is
/// fingerprinted in `Audit::inputs`. Throws InputError (located problems, all listed) or
/// IoError.
std::unique_ptr<Assessment> assess_audit(const std::string& dir, const Warn& warn);

/// assess_audit(), then the annual cycle: reviewers' workbooks, last year's return and plan,
/// the drafted action plan (reviewers' recommendations included) and the challenge list. The
/// drafted plan's flags go to `warn` unless `plan_flags` is false (`s11 plan`, which writes
/// the plan in out/ instead).
std::unique_ptr<Assessment> assess(const std::string& dir, const Warn& warn,
                                   bool plan_flags = true);

/// How write_outputs() treats what is already in DIR/out/.
struct WriteOptions {
  std::string command = "s11 run";  ///< As the user typed it, for the lock and the manifest.
  /// Overwrite an edited output s11 cannot read back, keeping it beside the new one.
  bool force = false;
  /// `s11 plan`: the plan written is DIR/out/action-plan.xlsx read back and re-rated as of this
  /// day, not the drafted one.
  std::optional<Date> rerate_as_of;
};

/// Writes the outputs of `assessment` to DIR/out/ as one set (reports/output_files.h: a kill
/// at any moment leaves the complete old set or the complete new one) with the manifest of
/// what was written (app/manifest.h), holding the audit's lock (app/audit_lock.h) from reading
/// what is in out/ to the commit, and returns the outputs' paths (the manifest and the
/// drafted plan s11 keeps for itself left out). What is in out/ already:
/// - out/action-plan.xlsx is read back and what the user typed into it carried into the new
///   plan (engine/plan_merge.h), which then replaces `assessment.plan`; with
///   `options.rerate_as_of` it is re-rated instead of drafted again. What was carried goes to
///   `warn`.
/// - An output changed since s11 wrote it that s11 cannot read back (the return, gaps.csv, a
///   plan that no longer reads) stops the run: InputError, one problem per file, saying when
///   s11 wrote it and what to do; with `options.force` it is kept beside the new one
///   (kept_copy_name()) and said so to `warn`.
/// - An output s11 has no record of writing (no manifest: an older s11 wrote out/) is kept
///   beside the new one likewise, and said so.
/// What had to be shortened to fit Excel's limits goes to `warn`; what an interrupted run left
/// is recovered first, each step told to `warn`. Throws IoError when they cannot be written,
/// something not a regular file is at an output path, or another run holds the lock.
std::vector<std::string> write_outputs(Assessment& assessment, const WriteOptions& options,
                                       const Warn& warn);

/// write_outputs() for a caller that already holds the audit's lock (`lock`).
std::vector<std::string> write_outputs_locked(Assessment& assessment, const WriteOptions& options,
                                              const Warn& warn, const FileLock& lock);

/// Reads the audit in `dir` without its staff survey: audit.ini, its framework and
/// evidence.xlsx, fingerprinted in `Audit::inputs`. Throws IoError when `dir` is not an audit
/// directory or a file cannot be read, InputError listing located problems.
Audit read_audit(const std::string& dir);

/// Reads the staff survey `audit.config.survey` lists and adds each question's result to
/// `audit.evidence` (engine/survey_evidence.h), its files to `audit.inputs` and its warnings
/// to `audit.warnings`. Returns nullptr when the audit lists no survey.
std::unique_ptr<SurveyIngest> add_survey_evidence(Audit& audit, const std::string& dir);

/// An audit directory's settings and the framework they name.
struct AuditSettings {
  AuditConfig config;
  Framework framework;
};

/// Reads an audit directory's settings and framework only (for commands that do not score):
/// its audit.ini and the framework it names, checked against each other.
AuditSettings read_settings(const std::string& dir);

/// The action plan settings of the audit in `dir` (engine/plan.h plan_settings), with last
/// year's plan resolved against `dir`, statuses rated as of `as_of`.
PlanSettings audit_plan_settings(const AuditConfig& config, const Framework& framework,
                                 const std::string& dir, const Date& as_of);

}  // namespace s11::app
