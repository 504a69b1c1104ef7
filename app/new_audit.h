#pragma once
/// `s11 new`: a new audit directory with its audit.ini and an evidence workbook to fill in.

#include <string>
#include <vector>

#include "app/assessment.h"
#include "engine/audit.h"

namespace s11::app {

/// What the new audit is.
struct NewAudit {
  std::string dir;
  AuditConfig config;  ///< Organisation, period, audit date, currency, owner, author.
  std::string framework = "oscb-2015";  ///< Bundled id or a framework file (copied in).
};

/// What was created.
struct CreatedAudit {
  AuditConfig config;
  Framework framework;
  std::vector<std::string> paths;  ///< The files written.
};

/// Creates the audit directory `request.dir` (and its parents) holding audit.ini, evidence.xlsx
/// and, for a framework given as a file, a copy of it. Throws IoError, writing nothing, when
/// any of them exists already ("s11 new never overwrites an audit") or cannot be written;
/// InputError when the framework does not load; UsageError naming the option (`new: --org:
/// ...`) when a value would not read back from audit.ini as given: a control character, or a
/// `;` or `#` at its start or after white space, which audit.ini reads as a comment. What had
/// to be shortened to fit Excel's limits (a very long organisation name in a page footer) goes
/// to `warn`.
CreatedAudit create_audit(const NewAudit& request, const Warn& warn);

}  // namespace s11::app
