#pragma once
/// The audit model: what one agency says about itself for one period. Built by the readers
/// (audit.ini, evidence.xlsx); read by the scoring engine; never seen by writers directly.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/date_period.h"
#include "standards/framework.h"

namespace s11 {

/// The `[survey]` and `[survey_mapping]` settings: staff questionnaire exports to ingest.
struct SurveyConfig {
  std::vector<std::string> files;            ///< Export paths, relative to the audit directory.
  std::string questionnaire = "oscb-staff";  ///< Bundled id or file path.
  int min_group_size = 0;                    ///< 0: the questionnaire's own (never below 3).
  bool skip_bad_rows = false;     ///< Skip rows with answers outside the scale, as warnings.
  bool include_comments = false;  ///< Put free-text comments in the return.
  std::map<std::string, std::string> mapping;  ///< Question id -> the export's header text.
};

/// The `[plan]` and `[leads]` settings for the action plan.
struct PlanConfig {
  std::string last_plan;  ///< Last year's plan workbook, relative to the audit directory.
  std::optional<Date> next_audit_date;  ///< Default completion date; else audit date + 1 year.
  int amber_days = 30;                  ///< Due within this many days with no progress: Amber.
  /// Essential gaps due this many months after the audit; 0: the plan rules' default (3).
  int essential_months = 0;
  /// Other gaps due this many months after the audit; 0: spread before the next audit.
  int other_months = 0;
  std::map<std::string, std::string> leads;  ///< Standard or focus-area id -> lead.
};

/// The `[approval]` settings: who approved the return, at which meeting, on what day (seed 000:
/// the plan goes to the executive board at a named meeting). All blank until it is approved.
struct ApprovalConfig {
  std::string approved_by;  ///< E.g. "City Executive Board".
  std::string meeting;      ///< E.g. "City Executive Board, 14 May 2015".
  std::optional<Date> date;

  /// Whether anything is given.
  bool given() const { return !approved_by.empty() || !meeting.empty() || date.has_value(); }
};

/// The settings in an audit's `audit.ini`.
struct AuditConfig {
  std::string organisation;   ///< E.g. "Wychwood District Council".
  std::string period;         ///< E.g. "2015-16".
  Date audit_date;            ///< The day the return is made; evidence must not be later.
  std::string framework;      ///< Bundled framework id or a path to a framework file.
  int currency_months = 24;   ///< Evidence older than this many months is stale.
  std::string owner;          ///< Document owner (e.g. an executive director's role).
  std::string author;         ///< Who compiled the return.
  std::string version = "1";  ///< Document version shown in document control.
  SurveyConfig survey;
  PlanConfig plan;
  /// [audit] evidence: the evidence workbook, relative to the audit; when not set, the one
  /// found (readers/audit_files.h) once the audit is read.
  std::string evidence;
  ApprovalConfig approval;
  std::string last_return;  ///< [history] last year's return workbook, relative to the audit.
  std::string path;         ///< The audit.ini it was read from.
  std::map<std::string, int> lines;  ///< "section.key" -> its line, for located messages.

  /// Where "section.key" was set, as `path:line` (line 1 when it was not set).
  std::string where(const std::string& key) const;
};

/// A self-assessment status for one point.
enum class PointStatus { kNotAnswered, kMet, kPartlyMet, kNotMet, kNotApplicable };

/// "Met", "Partly met", "Not met", "Not applicable", or "" for kNotAnswered.
std::string status_label(PointStatus status);

/// The agency's own assessment of one point, from the Self-assessment sheet.
struct PointAssessment {
  PointStatus status = PointStatus::kNotAnswered;
  std::string justification;  ///< Required when Not applicable.
  std::string comments;
};

/// What an evidence item shows for the points it cites (the register's "Shows" column).
enum class EvidenceShows {
  kSupports,     ///< It shows the point is met (the default when the column is blank).
  kPartly,       ///< It shows the point met only in part (e.g. training "in some services"):
                 ///< not proof on its own.
  kContradicts,  ///< It shows the point is not met in practice (a focus group where staff
                 ///< could not say how to raise a concern; a survey result below threshold).
};

/// "Supports", "Partly", "Contradicts": the words of the register's drop-down.
std::string shows_label(EvidenceShows shows);

/// One item of the evidence register.
struct EvidenceItem {
  std::string id;  ///< Unique in the register, e.g. "E07".
  std::string title;
  std::string type;  ///< One of kEvidenceTypes (engine/evidence_workbook.h).
  /// As written: a day, a month ("May 2015") or a quarter. It is as old as the period's first
  /// day (staleness counts from there) and shown as date.words() ("May 2015").
  DatePeriod date;
  std::string owner;
  std::string location;             ///< Where to find it: a path, link or file reference.
  std::vector<std::string> points;  ///< Ids of the points it supports.
  int impact_level = 0;             ///< 1-4, or 0 when not given.
  bool best_practice = false;
  /// For a staff survey result: the question id; "" for items of the register.
  std::string survey_question;
  /// The result in words, e.g. "58% of 31 staff know how to raise a concern about a
  /// colleague; threshold 90%" (survey results only).
  std::string finding;
  /// What it shows for its points. An item that contradicts them (a register item marked
  /// Contradicts, or a survey question below its threshold) is listed against them and makes
  /// each a practice gap; it never counts as evidencing them. A Partly item is not proof on
  /// its own.
  EvidenceShows shows = EvidenceShows::kSupports;
  bool contradicts() const { return shows == EvidenceShows::kContradicts; }
  bool partly() const { return shows == EvidenceShows::kPartly; }
};

/// Evidence items in words, for reasons and questions: "E24 (1 March 2011), E25 (May 2012)".
std::string dated_list(const std::vector<const EvidenceItem*>& items);

/// An input file and its SHA-256, for document control.
struct InputFile {
  std::string path;
  std::string sha256;
};

/// Everything read for one audit, ready to score.
struct Audit {
  AuditConfig config;
  Framework framework;
  std::map<std::string, PointAssessment> assessments;  ///< By point id.
  std::map<std::string, std::string> agency_ratings;   ///< Standard id -> level name as given.
  std::string agency_overall_rating;                   ///< Level name, or "" when not given.
  std::vector<EvidenceItem> evidence;                  ///< In register order.
  std::vector<InputFile> inputs;                       ///< Files read, in reading order.
  /// Things the user should know that do not stop the run, each located like a problem
  /// (points with no status, an essential point marked Not applicable ...).
  std::vector<std::string> warnings;
};

}  // namespace s11
