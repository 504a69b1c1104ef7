#include "readers/audit_config.h"

#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "base/errors.h"
#include "base/text.h"
#include "readers/survey_reader.h"

namespace s11 {
namespace {

namespace pt = boost::property_tree;

/// The settings audit.ini may hold, by section.
const std::map<std::string, std::vector<std::string>> kSections = {
    {"audit", {"organisation", "period", "date", "framework", "evidence_currency_months"}},
    {"document", {"owner", "author", "version"}},
    {"survey", {"files", "questionnaire", "min_group_size", "skip_bad_rows", "include_comments"}},
    {"plan", {"last_plan", "next_audit_date", "amber_days", "essential_months", "other_months"}},
    {"history", {"last_return"}},
};

/// Sections whose keys are the user's own: question ids, standard or area ids.
const std::set<std::string> kFreeSections = {"survey_mapping", "leads"};

std::string expected_sections() {
  std::vector<std::string> names;
  for (const auto& [name, keys] : kSections) names.push_back("[" + name + "]");
  for (const auto& name : kFreeSections) names.push_back("[" + name + "]");
  return join(names, ", ");
}

/// Line numbers of every `section.key` and `[section]` in an INI text, for messages (Boost's
/// ptree does not keep them).
std::map<std::string, int> line_index(const std::string& text) {
  std::map<std::string, int> lines;
  std::istringstream in(text);
  std::string line;
  std::string section;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    std::string t = trim(line);
    if (t.empty() || t[0] == ';' || t[0] == '#') continue;
    if (t.front() == '[' && t.back() == ']') {
      section = trim(t.substr(1, t.size() - 2));
      lines.emplace("[" + section + "]", number);
      continue;
    }
    auto eq = t.find('=');
    if (eq == std::string::npos) continue;
    lines.emplace(section + "." + trim(t.substr(0, eq)), number);
  }
  return lines;
}

/// Reads values out of the tree, recording problems with their lines.
class Settings {
 public:
  Settings(std::string path, const std::string& text, const pt::ptree& tree)
      : path_(std::move(path)), lines_(line_index(text)), tree_(tree) {}

  std::string where(const std::string& name) const {
    auto it = lines_.find(name);
    return path_ + ":" + std::to_string(it == lines_.end() ? 1 : it->second);
  }

  void check_names() {
    for (const auto& [section, keys] : tree_) {
      auto known = kSections.find(section);
      if (known == kSections.end() && !kFreeSections.count(section)) {
        if (keys.empty() && !keys.data().empty()) {
          problems.add(where("." + section), "setting \"" + section +
                                                 "\" is outside any section; expected it under "
                                                 "[audit] or [document]");
        } else {
          problems.add(where("[" + section + "]"),
                       "unknown section [" + section + "]; expected " + expected_sections());
        }
        continue;
      }
      if (known == kSections.end()) continue;
      for (const auto& [key, value] : keys) {
        const auto& allowed = known->second;
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
        problems.add(where(section + "." + key), "unknown setting \"" + key + "\" in [" + section +
                                                     "]; expected one of: " + join(allowed, ", "));
      }
    }
  }

  std::string text(const std::string& section, const std::string& key, bool required = false) {
    auto value = tree_.get_optional<std::string>(pt::ptree::path_type(section + "." + key, '.'));
    std::string v = value ? trim(*value) : std::string();
    if (v.empty() && required) {
      std::string place =
          lines_.count("[" + section + "]") ? where("[" + section + "]") : path_ + ":1";
      problems.add(place, "missing setting \"" + key + "\" in [" + section + "]");
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
      problems.add(where(section + "." + key), key + " \"" + v + "\" is not a whole number of " +
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
    problems.add(where(section + "." + key),
                 key + " \"" + text(section, key) + "\" is not yes or no");
    return false;
  }

  std::optional<Date> date(const std::string& section, const std::string& key,
                           bool required = false) {
    std::string v = text(section, key, required);
    if (v.empty()) return std::nullopt;
    auto parsed = parse_date_text(v);
    if (!parsed) {
      problems.add(where(section + "." + key),
                   key + " \"" + v + "\" is not a date; expected YYYY-MM-DD, e.g. 2015-11-30");
    }
    return parsed;
  }

  /// Every key and value of a free section.
  std::map<std::string, std::string> entries(const std::string& section) const {
    std::map<std::string, std::string> out;
    if (auto child = tree_.get_child_optional(pt::ptree::path_type(section, '.'))) {
      for (const auto& [key, value] : *child) out[trim(key)] = trim(value.data());
    }
    return out;
  }

  const std::map<std::string, int>& lines() const { return lines_; }

  ProblemList problems;

 private:
  std::string path_;
  std::map<std::string, int> lines_;
  const pt::ptree& tree_;  // Owned by the caller, which outlives this reader.
};

}  // namespace

AuditConfig read_audit_config(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError(path + ": cannot open: " + errno_text());
  std::stringstream buffer;
  buffer << file.rdbuf();
  std::string text = buffer.str();
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // Notepad saves a BOM

  pt::ptree tree;
  try {
    std::istringstream in(text);
    pt::read_ini(in, tree);
  } catch (const pt::ini_parser_error& e) {
    throw InputError(path + ":" + std::to_string(e.line()) + ": " + e.message());
  }

  Settings s(path, text, tree);
  s.check_names();
  AuditConfig config;
  config.organisation = s.text("audit", "organisation", true);
  config.period = s.text("audit", "period", true);
  if (auto date = s.date("audit", "date", true)) config.audit_date = *date;
  config.framework = s.text("audit", "framework", true);
  if (!config.framework.empty()) {
    try {
      resolve_framework(config.framework, std::filesystem::path(path).parent_path().string());
    } catch (const InputError& e) {
      for (const auto& problem : e.problems()) s.problems.add(s.where("audit.framework"), problem);
    }
  }
  config.currency_months =
      s.number("audit", "evidence_currency_months", 1, 120, config.currency_months, "months");
  config.owner = s.text("document", "owner");
  config.author = s.text("document", "author");
  if (std::string version = s.text("document", "version"); !version.empty()) {
    config.version = version;
  }

  SurveyConfig& survey = config.survey;
  try {
    survey.files = split_survey_files(s.text("survey", "files"));
  } catch (const InputError& e) {
    s.problems.add(s.where("survey.files"), e.what());
  }
  if (std::string id = s.text("survey", "questionnaire"); !id.empty()) survey.questionnaire = id;
  survey.min_group_size = s.number("survey", "min_group_size", 3, 1000, 0, "respondents");
  survey.skip_bad_rows = s.flag("survey", "skip_bad_rows");
  survey.include_comments = s.flag("survey", "include_comments");
  survey.mapping = s.entries("survey_mapping");

  PlanConfig& plan = config.plan;
  plan.last_plan = s.text("plan", "last_plan");
  plan.next_audit_date = s.date("plan", "next_audit_date");
  plan.amber_days = s.number("plan", "amber_days", 1, 365, plan.amber_days, "days");
  plan.essential_months = s.number("plan", "essential_months", 1, 60, 0, "months");
  plan.other_months = s.number("plan", "other_months", 1, 60, 0, "months");
  plan.leads = s.entries("leads");
  config.last_return = s.text("history", "last_return");

  config.path = path;
  config.lines = s.lines();
  s.problems.throw_if_any();
  return config;
}

}  // namespace s11
