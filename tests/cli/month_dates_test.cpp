// End-to-end tests of issue 12's dates as councils type them: "Mar-15" and "May 2015" in the
// evidence register (fixtures made by scripts/make-month-date-fixtures.sh: openpyxl, then
// LibreOffice), read by the real `s11 run` and shown as written in the return.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "base/xlsx_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";
const fs::path kFixtures = fs::path(S11_TEST_DATA_DIR) / "e2e";

/// The example audit in `dir`/audit with `evidence` as its evidence.xlsx, run.
Run run_with(const test::TempDir& dir, const fs::path& evidence) {
  fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
  fs::copy_file(evidence, dir.path() / "audit" / "evidence.xlsx",
                fs::copy_options::overwrite_existing);
  return test::run_s11(dir, "run audit");
}

/// The text cells of sheet `name` that contain `needle`.
std::vector<std::string> cells_with(const xlsx::Workbook& book, const std::string& name,
                                    const std::string& needle) {
  const xlsx::Sheet* sheet = book.find(name);
  REQUIRE(sheet != nullptr);
  std::vector<std::string> out;
  for (const auto& [position, cell] : sheet->cells) {
    const std::string text = xlsx::display_text(cell);
    if (text.find(needle) != std::string::npos) out.push_back(text);
  }
  return out;
}

}  // namespace

TEST_CASE("\"Mar-15\" and \"May 2015\" typed in the register are months in the return",
          "[cli][e2e][issue12]") {
  for (const char* fixture :
       {"evidence-month-dates-openpyxl.xlsx", "evidence-month-dates-libreoffice.xlsx"}) {
    INFO(fixture);
    test::TempDir dir;
    const Run run = run_with(dir, kFixtures / fixture);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    const xlsx::Workbook book = xlsx::read_workbook(dir.file("audit/out/section11-return.xlsx"));
    // Each item is listed once per point it supports, on the Return sheet.
    const auto e01 = cells_with(book, "Return",
                                "E01 Safeguarding Children and Vulnerable Adults "
                                "Policy and Procedures v3.1, approved by the "
                                "Executive Board (March 2015)");
    CHECK(e01.size() == 4);  // points 1.1, 2.1, 3.1 and 9.4
    const auto e11 = cells_with(book, "Return",
                                "E11 Safeguarding board and subgroup attendance record "
                                "2014-15 (May 2015)");
    CHECK(e11.size() == 2);  // points 1.6 and 10.4
    CHECK(cells_with(book, "Return", "Executive Board (18 March 2015)").empty());
  }
}

TEST_CASE("\"Mar-15\" typed into LibreOffice, read as 15 March of the year typed, says so",
          "[cli][e2e][issue12]") {
  test::TempDir dir;
  const Run run = run_with(dir, kFixtures / "evidence-typed-mar-15.xlsx");
  CHECK(run.exit_code == 1);
  // The fixture was made in 2026 (scripts/make-month-date-fixtures.sh).
  CHECK(run.err ==
        "audit/evidence.xlsx: Evidence!D5: date 15 March 2026 of evidence E01 is after the audit "
        "date 30 November 2015; if \"Mar-15\" was typed, LibreOffice read it as 15 March 2026 - "
        "type \"March 2015\" or format the cell as text\n"
        "s11: 1 problem found; nothing was written.\n");
  CHECK_FALSE(fs::exists(dir.path() / "audit" / "out" / "section11-return.xlsx"));
}

}  // namespace s11
