// End-to-end privacy tests (issue 9): run the real s11, then try to recover what it suppressed
// from everything the run wrote: the workbooks (read back and dumped), gaps.csv, stdout and
// stderr.

#include <catch2/catch.hpp>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "base/xlsx_reader.h"
#include "support/xlsx_dump.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;
using test::slurp;

constexpr int kMin = 5;  // oscb-staff's min-group-size.

const std::string kQ01 =
    "I know who the designated safeguarding lead for my service is and how to contact them";
const std::string kQ02 = "I know where to find our safeguarding children policy and procedures";

// A generic CSV export: `rows` of {service, role, q01, q02}.
std::string export_csv(const std::vector<std::vector<std::string>>& rows) {
  std::string csv = "Service area,Role,\"" + kQ01 + "\",\"" + kQ02 + "\"\n";
  for (const auto& row : rows) {
    csv += "\"" + row[0] + "\",\"" + row[1] + "\"," + row[2] + "," + row[3] + "\n";
  }
  return csv;
}

std::vector<std::vector<std::string>> times(int count, const std::vector<std::string>& row) {
  return std::vector<std::vector<std::string>>(static_cast<std::size_t>(count), row);
}

std::vector<std::vector<std::string>> operator+(std::vector<std::vector<std::string>> a,
                                                const std::vector<std::vector<std::string>>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// One cell of a breakdown as a reader sees it.
struct Cell {
  bool hidden = false;
  int n = 0;
};

Cell parse_cell(const std::string& text) {
  if (text == "fewer than " + std::to_string(kMin)) return Cell{true, 0};
  if (text == "no answers") return Cell{false, 0};
  static const std::regex shown(R"(\d+% \(n=(\d+)\))");
  std::smatch match;
  REQUIRE(std::regex_match(text, match, shown));
  return Cell{false, std::stoi(match[1])};
}

/// Plays the attacker on a Questionnaire sheet: for every question and every breakdown, the
/// total less the shown groups is what the hidden groups gave together. Fails when that
/// pins down one hidden group (only one hidden) or is a small group (1 to min-1 answers).
/// Returns how many breakdowns had hidden groups, so a test can tell it looked at some.
int check_nothing_recoverable(const xlsx::Sheet& sheet) {
  int header = -1;
  for (int row = 0; row < sheet.row_count() && header < 0; ++row) {
    if (xlsx::display_text(sheet.at(row, 0)) == "Question") header = row;
  }
  REQUIRE(header >= 0);
  std::map<std::string, std::vector<int>> profiles;  // "Role" -> its columns.
  for (int col = 8; col < sheet.column_count(); ++col) {
    const std::string name = xlsx::display_text(sheet.at(header, col));
    const auto colon = name.find(": ");
    REQUIRE(colon != std::string::npos);
    profiles[name.substr(0, colon)].push_back(col);
  }
  int with_hidden = 0;
  for (int row = header + 1; row < sheet.row_count(); ++row) {
    const std::string id = xlsx::display_text(sheet.at(row, 0));
    if (id.empty()) break;
    const std::string total_text = xlsx::display_text(sheet.at(row, 3));
    if (total_text == "fewer than " + std::to_string(kMin)) continue;
    const int total = std::stoi(total_text);
    for (const auto& [profile, cols] : profiles) {
      int shown = 0, hidden = 0;
      for (int col : cols) {
        const Cell cell = parse_cell(xlsx::display_text(sheet.at(row, col)));
        hidden += cell.hidden;
        shown += cell.n;
      }
      const int residual = total - shown;
      INFO(id << " by " << profile << ": " << hidden << " hidden groups gave " << residual);
      if (hidden == 0) {
        CHECK(residual == 0);
        continue;
      }
      ++with_hidden;
      CHECK(hidden >= 2);
      CHECK((residual == 0 || residual >= kMin));
    }
  }
  return with_hidden;
}

/// Every text the run wrote: workbooks dumped cell by cell, other files, stdout, stderr.
std::string everything_written(const fs::path& out_dir, const Run& run) {
  std::string text = run.out + "\n" + run.err + "\n";
  for (const auto& entry : fs::recursive_directory_iterator(out_dir)) {
    if (!entry.is_regular_file()) continue;
    if (entry.path().extension() == ".xlsx") {
      text += test::dump_xlsx(entry.path().string());
    } else {
      text += slurp(entry.path());
    }
  }
  return text;
}

/// Fails when `text` states `count` as a number of rows, responses, respondents or answers,
/// or as an n.
void check_count_not_stated(const std::string& text, int count) {
  const std::string n = std::to_string(count);
  const std::regex stated("(^|[^0-9.])" + n +
                          " (rows?|responses?|respondents?|answers?|used|read|staff)\\b|n=" + n +
                          "\\b|\\(" + n + "\\)");
  std::smatch match;
  const bool found = std::regex_search(text, match, stated);
  INFO("found \"" << match.str() << "\"");
  CHECK_FALSE(found);
}

}  // namespace

TEST_CASE("suppression cannot be undone from what s11 survey writes",
          "[cli][e2e][questionnaires][issue9]") {
  test::TempDir dir;
  // One export per service, the way services often collect them; Planning is 4 people.
  dir.write("export-1.csv", export_csv(times(5, {"Housing", "Manager", "Yes", "Yes"}) +
                                       times(6, {"Housing", "Front-line staff", "Yes", "Yes"}) +
                                       times(1, {"Housing", "Front-line staff", "Unsure", "No"})));
  dir.write("export-2.csv", export_csv(times(1, {"Planning", "Front-line staff", "Yes", "No"}) +
                                       times(3, {"Planning", "Front-line staff", "No", "No"})));
  dir.write(
      "export-3.csv",
      export_csv(times(7, {"Leisure", "Front-line staff", "Yes", "Yes"}) +
                 times(1, {"Leisure", "Jane Smith, jane.smith@example.org", "Yes", "Unsure"}) +
                 times(1, {"Leisure", "07700 900123", "Yes", "Yes"})));

  const Run run = run_s11(dir, "survey export-1.csv export-2.csv export-3.csv --out S");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const std::string written = everything_written(dir.path() / "S", run);

  SECTION("a name and email typed into Role are never printed, nor the small group's name") {
    for (const char* secret :
         {"Jane Smith", "jane.smith@example.org", "07700", "900123", "Planning"}) {
      INFO(secret);
      CHECK(written.find(secret) == std::string::npos);
    }
    CHECK(run.err ==
          "warning: " + std::string(S11_SOURCE_DIR) +
              "/questionnaires/oscb-staff.xml: profile \"Role\": fewer than 5 answers look like "
              "personal data (an email address, a phone number or a person's name) and are not "
              "printed; they are counted under \"Other answers\". List the column's values as "
              "<value> elements in the questionnaire to choose what is printed\n");
  }

  SECTION("no export's row count, and no figure of the small group, is written") {
    check_count_not_stated(written, 4);  // Planning's size: its export's row count.
    check_count_not_stated(written, 2);  // The two personal answers in Role.
    CHECK(run.out.rfind("Staff safeguarding questionnaire (OSCB Section 11): 25 responses\n"
                        "  export-1.csv (CSV): read; questions not in this export:",
                        0) == 0);
  }

  SECTION("the totals less the shown groups never reveal a hidden group") {
    const xlsx::Workbook book =
        xlsx::read_workbook((dir.path() / "S/survey-summary.xlsx").string());
    const xlsx::Sheet* sheet = book.find("Questionnaire");
    REQUIRE(sheet != nullptr);
    CHECK(check_nothing_recoverable(*sheet) == 4);  // q01 and q02, by service and by role.
    std::vector<std::string> headers;
    for (int col = 8; col < sheet->column_count(); ++col) {
      for (int row = 0; row < sheet->row_count(); ++row) {
        if (xlsx::display_text(sheet->at(row, 0)) == "Question") {
          headers.push_back(xlsx::display_text(sheet->at(row, col)));
        }
      }
    }
    CHECK(headers == std::vector<std::string>{"Service area: Housing", "Service area: Leisure",
                                              "Service area: Other groups, fewer than 5 each",
                                              "Role: Front-line staff", "Role: Manager",
                                              "Role: Other groups, fewer than 5 each"});
  }
}

TEST_CASE("suppression cannot be undone from what s11 run writes", "[cli][e2e][issue9]") {
  test::TempDir dir;
  // The demo audit: Community safety's 4 staff sent their own export.
  const Run run = run_s11(dir, "demo --out D");
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const std::string written = everything_written(dir.path() / "D" / "out", run);
  check_count_not_stated(written, 4);
  CHECK(written.find("Community safety") == std::string::npos);
  CHECK(written.find("Staff survey: 49 responses to 12 questions; 4 below threshold.") !=
        std::string::npos);

  const xlsx::Workbook book =
      xlsx::read_workbook((dir.path() / "D/out/section11-return.xlsx").string());
  const xlsx::Sheet* sheet = book.find("Questionnaire");
  REQUIRE(sheet != nullptr);
  CHECK(check_nothing_recoverable(*sheet) > 0);
}

}  // namespace s11
