#include "app/manifest.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <string>

#include "base/errors.h"
#include "test_support.h"

namespace s11 {
namespace {

using app::Manifest;
using app::OutputState;

const std::string kHashA(64, 'a');
const std::string kHashB = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
// The SHA-256 of "hello\n".
const std::string kHelloHash = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

Manifest example() {
  Manifest manifest;
  manifest.command = "s11 run";
  manifest.version = "0.9.0";
  manifest.audit_date = "2015-06-30";
  manifest.files = {{"section11-return.xlsx", kHashA}, {"gaps.csv", kHashB}};
  return manifest;
}

const std::string kExampleText =
    "# What s11 wrote to this folder, so that the next run can tell your changes from its\n"
    "# own. s11 rewrites it with every run: do not edit it.\n"
    "s11-manifest 1\n"
    "written-by s11 run 0.9.0\n"
    "audit-date 2015-06-30\n"
    "sha256 " +
    kHashA +
    "  section11-return.xlsx\n"
    "sha256 " +
    kHashB + "  gaps.csv\n";

std::string parse_error(const std::string& text) {
  try {
    app::parse_manifest(text, "out/.s11-manifest");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("a manifest is written as one line per output and read back the same",
          "[app][manifest]") {
  CHECK(app::render_manifest(example()) == kExampleText);
  const Manifest read = app::parse_manifest(kExampleText, "out/.s11-manifest");
  CHECK(read.command == "s11 run");
  CHECK(read.version == "0.9.0");
  CHECK(read.audit_date == "2015-06-30");
  REQUIRE(read.files.size() == 2);
  CHECK(read.files[1].name == "gaps.csv");
  CHECK(read.files[1].sha256 == kHashB);
  REQUIRE(read.find("section11-return.xlsx") != nullptr);
  CHECK(read.find("section11-return.xlsx")->sha256 == kHashA);
  CHECK(read.find("action-plan.xlsx") == nullptr);
}

TEST_CASE("a file name with spaces and Windows line ends read back", "[app][manifest]") {
  const Manifest read =
      app::parse_manifest("s11-manifest 1\r\nsha256 " + kHashA + "  my plan (v2).xlsx\r\n", "m");
  REQUIRE(read.files.size() == 1);
  CHECK(read.files[0].name == "my plan (v2).xlsx");
}

TEST_CASE("a broken manifest names each line and what was expected", "[app][manifest]") {
  CHECK(parse_error("") == "out/.s11-manifest: empty; expected \"s11-manifest 1\"");
  CHECK(parse_error("# only a comment\ns11-manifest 2\n") ==
        "out/.s11-manifest:2: expected \"s11-manifest 1\", found \"s11-manifest 2\"");
  CHECK(parse_error("s11-manifest 1\nsha256 abc  gaps.csv\nsize 12\nsha256 " + kHashA +
                    "\nsha256 " + kHashA + "  gaps.csv\nsha256 " + kHashB + "  gaps.csv\n") ==
        "out/.s11-manifest:2: expected a SHA-256 of 64 hex digits, found \"abc\"\n"
        "out/.s11-manifest:3: expected \"written-by\", \"audit-date\" or \"sha256\", found "
        "\"size 12\"\n"
        "out/.s11-manifest:4: expected a file name two spaces after the SHA-256, found none\n"
        "out/.s11-manifest:6: \"gaps.csv\" is listed twice");
}

TEST_CASE("an output is missing, unrecorded, unchanged or edited", "[app][manifest]") {
  test::TempDir dir;
  dir.write("gaps.csv", "hello\n");
  dir.write("notes.txt", "mine");
  Manifest manifest;
  manifest.files = {{"gaps.csv", kHelloHash}, {"section11-return.xlsx", kHashA}};
  const std::string out = dir.path().string();
  CHECK(app::output_state(out, "gaps.csv", &manifest) == OutputState::kUnchanged);
  CHECK(app::output_state(out, "section11-return.xlsx", &manifest) == OutputState::kMissing);
  CHECK(app::output_state(out, "notes.txt", &manifest) == OutputState::kUnrecorded);
  CHECK(app::output_state(out, "gaps.csv", nullptr) == OutputState::kUnrecorded);
  dir.write("gaps.csv", "hello, edited\n");
  CHECK(app::output_state(out, "gaps.csv", &manifest) == OutputState::kEdited);
}

TEST_CASE("a kept copy never replaces an older one", "[app][manifest]") {
  test::TempDir dir;
  const std::string out = dir.path().string();
  CHECK(app::kept_copy_name(out, "section11-return.xlsx") == "section11-return.edited-1.xlsx");
  dir.write("section11-return.edited-1.xlsx", "older");
  dir.write("section11-return.edited-2.xlsx", "old");
  CHECK(app::kept_copy_name(out, "section11-return.xlsx") == "section11-return.edited-3.xlsx");
  CHECK(app::kept_copy_name(out, "gaps.csv") == "gaps.edited-1.csv");
}

TEST_CASE("when a manifest was written is its modification time", "[app][manifest]") {
  test::TempDir dir;
  const std::string path = dir.write(".s11-manifest", "s11-manifest 1\n");
  REQUIRE(test::set_local_mtime(path, 2026, 12, 2, 6, 14));
  CHECK(app::written_when(path) == "2026-12-02 at 06:14");
  CHECK(app::written_when(dir.file("missing")).empty());
}

}  // namespace s11
