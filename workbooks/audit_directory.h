#pragma once
/// The shape of an audit directory: the files s11 reads from it and writes into it. Shared by
/// the readers, the application layer and the tests so a file name is spelled once.
///
///     DIR/audit.ini              settings (readers/audit_config.h)
///     DIR/evidence.xlsx          the agency's self-assessment and evidence register; or
///                                evidence.ods, or the workbook audit.ini's [audit] evidence
///                                names, or the one whose sheets are its sheets
///                                (readers/audit_files.h)
///     DIR/reviews/*.xlsx, *.ods  reviewers' workbooks (`s11 review`)
///     DIR/out/                   what `s11 run` writes
///     DIR/out/.s11-manifest      what s11 wrote to out/, with each file's SHA-256 (app/manifest.h)
///     DIR/.s11.lock              held while a command replaces out/ (app/audit_lock.h)

namespace s11::audit_directory {

inline constexpr const char* kAuditIni = "audit.ini";
inline constexpr const char* kEvidenceWorkbook = "evidence.xlsx";
/// The evidence workbook saved in LibreOffice's own format, looked for after evidence.xlsx.
inline constexpr const char* kEvidenceWorkbookOds = "evidence.ods";
/// The folder holding the reviewers' workbooks.
inline constexpr const char* kReviewsDir = "reviews";
/// The folder `s11 run` writes its outputs to.
inline constexpr const char* kOutDir = "out";
inline constexpr const char* kReturnFile = "section11-return.xlsx";
inline constexpr const char* kGapsFile = "gaps.csv";
/// Reminders of the action plan's open milestones, for a calendar (reports/action_plan_ics.h).
inline constexpr const char* kPlanCalendarFile = "action-plan.ics";
inline constexpr const char* kPlanFile = "action-plan.xlsx";
/// The record of what s11 wrote to out/ (app/manifest.h).
inline constexpr const char* kManifestFile = ".s11-manifest";
/// The action plan as s11 drafted it, before the user's edits were carried in: what tells the
/// user's entries in out/action-plan.xlsx from s11's own at the next run (engine/plan_merge.h).
inline constexpr const char* kDraftedPlanFile = ".s11-action-plan-drafted.xlsx";
/// The lock file of an audit directory.
inline constexpr const char* kLockFile = ".s11.lock";
/// What `s11 survey` writes.
inline constexpr const char* kSurveyFile = "survey-summary.xlsx";

}  // namespace s11::audit_directory
