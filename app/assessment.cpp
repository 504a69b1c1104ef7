#include "app/assessment.h"

#include <filesystem>

#include "app/audit_lock.h"
#include "app/inputs.h"
#include "app/manifest.h"
#include "app/version.h"
#include "base/data_file.h"
#include "base/errors.h"
#include "base/file_hash.h"
#include "base/text.h"
#include "engine/findings.h"
#include "engine/plan_merge.h"
#include "engine/plan_rules.h"
#include "engine/survey_evidence.h"
#include "readers/audit_config.h"
#include "readers/audit_files.h"
#include "readers/evidence_reader.h"
#include "readers/plan_reader.h"
#include "readers/previous_return_reader.h"
#include "readers/review_reader.h"
#include "readers/survey_reader.h"
#include "reports/action_plan.h"
#include "reports/action_plan_ics.h"
#include "reports/challenge_report.h"
#include "reports/findings_report.h"
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
      // "Peer reviewer Sam Okafor recommends"; a reviewer named by role ("Independent
      // reviewer") is not named twice.
      const bool named_by_role = lower(review.reviewer).find("reviewer") != std::string::npos;
      gap.reason = (named_by_role ? review.reviewer
                                  : role_label(review.role) + " reviewer " + review.reviewer) +
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
  audit.config.evidence = find_evidence_workbook(dir, audit.config.evidence);
  const std::string evidence_path = (fs::path(dir) / audit.config.evidence).string();
  EvidenceWorkbook evidence =
      read_evidence_workbook(evidence_path, audit.framework, audit.config.audit_date);
  audit.assessments = std::move(evidence.assessments);
  audit.agency_ratings = std::move(evidence.agency_ratings);
  audit.agency_overall_rating = std::move(evidence.agency_overall_rating);
  audit.evidence = std::move(evidence.evidence);
  audit.warnings = std::move(evidence.warnings);
  inputs.add(audit.config.evidence, evidence_path);
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

std::unique_ptr<Assessment> assess(const std::string& dir, const Warn& warn, bool plan_flags) {
  std::unique_ptr<Assessment> a = assess_audit(dir, warn);
  Audit& audit = a->audit;
  InputLog inputs;

  std::vector<std::string> review_warnings;
  a->reviews =
      read_reviews((fs::path(dir) / ad::kReviewsDir).string(), audit.framework, &review_warnings);
  for (const auto& warning : review_warnings) warn(warning);
  for (const auto& review : a->reviews) {
    for (const auto& warning : review.warnings) warn(warning);
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
  if (plan_flags) {
    for (const auto& flag : a->plan.flags) warn(flag);
  }
  a->challenge = build_challenge(audit, a->result, a->impact);
  return a;
}

namespace {

/// The return workbook of `a`, its Action plan sheet showing `a.plan`.
layout::Workbook return_workbook(const Assessment& a) {
  const Audit& audit = a.audit;
  ReturnExtras extras;
  extras.reviews = a.reviews;
  if (!a.reviews.empty()) extras.moderated = moderate_ratings(a.reviews, audit.framework);
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
  // Right after the Summary, which build_return puts first: the findings per area, as a
  // reviewer writes them, with the plan's actions as their recommendations.
  add_findings_sheet(return_book, audit, area_findings(audit, a.result, a.impact, &a.plan), 1);
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
  return return_book;
}

/// What is in out/ when a run starts: the manifest of the last run and each output's state.
class OutputsInPlace {
 public:
  OutputsInPlace(const fs::path& out_dir, const Warn& warn) : out_dir_(out_dir) {
    const fs::path path = out_dir / ad::kManifestFile;
    std::error_code error;
    if (!fs::is_regular_file(path, error)) return;
    try {
      manifest_ = parse_manifest(read_data_file(path.string()), path.string());
      when_ = written_when(path.string());
    } catch (const InputError& e) {
      for (const auto& problem : e.problems()) {
        warn(problem +
             "; s11 cannot tell what in out/ you changed, so it keeps a copy of each "
             "output it replaces");
      }
    }
  }

  OutputState state(const std::string& name) const {
    return output_state(out_dir_.string(), name, manifest_ ? &*manifest_ : nullptr);
  }
  const Manifest* manifest() const { return manifest_ ? &*manifest_ : nullptr; }
  /// "changed since s11 wrote it on 2026-12-02 at 06:14".
  std::string changed() const {
    return "changed since s11 wrote it" + (when_.empty() ? std::string() : " on " + when_);
  }
  std::string path(const std::string& name) const { return (out_dir_ / name).string(); }

 private:
  fs::path out_dir_;
  std::optional<Manifest> manifest_;
  std::string when_;
};

/// Copies the output `name` in out/ into the batch under a free `.edited-N` name and returns
/// that name.
std::string keep_beside(OutputBatch& outputs, const fs::path& out_dir, const std::string& name) {
  std::string kept = kept_copy_name(out_dir.string(), name);
  fs::copy_file(out_dir / name, outputs.temp_path(kept), fs::copy_options::overwrite_existing);
  return kept;
}

/// Reads the plan at `path`, or nothing when it does not read.
std::optional<ActionPlan> try_read_plan(const std::string& path, const PlanSettings& settings) {
  try {
    return read_plan(path, settings);
  } catch (const Error&) {
    return std::nullopt;
  }
}

}  // namespace

std::vector<std::string> write_outputs(Assessment& a, const WriteOptions& options,
                                       const Warn& warn) {
  const FileLock lock = lock_audit(a.dir, options.command);
  return write_outputs_locked(a, options, warn, lock);
}

std::vector<std::string> write_outputs_locked(Assessment& a, const WriteOptions& options,
                                              const Warn& warn, const FileLock& /*lock*/) {
  const Audit& audit = a.audit;
  const fs::path out_dir = fs::path(a.dir) / ad::kOutDir;
  // Made first: it recovers what an interrupted run left, so out/ is a complete set when read.
  OutputBatch outputs(out_dir.string(), OutputBatch::Mode::kDirectory, warn);
  const OutputsInPlace in_place(out_dir, warn);
  const bool rerate = options.rerate_as_of.has_value();
  const Date as_of = rerate ? *options.rerate_as_of : audit.config.audit_date;
  const PlanSettings settings = audit_plan_settings(audit.config, audit.framework, a.dir, as_of);
  const std::string plan_path = in_place.path(ad::kPlanFile);
  const OutputState plan_state = in_place.state(ad::kPlanFile);
  const std::string force_hint = "or run again with --force to write a new one and keep yours as ";

  // Everything that would be lost, found before anything is written.
  ProblemList stops;
  std::vector<std::string> keep;  // Outputs to keep beside the new ones.
  for (const char* name : {ad::kReturnFile, ad::kGapsFile, ad::kPlanCalendarFile}) {
    const OutputState state = in_place.state(name);
    if (state == OutputState::kUnrecorded) keep.emplace_back(name);
    if (state != OutputState::kEdited) continue;
    if (options.force) {
      keep.emplace_back(name);
      continue;
    }
    const std::string kept = in_place.path(kept_copy_name(out_dir.string(), name));
    if (std::string(name) == ad::kReturnFile) {
      stops.add(in_place.path(name),
                in_place.changed() +
                    "; s11 does not read the return back, so what you typed into it would be "
                    "lost: put reviewers' ratings and comments in review workbooks (`s11 review " +
                    a.dir + " --reviewer NAME`) and the agency's own in " +
                    (fs::path(a.dir) / a.audit.config.evidence).string() +
                    ", then move your copy out of " + out_dir.string() + ", " + force_hint + kept);
    } else {
      stops.add(in_place.path(name), in_place.changed() +
                                         "; s11 does not read it back: move your copy out of " +
                                         out_dir.string() + ", " + force_hint + kept);
    }
  }

  std::optional<ActionPlan> user_plan;  // out/action-plan.xlsx as it is now.
  if (rerate && plan_state == OutputState::kMissing) {
    throw IoError(plan_path + ": no action plan to re-rate; run `s11 run " + a.dir + "` first");
  }
  const bool read_back =
      rerate ? plan_state != OutputState::kMissing
             : plan_state == OutputState::kUnchanged || plan_state == OutputState::kEdited;
  if (!rerate && plan_state == OutputState::kUnrecorded) keep.emplace_back(ad::kPlanFile);
  if (read_back) {
    try {
      user_plan = read_plan(plan_path, settings);
    } catch (const InputError& e) {
      if (plan_state != OutputState::kEdited) throw;
      if (options.force) {
        keep.emplace_back(ad::kPlanFile);
      } else {
        stops.add_all(e);
        stops.add(plan_path, in_place.changed() +
                                 " and no longer reads as an action plan (the problems above), "
                                 "so your changes cannot be carried into the new plan: put them "
                                 "right and run again, " +
                                 force_hint +
                                 in_place.path(kept_copy_name(out_dir.string(), ad::kPlanFile)));
      }
    }
  }
  stops.throw_if_any();

  // The plan to write, and the plan as drafted, from which the next run tells the user's
  // entries from s11's own.
  const fs::path drafted_path = out_dir / ad::kDraftedPlanFile;
  const Manifest* manifest = in_place.manifest();
  const ManifestEntry* drafted_entry = manifest ? manifest->find(ad::kDraftedPlanFile) : nullptr;
  std::optional<ActionPlan> drafted = a.plan;
  // s11 plan writes the user's plan re-rated: the plan last drafted stays beside it.
  if (rerate && user_plan) drafted.reset();
  if (user_plan && rerate) {
    rate_plan(*user_plan, settings);
    a.plan = std::move(*user_plan);
  } else if (user_plan) {
    std::optional<ActionPlan> written;
    if (in_place.state(ad::kDraftedPlanFile) == OutputState::kUnchanged) {
      written = try_read_plan(drafted_path.string(), settings);
    }
    MergedPlan merged = merge_plan(written ? &*written : nullptr, *user_plan, a.plan);
    rate_plan(merged.plan, settings);
    a.plan = std::move(merged.plan);
    const int total = merged.edits.total();
    const std::string carried = "carried " + std::to_string(total) +
                                (total == 1 ? " edit" : " edits") +
                                " of yours into the new plan (" + merged.edits.text() + ")";
    if (plan_state == OutputState::kEdited) {
      warn(plan_path + ": " + in_place.changed() + "; " +
           (total == 0 ? "carried nothing into the new plan: what changed is nothing s11 reads "
                         "back (formatting, the Document control sheet)"
                       : carried));
    } else if (total > 0) {
      warn(plan_path + ": " + carried);
    }
  } else if (rerate) {
    // --force over an edited plan that no longer reads: the drafted plan, re-rated.
    rate_plan(a.plan, settings);
  }

  for (const auto& name : keep) {
    const std::string kept = keep_beside(outputs, out_dir, name);
    const bool edited = in_place.state(name) == OutputState::kEdited;
    warn(in_place.path(name) + ": " +
         (edited ? in_place.changed() + "; --force: kept your copy as "
                 : "s11 has no record of writing it (no " + std::string(ad::kManifestFile) +
                       " beside it), so it cannot tell whether you changed it: kept it as ") +
         in_place.path(kept) + " and wrote a new one");
  }
  const layout::Workbook return_book = return_workbook(a);
  const std::string return_temp = outputs.temp_path(ad::kReturnFile);
  for (const auto& warning :
       write_xlsx(return_book, return_temp, (out_dir / ad::kReturnFile).string())) {
    warn(warning);
  }
  // Every temporary of a batch is in one directory: the manifest hashes them there.
  const fs::path temp_dir = fs::path(return_temp).parent_path();
  outputs.write_text(ad::kGapsFile, render_gaps_csv(a.result));
  const Date plan_date = rerate ? as_of : audit.config.audit_date;
  for (const auto& warning : write_xlsx(build_action_plan(a.plan, plan_date),
                                        outputs.temp_path(ad::kPlanFile), plan_path)) {
    warn(warning);
  }
  outputs.write_text(ad::kPlanCalendarFile,
                     render_plan_calendar(a.plan, {"-//s11//s11 " + version() + "//EN",
                                                   audit.config.organisation, plan_date}));
  if (drafted) {
    // What had to be shortened in it was shortened in the plan too, and said so there.
    [[maybe_unused]] const std::vector<std::string> shortened =
        write_xlsx(build_action_plan(*drafted, plan_date), outputs.temp_path(ad::kDraftedPlanFile),
                   drafted_path.string());
  }
  Manifest written;
  written.command = options.command;
  written.version = version();
  written.audit_date = audit.config.audit_date.iso();
  for (const char* name : {ad::kReturnFile, ad::kGapsFile, ad::kPlanFile, ad::kPlanCalendarFile}) {
    written.files.push_back({name, sha256_file((temp_dir / name).string())});
  }
  if (drafted) {
    written.files.push_back(
        {ad::kDraftedPlanFile, sha256_file((temp_dir / ad::kDraftedPlanFile).string())});
  } else if (drafted_entry && in_place.state(ad::kDraftedPlanFile) == OutputState::kUnchanged) {
    written.files.push_back(*drafted_entry);  // Carried into the new out/ as it is.
  }
  outputs.write_text(ad::kManifestFile, render_manifest(written));
  outputs.commit();
  std::vector<std::string> paths;
  for (const auto& path : outputs.paths()) {
    const std::string name = fs::path(path).filename().string();
    if (name != ad::kManifestFile && name != ad::kDraftedPlanFile) paths.push_back(path);
  }
  return paths;
}

}  // namespace s11::app
