#include "engine/audit_config.h"

#include <boost/property_tree/ini_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "engine/errors.h"
#include "engine/text.h"

namespace s11 {
namespace {

namespace pt = boost::property_tree;

struct KeySpec {
  const char* section;
  const char* key;
  bool required;
};

constexpr KeySpec kKeys[] = {
    {"audit", "organisation", true},
    {"audit", "period", true},
    {"audit", "date", true},
    {"audit", "framework", true},
    {"audit", "evidence_currency_months", false},
    {"document", "owner", false},
    {"document", "author", false},
    {"document", "version", false},
};

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

  auto lines = line_index(text);
  auto where = [&](const std::string& name) {
    auto it = lines.find(name);
    return path + ":" + std::to_string(it == lines.end() ? 1 : it->second);
  };

  ProblemList problems;
  std::set<std::string> known;
  std::set<std::string> known_sections;
  for (const auto& spec : kKeys) {
    known.insert(std::string(spec.section) + "." + spec.key);
    known_sections.insert(spec.section);
  }
  for (const auto& [section, keys] : tree) {
    if (!known_sections.count(section)) {
      if (keys.empty() && !keys.data().empty()) {
        problems.add(where("." + section), "setting \"" + section +
                                               "\" is outside any section; expected it under "
                                               "[audit] or [document]");
      } else {
        problems.add(where("[" + section + "]"),
                     "unknown section [" + section + "]; expected [audit] or [document]");
      }
      continue;
    }
    for (const auto& [key, value] : keys) {
      if (!known.count(section + "." + key)) {
        std::string expected;
        for (const auto& spec : kKeys) {
          if (section != spec.section) continue;
          expected += expected.empty() ? "" : ", ";
          expected += spec.key;
        }
        problems.add(where(section + "." + key), "unknown setting \"" + key + "\" in [" +
                                                     section + "]; expected one of: " + expected);
      }
    }
  }

  auto get = [&](const KeySpec& spec) -> std::string {
    std::string name = std::string(spec.section) + "." + spec.key;
    auto value = tree.get_optional<std::string>(pt::ptree::path_type(name, '.'));
    std::string v = value ? trim(*value) : std::string();
    if (v.empty() && spec.required) {
      std::string place = lines.count("[" + std::string(spec.section) + "]")
                              ? where("[" + std::string(spec.section) + "]")
                              : path + ":1";
      problems.add(place, "missing setting \"" + std::string(spec.key) + "\" in [" +
                              spec.section + "]");
    }
    return v;
  };

  AuditConfig config;
  config.organisation = get(kKeys[0]);
  config.period = get(kKeys[1]);
  std::string date = get(kKeys[2]);
  config.framework = get(kKeys[3]);
  std::string months = get(kKeys[4]);
  config.owner = get(kKeys[5]);
  config.author = get(kKeys[6]);
  std::string version = get(kKeys[7]);
  if (!version.empty()) config.version = version;

  if (!date.empty()) {
    auto parsed = parse_date_text(date);
    if (!parsed) {
      problems.add(where("audit.date"),
                   "date \"" + date + "\" is not a date; expected YYYY-MM-DD, e.g. 2015-11-30");
    } else {
      config.audit_date = *parsed;
    }
  }
  if (!months.empty()) {
    int value = 0;
    if (!parse_int(months, value) || value < 1 || value > 120) {
      problems.add(where("audit.evidence_currency_months"),
                   "evidence_currency_months \"" + months +
                       "\" is not a whole number of months from 1 to 120");
    } else {
      config.currency_months = value;
    }
  }
  problems.throw_if_any();
  return config;
}

std::string render_audit_config(const AuditConfig& config) {
  std::ostringstream out;
  out << "; s11 audit settings. Edit freely; `s11 run` reads this file.\n"
      << "[audit]\n"
      << "; The agency making the return.\n"
      << "organisation = " << config.organisation << "\n"
      << "; The year the return covers.\n"
      << "period = " << config.period << "\n"
      << "; The day the return is made (YYYY-MM-DD). Evidence must not be dated later.\n"
      << "date = " << config.audit_date.iso() << "\n"
      << "; A bundled framework id (oscb-2015, working-together-8) or a framework file path.\n"
      << "framework = " << config.framework << "\n"
      << "; Evidence older than this many months before the audit date is stale.\n"
      << "evidence_currency_months = " << config.currency_months << "\n"
      << "\n[document]\n"
      << "; Document control: who owns and who wrote the return, and its version.\n"
      << "owner = " << config.owner << "\n"
      << "author = " << config.author << "\n"
      << "version = " << config.version << "\n";
  return out.str();
}

}  // namespace s11
