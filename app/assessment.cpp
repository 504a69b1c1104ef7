#include "app/assessment.h"

#include <filesystem>

#include "app/audit_lock.h"
#include "app/inputs.h"
#include "app/version.h"
#include "base/errors.h"
#include "base/text.h"
#include "engine/plan_rules.h"
#include "engine/survey_evidence.h"
#include "readers/audit_config.h"
#include "readers/evidence_reader.h"
#include "readers/plan_reader.h"
#include "readers/previous_return_reader.h"
#include "readers/review_reader.h"
#include "readers/survey_reader.h"
#include "reports/action_plan.h"
#include "reports/action_plan_ics.h"
#include "reports/challenge_report.h"
#include "reports/impact_report.h"
#include "reports/output_files.h"
#include "reports/questionnaire_report.h"
#include "reports/review_report.h"
#include "reports/section11_return.h"
#include "reports/xlsx_emitter.h"
#include "workbooks/audit_directory.h"

namespace s11::app {
namespace {

namespace fs = std::filesystem;
namespace ad = audit_directory;

/// Every [leads] key must name a standard or a focus area of the framework.
void check_leads(const AuditConfig& config, const Framework& framework) {
  ProblemList problems;
  for (const auto& [key, lead] : config.plan.leads) {
    if (framework.find_standard(key) || framework.find_area(key)) continue;
    std::vector<std::string> area_ids;
    for (const auto& area : framework.areas) area_ids.push_back(area.id);
    const std::string areas = join(area_ids, ", ");
    problems.add(config.where("leads." + key),
                 "[leads] \"" + key + "\" is neither a standard nor a focus area of " +
                     framework.id + "; expected a standard id (" + framework.standards.front().id +
                     " to " + framework.standards.back().id + ") or an area id (" + areas + ")");
  }
  problems.throw_if_any();
}

void check_audit_dir(const std::string& dir) {
  std::error_code error;
  if (!fs::exists(dir, error)) {
    throw IoError(dir + ": not an audit directory (it does not exist); create one with `s11 new`");
  }
  if (!fs::is_directory(dir, error)) {
    throw IoError(dir +
                  ": not an audit directory (it is a file); give the directory holding "
                  "audit.ini");
  }
}

/// Reads audit.ini and its framework; records both in `inputs`.
AuditSettings read_config_and_framework(const std::string& dir, InputLog& inputs) {
  AuditSettings audit;
  const std::string ini = (fs::path(dir) / ad::kAuditIni).string();
  audit.config = read_audit_config(ini);
  const std::string framework_path = resolve_framework(audit.config.framework, dir);
  audit.framework = load_framework(framework_path);
  check_leads(audit.config, audit.framework);
  inputs.add(ad::kAuditIni, ini);
  const bool bundled = !fs::exists(fs::path(dir) / audit.config.framework) &&
                       !fs::path(audit.config.framework).is_absolute();
  inputs.add(bundled ? bundled_label(framework_path) : audit.config.framework, framework_path);
  return audit;
}

/// Reviewers' recommendations, as gaps for the action plan to draft actions from.
std::vector<Gap> recommendation_gaps(const std::vector<Review>& reviews,
                                     const Framework& framework) {
  std::vector<Gap> gaps;
  for (const auto& review : reviews) {
    for (const auto& [id, entry] : review.standards) {
      if (entry.recommendation.empty()) continue;
      Gap gap;
      gap.standard = framework.find_standard(id);
      if (!gap.standard) continue;
      gap.status = entry.rating ? entry.rating->name : "";
      gap.reason = role_label(review.role) + " reviewer " + review.reviewer +
                   " recommends: " + entry.recommendation;
      gap.action = entry.recommendation;
      gaps.push_back(std::move(gap));
    }
  }
  return gaps;
}

}  // namespace

AuditSettings read_settings(const std::string& dir) {
  InputLog unused;
  return read_config_and_framework(dir, unused);
}

PlanSettings audit_plan_settings(const AuditConfig& config, const Framework& framework,
                                 const std::string& dir, const Date& as_of) {
  PlanSettings settings = plan_settings(config, framework, as_of);
  if (!config.plan.last_plan.empty()) {
    settings.previous_plan = (fs::path(dir) / config.plan.last_plan).string();
  }
  return settings;
}

std::unique_ptr<SurveyIngest> add_survey_evidence(Audit& audit, const std::string& dir) {
  AuditSurvey survey = read_audit_survey(audit.config, audit.framework, dir);
  if (!survey.ingest) return nullptr;
  const std::string sources = join(audit.config.survey.files, ", ");
  InputLog inputs;
  inputs.add(survey.bundled_questionnaire ? bundled_label(survey.questionnaire_path)
                                          : audit.config.survey.questionnaire,
             survey.questionnaire_path);
  for (std::size_t i = 0; i < survey.files.size(); ++i) {
    inputs.add(audit.config.survey.files[i], survey.files[i]);
  }
  inputs.append_to(audit.inputs);
  audit.warnings.insert(audit.warnings.end(), survey.warnings.begin(), survey.warnings.end());
  for (auto& item : survey_evidence(*survey.ingest, survey.date, audit.config.author, sources)) {
    audit.evidence.push_back(std::move(item));
  }
  return std::move(survey.ingest);
}

Audit read_audit(const std::string& dir) {
  check_audit_dir(dir);
  InputLog inputs;
  AuditSettings settings = read_config_and_framework(dir, inputs);
  Audit audit;
  audit.config = std::move(settings.config);
  audit.framework = std::move(settings.framework);
  const std::string evidence_path = (fs::path(dir) / ad::kEvidenceWorkbook).string();
  EvidenceWorkbook evidence =
      read_evidence_workbook(evidence_path, audit.framework, audit.config.audit_date);
  audit.assessments = std::move(evidence.assessments);
  audit.agency_ratings = std::move(evidence.agency_ratings);
  audit.agency_overall_rating = std::move(evidence.agency_overall_rating);
  audit.evidence = std::move(evidence.evidence);
  audit.warnings = std::move(evidence.warnings);
  inputs.add(ad::kEvidenceWorkbook, evidence_path);
  inputs.append_to(audit.inputs);
  return audit;
}

std::unique_ptr<Assessment> assess_audit(const std::string& dir, const Warn& warn) {
  auto a = std::make_unique<Assessment>();
  a->dir = dir;
  a->audit = read_audit(dir);
  a->surveys = add_survey_evidence(a->audit, dir);
  a->result = score_audit(a->audit);
  a->impact = assess_impact(a->audit, a->result);
  for (const auto& warning : a->audit.warnings) warn(warning);
  return a;
}

std::unique_ptr<Assessment> assess(const std::string& dir, const Warn& warn) {
  std::unique_ptr<Assessment> a = assess_audit(dir, warn);
  Audit& audit = a->audit;
  InputLog inputs;

  a->reviews = read_reviews((fs::path(dir) / ad::kReviewsDir).string(), audit.framework);
  for (const auto& review : a->reviews) {
    inputs.add((fs::path(ad::kReviewsDir) / fs::path(review.path).filename()).string(),
               review.path);
  }
  if (!audit.config.last_return.empty()) {
    const std::string path = (fs::path(dir) / audit.config.last_return).string();
    PreviousReturn previous = read_previous_return(path, audit.framework);
    a->history = compare_years(previous, a->result, a->impact);
    inputs.add(audit.config.last_return, path);
  }

  // The plan is drafted as at the audit date, so the same inputs give the same plan.
  PlanSettings settings =
      audit_plan_settings(audit.config, audit.framework, dir, audit.config.audit_date);
  std::optional<ActionPlan> previous_plan;
  if (!settings.previous_plan.empty()) {
    previous_plan = read_plan(settings.previous_plan, settings);
    inputs.add(audit.config.plan.last_plan, settings.previous_plan);
  }
  inputs.append_to(audit.inputs);

  AuditResult for_plan = a->result;
  for (auto& gap : recommendation_gaps(a->reviews, audit.framework)) {
    for_plan.gaps.push_back(std::move(gap));
  }
  a->plan = draft_plan(for_plan, settings, previous_plan ? &*previous_plan : nullptr);
  for (const auto& flag : a->plan.flags) warn(flag);
  a->challenge = build_challenge(audit, a->result, a->impact);
  return a;
}

std::vector<std::string> write_outputs(const Assessment& a, const Warn& warn) {
  const Audit& audit = a.audit;
  ReturnExtras extras;
  extras.peer_ratings = carried_rating_names(moderate_ratings(a.reviews, audit.framework));
  std::vector<std::string> area_changes;
  std::vector<std::string> level_changes;
  if (a.history) {
    extras.since_last_year = a.history->standard_texts();
    extras.overall_since_last_year = a.history->overall.text;
    extras.previous_period = a.history->previous_period;
    area_changes = a.history->area_texts();
    level_changes = a.history->standard_level_texts();
  }
  layout::Workbook return_book = build_return(audit, a.result, version(), extras);
  add_impact_sheet(return_book, audit.framework, a.impact, a.history ? &area_changes : nullptr,
                   a.history ? &level_changes : nullptr);
  if (a.surveys) add_questionnaire_sheet(return_book, *a.surveys);
  if (!a.reviews.empty()) {
    add_review_sheet(return_book, audit, a.result, a.impact, a.reviews,
                     measure_agreement(a.reviews, audit.framework));
  }
  add_challenge_sheet(return_book, a.challenge);
  add_action_plan_sheet(return_book, a.plan);
  return_book.move_to_end(kDocumentControlSheet);

  const fs::path out_dir = fs::path(a.dir) / ad::kOutDir;
  const FileLock lock = lock_audit(a.dir, "s11 run");
  OutputBatch outputs(out_dir.string(), OutputBatch::Mode::kDirectory, warn);
  for (const auto& warning : write_xlsx(return_book, outputs.temp_path(ad::kReturnFile),
                                        (out_dir / ad::kReturnFile).string())) {
    warn(warning);
  }
  outputs.write_text(ad::kGapsFile, render_gaps_csv(a.result));
  for (const auto& warning :
       write_xlsx(build_action_plan(a.plan, audit.config.audit_date),
                  outputs.temp_path(ad::kPlanFile), (out_dir / ad::kPlanFile).string())) {
    warn(warning);
  }
  outputs.write_text(
      ad::kPlanCalendarFile,
      render_plan_calendar(a.plan, {"-//s11//s11 " + version() + "//EN", audit.config.organisation,
                                    audit.config.audit_date}));
  outputs.commit();
  return outputs.paths();
}

}  // namespace s11::app
