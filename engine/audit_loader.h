#pragma once
/// Reads a whole audit directory: `audit.ini`, its framework and `evidence.xlsx`.

#include <string>

#include "engine/audit.h"

namespace s11 {

/// File names inside an audit directory.
inline constexpr const char* kAuditIni = "audit.ini";
inline constexpr const char* kEvidenceWorkbook = "evidence.xlsx";

/// Loads the audit in `dir`. Throws InputError with located problems (settings, framework,
/// workbook), IoError when a file cannot be read. Input files are fingerprinted in
/// `Audit::inputs` under names relative to `dir` (bundled frameworks as "bundled: ID.xml"),
/// so the same audit gives the same document control wherever it lives.
Audit load_audit(const std::string& dir);

}  // namespace s11
