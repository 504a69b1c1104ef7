#include "questionnaires/questionnaire.h"

#include <algorithm>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string_view>
#include <utility>

#include "base/data_file.h"
#include "base/text.h"

namespace s11 {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Fold {
  std::string_view from;  // UTF-8 bytes.
  std::string_view to;
};

// Characters that survey tools, Word and Excel put where people mean plain ones.
constexpr Fold kFolds[] = {
    {"\xE2\x80\x98", "'"}, {"\xE2\x80\x99", "'"},  {"\xE2\x80\x9A", "'"},  {"\xE2\x80\x9B", "'"},
    {"\xE2\x80\xB2", "'"}, {"\xE2\x80\x9C", "\""}, {"\xE2\x80\x9D", "\""}, {"\xE2\x80\x9E", "\""},
    {"\xE2\x80\x90", "-"}, {"\xE2\x80\x91", "-"},  {"\xE2\x80\x92", "-"},  {"\xE2\x80\x93", "-"},
    {"\xE2\x80\x94", "-"}, {"\xE2\x88\x92", "-"},  {"\xC2\xA0", " "},      {"\xE2\x80\x87", " "},
    {"\xE2\x80\x89", " "}, {"\xE2\x80\xAF", " "},  {"\xE2\x80\x8B", ""},   {"\xEF\xBB\xBF", ""},
};

bool is_trailing_punctuation(char c) {
  return c == '.' || c == ':' || c == '?' || c == '!' || c == '*' || c == ' ';
}

// "3. ", "3) ", "Q3 ", "Q3. ", "q3:" before a question's wording. `text` is already lower case
// with single spaces. A bare number ("3 ") is kept: it may be part of the wording.
std::string_view without_question_number(std::string_view text) {
  std::size_t i = 0;
  const bool q = !text.empty() && text[0] == 'q';
  if (q) i = 1;
  const std::size_t digits_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == digits_start || i - digits_start > 3) return text;
  const bool punctuation = i < text.size() && (text[i] == '.' || text[i] == ')' || text[i] == ':');
  if (punctuation) ++i;
  if (i < text.size() && text[i] == ' ') {
    if (!punctuation && !q) return text;
    ++i;
  } else if (!punctuation || i >= text.size() || !is_letter(text[i])) {
    // "1.3 staff" is a point number, not a question number; "q3a" is not one either.
    return text;
  }
  if (i >= text.size()) return text;
  return text.substr(i);
}

// "5 - ", "5-", "(5) ", "5: " before a scale answer. `text` is normalised.
std::string_view without_score(std::string_view text) {
  std::size_t i = 0;
  const bool paren = !text.empty() && text[0] == '(';
  if (paren) i = 1;
  const std::size_t digits_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == digits_start || i - digits_start > 3) return text;
  if (paren) {
    if (i >= text.size() || text[i] != ')') return text;
    ++i;
  }
  const std::size_t after_number = i;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() &&
      (text[i] == '-' || text[i] == ':' || text[i] == '=' || text[i] == '.' || text[i] == ')')) {
    ++i;
  }
  while (i < text.size() && text[i] == ' ') ++i;
  if ((i == after_number && !paren) || i >= text.size()) return text;  // "5th", "5".
  return text.substr(i);
}

const ScaleAnswer* find_normalised(const Scale& scale, const std::string& key) {
  for (const auto& answer : scale.answers) {
    if (normalise_label(answer.label) == key) return &answer;
    for (const auto& alias : answer.aliases) {
      if (normalise_label(alias) == key) return &answer;
    }
  }
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Matching

std::string normalise_label(const std::string& text) {
  std::string folded;
  folded.reserve(text.size());
  bool pending_space = false;
  const auto put = [&](char c) {
    if (c == ' ') {
      pending_space = !folded.empty();
      return;
    }
    if (pending_space) folded += ' ';
    pending_space = false;
    folded += c;
  };
  const std::string_view view = text;
  for (std::size_t i = 0; i < view.size();) {
    const char c = view[i];
    if (static_cast<unsigned char>(c) >= 0x80) {
      const Fold* fold = nullptr;
      for (const auto& candidate : kFolds) {
        if (view.substr(i).starts_with(candidate.from)) {
          fold = &candidate;
          break;
        }
      }
      if (fold != nullptr) {
        for (char f : fold->to) put(f);
        i += fold->from.size();
        continue;
      }
      put(c);
    } else if (is_ascii_space(c)) {
      put(' ');
    } else {
      put(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    ++i;
  }
  while (!folded.empty() && is_trailing_punctuation(folded.back())) folded.pop_back();
  return std::string(without_question_number(folded));
}

const ScaleAnswer* Scale::match(const std::string& text) const {
  // Most cells hold a label exactly as the survey tool offered it: no need to normalise.
  const std::string_view raw = trim_ascii(text);
  if (raw.empty()) return nullptr;
  for (const auto& answer : answers) {
    if (equals_ignoring_case(raw, answer.label)) return &answer;
    for (const auto& alias : answer.aliases) {
      if (equals_ignoring_case(raw, alias)) return &answer;
    }
  }

  const std::string key = normalise_label(text);
  if (key.empty()) return nullptr;
  if (const ScaleAnswer* found = find_normalised(*this, key)) return found;
  const std::string_view rest = without_score(key);
  if (rest.size() == key.size()) return nullptr;
  return find_normalised(*this, std::string(rest));
}

const Scale* Questionnaire::find_scale(const std::string& scale_id) const {
  for (const auto& scale : scales) {
    if (scale.id == scale_id) return &scale;
  }
  return nullptr;
}

const Question* Questionnaire::find_question(const std::string& question_id) const {
  for (const auto& question : questions) {
    if (question.id == question_id) return &question;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Loading

namespace {

// Walks one questionnaire document, building the model and collecting every problem found.
class QuestionnaireReader : public XmlFileReader {
 public:
  explicit QuestionnaireReader(std::string path)
      : XmlFileReader(std::move(path), "questionnaire", s11::quoted) {}

  Questionnaire read(const pugi::xml_node& root);

 private:
  // Who claimed a normalised header or answer text, for messages.
  struct Claim {
    std::string owner;
    int line = 0;
    std::size_t answer = 0;  ///< For an answer's text: which answer of its scale (0-based).
  };

  std::string attribute(const pugi::xml_node& node, const char* name);
  std::optional<int> percent(const pugi::xml_node& node, const std::string& who, const char* name) {
    return percent_attribute(node, who, name);
  }
  void check_id(const pugi::xml_node& node, std::string_view kind, const std::string& id) {
    XmlFileReader::check_id(node, kind, id, "q01");
  }
  std::vector<std::pair<pugi::xml_node, std::string>> aliases(const pugi::xml_node& node,
                                                              const std::string& who);

  Scale read_scale(const pugi::xml_node& node);
  ScaleAnswer read_answer(const pugi::xml_node& node, const std::string& scale_who,
                          std::map<std::string, Claim>& claims, std::size_t index);
  Question read_question(const pugi::xml_node& node);
  ProfileColumn read_profile(const pugi::xml_node& node);
  std::string read_column(const pugi::xml_node& node, const std::string& owner);
  void claim_header(const pugi::xml_node& node, const std::string& text, const std::string& owner);
  bool check_matchable(const pugi::xml_node& node, const std::string& text,
                       const std::string& what);

  std::map<std::string, Claim> headers_;  // Normalised header -> who claimed it first.
};

std::string QuestionnaireReader::attribute(const pugi::xml_node& node, const char* name) {
  const auto attr = node.attribute(name);
  if (!attr) return "";  // Reported by check_shape when required.
  std::string value = collapse_spaces(attr.value());
  if (value.empty())
    add(node, "<" + std::string(node.name()) + "> attribute " + s11::quoted(name) + " is empty");
  return value;
}

// Returns whether `text` has anything left to match once normalised.
bool QuestionnaireReader::check_matchable(const pugi::xml_node& node, const std::string& text,
                                          const std::string& what) {
  if (text.empty() || !normalise_label(text).empty()) return true;
  add(node, what + " " + s11::quoted(text) +
                " has nothing left to match once case, spaces and punctuation are ignored");
  return false;
}

std::vector<std::pair<pugi::xml_node, std::string>> QuestionnaireReader::aliases(
    const pugi::xml_node& node, const std::string& who) {
  std::vector<std::pair<pugi::xml_node, std::string>> found;
  for (const auto& child : node.children("alias")) {
    check_shape(child, {{}, {}, {}, true});
    std::string alias = text_of(child);
    if (alias.empty()) {
      add(child, who + " has an empty <alias>");
      continue;
    }
    if (!check_matchable(child, alias, "<alias>")) continue;
    found.emplace_back(child, std::move(alias));
  }
  return found;
}

void QuestionnaireReader::claim_header(const pugi::xml_node& node, const std::string& text,
                                       const std::string& owner) {
  const std::string key = normalise_label(text);
  if (key.empty()) return;
  const auto [it, inserted] = headers_.emplace(key, Claim{owner, line_of(node)});
  if (inserted || it->second.owner == owner) return;
  add(node, "header " + s11::quoted(text) + " of " + owner + " is already claimed by " +
                it->second.owner + " (line " + std::to_string(it->second.line) +
                "); each header must name one column");
}

Questionnaire QuestionnaireReader::read(const pugi::xml_node& root) {
  Questionnaire questionnaire;
  check_shape(root, {{"id", "framework"},
                     {"min-group-size"},
                     {"title", "scale", "question", "profile", "personal", "comment", "ignore"},
                     false});
  questionnaire.id = attribute(root, "id");
  questionnaire.framework = attribute(root, "framework");
  check_file_id(root, "questionnaire", questionnaire.id);
  if (const auto attr = root.attribute("min-group-size")) {
    int size = 0;
    if (!parse_int(attr.value(), size) || size < 3) {
      add(root,
          "min-group-size must be a whole number of at least 3, as smaller groups can identify "
          "people; found " +
              s11::quoted(attr.value()));
    } else {
      questionnaire.min_group_size = size;
    }
  }

  int title_line = 0;
  std::map<std::string, int> scale_lines;
  std::map<std::string, int> question_lines;
  std::map<std::string, int> profile_lines;
  std::vector<int> question_line_list;
  for (const auto& child : root.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string_view name = child.name();
    if (name == "title") {
      if (title_line != 0) {
        add(child, "more than one <title> in <questionnaire> (first at line " +
                       std::to_string(title_line) + "); expected exactly one");
        continue;
      }
      title_line = line_of(child);
      check_shape(child, {{}, {}, {}, true});
      questionnaire.title = text_of(child);
      if (questionnaire.title.empty()) add(child, "questionnaire has an empty <title>");
    } else if (name == "scale") {
      Scale scale = read_scale(child);
      if (!scale.id.empty()) {
        const auto [it, inserted] = scale_lines.emplace(scale.id, line_of(child));
        if (!inserted) {
          add(child, "duplicate scale id " + s11::quoted(scale.id) + " (first defined at line " +
                         std::to_string(it->second) + ")");
          continue;
        }
      }
      questionnaire.scales.push_back(std::move(scale));
    } else if (name == "question") {
      Question question = read_question(child);
      if (!question.id.empty()) {
        const auto [it, inserted] = question_lines.emplace(question.id, line_of(child));
        if (!inserted) {
          add(child, "duplicate question id " + s11::quoted(question.id) +
                         " (first defined at line " + std::to_string(it->second) + ")");
        }
      }
      question_line_list.push_back(line_of(child));
      questionnaire.questions.push_back(std::move(question));
    } else if (name == "profile") {
      ProfileColumn profile = read_profile(child);
      if (!profile.id.empty()) {
        const auto [it, inserted] = profile_lines.emplace(profile.id, line_of(child));
        if (!inserted) {
          add(child, "duplicate profile id " + s11::quoted(profile.id) +
                         " (first defined at line " + std::to_string(it->second) + ")");
        }
      }
      questionnaire.profiles.push_back(std::move(profile));
    } else if (name == "personal") {
      std::string header = read_column(child, "a <personal> column");
      if (!header.empty()) questionnaire.personal_columns.push_back(std::move(header));
    } else if (name == "comment") {
      std::string header = read_column(child, "a <comment> column");
      if (!header.empty()) questionnaire.comment_columns.push_back(std::move(header));
    } else if (name == "ignore") {
      std::string header = read_column(child, "an <ignore> column");
      if (!header.empty()) questionnaire.ignored_columns.push_back(std::move(header));
    }
  }

  if (title_line == 0) add(root, "questionnaire has no <title>");
  if (questionnaire.questions.empty())
    add(root, "questionnaire has no questions; expected at least one <question>");

  // Scales are resolved after the whole file is read, so they may come in any order.
  std::vector<std::string> scale_ids;
  for (const auto& scale : questionnaire.scales) scale_ids.push_back(scale.id);
  for (std::size_t i = 0; i < questionnaire.questions.size(); ++i) {
    const Question& question = questionnaire.questions[i];
    if (question.scale.empty() || questionnaire.find_scale(question.scale) != nullptr) continue;
    const std::string who =
        question.id.empty() ? std::string("question") : "question " + s11::quoted(question.id);
    add(question_line_list[i],
        who + " refers to unknown scale " + s11::quoted(question.scale) +
            (scale_ids.empty() ? "; the questionnaire defines no scales"
                               : "; expected one of: " + join(scale_ids, ", ")));
  }
  return questionnaire;
}

Scale QuestionnaireReader::read_scale(const pugi::xml_node& node) {
  check_shape(node, {{"id", "name"}, {}, {"answer"}, false});
  Scale scale;
  scale.id = attribute(node, "id");
  scale.name = attribute(node, "name");
  check_id(node, "scale", scale.id);
  const std::string who =
      scale.id.empty() ? std::string("scale") : "scale " + s11::quoted(scale.id);

  std::map<std::string, Claim> claims;  // Normalised answer text -> the answer claiming it.
  for (const auto& child : node.children("answer")) {
    scale.answers.push_back(read_answer(child, who, claims, scale.answers.size()));
  }
  if (scale.answers.empty()) {
    add(node, who + " has no answers; expected <answer> elements in display order");
  } else if (std::none_of(scale.answers.begin(), scale.answers.end(),
                          [](const ScaleAnswer& a) { return a.kind == AnswerKind::kPositive; })) {
    add(node, who + " has no positive answer; expected at least one <answer kind=\"positive\">");
  }
  return scale;
}

ScaleAnswer QuestionnaireReader::read_answer(const pugi::xml_node& node,
                                             const std::string& scale_who,
                                             std::map<std::string, Claim>& claims,
                                             std::size_t index) {
  check_shape(node, {{"label", "kind"}, {}, {"alias"}, false});
  ScaleAnswer answer;
  answer.label = attribute(node, "label");
  const std::string who =
      (answer.label.empty() ? std::string("answer") : "answer " + s11::quoted(answer.label)) +
      " of " + scale_who;
  if (const auto attr = node.attribute("kind")) {
    const std::string kind = collapse_spaces(attr.value());
    if (kind == "positive") {
      answer.kind = AnswerKind::kPositive;
    } else if (kind == "negative") {
      answer.kind = AnswerKind::kNegative;
    } else if (kind == "neutral") {
      answer.kind = AnswerKind::kNeutral;
    } else if (kind == "not-applicable") {
      answer.kind = AnswerKind::kNotApplicable;
    } else {
      add(node, who +
                    ": kind must be \"positive\", \"negative\", \"neutral\" or "
                    "\"not-applicable\"; found " +
                    s11::quoted(attr.value()));
    }
  }
  const auto found_aliases = aliases(node, who);

  const auto claim = [&](const pugi::xml_node& where, const std::string& text) {
    const std::string key = normalise_label(text);
    if (key.empty()) return;
    const std::string owner = "answer " + s11::quoted(answer.label);
    const auto [it, inserted] = claims.emplace(key, Claim{owner, line_of(where), index});
    // An answer may repeat its own label as an alias; two answers with one label may not.
    if (inserted || it->second.answer == index) return;
    add(where, scale_who + ": " + s11::quoted(text) + " of " + owner + " already means " +
                   it->second.owner + " (line " + std::to_string(it->second.line) +
                   "); each text must mean one answer");
  };
  if (check_matchable(node, answer.label, "answer label")) claim(node, answer.label);
  for (const auto& [child, alias] : found_aliases) {
    claim(child, alias);
    answer.aliases.push_back(alias);
  }
  return answer;
}

Question QuestionnaireReader::read_question(const pugi::xml_node& node) {
  check_shape(node, {{"id", "scale", "points"}, {"green", "amber"}, {"text", "alias"}, false});
  Question question;
  question.id = attribute(node, "id");
  question.scale = attribute(node, "scale");
  check_id(node, "question", question.id);
  const std::string who =
      question.id.empty() ? std::string("question") : "question " + s11::quoted(question.id);

  if (const auto attr = node.attribute("points")) {
    for (auto& point : split_list(attr.value(), ", \t\r\n")) {
      if (std::find(question.points.begin(), question.points.end(), point) !=
          question.points.end()) {
        add(node, who + " lists point " + s11::quoted(point) + " more than once");
        continue;
      }
      question.points.push_back(std::move(point));
    }
    if (question.points.empty()) {
      add(node, who + " has no point ids in \"points\"; expected a list such as \"1.3, 11.3\"");
    }
  }
  const auto green = percent(node, who, "green");
  const auto amber = percent(node, who, "amber");
  if (green) question.green_percent = *green;
  if (amber) question.amber_percent = *amber;
  const bool invalid = (node.attribute("green") && !green) || (node.attribute("amber") && !amber);
  if (!invalid && question.amber_percent > question.green_percent) {
    add(node, who + ": amber " + std::to_string(question.amber_percent) + " is above green " +
                  std::to_string(question.green_percent) + "; expected amber at or below green");
  }

  int text_line = 0;
  for (const auto& child : node.children("text")) {
    if (text_line != 0) {
      add(child,
          who + " has more than one <text> (first at line " + std::to_string(text_line) + ")");
      continue;
    }
    text_line = line_of(child);
    check_shape(child, {{}, {}, {}, true});
    question.text = text_of(child);
    if (question.text.empty()) {
      add(child, who + " has an empty <text>");
    } else if (check_matchable(child, question.text, "<text>")) {
      claim_header(child, question.text, who);
    }
  }
  if (text_line == 0) add(node, who + " has no <text>; expected the wording shown to staff");
  for (const auto& [child, alias] : aliases(node, who)) {
    claim_header(child, alias, who);
    question.aliases.push_back(alias);
  }
  return question;
}

ProfileColumn QuestionnaireReader::read_profile(const pugi::xml_node& node) {
  check_shape(node, {{"id", "header"}, {}, {"alias", "value"}, false});
  ProfileColumn profile;
  profile.id = attribute(node, "id");
  profile.header = attribute(node, "header");
  check_id(node, "profile", profile.id);
  const std::string who =
      profile.id.empty() ? std::string("profile") : "profile " + s11::quoted(profile.id);
  if (check_matchable(node, profile.header, "header")) claim_header(node, profile.header, who);
  for (const auto& [child, alias] : aliases(node, who)) {
    claim_header(child, alias, who);
    profile.aliases.push_back(alias);
  }
  std::map<std::string, int> value_lines;
  for (const auto& child : node.children("value")) {
    check_shape(child, {{}, {}, {}, true});
    std::string value = text_of(child);
    if (value.empty()) {
      add(child, who + " has an empty <value>");
      continue;
    }
    if (!check_matchable(child, value, "<value>")) continue;
    const auto [it, inserted] = value_lines.emplace(normalise_label(value), line_of(child));
    if (!inserted) {
      add(child, who + " declares the value " + s11::quoted(value) + " twice (first at line " +
                     std::to_string(it->second) + ")");
      continue;
    }
    profile.values.push_back(std::move(value));
  }
  return profile;
}

std::string QuestionnaireReader::read_column(const pugi::xml_node& node, const std::string& owner) {
  check_shape(node, {{}, {}, {}, true});
  std::string header = text_of(node);
  if (header.empty()) {
    add(node, "empty <" + std::string(node.name()) + ">; expected a column header");
    return header;
  }
  if (!check_matchable(node, header, "<" + std::string(node.name()) + ">")) return "";
  claim_header(node, header, owner);
  return header;
}

}  // namespace

Questionnaire load_questionnaire(const std::string& path) {
  const std::string content = read_data_file(path);
  QuestionnaireReader reader(path);
  pugi::xml_document document;
  Questionnaire questionnaire = reader.read(reader.parse(document, content));
  if (reader.has_problems()) reader.throw_problems();
  questionnaire.path = path;
  return questionnaire;
}

// ---------------------------------------------------------------------------------------------
// Finding questionnaire files

namespace {

std::vector<std::string> questionnaire_dirs() {
  return data_dirs("S11_QUESTIONNAIRES_PATH", installed_data_dir("questionnaires"));
}

}  // namespace

std::vector<std::string> bundled_questionnaire_ids() { return bundled_ids(questionnaire_dirs()); }

std::string resolve_questionnaire(const std::string& spec, const std::string& base_dir) {
  // trim() also drops U+00A0, so a spec of only such spaces counts as none given.
  return resolve_data_file(trim(spec).empty() ? std::string() : spec, base_dir,
                           questionnaire_dirs(), "questionnaire");
}

}  // namespace s11
