#include "readers/audit_config.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <utility>

#include "base/date_period.h"
#include "base/errors.h"
#include "base/ini.h"
#include "base/text.h"
#include "readers/survey_reader.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

/// The settings audit.ini may hold, by section.
const std::map<std::string, std::vector<std::string>> kSections = {
    {"audit",
     {"organisation", "period", "date", "framework", "evidence_currency_months", "evidence"}},
    {"document", {"owner", "author", "version"}},
    {"survey", {"files", "questionnaire", "min_group_size", "skip_bad_rows", "include_comments"}},
    {"plan", {"last_plan", "next_audit_date", "amber_days", "essential_months", "other_months"}},
    {"history", {"last_return"}},
    {"approval", {"approved_by", "meeting", "date"}},
};

/// Sections whose keys are the user's own: question ids, standard or area ids.
const std::set<std::string> kFreeSections = {"survey_mapping", "leads"};

std::string expected_sections() {
  std::vector<std::string> names;
  for (const auto& [name, keys] : kSections) names.push_back("[" + name + "]");
  for (const auto& name : kFreeSections) names.push_back("[" + name + "]");
  return join(names, ", ");
}

/// Reads values out of the parsed file, recording problems with their lines.
class Settings {
 public:
  Settings(std::string path, IniFile file, ProblemList& problems)
      : path_(std::move(path)), file_(std::move(file)), problems_(problems) {
    for (const auto& section : file_.sections) lines_["[" + section.name + "]"] = section.line;
    for (const auto& setting : file_.settings) {
      lines_[setting.section + "." + setting.key] = setting.line;
    }
  }

  std::string where(const std::string& name) const {
    auto it = lines_.find(name);
    return path_ + ":" + std::to_string(it == lines_.end() ? 1 : it->second);
  }

  /// The line of "section.key" (0 when it is not set).
  int line_of(const std::string& name) const {
    auto it = lines_.find(name);
    return it == lines_.end() ? 0 : it->second;
  }

  /// Unknown sections and settings, in the order of the file (settings outside any section
  /// first).
  void check_names() {
    for (const auto& setting : file_.settings) {
      if (!setting.section.empty()) continue;
      problems_.add(where("." + setting.key), "setting \"" + setting.key +
                                                  "\" is outside any section; expected it under "
                                                  "[audit] or [document]");
    }
    for (const auto& section : file_.sections) {
      auto known = kSections.find(section.name);
      if (known == kSections.end()) {
        if (!kFreeSections.count(section.name)) {
          problems_.add(where("[" + section.name + "]"),
                        "unknown section [" + section.name + "]; expected " + expected_sections());
        }
        continue;
      }
      const auto& allowed = known->second;
      for (const auto& setting : file_.settings) {
        if (setting.section != section.name) continue;
        if (std::find(allowed.begin(), allowed.end(), setting.key) != allowed.end()) continue;
        problems_.add(where(section.name + "." + setting.key),
                      "unknown setting \"" + setting.key + "\" in [" + section.name +
                          "]; expected one of: " + join(allowed, ", "));
      }
    }
  }

  std::string text(const std::string& section, const std::string& key, bool required = false) {
    const IniSetting* setting = file_.find(section, key);
    std::string v = setting ? setting->value : std::string();
    if (v.empty() && required) {
      std::string place =
          lines_.count("[" + section + "]") ? where("[" + section + "]") : path_ + ":1";
      problems_.add(place, "missing setting \"" + key + "\" in [" + section + "]");
    }
    return v;
  }
  /// A whole number from `low` to `high`; `fallback` when absent or wrong.
  int number(const std::string& section, const std::string& key, int low, int high, int fallback,
             const std::string& unit) {
    std::string v = text(section, key);
    if (v.empty()) return fallback;
    int value = 0;
    if (!parse_int(v, value) || value < low || value > high) {
      problems_.add(where(section + "." + key), key + " \"" + v + "\" is not a whole number of " +
                                                    unit + " from " + std::to_string(low) + " to " +
                                                    std::to_string(high));
      return fallback;
    }
    return value;
  }

  bool flag(const std::string& section, const std::string& key) {
    std::string v = lower(text(section, key));
    if (v.empty() || v == "no" || v == "false" || v == "0") return false;
    if (v == "yes" || v == "true" || v == "1") return true;
    problems_.add(where(section + "." + key),
                  key + " \"" + text(section, key) + "\" is not yes or no");
    return false;
  }

  std::optional<Date> date(const std::string& section, const std::string& key,
                           bool required = false) {
    std::string v = text(section, key, required);
    if (v.empty()) return std::nullopt;
    // Any whole date every reader takes (30/11/2015 as well as 2015-11-30); not a month.
    const ParsedDate parsed = parse_day_text(v);
    if (!parsed.period) {
      problems_.add(where(section + "." + key), key + " \"" + v + "\" " + parsed.problem);
      return std::nullopt;
    }
    return parsed.period->first;
  }

  /// Every key and value of a free section.
  std::map<std::string, std::string> entries(const std::string& section) const {
    std::map<std::string, std::string> out;
    for (const auto& setting : file_.settings) {
      if (setting.section == section) out[setting.key] = setting.value;
    }
    return out;
  }

  /// A file named by `section.key`, relative to the directory of audit.ini: it must exist and
  /// be a file.
  void check_file(const std::string& section, const std::string& key, const std::string& file,
                  const std::string& what) {
    if (file.empty()) return;
    const fs::path path = fs::path(path_).parent_path() / file;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    const std::string looked_for = " (looked for \"" + path.string() + "\")";
    if (!fs::exists(status)) {
      problems_.add(where(section + "." + key),
                    key + " " + s11::quoted(file) + " does not exist" + looked_for);
    } else if (fs::is_directory(status)) {
      problems_.add(where(section + "." + key),
                    key + " " + s11::quoted(file) + " is a directory, not " + what + looked_for);
    }
  }

  const std::map<std::string, int>& lines() const { return lines_; }

 private:
  std::string path_;
  IniFile file_;
  std::map<std::string, int> lines_;
  ProblemList& problems_;  // The caller's, which outlives this reader.
};

/// The next audit, when the actions fall due, must come after the audit itself.
void check_next_audit_date(const AuditConfig& config, const Settings& s, ProblemList& problems) {
  const auto& next = config.plan.next_audit_date;
  const int audit_line = s.line_of("audit.date");
  if (!next || audit_line == 0 || *next > config.audit_date) return;
  problems.add(
      s.where("plan.next_audit_date"),
      "next_audit_date " + next->iso() +
          (*next == config.audit_date ? " is the audit date itself"
                                      : " is before the audit date " + config.audit_date.iso()) +
          " (line " + std::to_string(audit_line) +
          "); expected the day of the next audit, when the drafted actions fall due, "
          "after the audit date (leave it out for a year on)");
}

}  // namespace

AuditConfig read_audit_config(const std::string& path) {
  ProblemList problems;
  Settings s(path, read_ini_file(path, problems), problems);
  s.check_names();
  AuditConfig config;
  config.organisation = s.text("audit", "organisation", true);
  config.period = s.text("audit", "period", true);
  const std::optional<Date> audit_date = s.date("audit", "date", true);
  if (audit_date) config.audit_date = *audit_date;
  config.framework = s.text("audit", "framework", true);
  if (!config.framework.empty()) {
    try {
      resolve_framework(config.framework, fs::path(path).parent_path().string());
    } catch (const InputError& e) {
      for (const auto& problem : e.problems()) problems.add(s.where("audit.framework"), problem);
    }
  }
  config.currency_months =
      s.number("audit", "evidence_currency_months", 1, 120, config.currency_months, "months");
  config.evidence = s.text("audit", "evidence");
  s.check_file("audit", "evidence", config.evidence, "a workbook");
  config.owner = s.text("document", "owner");
  config.author = s.text("document", "author");
  if (std::string version = s.text("document", "version"); !version.empty()) {
    config.version = version;
  }

  SurveyConfig& survey = config.survey;
  try {
    survey.files = split_survey_files(s.text("survey", "files"));
  } catch (const InputError& e) {
    problems.add(s.where("survey.files"), e.what());
  }
  if (std::string id = s.text("survey", "questionnaire"); !id.empty()) survey.questionnaire = id;
  survey.min_group_size = s.number("survey", "min_group_size", 3, 1000, 0, "respondents");
  survey.skip_bad_rows = s.flag("survey", "skip_bad_rows");
  survey.include_comments = s.flag("survey", "include_comments");
  survey.mapping = s.entries("survey_mapping");

  PlanConfig& plan = config.plan;
  plan.last_plan = s.text("plan", "last_plan");
  s.check_file("plan", "last_plan", plan.last_plan, "a workbook");
  plan.next_audit_date = s.date("plan", "next_audit_date");
  if (audit_date) check_next_audit_date(config, s, problems);
  plan.amber_days = s.number("plan", "amber_days", 1, 365, plan.amber_days, "days");
  plan.essential_months = s.number("plan", "essential_months", 1, 60, 0, "months");
  plan.other_months = s.number("plan", "other_months", 1, 60, 0, "months");
  plan.leads = s.entries("leads");
  config.approval.approved_by = s.text("approval", "approved_by");
  config.approval.meeting = s.text("approval", "meeting");
  config.approval.date = s.date("approval", "date");
  config.last_return = s.text("history", "last_return");
  s.check_file("history", "last_return", config.last_return, "a workbook");

  config.path = path;
  config.lines = s.lines();
  problems.throw_if_any();
  return config;
}

}  // namespace s11
