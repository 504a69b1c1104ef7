#pragma once
/// What the framework and questionnaire loaders share: finding bundled data files, reading
/// them, and checking the shape of their XML while collecting every problem as
/// `path:line: message`.

#include <cstddef>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/errors.h"

namespace s11 {

/// The directories searched for bundled data files: those listed, colon-separated, in the
/// environment variable `env_var` (empty entries skipped), then `built_in` unless it is empty.
std::vector<std::string> data_dirs(const char* env_var, const std::string& built_in);

/// The directory `subdir` of the data installed with the running program, found from the
/// program's own path (`/proc/self/exe`, symbolic links resolved), never from a path compiled
/// in: `<exe dir>/../share/s11/<subdir>` (installed as `<prefix>/bin/s11` with the data in
/// `<prefix>/share/s11/`), else `<exe dir>/share/s11/<subdir>` (the build tree, which holds
/// the program at its top and a `share/s11/` of links to the source folders). The first of
/// the two that is a directory, links resolved; when neither is, the first, so messages name
/// where the data belongs. Empty when the program's path cannot be read.
std::string installed_data_dir(std::string_view subdir);

/// The ids (file names without `.xml`) of the `.xml` files in `dirs`, sorted, each once.
/// Directories that cannot be read are skipped.
std::vector<std::string> bundled_ids(const std::vector<std::string>& dirs);

/// Resolves `spec`, a path (relative ones taken from `base_dir` when it is not empty) or a
/// bundled id looked up in `dirs`, to the path of an existing file. `what` names the kind of
/// file in messages, e.g. "framework". Throws InputError when `spec` is blank or names
/// neither a file nor a bundled id; the message lists the bundled ids.
std::string resolve_data_file(const std::string& spec, const std::string& base_dir,
                              const std::vector<std::string>& dirs, std::string_view what);

/// The whole content of the file at `path`. Throws IoError ("path: cannot open: ..." or
/// "path: cannot read: ...") when it is a directory or cannot be opened or read.
std::string read_data_file(const std::string& path);

/// Turns byte offsets into a text (as pugixml reports them) into 1-based line numbers.
class LineIndex {
 public:
  /// Indexes the line starts of `content`.
  explicit LineIndex(std::string_view content);
  /// The line holding byte `offset`; 1 for a negative offset.
  int line_at(std::ptrdiff_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

/// `text` in double quotes, uncut.
std::string in_quotes(std::string_view text);

/// What an XML element may hold, for XmlFileReader::check_shape().
struct ElementSpec {
  std::vector<std::string_view> required_attributes;
  std::vector<std::string_view> optional_attributes;
  std::vector<std::string_view> children;  ///< Allowed child elements, in documentation order.
  bool has_text = false;                   ///< Text content instead of child elements.
};

/// The base of a reader for one XML data file: parses it, checks element shapes and collects
/// problems, each with its line, so they can all be reported together.
class XmlFileReader {
 public:
  /// How a reader quotes names and texts in its messages.
  using Quote = std::string (*)(std::string_view);

  /// A reader for the file at `path`, whose root element must be `<root>`; `root` also names
  /// the kind of file.
  XmlFileReader(std::string path, std::string root, Quote quote);

  /// Parses `content` into `document` and returns its root element. Throws InputError when the
  /// XML is malformed or the root element is not `<root>`.
  pugi::xml_node parse(pugi::xml_document& document, const std::string& content);

  /// The line `node` starts on.
  int line_of(const pugi::xml_node& node) const;
  /// Records a problem at `line`.
  void add(int line, const std::string& message);
  /// Records a problem at the line of `node`.
  void add(const pugi::xml_node& node, const std::string& message);
  /// Whether any problem was recorded.
  bool has_problems() const { return !problems_.empty(); }
  /// Throws InputError with every problem recorded, sorted by line; call only with problems.
  [[noreturn]] void throw_problems();

 protected:
  /// Records a problem for every attribute, child element or text of `node` that `spec` does
  /// not allow, and for every required attribute it lacks.
  void check_shape(const pugi::xml_node& node, const ElementSpec& spec);
  /// The text content of `node`, spaces collapsed.
  static std::string text_of(const pugi::xml_node& node);
  /// Attribute `name` of `node` as a whole number from `low` to `high` (at most three digits);
  /// nothing when it is absent or not one, which records `WHO: NAME must be a whole number from
  /// LOW to HIGH; found "x"`.
  std::optional<int> whole_number_attribute(const pugi::xml_node& node, const std::string& who,
                                            const char* name, int low, int high);
  /// Attribute `name` of `node` as a whole number from 0 to 100; nothing when it is absent or
  /// not one, which records `WHO: NAME must be a whole number from 0 to 100; found "x"`.
  std::optional<int> percent_attribute(const pugi::xml_node& node, const std::string& who,
                                       const char* name);
  /// Records `KIND id "x" contains a space; expected a single word such as EXAMPLE` when `id`
  /// holds white space (`example` is quoted).
  void check_id(const pugi::xml_node& node, std::string_view kind, const std::string& id,
                std::string_view example);
  /// Records a problem when the file's own id (which names the file ID.xml) has characters
  /// other than letters, digits, '-', '_' and '.'; `kind` names the file ("framework").
  void check_file_id(const pugi::xml_node& node, std::string_view kind, const std::string& id);

 private:
  std::string path_;
  std::string root_;
  Quote quote_;
  LineIndex lines_{""};
  ProblemList problems_;
};

}  // namespace s11
