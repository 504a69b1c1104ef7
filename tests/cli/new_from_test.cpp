// `s11 new DIR --from LAST_YEAR_DIR` end to end: the real executable on a last year's audit made
// from the bundled example (a 2015-16 audit), the new workbook read back cell by cell, and the
// new audit run.

#include <catch2/catch.hpp>
#include <filesystem>
#include <string>

#include "base/xlsx_reader.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";
const fs::path kFramework = fs::path(S11_SOURCE_DIR) / "standards" / "oscb-2015.xml";
const fs::path kBadDate = fs::path(S11_TEST_DATA_DIR) / "e2e" / "bad-date.xlsx";

/// The example audit (Wychwood District Council, 2015-16) copied to `dir`/2015-16.
void copy_last_year(const test::TempDir& dir) {
  fs::copy(kExample, dir.path() / "2015-16", fs::copy_options::recursive);
}

/// `text` with `from` replaced by `to` once; fails the test when `from` is not there.
std::string replace_once(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// oscb-2015 as a board revises it for 2016: point 4.2 reworded, 11.4 removed, 7.6 added.
std::string revised_framework() {
  std::string xml = test::slurp(kFramework);
  xml = replace_once(xml, "id=\"oscb-2015\" version=\"2015.1\"",
                     "id=\"oscb-2016\" version=\"2016.1\"");
  xml = replace_once(xml,
                     "<requirement>Children's, young people's and families' views are sought when "
                     "services are developed, and the organisation can show what changed as a "
                     "result.</requirement>",
                     "<requirement>Children's and families' views shape every service change, and "
                     "the organisation tells them what changed as a result.</requirement>");
  const std::size_t start = xml.find("    <point id=\"11.4\">");
  REQUIRE(start != std::string::npos);
  const std::size_t end = xml.find("</point>\n", start) + std::string("</point>\n").size();
  xml.erase(start, end - start);
  const std::string after_75 =
      "<action>Keep a central referral log with outcomes and follow up referrals with no "
      "feedback.</action>\n    </point>\n";
  return replace_once(xml, after_75,
                      after_75 +
                          "    <point id=\"7.6\">\n"
                          "      <requirement>Staff know how to contribute to a child "
                          "safeguarding practice review.</requirement>\n"
                          "      <guidance>Briefings on the review process.</guidance>\n"
                          "      <example>Staff who took part in a review shared what they "
                          "learnt.</example>\n"
                          "      <action>Brief staff on practice reviews.</action>\n"
                          "    </point>\n");
}

/// The first row at or below `from` whose cell in column `col` reads `text`; -1 when none.
int find_row(const xlsx::Sheet& sheet, int col, const std::string& text, int from = 0) {
  for (int row = from; row < sheet.row_count(); ++row) {
    if (xlsx::display_text(sheet.at(row, col)) == text) return row;
  }
  return -1;
}

std::string cell(const xlsx::Sheet& sheet, int row, int col) {
  return xlsx::display_text(sheet.at(row, col));
}

// Self-assessment columns as the template writes them.
constexpr int kPoint = 1;
constexpr int kRequirement = 2;
constexpr int kStatus = 4;
constexpr int kRating = 5;
constexpr int kJustification = 6;
constexpr int kComments = 7;
constexpr int kSinceLastYear = 9;
// Evidence register columns.
constexpr int kDate = 3;
constexpr int kPoints = 6;
constexpr int kShows = 7;
constexpr int kImpact = 8;
constexpr int kBestPractice = 9;
constexpr int kRegisterSinceLastYear = 10;

}  // namespace

TEST_CASE("s11 new --from carries last year's workbook forward and marks stale evidence",
          "[cli][e2e][issue10]") {
  test::TempDir dir;
  copy_last_year(dir);
  Run made = run_s11(dir, "new 2016-17 --from 2015-16 --period 2016-17 --date 2016-11-30");
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  CHECK(made.err.empty());
  CHECK(made.out ==
        "Created the audit Wychwood District Council, 2016-17 (oscb-2015, 12 standards, 66 "
        "points, audit date 2016-11-30):\n"
        "  2016-17/audit.ini\n"
        "  2016-17/evidence.xlsx\n"
        "Carried from 2015-16: 66 statuses, 12 comments, 13 agency ratings, 60 "
        "evidence items (20 stale); 0 points new in this framework, 0 reworded, 0 removed.\n"
        "No out/action-plan.xlsx in 2015-16: last year's action plan not carried (run s11 run "
        "2015-16, then copy it in and name it in [plan] last_plan).\n"
        "No out/section11-return.xlsx in 2015-16: last year's return not carried (run s11 run "
        "2015-16, then copy it in and name it in [history] last_return).\n"
        "Review 2016-17/evidence.xlsx (the \"Since last year\" columns say what to check), then "
        "run: s11 run 2016-17\n");

  // Last year's settings that still apply; its [plan] named the plan of two years ago.
  const std::string ini = test::slurp(dir.path() / "2016-17" / "audit.ini");
  CHECK(ini.find("organisation = Wychwood District Council\n") != std::string::npos);
  CHECK(ini.find("period = 2016-17\n") != std::string::npos);
  CHECK(ini.find("date = 2016-11-30\n") != std::string::npos);
  CHECK(ini.find("framework = oscb-2015\n") != std::string::npos);
  CHECK(ini.find("evidence_currency_months = 24\n") != std::string::npos);
  CHECK(ini.find("owner = Executive Director, Communities\n") != std::string::npos);
  CHECK(ini.find("author = Safeguarding Coordinator\n") != std::string::npos);
  CHECK(ini.find("[leads]\n1 = Executive Director, Communities\n10 = Executive Director, "
                 "Communities\npartnership = Community Safety Manager\npolicies = Safeguarding "
                 "Coordinator\nworkforce = Head of HR\n") != std::string::npos);
  CHECK(ini.find("[plan]") == std::string::npos);
  CHECK(ini.find("last_return") == std::string::npos);
  CHECK(ini.find("\n[survey]\n") == std::string::npos);

  xlsx::Workbook book = xlsx::read_workbook(dir.file("2016-17/evidence.xlsx"));
  const xlsx::Sheet* self = book.find("Self-assessment");
  const xlsx::Sheet* evidence = book.find("Evidence");
  REQUIRE(self != nullptr);
  REQUIRE(evidence != nullptr);
  CHECK(cell(*self, 0, 0) == "Section 11 self-assessment: Wychwood District Council, 2016-17");
  CHECK(cell(*self, 2, 0) ==
        "Carried from last year's workbook 2015-16/evidence.xlsx (2015-16, oscb-2015 version "
        "2015.1): 66 statuses, 12 comments and 13 agency ratings; 0 points new in this "
        "framework, 0 reworded, 0 removed. Every status and rating here is last year's: confirm "
        "or change each one, the rows marked in the \"Since last year\" column first.");
  CHECK(cell(*self, 10, kSinceLastYear) == "Since last year");  // below the rating key

  const int s2 = find_row(*self, 0, "2");
  CHECK(cell(*self, s2, kRating) == "Blue");
  CHECK(cell(*self, s2, kSinceLastYear) == "Rating carried from 2015-16");
  const int p113 = find_row(*self, kPoint, "11.3");
  CHECK(cell(*self, p113, kStatus) == "Not met");
  CHECK(cell(*self, p113, kComments).rfind("The 2015 staff questionnaire found 41% of staff", 0) ==
        0);
  CHECK(cell(*self, p113, kSinceLastYear) == "Carried from 2015-16");
  const int p65 = find_row(*self, kPoint, "6.5");
  CHECK(cell(*self, p65, kStatus) == "Not applicable");
  CHECK(cell(*self, p65, kJustification).rfind("The council uses no agency", 0) == 0);
  const int overall = find_row(*self, 0, "Overall");
  CHECK(cell(*self, overall, kRating) == "Green");

  CHECK(cell(*evidence, 2, 0) ==
        "Carried from last year's register 2015-16/evidence.xlsx (2015-16): 60 items, 20 of them "
        "stale (dated before 30 November 2014, more than 24 months before the audit date 30 "
        "November 2016), marked in the \"Since last year\" column: replace them with current "
        "evidence, or correct the date of a document reviewed since.");
  const int e42 = find_row(*evidence, 0, "E42");
  REQUIRE(e42 == 4 + 41);
  CHECK(cell(*evidence, e42, 1) ==
        "Resolving professional differences (escalation) procedure: team briefing notes");
  CHECK(cell(*evidence, e42, 2) == "other");
  CHECK(evidence->at(e42, kDate).date_format);
  CHECK(cell(*evidence, e42, kPoints) == "7.2");
  CHECK(cell(*evidence, e42, kRegisterSinceLastYear) ==
        "Stale: dated 14 May 2013, more than 24 months before the audit date 30 November 2016; "
        "replace it, or correct the date if it was reviewed since. Carried from 2015-16");
  // Two weeks before the window opens (30 November 2014).
  const int e18 = find_row(*evidence, 0, "E18");
  CHECK(cell(*evidence, e18, kRegisterSinceLastYear).rfind("Stale: dated 14 November 2014, ", 0) ==
        0);
  const int e08 = find_row(*evidence, 0, "E08");  // typed as text last year, a date now
  CHECK(evidence->at(e08, kDate).date_format);
  CHECK(cell(*evidence, e08, kRegisterSinceLastYear) == "Carried from 2015-16");
  const int e32 = find_row(*evidence, 0, "E32");
  CHECK(cell(*evidence, e32, kImpact) == "4");
  CHECK(cell(*evidence, e32, kBestPractice) == "Yes");
  CHECK(find_row(*evidence, 0, "E60") == 4 + 59);

  SECTION("and the new audit runs") {
    Run scored = run_s11(dir, "run 2016-17");
    INFO(scored.err);
    CHECK(scored.exit_code == 0);
    CHECK(scored.err.empty());
    // A year on, twenty items are stale: evidenced points fall from 89% to 81%.
    CHECK(scored.out.find("\nOverall   Green     Amber     92%   81%") != std::string::npos);
  }
}

TEST_CASE("s11 new --from with a revised framework marks new, reworded and removed points",
          "[cli][e2e][issue10]") {
  test::TempDir dir;
  copy_last_year(dir);
  Run last = run_s11(dir, "run 2015-16");
  INFO(last.err);
  REQUIRE(last.exit_code == 0);
  dir.write("oscb-2016.xml", revised_framework());

  Run made = run_s11(
      dir,
      "new 2016-17 --from 2015-16 --period 2016-17 --date 2016-11-30 --framework oscb-2016.xml "
      "--author 'Safeguarding Officer'");
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  CHECK(made.err.empty());
  CHECK(made.out ==
        "Created the audit Wychwood District Council, 2016-17 (oscb-2016, 12 standards, 66 "
        "points, audit date 2016-11-30):\n"
        "  2016-17/audit.ini\n"
        "  2016-17/evidence.xlsx\n"
        "  2016-17/oscb-2016.xml\n"
        "  2016-17/action-plan-2015-16.xlsx\n"
        "  2016-17/section11-return-2015-16.xlsx\n"
        "Carried from 2015-16: 65 statuses, 12 comments, 13 agency ratings, 59 "
        "evidence items (19 stale); 1 left out (supporting only removed points); 1 point new in "
        "this framework, 1 reworded, 1 removed.\n"
        "Last year's action plan: 2016-17/action-plan-2015-16.xlsx ([plan] last_plan).\n"
        "Last year's return: 2016-17/section11-return-2015-16.xlsx ([history] last_return).\n"
        "Review 2016-17/evidence.xlsx (the \"Since last year\" columns say what to check), then "
        "run: s11 run 2016-17\n");
  const fs::path year = dir.path() / "2016-17";
  CHECK(test::slurp(year / "action-plan-2015-16.xlsx") ==
        test::slurp(dir.path() / "2015-16" / "out" / "action-plan.xlsx"));
  CHECK(test::slurp(year / "section11-return-2015-16.xlsx") ==
        test::slurp(dir.path() / "2015-16" / "out" / "section11-return.xlsx"));
  const std::string ini = test::slurp(year / "audit.ini");
  CHECK(ini.find("framework = oscb-2016.xml\n") != std::string::npos);
  CHECK(ini.find("author = Safeguarding Officer\n") != std::string::npos);
  CHECK(ini.find("[plan]\nlast_plan = action-plan-2015-16.xlsx\n") != std::string::npos);
  CHECK(ini.find("[history]\nlast_return = section11-return-2015-16.xlsx\n") != std::string::npos);

  xlsx::Workbook book = xlsx::read_workbook((year / "evidence.xlsx").string());
  const xlsx::Sheet* self = book.find("Self-assessment");
  const xlsx::Sheet* evidence = book.find("Evidence");
  REQUIRE(self != nullptr);
  REQUIRE(evidence != nullptr);
  const int p42 = find_row(*self, kPoint, "4.2");
  CHECK(cell(*self, p42, kRequirement) ==
        "Children's and families' views shape every service change, and the organisation tells "
        "them what changed as a result.");
  CHECK(cell(*self, p42, kStatus) == "Partly met");
  CHECK(cell(*self, p42, kSinceLastYear) ==
        "Wording changed since 2015-16: review the status carried. Then: \"Children's, young "
        "people's and families' views are sought when services are developed, and the "
        "organisation can show what changed as a result.\"");
  const int p76 = find_row(*self, kPoint, "7.6");
  CHECK(cell(*self, p76, kStatus).empty());
  CHECK(cell(*self, p76, kSinceLastYear) == "New point this year: choose a status");
  CHECK(find_row(*self, kPoint, "11.4") == -1);
  CHECK(cell(*self, find_row(*self, 0, "4"), kSinceLastYear) ==
        "Rating carried from 2015-16; review it: 4.2 reworded");
  CHECK(cell(*self, find_row(*self, 0, "7"), kSinceLastYear) ==
        "Rating carried from 2015-16; review it: 7.6 new");
  CHECK(cell(*self, find_row(*self, 0, "11"), kSinceLastYear) ==
        "Rating carried from 2015-16; review it: 11.4 removed");
  const int overall = find_row(*self, 0, "Overall");
  CHECK(cell(*self, overall + 2, kRequirement) ==
        "Points of last year's framework (oscb-2015 version 2015.1) that this one does not "
        "have; nothing of theirs is carried:");
  CHECK(cell(*self, overall + 3, kRequirement) ==
        "11.4: A whistleblowing policy protects staff who raise concerns in good faith and is "
        "actively promoted.");
  CHECK(cell(*self, overall + 3, kSinceLastYear) == "Removed this year; 2015-16 status: Met");

  // E55 supported only 11.4: left out and said so; E56 loses 11.4 from its points.
  CHECK(find_row(*evidence, 0, "E55") == -1);
  CHECK(cell(*evidence, 2, 0)
            .find(" Not carried, as they support only points oscb-2016 does not "
                  "have: E55 (supported only 11.4).") != std::string::npos);
  const int e56 = find_row(*evidence, 0, "E56");
  CHECK(cell(*evidence, e56, kPoints) == "11.3");
  CHECK(cell(*evidence, e56, kRegisterSinceLastYear) ==
        "Carried from 2015-16. Dropped from Points supported: 11.4 (not in oscb-2016)");

  SECTION("and the new audit runs with last year's plan and return") {
    Run scored = run_s11(dir, "run 2016-17");
    INFO(scored.err);
    CHECK(scored.exit_code == 0);
    CHECK(scored.err.find("warning: 2016-17/evidence.xlsx: Self-assessment: 1 point has no status "
                          "(7.6); they count as not met\n") != std::string::npos);
    CHECK(scored.out.find("carried from last year's plan") != std::string::npos);
  }
}

TEST_CASE("s11 new --from leaves out last year's return when a standard was removed",
          "[cli][e2e][issue10]") {
  test::TempDir dir;
  copy_last_year(dir);
  Run last = run_s11(dir, "run 2015-16");
  INFO(last.err);
  REQUIRE(last.exit_code == 0);
  std::string xml = replace_once(test::slurp(kFramework), "id=\"oscb-2015\" version=\"2015.1\"",
                                 "id=\"oscb-2016\" version=\"2016.1\"");
  const std::size_t start = xml.find("  <standard id=\"12\"");
  REQUIRE(start != std::string::npos);
  xml.erase(start, xml.find("</standard>\n", start) + std::string("</standard>\n").size() - start);
  dir.write("eleven.xml", xml);

  Run made = run_s11(dir,
                     "new 2016-17 --from 2015-16 --period 2016-17 --date 2016-11-30 --framework "
                     "eleven.xml");
  INFO(made.err);
  REQUIRE(made.exit_code == 0);
  // s11 run reads last year's return against this year's framework: naming it would stop it.
  CHECK(made.err ==
        "warning: last year's return not named in [history] last_return: "
        "2015-16/out/section11-return.xlsx: Summary!A42: unknown standard \"12\"; expected a "
        "standard of oscb-2016 (1 to 11); s11 run shows no change since last year\n");
  CHECK(made.out.find("Carried from 2015-16: 61 statuses, 11 comments, 12 agency ratings, 56 "
                      "evidence items (19 stale); 4 left out (supporting only removed points); 0 "
                      "points new in this framework, 0 reworded, 5 removed.\n") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "2016-17" / "section11-return-2015-16.xlsx"));
  const std::string ini = test::slurp(dir.path() / "2016-17" / "audit.ini");
  CHECK(ini.find("last_return") == std::string::npos);
  CHECK(ini.find("[plan]\nlast_plan = action-plan-2015-16.xlsx\n") != std::string::npos);
  Run scored = run_s11(dir, "run 2016-17");
  INFO(scored.err);
  CHECK(scored.exit_code == 0);
}

TEST_CASE("s11 new --from writes nothing when last year's audit does not read",
          "[cli][e2e][issue10]") {
  test::TempDir dir;
  copy_last_year(dir);

  SECTION("last year's workbook has a problem") {
    fs::copy_file(kBadDate, dir.path() / "2015-16" / "evidence.xlsx",
                  fs::copy_options::overwrite_existing);
    Run run = run_s11(dir, "new 2016-17 --from 2015-16 --period 2016-17 --date 2016-11-30");
    CHECK(run.exit_code == 1);
    CHECK(run.err ==
          "2015-16/evidence.xlsx: Evidence!D27: date \"31/02/2015\" of evidence E23 names no "
          "real day: February 2015 has 28 days; expected a date such as 31/03/2015 or a month "
          "such as \"March 2015\"\n"
          "s11: 1 problem found; nothing was written.\n");
  }
  SECTION("it is not an audit directory") {
    Run run = run_s11(dir, "new 2016-17 --from nowhere --period 2016-17 --date 2016-11-30");
    CHECK(run.exit_code == 1);
    CHECK(run.err ==
          "nowhere: does not exist; --from expects last year's audit directory, holding "
          "audit.ini and evidence.xlsx\ns11: 1 problem found; nothing was written.\n");
  }
  SECTION("the audit date is not after last year's") {
    Run run = run_s11(dir, "new 2016-17 --from 2015-16 --period 2016-17 --date 2015-11-30");
    CHECK(run.exit_code == 2);
    CHECK(run.err ==
          "s11: new: --date: the audit date 2015-11-30 is not after last year's, 2015-11-30 "
          "(2015-16/audit.ini:8); give this year's audit date\nRun 's11 --help' for usage.\n");
  }
  CHECK_FALSE(fs::exists(dir.path() / "2016-17"));
}

}  // namespace s11
