#include "app/new_audit.h"

#include <filesystem>

#include "base/control_text.h"
#include "base/errors.h"
#include "base/text.h"
#include "readers/audit_config.h"
#include "reports/audit_ini.h"
#include "reports/evidence_template.h"
#include "reports/output_files.h"
#include "reports/xlsx_emitter.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;
namespace ad = audit_directory;

namespace {

/// A value written into audit.ini must read back the same: one line, no character that
/// cannot be shown, and no `;` or `#` that readers/audit_config.h takes for a comment.
void check_setting(const std::string& option, const std::string& value) {
  const std::string prefix = "new: " + option + ": ";
  if (std::string problem = control_character_problem(value); !problem.empty()) {
    throw UsageError(prefix + "the value " + problem);
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != ';' && value[i] != '#') continue;
    if (i > 0 && value[i - 1] != ' ' && value[i - 1] != '\t') continue;
    throw UsageError(prefix + s11::quoted(value) + " holds " +
                     (i == 0 ? "a leading \"" + std::string(1, value[i]) + "\""
                             : "\" " + std::string(1, value[i]) + "\"") +
                     " (character " + std::to_string(character_position(value, i)) +
                     "), which audit.ini reads as the start of a comment; leave out the " +
                     (i == 0 ? "\"" + std::string(1, value[i]) + "\"" : "space before it"));
  }
}

}  // namespace

CreatedAudit create_audit(const NewAudit& request, const Warn& warn) {
  const fs::path dir = request.dir;
  CreatedAudit created;
  created.config = request.config;
  AuditConfig& config = created.config;
  check_setting("--org", config.organisation);
  check_setting("--period", config.period);
  check_setting("--owner", config.owner);
  check_setting("--author", config.author);
  for (const char* name : {ad::kAuditIni, ad::kEvidenceWorkbook}) {
    if (fs::exists(dir / name)) {
      throw IoError((dir / name).string() +
                    ": already exists; s11 new never overwrites an audit (choose another DIR)");
    }
  }

  // A framework given as a file is copied in, so the audit directory is self-contained.
  const std::string& spec = request.framework;
  std::string framework_path = resolve_framework(spec, fs::current_path().string());
  created.framework = load_framework(framework_path);
  bool is_file = fs::exists(spec);
  config.framework = is_file ? fs::path(spec).filename().string() : created.framework.id;
  check_setting("--framework", config.framework);

  std::error_code error;
  fs::create_directories(dir, error);
  if (error) throw IoError(dir.string() + ": cannot create directory: " + error.message());
  // The audit directory holds the user's files: each of ours lands on its own, never over one.
  OutputBatch outputs(dir.string(), OutputBatch::Mode::kNewFiles);
  outputs.write_text(ad::kAuditIni, render_audit_config(config));
  for (const auto& warning : write_xlsx(build_evidence_template(created.framework, config),
                                        outputs.temp_path(ad::kEvidenceWorkbook),
                                        (dir / ad::kEvidenceWorkbook).string())) {
    warn(warning);
  }
  if (is_file) {
    if (fs::exists(dir / config.framework)) {
      throw IoError((dir / config.framework).string() + ": already exists; not overwritten");
    }
    fs::copy_file(framework_path, outputs.temp_path(config.framework), error);
    if (error) throw IoError(framework_path + ": cannot copy: " + error.message());
  }
  outputs.commit();
  created.paths = outputs.paths();
  return created;
}

}  // namespace s11::app
