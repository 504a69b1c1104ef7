// The installed s11: `cmake --install` of this build into a temporary prefix, run from outside
// the source tree with no S11_* variables set, so it has only what was installed to go on.

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::shell_quote;
using test::slurp;

const std::vector<std::string> kCommandNames = {"new",    "run",       "plan", "survey",
                                                "review", "challenge", "demo"};

/// Runs `command` (a shell command line) in `dir` with no S11_* variables in its environment.
Run run_in(const fs::path& dir, const std::string& command) {
  return test::run_command(
      dir, "env -u S11_STANDARDS_PATH -u S11_QUESTIONNAIRES_PATH -u S11_EXAMPLES_PATH " + command);
}

/// Installs this build (the s11 the tests run, its data and man page) into `prefix`.
void install_to(const fs::path& prefix) {
  const Run install =
      run_in(fs::temp_directory_path(), shell_quote(S11_CMAKE_COMMAND) + " --install " +
                                            shell_quote(S11_BINARY_DIR) + " --prefix " +
                                            shell_quote(prefix.string()));
  INFO(install.out << install.err);
  REQUIRE(install.exit_code == 0);
  REQUIRE(fs::is_regular_file(prefix / "bin" / "s11"));
}

/// Runs the s11 installed in `prefix` with `args`, in `dir`.
Run installed_s11(const fs::path& prefix, const fs::path& dir, const std::string& args) {
  return run_in(dir, shell_quote((prefix / "bin" / "s11").string()) + " " + args);
}

/// The text of the installed man page (gzipped or not).
std::string man_page_text(const fs::path& prefix) {
  const fs::path man = prefix / "share" / "man" / "man1" / "s11.1";
  if (fs::is_regular_file(man)) return slurp(man);
  REQUIRE(fs::is_regular_file(man.string() + ".gz"));
  const Run gunzip =
      run_in(fs::temp_directory_path(), "gzip -dc " + shell_quote(man.string() + ".gz"));
  REQUIRE(gunzip.exit_code == 0);
  return gunzip.out;
}

}  // namespace

TEST_CASE("cmake --install puts s11, its data and its man page under the prefix",
          "[cli][install]") {
  test::TempDir root;
  const fs::path prefix = root.path() / "prefix";
  install_to(prefix);
  const fs::path share = prefix / "share" / "s11";
  CHECK(fs::is_regular_file(share / "standards" / "oscb-2015.xml"));
  CHECK(fs::is_regular_file(share / "standards" / "working-together-8.xml"));
  CHECK(fs::is_regular_file(share / "questionnaires" / "oscb-staff.xml"));
  // Only the data: no sources or build files of the data folders.
  CHECK_FALSE(fs::exists(share / "standards" / "framework.cpp"));
  CHECK_FALSE(fs::exists(share / "standards" / "CMakeLists.txt"));
  // The whole example audit, subfolders included.
  const fs::path example = share / "examples" / "district-council";
  const fs::path source_example = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";
  for (const auto& entry : fs::recursive_directory_iterator(source_example)) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), source_example);
    INFO(relative.string());
    CHECK(fs::is_regular_file(example / relative));
  }
  CHECK(fs::is_regular_file(example / "reviews" / "Independent reviewer.xlsx"));

  test::TempDir cwd;
  const Run help = installed_s11(prefix, cwd.path(), "--help");
  CHECK(help.exit_code == 0);
  const std::string man = man_page_text(prefix);
  for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS",
                              ".SH EXIT STATUS", ".SH ENVIRONMENT", ".SH FILES"}) {
    INFO(section);
    CHECK(man.find(std::string(section) + "\n") != std::string::npos);
  }
  for (const auto& name : kCommandNames) {
    INFO("command " << name);
    CHECK(help.out.find("\n  " + name + " ") != std::string::npos);
    CHECK(man.find(".SS " + name + "\n") != std::string::npos);
  }
  for (const char* variable :
       {"S11_STANDARDS_PATH", "S11_QUESTIONNAIRES_PATH", "S11_EXAMPLES_PATH"}) {
    CHECK(man.find(variable) != std::string::npos);
  }
  // The options of a command, as its --help lists them.
  CHECK(man.find("\\fB\\-\\-currency\\-months\\fR \\fIarg\\fR (=24)") != std::string::npos);
}

TEST_CASE("the installed s11 runs its demo with no S11_ variables, outside the source tree",
          "[cli][install]") {
  test::TempDir root;
  const fs::path prefix = root.path() / "prefix";
  install_to(prefix);
  test::TempDir work;
  const Run demo = installed_s11(prefix, work.path(),
                                 "demo --out " + shell_quote((work.path() / "demo").string()));
  INFO(demo.err);
  REQUIRE(demo.exit_code == 0);
  CHECK(fs::is_regular_file(work.path() / "demo" / "out" / "section11-return.xlsx"));
  CHECK(fs::is_regular_file(work.path() / "demo" / "out" / "gaps.csv"));
  CHECK(fs::is_regular_file(work.path() / "demo" / "reviews" / "Independent reviewer.xlsx"));
}

TEST_CASE("the installed s11 reads its frameworks from its prefix, not the source tree",
          "[cli][install]") {
  test::TempDir root;
  const fs::path prefix = root.path() / "prefix";
  install_to(prefix);
  // The source tree still has working-together-8.xml; the prefix no longer does.
  fs::remove(prefix / "share" / "s11" / "standards" / "working-together-8.xml");
  test::TempDir work;
  const Run gone = installed_s11(prefix, work.path(),
                                 "new A --org Org --period 2015-16 --framework working-together-8");
  CHECK(gone.exit_code == 1);
  CHECK(gone.err.find("bundled ids: oscb-2015\n") != std::string::npos);
  const Run kept = installed_s11(prefix, work.path(), "new B --org Org --period 2015-16");
  INFO(kept.err);
  CHECK(kept.exit_code == 0);
}

TEST_CASE("an installed prefix still works when moved", "[cli][install]") {
  test::TempDir root;
  install_to(root.path() / "prefix");
  fs::rename(root.path() / "prefix", root.path() / "moved");
  test::TempDir work;
  const Run demo = installed_s11(root.path() / "moved", work.path(), "demo --out D");
  INFO(demo.err);
  REQUIRE(demo.exit_code == 0);
  CHECK(fs::is_regular_file(work.path() / "D" / "out" / "section11-return.xlsx"));
}

}  // namespace s11
