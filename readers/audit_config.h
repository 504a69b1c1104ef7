#pragma once
/// Reading `audit.ini`, the settings file of an audit directory (written by reports/audit_ini.h).

#include <string>

#include "engine/audit.h"

namespace s11 {

/// Reads `path` (INI, via Boost PropertyTree). Throws InputError listing every problem as
/// `path:line: message` (missing or unknown keys, a date that is not YYYY-MM-DD, a currency
/// window outside 1-120 months, a framework that is neither a file beside it nor a bundled
/// id), or IoError when the file cannot be read.
AuditConfig read_audit_config(const std::string& path);

}  // namespace s11
