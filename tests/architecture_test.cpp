// The layers run one way: no source file includes a header from a layer above its own or
// beside it. The build refuses such an include too (cmake/S11Layers.cmake); this test says
// which file and which include, and catches relative includes that would slip past the build.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

/// Each layer and the layers it may include, directly or through those below.
const std::map<std::string, std::set<std::string>>& allowed() {
  static const std::map<std::string, std::set<std::string>> table = {
      {"base", {}},
      {"standards", {"base"}},
      {"questionnaires", {"base"}},
      {"engine", {"base", "standards", "questionnaires"}},
      {"workbooks", {"base", "standards", "questionnaires", "engine"}},
      {"readers", {"base", "standards", "questionnaires", "engine", "workbooks"}},
      {"reports", {"base", "standards", "questionnaires", "engine", "workbooks"}},
      {"app", {"base", "standards", "questionnaires", "engine", "workbooks", "readers", "reports"}},
      {"cli",
       {"base", "standards", "questionnaires", "engine", "workbooks", "readers", "reports", "app"}},
  };
  return table;
}

/// "path:line: message" for every include in `layer` that runs upward or sideways.
std::vector<std::string> wrong_includes(const std::string& layer) {
  std::vector<std::string> problems;
  const std::regex include_line(R"(^\s*#\s*include\s*"([^"]*)\")");
  const fs::path dir = fs::path(S11_SOURCE_DIR) / layer;
  for (const auto& entry : fs::directory_iterator(dir)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".h" && ext != ".cpp") continue;
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      std::smatch match;
      if (!std::regex_search(line, match, include_line)) continue;
      const std::string header = match[1];
      const std::string where =
          layer + "/" + entry.path().filename().string() + ":" + std::to_string(number) + ": ";
      const auto slash = header.find('/');
      if (slash == std::string::npos || header.find("..") != std::string::npos) {
        problems.push_back(where + "include \"" + header +
                           "\" does not name its layer; write \"layer/name.h\"");
        continue;
      }
      const std::string target = header.substr(0, slash);
      if (target == layer) continue;
      if (allowed().at(layer).count(target) == 0) {
        problems.push_back(where + "include \"" + header + "\" runs from " + layer + " to " +
                           target + ", which " + layer + " may not use");
      }
    }
  }
  return problems;
}

}  // namespace

TEST_CASE("no source file includes from a layer above its own", "[architecture]") {
  for (const auto& [layer, below] : allowed()) {
    INFO("layer " << layer);
    CHECK(wrong_includes(layer) == std::vector<std::string>{});
  }
}

TEST_CASE("every source folder is a layer of the table", "[architecture]") {
  // A new folder of sources must be placed in the layer table (and in ARCHITECTURE.md).
  const std::set<std::string> not_layers = {"tests", "bench", "examples",   "scripts",
                                            "cmake", "build", "build-test", "docs"};
  for (const auto& entry : fs::directory_iterator(S11_SOURCE_DIR)) {
    if (!entry.is_directory()) continue;
    const std::string name = entry.path().filename().string();
    if (name[0] == '.' || not_layers.count(name) || name.rfind("build", 0) == 0) continue;
    bool has_sources = false;
    for (const auto& file : fs::directory_iterator(entry.path())) {
      const std::string ext = file.path().extension().string();
      has_sources |= ext == ".h" || ext == ".cpp";
    }
    INFO("folder " << name);
    CHECK((!has_sources || allowed().count(name) == 1));
  }
}

TEST_CASE("the include check finds an upward include", "[architecture]") {
  // The check itself can fail: engine/ including from reports/ is reported with its line.
  const std::regex include_line(R"(^\s*#\s*include\s*"([^"]*)\")");
  std::smatch match;
  const std::string line = "#include \"reports/layout.h\"";
  REQUIRE(std::regex_search(line, match, include_line));
  CHECK(match[1] == "reports/layout.h");
  CHECK(allowed().at("engine").count("reports") == 0);
  CHECK(allowed().at("reports").count("readers") == 0);
  CHECK(allowed().at("readers").count("reports") == 0);
}

TEST_CASE("the engine has no file access", "[architecture]") {
  // Rules are pure: readers and the app layer open files, the engine only sees values.
  const std::regex file_header(R"(^\s*#\s*include\s*<(filesystem|fstream|cstdio|stdio\.h)>)");
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(fs::path(S11_SOURCE_DIR) / "engine")) {
    std::ifstream in(entry.path());
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (std::regex_search(line, file_header)) {
        found.push_back("engine/" + entry.path().filename().string() + ":" +
                        std::to_string(number) + ": " + line);
      }
    }
  }
  CHECK(found == std::vector<std::string>{});
}
