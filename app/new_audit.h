#pragma once
/// `s11 new`: a new audit directory with its audit.ini and an evidence workbook to fill in,
/// blank or carried forward from last year's audit (`--from`).

#include <string>
#include <vector>

#include "app/assessment.h"
#include "engine/audit.h"

namespace s11::app {

/// What the new audit is.
struct NewAudit {
  std::string dir;
  /// Organisation, period, audit date, currency, owner, author. With `from`, an empty
  /// organisation, owner or author and a currency of 0 months take last year's.
  AuditConfig config;
  /// Bundled id or a framework file (copied in); "" for last year's with `from`, else
  /// oscb-2015.
  std::string framework;
  /// Last year's audit directory to carry forward from; "" for a blank workbook.
  std::string from;
};

/// What `--from` carried, for the console.
struct CarriedSummary {
  std::string from;            ///< Last year's audit directory, as given.
  std::string period;          ///< Last year's period.
  std::size_t statuses = 0;    ///< Points given last year's status.
  std::size_t comments = 0;    ///< Points given last year's comments.
  std::size_t ratings = 0;     ///< Agency ratings carried (standards and overall).
  std::size_t evidence = 0;    ///< Register items carried.
  std::size_t stale = 0;       ///< Of them, dated before this year's currency window.
  std::size_t left_out = 0;    ///< Items not carried: they supported only removed points.
  std::size_t new_points = 0;  ///< Points of this framework that last year's had not.
  std::size_t reworded = 0;    ///< Points whose requirement was reworded.
  std::size_t removed = 0;     ///< Points of last year's framework this one has not.
  std::string last_plan;       ///< As set in audit.ini; "" when last year has none.
  std::string last_return;     ///< As set in audit.ini; "" when not set.
  /// Why last year's return was not set as [history] last_return (it does not read against
  /// this year's framework); "" otherwise.
  std::string last_return_problem;
};

/// What was created.
struct CreatedAudit {
  AuditConfig config;
  Framework framework;
  std::vector<std::string> paths;  ///< The files written.
  bool carried = false;            ///< Made with `from`; `summary` says what was carried.
  CarriedSummary summary;
};

/// Creates the audit directory `request.dir` (and its parents) holding audit.ini, evidence.xlsx
/// and, for a framework given as a file, a copy of it. Throws IoError, writing nothing, when
/// any of them exists already ("s11 new never overwrites an audit") or cannot be written;
/// InputError when the framework does not load; UsageError naming the option (`new: --org:
/// ...`) when a value would not read back from audit.ini as given: a control character, or a
/// `;` or `#` at its start or after white space, which audit.ini reads as a comment. What had
/// to be shortened to fit Excel's limits (a very long organisation name in a page footer) goes
/// to `warn`.
///
/// With `request.from`, last year's audit directory is read as `s11 run` reads it (its
/// audit.ini, its framework, its evidence.xlsx against that framework and its audit date) and
/// the new workbook starts from it (reports/evidence_template.h CarriedWorkbook): statuses,
/// justifications and comments by point id, agency ratings, the evidence register (stale
/// items marked, points this framework has not dropped). audit.ini keeps last year's
/// organisation, document owner and author, currency window, [leads] and [plan] settings (a
/// next_audit_date only when it is after the new audit date); last year's
/// out/action-plan.xlsx and out/section11-return.xlsx, when there, are copied in as
/// `action-plan-PERIOD.xlsx` and `section11-return-PERIOD.xlsx` (PERIOD last year's) and named
/// by [plan] last_plan and [history] last_return, the return only when it reads against this
/// year's framework. Throws InputError, writing nothing, when last year's directory is not an
/// audit or its files do not read (their own problems, located); UsageError when the audit
/// date is not after last year's.
CreatedAudit create_audit(const NewAudit& request, const Warn& warn);

}  // namespace s11::app
