#pragma once
/// Writing `audit.ini`, the settings file of a new audit directory (read by
/// readers/audit_config.h).

#include <string>

#include "engine/audit.h"

namespace s11 {

/// The text of an `audit.ini` holding `config`, with comments explaining each key.
std::string render_audit_config(const AuditConfig& config);

}  // namespace s11
