#pragma once
/// Reading `audit.ini`, the settings file of an audit directory (written by reports/audit_ini.h).

#include <string>

#include "engine/audit.h"

namespace s11 {

/// Reads `path` (INI, base/ini.h: `;` or `#` after a space starts a comment). Throws
/// InputError listing every problem as `path:line: message`: the syntax and encoding problems
/// of base/ini.h (a key given twice, a NUL byte, a line that is not UTF-8), missing or unknown
/// keys, a date (the audit's, the next audit's, the approval's) that is not YYYY-MM-DD, a
/// next_audit_date not after the audit date, a currency window outside 1-120 months, a framework
/// that is neither a file beside it nor a bundled id, an evidence, last_plan or last_return that
/// does not exist. A directory, a UTF-16 file or one over 1 MiB is one InputError `path: message`.
/// Throws IoError when the file cannot be read.
AuditConfig read_audit_config(const std::string& path);

}  // namespace s11
