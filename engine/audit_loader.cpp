#include "engine/audit_loader.h"

#include <filesystem>

#include "engine/audit_config.h"
#include "engine/errors.h"
#include "engine/evidence_reader.h"
#include "engine/file_hash.h"

namespace s11 {

namespace fs = std::filesystem;

namespace {

/// Every [leads] key must name a standard or a focus area of the framework.
void check_leads(const AuditConfig& config, const Framework& framework) {
  ProblemList problems;
  for (const auto& [key, lead] : config.plan.leads) {
    if (framework.find_standard(key) || framework.find_area(key)) continue;
    std::string areas;
    for (const auto& area : framework.areas) areas += (areas.empty() ? "" : ", ") + area.id;
    auto line = config.lines.find("leads." + key);
    problems.add(config.path + ":" + std::to_string(line == config.lines.end() ? 1 : line->second),
                 "[leads] \"" + key + "\" is neither a standard nor a focus area of " +
                     framework.id + "; expected a standard id (" + framework.standards.front().id +
                     " to " + framework.standards.back().id + ") or an area id (" + areas + ")");
  }
  problems.throw_if_any();
}

}  // namespace

Audit load_audit(const std::string& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) {
    throw IoError(dir + ": not an audit directory (it does not exist); create one with `s11 new`");
  }
  if (!fs::is_directory(dir, error)) {
    throw IoError(dir + ": not an audit directory (it is a file); give the directory holding "
                        "audit.ini");
  }
  const std::string ini = (fs::path(dir) / kAuditIni).string();
  const std::string evidence = (fs::path(dir) / kEvidenceWorkbook).string();
  Audit audit;
  audit.config = read_audit_config(ini);
  const std::string framework_path = resolve_framework(audit.config.framework, dir);
  audit.framework = load_framework(framework_path);
  check_leads(audit.config, audit.framework);
  read_evidence_workbook(evidence, audit);

  bool bundled = !fs::exists(fs::path(dir) / audit.config.framework) &&
                 !fs::path(audit.config.framework).is_absolute();
  audit.inputs.push_back({kAuditIni, sha256_file(ini)});
  audit.inputs.push_back(
      {bundled ? "bundled: " + fs::path(framework_path).filename().string() : audit.config.framework,
       sha256_file(framework_path)});
  audit.inputs.push_back({kEvidenceWorkbook, sha256_file(evidence)});
  return audit;
}

}  // namespace s11
