#include "base/ini.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <utility>

#include "base/control_text.h"
#include "base/text.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxIniBytes = std::size_t{1} << 20;

bool starts_with(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// Whether the first bytes of `text` alternate between text and zero from `first_zero` (0 for
/// UTF-16 big-endian, 1 for little-endian), as UTF-16 of ASCII text does.
bool looks_like_utf16(std::string_view text, std::size_t first_zero) {
  const std::size_t pairs = std::min<std::size_t>(text.size() / 2, 32);
  if (pairs < 2) return false;
  for (std::size_t i = 0; i < pairs; ++i) {
    if (text[2 * i + first_zero] != '\0' || text[2 * i + 1 - first_zero] == '\0') return false;
  }
  return true;
}

/// Throws InputError when `text` is UTF-16 or UTF-32 rather than UTF-8.
void check_encoding(std::string_view text, const std::string& path) {
  struct Mark {
    std::string_view bytes;
    const char* encoding;
    const char* shown;
  };
  // UTF-32 first: its little-endian mark starts with UTF-16's.
  static const Mark kMarks[] = {
      {std::string_view("\xFF\xFE\0\0", 4), "UTF-32", "FF FE 00 00"},
      {std::string_view("\0\0\xFE\xFF", 4), "UTF-32", "00 00 FE FF"},
      {"\xFF\xFE", "UTF-16", "FF FE"},
      {"\xFE\xFF", "UTF-16", "FE FF"},
  };
  for (const auto& mark : kMarks) {
    if (starts_with(text, mark.bytes)) {
      throw InputError(path + ": the file is " + mark.encoding + " (it starts with " + mark.shown +
                       "); save it as UTF-8");
    }
  }
  if (looks_like_utf16(text, 0) || looks_like_utf16(text, 1)) {
    throw InputError(path +
                     ": the file is UTF-16 without a byte order mark (every second byte is "
                     "zero); save it as UTF-8");
  }
}

/// Checks one line's bytes: UTF-8, and no control character but the tab.
void check_bytes(std::string_view line, const std::string& path, int number,
                 ProblemList& problems) {
  const std::size_t bad = invalid_utf8_at(line);
  if (bad != std::string_view::npos) {
    static const char kHex[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(line[bad]);
    problems.add_at_line(path, number,
                         std::string("the line is not UTF-8 (byte ") + kHex[byte >> 4] +
                             kHex[byte & 0xF] + " at character " +
                             std::to_string(character_position(line, bad)) +
                             "); save the file as UTF-8");
  }
  const std::size_t control = control_character_at(line, /*allow_tab=*/true);
  if (control != std::string_view::npos) {
    problems.add_at_line(path, number,
                         "the line holds " + control_character_name(line[control]) +
                             " (character " + std::to_string(character_position(line, control)) +
                             "); remove it");
  }
}

/// `line` without its comment: from a `;` or `#` that starts the line or follows white space.
std::string_view without_comment(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != ';' && line[i] != '#') continue;
    if (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t') return line.substr(0, i);
  }
  return line;
}

class Parser {
 public:
  Parser(const std::string& path, ProblemList& problems) : path_(path), problems_(problems) {}

  void line(std::string_view raw, int number) {
    check_bytes(raw, path_, number, problems_);
    const std::string content = trim(without_comment(trim(raw)));
    if (content.empty()) return;
    if (content.front() == '[') {
      header(content, number);
    } else {
      setting(content, number);
    }
  }

  IniFile take() { return std::move(file_); }

 private:
  void header(const std::string& content, int number) {
    const std::size_t close = content.find(']');
    if (close == std::string::npos) {
      problems_.add_at_line(
          path_, number,
          "section header " + s11::quoted(content) + " has no closing \"]\"; expected [section]");
      open(trim(std::string_view(content).substr(1)), number);
      return;
    }
    const std::string name = trim(std::string_view(content).substr(1, close - 1));
    if (name.empty()) problems_.add_at_line(path_, number, "section header \"[]\" has no name");
    const std::string after = trim(std::string_view(content).substr(close + 1));
    if (!after.empty()) {
      problems_.add_at_line(path_, number,
                            "unexpected text " + s11::quoted(after) + " after [" + name +
                                "]; a comment starts with ; or # after a space");
    }
    open(name, number);
  }

  void open(const std::string& name, int number) {
    section_ = name;
    if (!file_.find_section(name)) file_.sections.push_back({name, number});
  }

  void setting(const std::string& content, int number) {
    const std::size_t eq = content.find('=');
    if (eq == std::string::npos) {
      problems_.add_at_line(path_, number,
                            s11::quoted(content) +
                                " is neither a setting (key = value) nor a section header "
                                "([section]); a comment starts with ; or #");
      return;
    }
    IniSetting setting{section_, trim(std::string_view(content).substr(0, eq)),
                       trim(std::string_view(content).substr(eq + 1)), number};
    if (setting.key.empty()) {
      problems_.add_at_line(path_, number, s11::quoted(content) + " has no key before \"=\"");
      return;
    }
    const auto [first, fresh] = lines_.emplace(std::make_pair(section_, setting.key), number);
    if (!fresh) {
      const std::string in = section_.empty() ? "" : " in [" + section_ + "]";
      problems_.add_at_line(path_, number,
                            "setting \"" + setting.key + "\"" + in +
                                " is given twice (first on line " + std::to_string(first->second) +
                                "); keep one");
      return;
    }
    file_.settings.push_back(std::move(setting));
  }

  const std::string& path_;
  ProblemList& problems_;
  IniFile file_;
  std::string section_;
  std::map<std::pair<std::string, std::string>, int> lines_;  // (section, key) -> first line
};

}  // namespace

const IniSetting* IniFile::find(std::string_view section, std::string_view key) const {
  for (const auto& setting : settings) {
    if (setting.section == section && setting.key == key) return &setting;
  }
  return nullptr;
}

const IniSection* IniFile::find_section(std::string_view name) const {
  for (const auto& section : sections) {
    if (section.name == name) return &section;
  }
  return nullptr;
}

IniFile parse_ini(std::string_view text, const std::string& path, ProblemList& problems) {
  check_encoding(text, path);
  while (starts_with(text, "\xEF\xBB\xBF")) text.remove_prefix(3);  // Notepad saves a BOM
  Parser parser(path, problems);
  int number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    parser.line(line, ++number);
  }
  return parser.take();
}

IniFile read_ini_file(const std::string& path, ProblemList& problems) {
  std::error_code error;
  const fs::file_status status = fs::status(path, error);
  if (fs::is_directory(status)) throw InputError(path + ": is a directory, not a settings file");
  if (fs::exists(status) && !fs::is_regular_file(status)) {
    throw InputError(path +
                     ": is not a regular file (a device, pipe or socket), not a settings "
                     "file");
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError(path + ": cannot open: " + errno_text());
  std::string text(kMaxIniBytes + 1, '\0');
  file.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (file.bad()) throw IoError(path + ": cannot read: " + errno_text());
  text.resize(static_cast<std::size_t>(file.gcount()));
  if (text.size() > kMaxIniBytes) {
    throw InputError(path + ": is larger than 1 MiB; a settings file is a few lines of text");
  }
  return parse_ini(text, path, problems);
}

}  // namespace s11
