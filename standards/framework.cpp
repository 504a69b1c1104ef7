#include "standards/framework.h"

#include <algorithm>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string_view>
#include <utility>

#include "base/data_file.h"
#include "base/text.h"

namespace s11 {

// ---------------------------------------------------------------------------------------------
// Model queries

const RatingLevel* RatingScheme::find(const std::string& text) const {
  const std::string key = lower(trim_ascii(text));
  if (key.empty()) return nullptr;
  for (const auto& level : levels) {
    if (lower(level.name) == key || lower(level.code) == key) return &level;
  }
  return nullptr;
}

std::size_t RatingScheme::rank(const RatingLevel& level) const {
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (&levels[i] == &level) return i;
  }
  // A copy of one of our levels: match it by name.
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (levels[i].name == level.name) return i;
  }
  return levels.size();
}

std::string RatingScheme::names_for_message() const {
  std::vector<std::string> names;
  for (const auto& level : levels) names.push_back(level.name);
  return join_list(names, "or");
}

const Point* Framework::find_point(const std::string& point_id) const {
  for (const auto& standard : standards) {
    for (const auto& point : standard.points) {
      if (point.id == point_id) return &point;
    }
  }
  return nullptr;
}

const Standard* Framework::standard_of(const std::string& point_id) const {
  for (const auto& standard : standards) {
    for (const auto& point : standard.points) {
      if (point.id == point_id) return &standard;
    }
  }
  return nullptr;
}

const Standard* Framework::find_standard(const std::string& standard_id) const {
  for (const auto& standard : standards) {
    if (standard.id == standard_id) return &standard;
  }
  return nullptr;
}

const FocusArea* Framework::find_area(const std::string& area_id) const {
  for (const auto& area : areas) {
    if (area.id == area_id) return &area;
  }
  return nullptr;
}

const ImpactLevelInfo* ImpactModel::find(int number) const {
  for (const auto& level : levels) {
    if (level.number == number) return &level;
  }
  return nullptr;
}

ImpactModel default_impact_model() {
  ImpactModel model;
  model.operating_percent = 75;
  model.levels = {
      {1, "Inputs and processes",
       "Changes to inputs (tools and frameworks), processes (the services offered) and "
       "structures: policies, procedures and systems are in place."},
      {2, "Practitioners' experience and attitudes",
       "Changes to what practitioners and managers experience, know and believe: staff "
       "understand safeguarding and act on it."},
      {3, "Outcomes for children and families",
       "Changes to outcomes for children, young people and families: case-file audits and "
       "outcome data show they are safer."},
      {4, "Embedded and shared practice",
       "Longer-term changes embedded in infrastructure, systems and processes, and practice "
       "and ideas shared more widely."},
  };
  return model;
}

std::size_t Framework::point_count() const {
  std::size_t count = 0;
  for (const auto& standard : standards) count += standard.points.size();
  return count;
}

std::string unknown_standard_message(const Framework& framework, const std::string& id) {
  std::string message =
      "unknown standard " + quoted(id) + "; expected a standard of " + framework.id;
  if (!framework.standards.empty()) {
    message += " (" + framework.standards.front().id + " to " + framework.standards.back().id + ")";
  }
  return message;
}

// ---------------------------------------------------------------------------------------------
// Loading

namespace {

// Walks one framework document, building the model and collecting every problem found.
class FrameworkReader : public XmlFileReader {
 public:
  explicit FrameworkReader(std::string path)
      : XmlFileReader(std::move(path), "framework", in_quotes) {}

  Framework read(const pugi::xml_node& root);

 private:
  std::string attribute(const pugi::xml_node& node, const char* name);
  std::optional<int> percent(const pugi::xml_node& node, const std::string& who, const char* name);
  bool requirement_flag(const pugi::xml_node& node, const std::string& who, const char* name);
  void check_id(const pugi::xml_node& node, std::string_view kind, const std::string& id) {
    XmlFileReader::check_id(node, kind, id, "5.3");
  }

  void read_scheme(const pugi::xml_node& node, RatingScheme& scheme);
  void read_impact(const pugi::xml_node& node, ImpactModel& model);
  std::optional<int> whole_number(const pugi::xml_node& node, const std::string& who,
                                  const char* name, int low, int high) {
    return whole_number_attribute(node, who, name, low, high);
  }
  RatingLevel read_level(const pugi::xml_node& node);
  void check_level_order(const RatingScheme& scheme, const std::vector<int>& lines);
  Standard read_standard(const pugi::xml_node& node);
  Point read_point(const pugi::xml_node& node);

  std::map<std::string, int> point_lines_;  // Point id -> line first defined.
  bool level_value_invalid_ = false;        // Skip the order checks: they would only repeat it.
};

std::string FrameworkReader::attribute(const pugi::xml_node& node, const char* name) {
  const auto attr = node.attribute(name);
  if (!attr) return "";  // Reported by check_shape when required.
  std::string value(trim_ascii(attr.value()));
  if (value.empty())
    add(node, "<" + std::string(node.name()) + "> attribute " + in_quotes(name) + " is empty");
  return value;
}

std::optional<int> FrameworkReader::percent(const pugi::xml_node& node, const std::string& who,
                                            const char* name) {
  std::optional<int> value = percent_attribute(node, who, name);
  if (!value && node.attribute(name)) level_value_invalid_ = true;
  return value;
}

bool FrameworkReader::requirement_flag(const pugi::xml_node& node, const std::string& who,
                                       const char* name) {
  const auto attr = node.attribute(name);
  if (!attr) return false;
  const std::string value(trim_ascii(attr.value()));
  if (value == "required") return true;
  if (value != "optional") {
    level_value_invalid_ = true;
    add(node, who + ": " + name + " must be \"required\" or \"optional\"; found " +
                  in_quotes(attr.value()));
  }
  return false;
}

Framework FrameworkReader::read(const pugi::xml_node& root) {
  Framework framework;
  check_shape(root, {{"id", "version"},
                     {},
                     {"title", "publisher", "rating-scheme", "impact", "area", "standard"},
                     false});
  framework.id = attribute(root, "id");
  framework.version = attribute(root, "version");
  check_file_id(root, "framework", framework.id);

  std::map<std::string, int> first_line;  // "<title>" etc. -> line of the first occurrence.
  const auto once = [&](const pugi::xml_node& child) {
    const std::string element = "<" + std::string(child.name()) + ">";
    const auto [it, inserted] = first_line.emplace(element, line_of(child));
    if (!inserted) {
      add(child, "more than one " + element + " in <framework> (first at line " +
                     std::to_string(it->second) + "); expected exactly one");
    }
    return inserted;
  };

  std::map<std::string, int> area_lines;
  std::map<std::string, int> standard_lines;
  std::vector<int> standard_line_list;
  bool has_scheme = false;
  bool has_area = false;
  for (const auto& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "title") {
      if (!once(child)) continue;
      check_shape(child, {{}, {}, {}, true});
      framework.title = text_of(child);
      if (framework.title.empty()) add(child, "framework has an empty <title>");
    } else if (name == "publisher") {
      if (!once(child)) continue;
      check_shape(child, {{}, {}, {}, true});
      framework.publisher = text_of(child);
      if (framework.publisher.empty()) add(child, "framework has an empty <publisher>");
    } else if (name == "rating-scheme") {
      if (!once(child)) continue;
      has_scheme = true;
      read_scheme(child, framework.scheme);
    } else if (name == "impact") {
      if (!once(child)) continue;
      read_impact(child, framework.impact);
    } else if (name == "area") {
      has_area = true;
      check_shape(child, {{"id", "title"}, {}, {}, false});
      FocusArea area{attribute(child, "id"), attribute(child, "title")};
      area.title = collapse_spaces(area.title);
      check_id(child, "area", area.id);
      if (area.id.empty()) continue;
      const auto [it, inserted] = area_lines.emplace(area.id, line_of(child));
      if (!inserted) {
        add(child, "duplicate area id " + in_quotes(area.id) + " (first defined at line " +
                       std::to_string(it->second) + ")");
        continue;
      }
      framework.areas.push_back(std::move(area));
    } else if (name == "standard") {
      Standard standard = read_standard(child);
      if (!standard.id.empty()) {
        const auto [it, inserted] = standard_lines.emplace(standard.id, line_of(child));
        if (!inserted) {
          add(child, "duplicate standard id " + in_quotes(standard.id) +
                         " (first defined at line " + std::to_string(it->second) + ")");
        }
      }
      standard_line_list.push_back(line_of(child));
      framework.standards.push_back(std::move(standard));
    }
  }

  if (!first_line.count("<title>")) add(root, "framework has no <title>");
  if (!has_scheme) add(root, "framework has no <rating-scheme>; expected one before the areas");
  if (!has_area) add(root, "framework has no areas; expected at least one <area>");
  if (framework.standards.empty())
    add(root, "framework has no standards; expected at least one <standard>");

  // Area references are resolved after the whole file is read, so areas may come in any order.
  std::vector<std::string> area_ids;
  for (const auto& area : framework.areas) area_ids.push_back(area.id);
  std::set<std::string> used_areas;
  for (std::size_t i = 0; i < framework.standards.size(); ++i) {
    const Standard& standard = framework.standards[i];
    if (standard.area.empty()) continue;
    if (framework.find_area(standard.area) != nullptr) {
      used_areas.insert(standard.area);
      continue;
    }
    const std::string who =
        standard.id.empty() ? std::string("standard") : "standard " + in_quotes(standard.id);
    add(standard_line_list[i],
        who + " refers to unknown area " + in_quotes(standard.area) +
            (area_ids.empty() ? "; the framework defines no areas"
                              : "; expected one of: " + join(area_ids, ", ")));
  }
  for (const auto& area : framework.areas) {
    if (!used_areas.count(area.id) && !framework.standards.empty()) {
      add(area_lines[area.id],
          "area " + in_quotes(area.id) + " has no standards; remove it or assign standards to it");
    }
  }
  return framework;
}

void FrameworkReader::read_scheme(const pugi::xml_node& node, RatingScheme& scheme) {
  check_shape(node, {{"id", "name"}, {}, {"level"}, false});
  scheme.id = attribute(node, "id");
  scheme.name = collapse_spaces(attribute(node, "name"));

  struct Key {
    int line;
    std::string kind;   // "name" or "code"
    std::string level;  // The level's name.
    std::size_t index;
  };
  std::map<std::string, Key> keys;  // Lower-cased name or code -> where first used.
  std::vector<int> lines;
  for (const auto& child : node.children("level")) {
    RatingLevel level = read_level(child);
    const int line = line_of(child);
    const std::size_t index = scheme.levels.size();
    for (const auto& [kind, value] : {std::pair<std::string, std::string>{"name", level.name},
                                      std::pair<std::string, std::string>{"code", level.code}}) {
      if (value.empty()) continue;
      const auto [it, inserted] = keys.emplace(lower(value), Key{line, kind, level.name, index});
      if (inserted || it->second.index == index) continue;
      if (it->second.kind == kind) {
        add(line, "duplicate level " + kind + " " + in_quotes(value) + " (first defined at line " +
                      std::to_string(it->second.line) + ")");
      } else {
        add(line, "level " + kind + " " + in_quotes(value) + " is already the " + it->second.kind +
                      " of level " + in_quotes(it->second.level) + " (line " +
                      std::to_string(it->second.line) + "); names and codes must all differ");
      }
    }
    scheme.levels.push_back(std::move(level));
    lines.push_back(line);
  }

  const std::string who =
      scheme.id.empty() ? std::string("rating scheme") : "rating scheme " + in_quotes(scheme.id);
  if (scheme.levels.empty()) {
    add(node, who + " has no levels; expected at least two <level> elements, best first");
  } else if (scheme.levels.size() == 1) {
    add(node,
        who +
            " has only one level; expected at least two, best first, the last with no conditions");
  } else if (!level_value_invalid_) {
    check_level_order(scheme, lines);
  }
}

RatingLevel FrameworkReader::read_level(const pugi::xml_node& node) {
  check_shape(node, {{"name", "code", "colour", "anchor"},
                     {"min-met", "min-evidenced", "best-practice", "essential", "expects-impact"},
                     {},
                     true});
  RatingLevel level;
  level.name = collapse_spaces(attribute(node, "name"));
  level.code = attribute(node, "code");
  const std::string who =
      level.name.empty() ? std::string("level") : "level " + in_quotes(level.name);

  const std::string colour = attribute(node, "colour");
  if (!colour.empty()) {
    const bool hex =
        colour.size() == 6 && std::all_of(colour.begin(), colour.end(), [](char c) {
          return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    if (hex) {
      for (char c : colour)
        level.colour += (c >= 'a' && c <= 'f') ? static_cast<char>(c - 'a' + 'A') : c;
    } else {
      add(node,
          who + ": colour must be six hex digits such as \"00B050\"; found " + in_quotes(colour));
    }
  }
  level.anchor_percent = percent(node, who, "anchor").value_or(0);
  level.min_met_percent = percent(node, who, "min-met").value_or(0);
  level.min_evidenced_percent = percent(node, who, "min-evidenced").value_or(0);
  level.requires_best_practice = requirement_flag(node, who, "best-practice");
  level.requires_essential_met = requirement_flag(node, who, "essential");
  if (const auto expected = whole_number(node, who, "expects-impact", 0, 4)) {
    level.expected_impact = *expected;
  } else if (node.attribute("expects-impact")) {
    level_value_invalid_ = true;
  }
  level.description = text_of(node);
  if (level.description.empty()) {
    add(node, who +
                  " has no description; expected text such as \"all points met and most points "
                  "evidenced\"");
  }
  return level;
}

void FrameworkReader::check_level_order(const RatingScheme& scheme, const std::vector<int>& lines) {
  const auto conditions = [](const RatingLevel& level) {
    std::vector<std::string> found;
    if (level.min_met_percent > 0)
      found.push_back("min-met " + std::to_string(level.min_met_percent));
    if (level.min_evidenced_percent > 0) {
      found.push_back("min-evidenced " + std::to_string(level.min_evidenced_percent));
    }
    if (level.requires_best_practice) found.emplace_back("best-practice=\"required\"");
    if (level.requires_essential_met) found.emplace_back("essential=\"required\"");
    return found;
  };
  const auto same_conditions = [](const RatingLevel& a, const RatingLevel& b) {
    return a.min_met_percent == b.min_met_percent &&
           a.min_evidenced_percent == b.min_evidenced_percent &&
           a.requires_best_practice == b.requires_best_practice &&
           a.requires_essential_met == b.requires_essential_met;
  };

  for (std::size_t i = 0; i + 1 < scheme.levels.size(); ++i) {
    const RatingLevel& level = scheme.levels[i];
    const RatingLevel& below = scheme.levels[i + 1];
    const std::string who = "level " + in_quotes(level.name);
    const std::string below_who = in_quotes(below.name) + ", the level below it";
    if (level.min_met_percent < below.min_met_percent ||
        level.min_evidenced_percent < below.min_evidenced_percent) {
      add(lines[i], who + " needs min-met >= " + std::to_string(below.min_met_percent) +
                        " and min-evidenced >= " + std::to_string(below.min_evidenced_percent) +
                        " (those of " + below_who + "); found min-met " +
                        std::to_string(level.min_met_percent) + " and min-evidenced " +
                        std::to_string(level.min_evidenced_percent));
    }
    if (below.requires_best_practice && !level.requires_best_practice) {
      add(lines[i], who + " needs best-practice=\"required\" as " + below_who + ", has it");
    }
    if (below.requires_essential_met && !level.requires_essential_met) {
      add(lines[i], who + " needs essential=\"required\" as " + below_who + ", has it");
    }
    if (same_conditions(level, below)) {
      add(lines[i], who + " has the same conditions as " + below_who +
                        ", so no standard could ever be rated " + in_quotes(below.name));
    }
    if (level.expected_impact < below.expected_impact) {
      add(lines[i], who + " has expects-impact " + std::to_string(level.expected_impact) +
                        ", below the expects-impact " + std::to_string(below.expected_impact) +
                        " of " + below_who + "; a better rating cannot claim a lower impact level");
    }
    if (level.anchor_percent < below.anchor_percent) {
      add(lines[i], who + " has anchor " + std::to_string(level.anchor_percent) +
                        ", below the anchor " + std::to_string(below.anchor_percent) + " of " +
                        below_who + "; expected anchors to fall from best to worst");
    }
  }
  const RatingLevel& last = scheme.levels.back();
  const auto found = conditions(last);
  if (!found.empty()) {
    add(lines.back(), "the last level " + in_quotes(last.name) +
                          " must have no conditions so every standard gets a rating; found " +
                          join(found, ", "));
  }
}

void FrameworkReader::read_impact(const pugi::xml_node& node, ImpactModel& model) {
  check_shape(node, {{}, {"operating-percent", "area-percent"}, {"level"}, false});
  if (const auto value = whole_number(node, "impact", "operating-percent", 0, 100)) {
    model.operating_percent = *value;
  }
  model.area_percent = model.operating_percent;
  if (const auto value = whole_number(node, "impact", "area-percent", 0, 100)) {
    model.area_percent = *value;
  }
  std::map<int, int> level_lines;  // Level number -> line first defined.
  std::vector<ImpactLevelInfo> levels;
  for (const auto& child : node.children("level")) {
    check_shape(child, {{"n", "name"}, {}, {}, true});
    ImpactLevelInfo level;
    const auto number = whole_number(child, "impact level", "n", 1, 4);
    level.number = number.value_or(0);
    level.name = collapse_spaces(attribute(child, "name"));
    level.description = text_of(child);
    if (number) {
      const std::string who = "impact level " + std::to_string(level.number);
      const auto [it, inserted] = level_lines.emplace(level.number, line_of(child));
      if (!inserted) {
        add(child,
            "duplicate " + who + " (first defined at line " + std::to_string(it->second) + ")");
        continue;
      }
      if (level.description.empty()) {
        add(child, who +
                       " has no description; expected text such as \"changes to outcomes for "
                       "children and families\"");
      }
    }
    levels.push_back(std::move(level));
  }
  std::vector<std::string> missing;
  for (int n = 1; n <= 4; ++n) {
    if (!level_lines.count(n)) missing.push_back(std::to_string(n));
  }
  if (!missing.empty()) {
    const std::string word = missing.size() == 1 ? "level " : "levels ";
    add(node, "<impact> has no " + word + join(missing, ", ") +
                  "; expected four <level> elements numbered 1 to 4");
  }
  std::sort(levels.begin(), levels.end(),
            [](const auto& a, const auto& b) { return a.number < b.number; });
  model.levels = std::move(levels);
}

Standard FrameworkReader::read_standard(const pugi::xml_node& node) {
  check_shape(node, {{"id", "area"}, {}, {"title", "point"}, false});
  Standard standard;
  standard.id = attribute(node, "id");
  standard.area = attribute(node, "area");
  check_id(node, "standard", standard.id);
  const std::string who =
      standard.id.empty() ? std::string("standard") : "standard " + in_quotes(standard.id);

  int title_line = 0;
  for (const auto& child : node.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "title") {
      if (title_line != 0) {
        add(child,
            who + " has more than one <title> (first at line " + std::to_string(title_line) + ")");
        continue;
      }
      title_line = line_of(child);
      check_shape(child, {{}, {}, {}, true});
      standard.title = text_of(child);
      if (standard.title.empty()) add(child, who + " has an empty <title>");
    } else if (name == "point") {
      standard.points.push_back(read_point(child));
    }
  }
  if (title_line == 0) add(node, who + " has no <title>");
  if (standard.points.empty()) add(node, who + " has no points; expected at least one <point>");
  return standard;
}

Point FrameworkReader::read_point(const pugi::xml_node& node) {
  check_shape(node,
              {{"id"}, {"essential"}, {"requirement", "guidance", "example", "action"}, false});
  Point point;
  point.id = attribute(node, "id");
  check_id(node, "point", point.id);
  const std::string who = point.id.empty() ? std::string("point") : "point " + in_quotes(point.id);
  if (!point.id.empty()) {
    const auto [it, inserted] = point_lines_.emplace(point.id, line_of(node));
    if (!inserted) {
      add(node, "duplicate point id " + in_quotes(point.id) + " (first defined at line " +
                    std::to_string(it->second) + ")");
    }
  }
  if (const auto attr = node.attribute("essential")) {
    const std::string value(trim_ascii(attr.value()));
    if (value == "true") {
      point.essential = true;
    } else if (value != "false") {
      add(node,
          who + ": essential must be \"true\" or \"false\"; found " + in_quotes(attr.value()));
    }
  }

  const std::pair<const char*, std::string*> fields[] = {
      {"requirement", &point.requirement},
      {"guidance", &point.guidance},
      {"example", &point.example},
      {"action", &point.action},
  };
  for (const auto& [element, target] : fields) {
    int first = 0;
    for (const auto& child : node.children(element)) {
      if (first != 0) {
        add(child, who + " has more than one <" + element + "> (first at line " +
                       std::to_string(first) + ")");
        continue;
      }
      first = line_of(child);
      check_shape(child, {{}, {}, {}, true});
      *target = text_of(child);
      if (target->empty()) add(child, who + " has an empty <" + element + ">");
    }
    if (first == 0 && std::string_view(element) == "requirement")
      add(node, who + " has no <requirement>");
  }
  return point;
}

}  // namespace

Framework load_framework(const std::string& path) {
  const std::string content = read_data_file(path);
  FrameworkReader reader(path);
  pugi::xml_document document;
  Framework framework = reader.read(reader.parse(document, content));
  if (reader.has_problems()) reader.throw_problems();
  framework.path = path;
  return framework;
}

// ---------------------------------------------------------------------------------------------
// Finding framework files

namespace {

std::vector<std::string> standards_dirs() {
  return data_dirs("S11_STANDARDS_PATH", installed_data_dir("standards"));
}

}  // namespace

std::vector<std::string> bundled_framework_ids() { return bundled_ids(standards_dirs()); }

std::string resolve_framework(const std::string& spec, const std::string& base_dir) {
  return resolve_data_file(spec, base_dir, standards_dirs(), "framework");
}

}  // namespace s11
