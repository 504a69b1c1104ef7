#include "app/new_audit.h"

#include <filesystem>
#include <optional>

#include "base/control_text.h"
#include "base/errors.h"
#include "base/text.h"
#include "readers/audit_config.h"
#include "readers/audit_files.h"
#include "readers/evidence_reader.h"
#include "readers/previous_return_reader.h"
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

/// What `--from` read of last year's audit.
struct LastYear {
  fs::path dir;
  AuditConfig config;
  Framework framework;
  EvidenceWorkbook workbook;
};

/// Reads last year's audit directory as `s11 run` would, or throws its problems.
LastYear read_last_year(const std::string& from) {
  const fs::path dir = from;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    throw InputError(from + ": " +
                     (fs::exists(dir, error) ? "is not a directory" : "does not exist") +
                     "; --from expects last year's audit directory, holding audit.ini and "
                     "evidence.xlsx");
  }
  if (!fs::exists(dir / ad::kAuditIni, error)) {
    throw InputError((dir / ad::kAuditIni).string() +
                     ": does not exist; --from expects last year's audit directory, holding "
                     "audit.ini and evidence.xlsx");
  }
  LastYear last;
  last.dir = dir;
  last.config = read_audit_config((dir / ad::kAuditIni).string());
  last.framework = load_framework(resolve_framework(last.config.framework, dir.string()));
  // Found as `s11 run` finds it: evidence.xlsx, evidence.ods, or as audit.ini names it.
  last.config.evidence = find_evidence_workbook(dir.string(), last.config.evidence);
  last.workbook = read_evidence_workbook((dir / last.config.evidence).string(), last.framework,
                                         last.config.audit_date);
  return last;
}

/// `period` as part of a file name: "2015/16" -> "2015-16".
std::string file_part(const std::string& period) {
  std::string out;
  for (char c : period) {
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '_' || c == '.';
    out += plain ? c : '-';
  }
  return out.empty() || out.front() == '.' ? "last-year" : out;
}

/// This year's workbook as last year's leaves it: by point id, marked where the framework
/// changed; evidence stale by the rule the scorer uses (engine/scoring.cpp: dated before the
/// audit date less the currency window).
CarriedWorkbook carry_workbook(const LastYear& last, const Framework& framework,
                               const AuditConfig& config, CarriedSummary& summary) {
  const Framework& then = last.framework;
  const EvidenceWorkbook& book = last.workbook;
  CarriedWorkbook carried;
  carried.source = (last.dir / last.config.evidence).string();
  carried.period = last.config.period;
  carried.framework = then.id + " version " + then.version;
  for (const auto& standard : framework.standards) {
    for (const auto& point : standard.points) {
      CarriedPoint& out = carried.points[point.id];
      const Point* before = then.find_point(point.id);
      if (!before) {
        out.change = PointChange::kNew;
        ++summary.new_points;
        continue;
      }
      if (collapse_spaces(before->requirement) != collapse_spaces(point.requirement)) {
        out.change = PointChange::kWordingChanged;
        out.last_requirement = before->requirement;
        ++summary.reworded;
      }
      if (auto it = book.assessments.find(point.id); it != book.assessments.end()) {
        out.assessment = it->second;
      }
      summary.statuses += out.assessment.status != PointStatus::kNotAnswered;
      summary.comments += !out.assessment.comments.empty();
    }
    if (auto it = book.agency_ratings.find(standard.id); it != book.agency_ratings.end()) {
      carried.agency_ratings[standard.id] = it->second;
      summary.ratings += framework.scheme.find(it->second) != nullptr;
    }
  }
  carried.agency_overall_rating = book.agency_overall_rating;
  summary.ratings += framework.scheme.find(book.agency_overall_rating) != nullptr;
  for (const auto& standard : then.standards) {
    for (const auto& point : standard.points) {
      if (framework.find_point(point.id)) continue;
      RemovedPoint removed{point.id, standard.id, point.requirement, PointStatus::kNotAnswered};
      if (auto it = book.assessments.find(point.id); it != book.assessments.end()) {
        removed.status = it->second.status;
      }
      carried.removed.push_back(removed);
    }
  }
  summary.removed = carried.removed.size();

  const Date stale_before = add_months(config.audit_date, -config.currency_months);
  for (const auto& item : book.evidence) {
    CarriedEvidence each;
    each.item = item;
    each.item.points.clear();
    for (const auto& id : item.points) {
      (framework.find_point(id) ? each.item.points : each.dropped).push_back(id);
    }
    each.stale = item.date.first < stale_before;
    // An item supporting no point does not read back (readers/evidence_reader.h).
    if (each.item.points.empty()) {
      carried.left_out.push_back(std::move(each));
      continue;
    }
    summary.stale += each.stale;
    carried.evidence.push_back(std::move(each));
  }
  summary.evidence = carried.evidence.size();
  summary.left_out = carried.left_out.size();
  return carried;
}

/// A file of last year's out/ to copy in, when it is there: its name in the new directory.
struct CopyIn {
  fs::path source;
  std::string name;
};

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
  for (const char* name : {ad::kAuditIni, ad::kEvidenceWorkbook, ad::kEvidenceWorkbookOds}) {
    if (fs::exists(dir / name)) {
      throw IoError((dir / name).string() +
                    ": already exists; s11 new never overwrites an audit (choose another DIR)");
    }
  }
  std::optional<LastYear> last;
  if (!request.from.empty()) {
    last = read_last_year(request.from);
    const AuditConfig& then = last->config;
    if (config.organisation.empty()) config.organisation = then.organisation;
    if (config.owner.empty()) config.owner = then.owner;
    if (config.author.empty()) config.author = then.author;
    if (config.currency_months == 0) config.currency_months = then.currency_months;
    if (config.audit_date <= then.audit_date) {
      throw UsageError("new: --date: the audit date " + config.audit_date.iso() +
                       " is not after last year's, " + then.audit_date.iso() + " (" +
                       then.where("audit.date") + "); give this year's audit date");
    }
    config.plan = then.plan;
    config.plan.last_plan.clear();
    if (config.plan.next_audit_date && *config.plan.next_audit_date <= config.audit_date) {
      config.plan.next_audit_date.reset();
    }
  }
  if (config.currency_months == 0) config.currency_months = 24;

  // A framework given as a file is copied in, so the audit directory is self-contained; with
  // --from and no --framework, last year's framework, found from last year's directory.
  std::string spec = request.framework;
  std::string base = fs::current_path().string();
  if (spec.empty() && last) {
    spec = last->config.framework;
    base = last->dir.string();
  }
  if (spec.empty()) spec = "oscb-2015";
  const std::string framework_path = resolve_framework(spec, base);
  created.framework = load_framework(framework_path);
  const bool is_file = fs::exists(fs::path(base) / spec);
  config.framework = is_file ? fs::path(spec).filename().string() : created.framework.id;
  check_setting("--framework", config.framework);

  std::optional<CarriedWorkbook> carried;
  std::vector<CopyIn> copies;
  if (last) {
    created.carried = true;
    CarriedSummary& summary = created.summary;
    summary.from = request.from;
    summary.period = last->config.period;
    carried = carry_workbook(*last, created.framework, config, summary);
    const std::string suffix = "-" + file_part(last->config.period) + ".xlsx";
    const fs::path plan = last->dir / ad::kOutDir / ad::kPlanFile;
    const fs::path previous = last->dir / ad::kOutDir / ad::kReturnFile;
    std::error_code error;
    if (fs::is_regular_file(plan, error)) {
      config.plan.last_plan = "action-plan" + suffix;
      copies.push_back({plan, config.plan.last_plan});
    }
    if (fs::is_regular_file(previous, error)) {
      // `s11 run` reads it against this year's framework: one that does not read would stop
      // every run, so it is left out with the reason.
      try {
        (void)read_previous_return(previous.string(), created.framework);
        config.last_return = "section11-return" + suffix;
        copies.push_back({previous, config.last_return});
      } catch (const InputError& e) {
        summary.last_return_problem = e.problems().front();
      }
    }
    summary.last_plan = config.plan.last_plan;
    summary.last_return = config.last_return;
  }

  std::vector<std::string> copied = {config.framework};
  if (!is_file) copied.clear();
  for (const auto& copy : copies) copied.push_back(copy.name);
  for (const auto& name : copied) {
    if (fs::exists(dir / name)) {
      throw IoError((dir / name).string() + ": already exists; not overwritten");
    }
  }

  std::error_code error;
  fs::create_directories(dir, error);
  if (error) throw IoError(dir.string() + ": cannot create directory: " + error.message());
  // The audit directory holds the user's files: each of ours lands on its own, never over one.
  OutputBatch outputs(dir.string(), OutputBatch::Mode::kNewFiles);
  outputs.write_text(ad::kAuditIni, render_audit_config(config));
  for (const auto& warning : write_xlsx(
           build_evidence_template(created.framework, config, carried ? &*carried : nullptr),
           outputs.temp_path(ad::kEvidenceWorkbook), (dir / ad::kEvidenceWorkbook).string())) {
    warn(warning);
  }
  if (is_file) {
    fs::copy_file(framework_path, outputs.temp_path(config.framework), error);
    if (error) throw IoError(framework_path + ": cannot copy: " + error.message());
  }
  for (const auto& copy : copies) {
    fs::copy_file(copy.source, outputs.temp_path(copy.name), error);
    if (error) throw IoError(copy.source.string() + ": cannot copy: " + error.message());
  }
  outputs.commit();
  created.paths = outputs.paths();
  return created;
}

}  // namespace s11::app
