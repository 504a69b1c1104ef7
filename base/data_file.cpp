#include "base/data_file.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>

#include "base/errors.h"
#include "base/text.h"

namespace s11 {

std::vector<std::string> data_dirs(const char* env_var, const std::string& built_in) {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv(env_var)) {
    std::string_view rest = env;
    while (true) {
      const auto colon = rest.find(':');
      const std::string dir(rest.substr(0, colon));
      if (!dir.empty()) dirs.push_back(dir);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  if (!built_in.empty()) dirs.push_back(built_in);
  return dirs;
}

std::string installed_data_dir(std::string_view subdir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || exe.empty()) return "";
  const fs::path exe_dir = exe.parent_path();
  const fs::path installed = exe_dir.parent_path() / "share" / "s11" / subdir;
  const fs::path build_tree = exe_dir / "share" / "s11" / subdir;
  for (const auto& candidate : {installed, build_tree}) {
    // Links resolved: the build tree's share/s11 names the source folders' files.
    if (fs::is_directory(candidate, ec)) {
      const fs::path real = fs::canonical(candidate, ec);
      return (ec ? candidate : real).string();
    }
  }
  return installed.string();
}

std::vector<std::string> bundled_ids(const std::vector<std::string>& dirs) {
  std::set<std::string> ids;
  for (const auto& dir : dirs) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code file_ec;
      if (it->path().extension() == ".xml" && it->is_regular_file(file_ec))
        ids.insert(it->path().stem().string());
    }
  }
  return {ids.begin(), ids.end()};
}

std::string resolve_data_file(const std::string& spec, const std::string& base_dir,
                              const std::vector<std::string>& dirs, std::string_view what) {
  const std::string kind(what);
  const auto available = [&] {
    const auto ids = bundled_ids(dirs);
    return ids.empty() ? "no bundled " + kind + "s were found" : "bundled ids: " + join(ids, ", ");
  };
  if (std::all_of(spec.begin(), spec.end(), is_ascii_space)) {
    throw InputError("no " + kind + " given; expected a bundled " + kind + " id or a path to a " +
                     kind + " file; " + available());
  }
  std::filesystem::path candidate(spec);
  if (candidate.is_relative() && !base_dir.empty())
    candidate = std::filesystem::path(base_dir) / candidate;
  std::error_code ec;
  if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();

  if (spec.find('/') == std::string::npos) {
    const std::string file_name = spec.size() > 4 && spec.ends_with(".xml") ? spec : spec + ".xml";
    for (const auto& dir : dirs) {
      const auto bundled = std::filesystem::path(dir) / file_name;
      if (std::filesystem::is_regular_file(bundled, ec)) return bundled.string();
    }
  }
  throw InputError(kind + " " + in_quotes(spec) + " is neither a file (looked for " +
                   in_quotes(candidate.string()) + ") nor a bundled " + kind + " id; " +
                   available());
}

std::string read_data_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw IoError(path + ": cannot open: " + std::strerror(EISDIR));
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw IoError(path + ": cannot open: " + std::strerror(errno));
  std::string content;
  char buffer[65536];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) content.append(buffer, n);
  const bool failed = std::ferror(file) != 0;
  const int read_errno = errno;
  std::fclose(file);
  if (failed) throw IoError(path + ": cannot read: " + std::strerror(read_errno));
  return content;
}

LineIndex::LineIndex(std::string_view content) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (content[i] == '\n') line_starts_.push_back(i + 1);
  }
}

int LineIndex::line_at(std::ptrdiff_t offset) const {
  if (offset < 0) return 1;
  const auto where = static_cast<std::size_t>(offset);
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), where);
  return static_cast<int>(it - line_starts_.begin());
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

// ---------------------------------------------------------------------------------------------
// XmlFileReader

namespace {

std::string element_list(const std::vector<std::string_view>& names) {
  std::vector<std::string> parts;
  parts.reserve(names.size());
  for (auto name : names) parts.push_back("<" + std::string(name) + ">");
  return join(parts, ", ");
}

}  // namespace

XmlFileReader::XmlFileReader(std::string path, std::string root, Quote quote)
    : path_(std::move(path)), root_(std::move(root)), quote_(quote) {}

pugi::xml_node XmlFileReader::parse(pugi::xml_document& document, const std::string& content) {
  lines_ = LineIndex(content);
  const pugi::xml_parse_result parsed = document.load_buffer(
      content.data(), content.size(), pugi::parse_default, pugi::encoding_auto);
  if (!parsed) {
    add(lines_.line_at(parsed.offset), std::string("malformed XML: ") + parsed.description());
    throw_problems();
  }
  const pugi::xml_node root = document.document_element();
  if (root.name() != root_) {
    add(root, "root element is <" + std::string(root.name()) + ">; expected <" + root_ + ">");
    throw_problems();
  }
  return root;
}

int XmlFileReader::line_of(const pugi::xml_node& node) const {
  return lines_.line_at(node.offset_debug());
}

void XmlFileReader::add(int line, const std::string& message) {
  problems_.add_at_line(path_, line, message);
}

void XmlFileReader::add(const pugi::xml_node& node, const std::string& message) {
  add(line_of(node), message);
}

void XmlFileReader::throw_problems() {
  problems_.sort_by_line();
  problems_.throw_if_any();
  throw InputError(path_ + ": invalid " + root_);  // Not reached: only called with problems.
}

void XmlFileReader::check_shape(const pugi::xml_node& node, const ElementSpec& spec) {
  const std::string element = "<" + std::string(node.name()) + ">";
  for (const auto& attr : node.attributes()) {
    const std::string_view name = attr.name();
    const auto known = [&](const std::vector<std::string_view>& list) {
      return std::find(list.begin(), list.end(), name) != list.end();
    };
    if (known(spec.required_attributes) || known(spec.optional_attributes)) continue;
    std::vector<std::string> allowed;
    for (auto a : spec.required_attributes) allowed.emplace_back(a);
    for (auto a : spec.optional_attributes) allowed.emplace_back(a);
    add(node, "unknown attribute " + quote_(name) + " on " + element +
                  (allowed.empty() ? "; it takes no attributes"
                                   : "; expected one of: " + join(allowed, ", ")));
  }
  for (auto required : spec.required_attributes) {
    if (!node.attribute(std::string(required).c_str())) {
      add(node, element + " is missing required attribute " + quote_(required));
    }
  }
  for (const auto& child : node.children()) {
    if (child.type() == pugi::node_element) {
      const std::string_view name = child.name();
      if (std::find(spec.children.begin(), spec.children.end(), name) != spec.children.end())
        continue;
      add(child, "unknown element <" + std::string(name) + "> in " + element +
                     (spec.children.empty() ? "; expected text only"
                                            : "; expected " + element_list(spec.children)));
    } else if (!spec.has_text &&
               (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)) {
      std::string text = collapse_spaces(child.value());
      if (text.size() > 30) text = text.substr(0, 27) + "...";
      add(child,
          "unexpected text " + quote_(text) + " in " + element + "; expected only " +
              (spec.children.empty() ? std::string("attributes") : element_list(spec.children)));
    }
  }
}

std::string XmlFileReader::text_of(const pugi::xml_node& node) {
  std::string text;
  for (const auto& child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += ' ';
      text += child.value();
    }
  }
  return collapse_spaces(text);
}

std::optional<int> XmlFileReader::whole_number_attribute(const pugi::xml_node& node,
                                                         const std::string& who, const char* name,
                                                         int low, int high) {
  const auto attr = node.attribute(name);
  if (!attr) return std::nullopt;
  const std::string value(trim_ascii(attr.value()));
  const bool digits =
      !value.empty() && value.size() <= 3 &&
      std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
  const int number = digits ? std::stoi(value) : -1;
  if (!digits || number < low || number > high) {
    add(node, who + ": " + name + " must be a whole number from " + std::to_string(low) + " to " +
                  std::to_string(high) + "; found " + quote_(attr.value()));
    return std::nullopt;
  }
  return number;
}

std::optional<int> XmlFileReader::percent_attribute(const pugi::xml_node& node,
                                                    const std::string& who, const char* name) {
  return whole_number_attribute(node, who, name, 0, 100);
}

void XmlFileReader::check_id(const pugi::xml_node& node, std::string_view kind,
                             const std::string& id, std::string_view example) {
  if (std::any_of(id.begin(), id.end(), is_ascii_space)) {
    add(node, std::string(kind) + " id " + quote_(id) +
                  " contains a space; expected a single word such as " + in_quotes(example));
  }
}

void XmlFileReader::check_file_id(const pugi::xml_node& node, std::string_view kind,
                                  const std::string& id) {
  const bool safe = std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  });
  if (id.empty() || safe) return;
  add(node, std::string(kind) + " id " + quote_(id) +
                " may contain only letters, digits, '-', '_' and '.', as it names the file ID.xml");
}

}  // namespace s11
