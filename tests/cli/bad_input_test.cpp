// The bad-input catalogue (issue 9, "Keep it so"): malformed inputs of every kind through the
// real commands. Each case names what is wrong, makes the input (a file of tests/data/bad/ or a
// mutation of the copied example audit), and pins the exact message on stderr and the exit
// code. Every case starts from an audit that has already been run successfully, and checks
// that the failure changed no file at all: the previous out/ (and everything else) stays
// byte-identical.

#include <zip.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "test_support.h"
#include "workbooks/audit_directory.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;
using test::Run;
using test::run_s11;
using test::slurp;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";
const fs::path kData = fs::path(S11_TEST_DATA_DIR);
const fs::path kBad = kData / "bad";

/// Runs s11 with `args` in `dir`.
/// Every regular file under `root` (relative path -> content), and every directory (-> "/"),
/// to compare a whole tree before and after a command.
std::map<std::string, std::string> snapshot(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    const std::string name = fs::relative(entry.path(), root).string();
    if (entry.path().filename() == s11::audit_directory::kLockFile) {
      // s11's lock on the audit (app/audit_lock.h) records the last run that held it.
      files[name] = "lock";
    } else if (entry.is_directory()) {
      files[name] = "/";
    } else {
      files[name] = slurp(entry.path());
    }
  }
  return files;
}

/// An audit directory `audit/` (the example) that `s11 run` and `s11 survey` (into
/// audit/summary) have succeeded on once, made on first use and copied for each case.
const fs::path& prepared_root() {
  static const test::TempDir dir;
  static const bool prepared = [] {
    fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
    Run run = run_s11(dir.path(), "run audit");
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    Run survey =
        run_s11(dir.path(), "survey audit/surveys/housing-surveymonkey.csv --out audit/summary");
    INFO(survey.err);
    REQUIRE(survey.exit_code == 0);
    return true;
  }();
  (void)prepared;
  return dir.path();
}

/// Writes `content` to `path`, replacing it.
void write(const fs::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
}

/// Replaces the first `from` in the file at `path` by `to`; `from` must be there.
void edit(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  const auto at = text.find(from);
  INFO(path.string() << ": " << from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  write(path, text);
}

/// Replaces the first `from` in part `part` of the workbook at `path` by `to` (the rest of the
/// zip as it was); `from` must be there.
void edit_part(const fs::path& path, const std::string& part, const std::string& from,
               const std::string& to) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), 0, &error);
  REQUIRE(zip != nullptr);
  zip_stat_t stat;
  REQUIRE(zip_stat(zip, part.c_str(), 0, &stat) == 0);
  std::string text(static_cast<std::size_t>(stat.size), '\0');
  zip_file_t* file = zip_fopen(zip, part.c_str(), 0);
  REQUIRE(file != nullptr);
  REQUIRE(zip_fread(file, text.data(), stat.size) == static_cast<zip_int64_t>(stat.size));
  zip_fclose(file);
  const auto at = text.find(from);
  INFO(path.string() << ": " << part << ": " << from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  zip_source_t* source = zip_source_buffer(zip, text.data(), text.size(), 0);
  REQUIRE(source != nullptr);
  REQUIRE(zip_file_add(zip, part.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
  REQUIRE(zip_close(zip) == 0);
}

/// An inline-string cell as openpyxl writes it in the example's workbooks.
std::string inline_cell(const std::string& ref, const std::string& style, const std::string& text) {
  return "<c r=\"" + ref + "\" s=\"" + style + "\" t=\"inlineStr\"><is><t>" + text +
         "</t></is></c>";
}

/// One malformed input.
struct BadInput {
  std::string name;     ///< What is wrong.
  std::string command;  ///< The s11 arguments, run in the directory holding audit/.
  std::function<void(const fs::path& audit)> make;  ///< Makes the bad input in audit/.
  int exit_code;
  std::string err;  ///< The whole of stderr.
};

/// "s11: 1 problem found; nothing was written." after the problems.
std::string problems(const std::vector<std::string>& lines) {
  std::string err;
  for (const auto& line : lines) err += line + "\n";
  return err + "s11: " + std::to_string(lines.size()) +
         (lines.size() == 1 ? " problem" : " problems") + " found; nothing was written.\n";
}

/// An s11::Error that is not an InputError: "s11: message", and the usage hint for exit 2.
std::string failure(const std::string& message) { return "s11: " + message + "\n"; }
std::string usage(const std::string& message) {
  return "s11: " + message + "\nRun 's11 --help' for usage.\n";
}

/// Runs every case from a copy of the prepared audit; checks its exit code, its exact stderr,
/// nothing on stdout and every file as it was.
void check_cases(const std::vector<BadInput>& cases) {
  for (const auto& c : cases) {
    INFO("case: " << c.name << "\ncommand: s11 " << c.command);
    test::TempDir dir;
    fs::copy(prepared_root(), dir.path(), fs::copy_options::recursive);
    c.make(dir.path() / "audit");
    const auto before = snapshot(dir.path());
    Run run = run_s11(dir.path(), c.command);
    // s11 new names files by their absolute path: the directory is written DIR here.
    for (auto at = run.err.find(dir.path().string()); at != std::string::npos;
         at = run.err.find(dir.path().string())) {
      run.err.replace(at, dir.path().string().size(), "DIR");
    }
    CHECK(run.err == c.err);
    CHECK(run.exit_code == c.exit_code);
    CHECK(run.out.empty());
    CHECK(snapshot(dir.path()) == before);
  }
}

}  // namespace

TEST_CASE("bad audit.ini settings fail with their line and leave out/ alone", "[bad-input]") {
  auto set = [](const std::string& from, const std::string& to) {
    return [from, to](const fs::path& audit) { edit(audit / "audit.ini", from, to); };
  };
  const std::vector<BadInput> cases = {
      {"a date that does not exist", "run audit", set("date = 2015-11-30", "date = 2015-02-30"), 1,
       problems({"audit/audit.ini:8: date \"2015-02-30\" names no real day: February 2015 has 28 "
                 "days; expected a date such as 30/11/2015 or 2015-11-30"})},
      {"a date that is a word", "run audit", set("date = 2015-11-30", "date = soon"), 1,
       problems({"audit/audit.ini:8: date \"soon\" is not a date; expected a date such as "
                 "30/11/2015 or 2015-11-30"})},
      {"an unknown key", "run audit", set("period = 2015-16", "period = 2015-16\ncolour = blue"), 1,
       problems({"audit/audit.ini:7: unknown setting \"colour\" in [audit]; expected one of: "
                 "organisation, period, date, framework, evidence_currency_months, evidence"})},
      {"a missing required key", "run audit", set("organisation = Wychwood District Council\n", ""),
       1, problems({"audit/audit.ini:2: missing setting \"organisation\" in [audit]"})},
      {"an unknown section", "run audit", set("[document]", "[documents]"), 1,
       problems({"audit/audit.ini:14: unknown section [documents]; expected [approval], [audit], "
                 "[document], [history], [plan], [survey], [leads], [survey_mapping]"})},
      {"a currency window of 0 months", "run audit",
       set("evidence_currency_months = 24", "evidence_currency_months = 0"), 1,
       problems({"audit/audit.ini:12: evidence_currency_months \"0\" is not a whole number of "
                 "months from 1 to 120"})},
      {"a currency window that is not a number", "run audit",
       set("evidence_currency_months = 24", "evidence_currency_months = two years"), 1,
       problems({"audit/audit.ini:12: evidence_currency_months \"two years\" is not a whole number "
                 "of months from 1 to 120"})},
      {"an unknown framework id", "run audit",
       set("framework = oscb-2015", "framework = oscb-2016"), 1,
       problems({"audit/audit.ini:10: framework \"oscb-2016\" is neither a file (looked for "
                 "\"audit/oscb-2016\") nor a bundled framework id; bundled ids: oscb-2015, "
                 "working-together-8"})},
      {"a minimum group size below 3", "run audit",
       set("questionnaire = oscb-staff", "questionnaire = oscb-staff\nmin_group_size = 2"), 1,
       problems({"audit/audit.ini:25: min_group_size \"2\" is not a whole number of respondents "
                 "from 3 to 1000"})},
      {"a yes/no setting that is neither", "run audit",
       set("questionnaire = oscb-staff", "questionnaire = oscb-staff\nskip_bad_rows = maybe"), 1,
       problems({"audit/audit.ini:25: skip_bad_rows \"maybe\" is not yes or no"})},
      {"amber_days out of range", "run audit",
       set("last_plan = action-plan-2014-15.xlsx",
           "last_plan = action-plan-2014-15.xlsx\namber_days = 400"),
       1,
       problems(
           {"audit/audit.ini:29: amber_days \"400\" is not a whole number of days from 1 to 365"})},
      {"a setting outside any section", "run audit",
       set("[audit]", "organisation = Wychwood\n[audit]"), 1,
       problems({"audit/audit.ini:2: setting \"organisation\" is outside any section; expected it "
                 "under [audit] or [document]"})},
      {"no audit.ini", "run audit", [](const fs::path& audit) { fs::remove(audit / "audit.ini"); },
       3, failure("audit/audit.ini: cannot open: No such file or directory")},
  };
  check_cases(cases);
}

TEST_CASE("a bad evidence workbook fails with its place and leaves out/ alone", "[bad-input]") {
  auto part = [](const std::string& name, const std::string& from, const std::string& to) {
    return [name, from, to](const fs::path& audit) {
      edit_part(audit / "evidence.xlsx", name, from, to);
    };
  };
  const std::string self = "xl/worksheets/sheet1.xml";
  const std::string evidence = "xl/worksheets/sheet2.xml";
  const std::vector<BadInput> cases = {
      {"not a zip", "run audit",
       [](const fs::path& audit) {
         fs::copy_file(kBad / "text-named-xlsx.xlsx", audit / "evidence.xlsx",
                       fs::copy_options::overwrite_existing);
       },
       1,
       problems({"audit/evidence.xlsx: not an .xlsx workbook (not a zip archive); save it as Excel "
                 "Workbook (.xlsx)"})},
      {"an empty file", "run audit",
       [](const fs::path& audit) { write(audit / "evidence.xlsx", ""); }, 1,
       problems({"audit/evidence.xlsx: the file is empty (0 bytes), not an .xlsx workbook; copy "
                 "it again, or save it again as Excel Workbook (.xlsx)"})},
      {"cut short", "run audit",
       [](const fs::path& audit) {
         const std::string whole = slurp(audit / "evidence.xlsx");
         write(audit / "evidence.xlsx", whole.substr(0, whole.size() / 2));
       },
       1,
       problems({"audit/evidence.xlsx: not an .xlsx workbook (not a zip archive); save it as Excel "
                 "Workbook (.xlsx)"})},
      {"missing", "run audit", [](const fs::path& audit) { fs::remove(audit / "evidence.xlsx"); },
       1,
       problems({"audit: no evidence workbook: looked for evidence.xlsx, evidence.ods and any "
                 ".xlsx or .ods with the sheets \"Self-assessment\" and \"Evidence\"; "
                 "\"action-plan-2014-15.xlsx\" has one sheet, \"Action Plan 2014-15\"; create "
                 "the audit with `s11 new`, or name the one to read in audit.ini ([audit] "
                 "evidence = FILE)"})},
      {"an .ods cut short", "run audit",
       [](const fs::path& audit) {
         fs::remove(audit / "evidence.xlsx");
         fs::copy_file(kData / "ods" / "corrupt.ods", audit / "evidence.ods");
       },
       1,
       problems({"audit/evidence.ods: not an .ods spreadsheet (not a zip archive); save it as ODF "
                 "Spreadsheet (.ods)"})},
      {"an .ods whose content.xml is malformed", "run audit",
       [](const fs::path& audit) {
         fs::remove(audit / "evidence.xlsx");
         fs::copy_file(kData / "ods" / "evidence.ods", audit / "evidence.ods");
         edit_part(audit / "evidence.ods", "content.xml", "</table:table-row>", "</table:row>");
       },
       1,
       problems({"audit/evidence.ods: not an .ods spreadsheet (content.xml:2: Start-end tags "
                 "mismatch); save it as ODF Spreadsheet (.ods)"})},
      {"no Evidence sheet", "run audit",
       part("xl/workbook.xml", "name=\"Evidence\"", "name=\"Evidence register\""), 1,
       problems({"audit/evidence.xlsx: no sheet named \"Evidence\"; the workbook has sheets "
                 "\"Self-assessment\", \"Evidence register\" and \"Guidance\"; expected the "
                 "workbook made by "
                 "`s11 new`"})},
      {"no Self-assessment sheet", "run audit",
       part("xl/workbook.xml", "name=\"Self-assessment\"", "name=\"Assessment\""), 1,
       problems({"audit/evidence.xlsx: no sheet named \"Self-assessment\"; the workbook has "
                 "sheets \"Assessment\", \"Evidence\" and \"Guidance\"; expected the workbook "
                 "made by `s11 new`"})},
      {"a renamed column", "run audit",
       part(evidence, inline_cell("G4", "3", "Points supported"), inline_cell("G4", "3", "Points")),
       1,
       problems(
           {"audit/evidence.xlsx: Evidence!4: no \"Points supported\" column in the header row"})},
      {"a renamed Status column", "run audit",
       part(self, inline_cell("E4", "3", "Status"), inline_cell("E4", "3", "Progress")), 1,
       problems(
           {"audit/evidence.xlsx: Self-assessment!4: no \"Status\" column in the header row"})},
      {"a status outside the scale", "run audit",
       part(self, inline_cell("E6", "5", "Met"), inline_cell("E6", "5", "Done")), 1,
       problems({"audit/evidence.xlsx: Self-assessment!E6: status \"Done\" for point 1.1 is not "
                 "one of Met, Partly met, Not met or Not applicable"})},
      {"a rating outside the scheme", "run audit",
       part(self, inline_cell("F5", "5", "Green"), inline_cell("F5", "5", "Purple")), 1,
       problems({"audit/evidence.xlsx: Self-assessment!F5: rating \"Purple\" for standard 1 is not "
                 "in the OSCB BRAG rating; expected Blue, Green, Amber or Red"})},
      {"a date that does not exist", "run audit",
       part(evidence, "<c r=\"D5\" s=\"8\" t=\"n\"><v>42081</v></c>",
            inline_cell("D5", "8", "31/02/2015")),
       1,
       problems({"audit/evidence.xlsx: Evidence!D5: date \"31/02/2015\" of evidence E01 names no "
                 "real day: February 2015 has 28 days; expected a date such as 31/03/2015 or a "
                 "month such as \"March 2015\""})},
      {"a date after the audit", "run audit",
       part(evidence, "<c r=\"D5\" s=\"8\" t=\"n\"><v>42081</v></c>",
            "<c r=\"D5\" s=\"8\" t=\"n\"><v>42400</v></c>"),
       1,
       problems({"audit/evidence.xlsx: Evidence!D5: date 31 January 2016 of evidence E01 is after "
                 "the audit date 30 November 2015"})},
      {"an impact level outside 1-4", "run audit",
       part(evidence, "<c r=\"H5\" s=\"5\" t=\"n\"><v>1</v></c>",
            "<c r=\"H5\" s=\"5\" t=\"n\"><v>7</v></c>"),
       1,
       problems({"audit/evidence.xlsx: Evidence!H5: impact level \"7\" of evidence E01 is not 1, "
                 "2, 3 or 4"})},
      {"an unknown point", "run audit",
       part(evidence, inline_cell("G5", "5", "1.1, 2.1, 3.1, 9.4"),
            inline_cell("G5", "5", "1.1, 2.1, 3.1, 9.9")),
       1,
       problems({"audit/evidence.xlsx: Evidence!G5: evidence E01 supports unknown point \"9.9\"; "
                 "expected point ids of oscb-2015 separated by commas, e.g. 1.2, 5.3"})},
      {"a duplicate evidence id", "run audit",
       part(evidence, inline_cell("A6", "5", "E02"), inline_cell("A6", "5", "E01")), 1,
       problems({"audit/evidence.xlsx: Evidence!A6: evidence ID \"E01\" appears twice (first in "
                 "row 5)"})},
      {"an unknown evidence type", "run audit",
       part(evidence, inline_cell("C5", "5", "policy"), inline_cell("C5", "5", "rumour")), 1,
       problems({"audit/evidence.xlsx: Evidence!C5: type \"rumour\" of evidence E01 is not one of: "
                 "policy, procedure, minutes, report, training record, audit, survey, case file "
                 "review, outcome data, other"})},
      {"a best-practice flag that is neither yes nor no", "run audit",
       part(evidence, inline_cell("I5", "5", "No"), inline_cell("I5", "5", "Maybe")), 1,
       problems({"audit/evidence.xlsx: Evidence!I5: best-practice answer \"Maybe\" of evidence E01 "
                 "is not Yes or No"})},
      {"a formula without a cached value", "run audit",
       [](const fs::path& audit) {
         fs::copy_file(kData / "engine" / "evidence-uncached-formula.xlsx", audit / "evidence.xlsx",
                       fs::copy_options::overwrite_existing);
       },
       1,
       problems({"audit/evidence.xlsx: Evidence!B5: a formula whose result was never saved; open "
                 "the workbook in Excel or LibreOffice Calc and save it, or type the value",
                 "audit/evidence.xlsx: Evidence!E5: a formula whose result was never saved; open "
                 "the workbook in Excel or LibreOffice Calc and save it, or type the value",
                 "audit/evidence.xlsx: Evidence!B5: evidence E01 has no title"})},
      {"a malformed sheet", "run audit", part(evidence, "</sheetData>", "</sheetDat>"), 1,
       problems({"audit/evidence.xlsx: not an .xlsx workbook (xl/worksheets/sheet2.xml:1: "
                 "Start-end tags mismatch); save it as Excel Workbook (.xlsx)"})},
  };
  check_cases(cases);
}

TEST_CASE("a bad last year's plan or return fails with its place", "[bad-input]") {
  auto copy = [](const fs::path& from, const std::string& to) {
    return [from, to](const fs::path& audit) {
      fs::copy_file(from, audit / to, fs::copy_options::overwrite_existing);
    };
  };
  const std::string plan = "action-plan-2014-15.xlsx";
  const std::string last = "last-year/section11-return-2014-15.xlsx";
  const std::vector<BadInput> cases = {
      {"a plan without an Action column", "run audit",
       copy(kData / "plan" / "plan-no-action-column.xlsx", plan), 1,
       problems({"audit/action-plan-2014-15.xlsx: Plan!B3: the header row has no Action column "
                 "(found \"Learning Points\", \"Evidence\", \"Completion date\", \"Lead\", "
                 "\"Progress\", \"Status (RAG rating)\"); expected a column headed \"Action\""})},
      {"a plan that is not a zip", "run audit", copy(kData / "plan" / "plan-not-a-zip.xlsx", plan),
       1,
       problems({"audit/action-plan-2014-15.xlsx: not an .xlsx workbook (not a zip archive); save "
                 "it as Excel Workbook (.xlsx)"})},
      {"a return that is not a zip", "run audit",
       [last](const fs::path& audit) { write(audit / last, "Summary\n"); }, 1,
       problems({"audit/last-year/section11-return-2014-15.xlsx: not an .xlsx workbook (not a zip "
                 "archive); save it as Excel Workbook (.xlsx)"})},
      {"a return without its Summary sheet", "run audit",
       [last](const fs::path& audit) {
         edit_part(audit / last, "xl/workbook.xml", "name=\"Summary\"", "name=\"Overview\"");
       },
       1,
       problems({"audit/last-year/section11-return-2014-15.xlsx: no sheet named \"Summary\"; the "
                 "workbook has sheets \"Overview\", \"Return\", \"Gaps\", \"Impact\", "
                 "\"Challenge\", \"Action plan\" and \"Document control\"; expected a return "
                 "written by `s11 run` (out/section11-return.xlsx)"})},
      {"a return that is an evidence workbook", "run audit",
       [last](const fs::path& audit) {
         fs::copy_file(audit / "evidence.xlsx", audit / last, fs::copy_options::overwrite_existing);
       },
       1,
       problems({"audit/last-year/section11-return-2014-15.xlsx: no sheet named \"Summary\"; the "
                 "workbook has sheets \"Self-assessment\", \"Evidence\" and \"Guidance\"; "
                 "expected a return written by `s11 run` (out/section11-return.xlsx)"})},
      {"a return that is missing", "run audit",
       [last](const fs::path& audit) { fs::remove(audit / last); }, 1,
       problems({"audit/audit.ini:40: last_return \"last-year/section11-return-2014-15.xlsx\" does "
                 "not exist (looked for \"audit/last-year/section11-return-2014-15.xlsx\")"})},
  };
  check_cases(cases);
}

TEST_CASE("a bad survey export fails with its place", "[bad-input]") {
  const std::string generic = "surveys/parks-play-generic.csv";
  auto csv = [generic](const std::function<std::string(std::string)>& change) {
    return [generic, change](const fs::path& audit) {
      write(audit / generic, change(slurp(audit / generic)));
    };
  };
  auto replace_all = [](std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
    return text;
  };
  const std::string summary = "survey audit/surveys/x.csv --out audit/summary";
  auto fixture = [](const std::string& name) {
    return [name](const fs::path& audit) {
      fs::copy_file(kData / "questionnaires" / name, audit / "surveys" / "x.csv");
    };
  };
  const std::vector<BadInput> cases = {
      {"UTF-16 with a byte order mark", "run audit", csv([](const std::string& text) {
         std::string utf16 = "\xFF\xFE";
         for (char c : text) utf16 += std::string(1, c) + '\0';
         return utf16;
       }),
       1,
       problems(
           {"audit/surveys/parks-play-generic.csv:1: the file is UTF-16; save it as CSV UTF-8"})},
      {"UTF-16 without a byte order mark", "run audit", csv([](const std::string& text) {
         std::string utf16;
         for (char c : text) utf16 += std::string(1, c) + '\0';
         return utf16;
       }),
       1,
       problems(
           {"audit/surveys/parks-play-generic.csv:1: the file is UTF-16; save it as CSV UTF-8"})},
      {"a NUL byte", "run audit", csv([](std::string text) {
         return text.insert(text.find("Parks and play;Manager"), 1, '\0');
       }),
       1,
       problems({"audit/surveys/parks-play-generic.csv:2: the file holds a NUL byte, so it is not "
                 "a CSV text file; save it as CSV UTF-8"})},
      {"the wrong delimiter", "run audit",
       csv([replace_all](const std::string& text) { return replace_all(text, ";", "|"); }), 1,
       problems(
           {"audit/surveys/parks-play-generic.csv:1: no column matches a question of questionnaire "
            "\"oscb-staff\"; found \"Service area|Role|I know who the designated safeguarding "
            "lea...\", \"and understand the thresholds|I know how to escalate a disag...\", "
            "\"including how to whistleblow|My supervision includes discuss...\", \"faith\", "
            "\"disability and other factors can affect keeping a child safe...\"; expected \"I "
            "know who the designated safeguarding lead for my service i...\", \"I know where to "
            "find our safeguarding children policy and pr...\", \"I know who I am accountable to "
            "for my safeguarding practice\", \"I have had safeguarding training suited to my "
            "role\", \"I feel confident recognising the signs of abuse and neglect ...\", \"I know "
            "how and when to make a referral to children's social ...\", \"I know how to escalate "
            "a disagreement with another agency ab...\", \"I know when I may share information "
            "without consent to prote...\", \"I know how to raise a concern about a colleague's "
            "behaviour ...\", \"My supervision includes discussion of safeguarding\", \"Children's "
            "and families' views shape how our service is deve...\", \"I understand how culture, "
            "faith, disability and other factor...\""})},
      {"headers of no known format", "run audit",
       csv([](const std::string&) { return slurp(kBad / "no-known-columns.csv"); }), 1,
       problems(
           {"audit/surveys/parks-play-generic.csv:1: no column matches a question of questionnaire "
            "\"oscb-staff\"; found \"Colour\", \"Size\"; expected \"I know who the designated "
            "safeguarding lead for my service i...\", \"I know where to find our safeguarding "
            "children policy and pr...\", \"I know who I am accountable to for my safeguarding "
            "practice\", \"I have had safeguarding training suited to my role\", \"I feel "
            "confident recognising the signs of abuse and neglect ...\", \"I know how and when to "
            "make a referral to children's social ...\", \"I know how to escalate a disagreement "
            "with another agency ab...\", \"I know when I may share information without consent to "
            "prote...\", \"I know how to raise a concern about a colleague's behaviour ...\", \"My "
            "supervision includes discussion of safeguarding\", \"Children's and families' views "
            "shape how our service is deve...\", \"I understand how culture, faith, disability and "
            "other factor...\""})},
      {"an answer outside the scale", "run audit", csv([](std::string text) {
         return text.replace(text.find(";yes;yes;yes;"), 13, ";perhaps;yes;yes;");
       }),
       1,
       problems({"audit/surveys/parks-play-generic.csv:2: column \"I know who the designated "
                 "safeguarding lead for my service i...\": answer \"perhaps\" is not one of Yes, "
                 "No, Unsure"})},
      {"a quoted field never closed", "run audit",
       csv([](const std::string& text) { return text + "\"Parks and play;Manager;yes\n"; }), 1,
       problems({"audit/surveys/parks-play-generic.csv:11: a quoted field starting here never "
                 "ends; the file may be truncated"})},
      {"an empty export", "run audit", csv([](const std::string&) { return std::string(); }), 1,
       problems({"audit/surveys/parks-play-generic.csv: the file is empty; expected a header row "
                 "with the questions"})},
      {"a listed export that is missing", "run audit",
       [generic](const fs::path& audit) { fs::remove(audit / generic); }, 1,
       problems({"audit/audit.ini:23: survey file \"surveys/parks-play-generic.csv\" does not "
                 "exist (looked for \"audit/surveys/parks-play-generic.csv\")"})},
      {"ragged rows", summary, fixture("ragged.csv"), 1,
       problems({"audit/surveys/x.csv:3: 4 fields, but the header has 3; check the quotes around "
                 "answers holding commas or line breaks",
                 "audit/surveys/x.csv:4: 2 fields, but the header has 3; check the quotes around "
                 "answers holding commas or line breaks"})},
      {"UTF-16 (s11 survey)", summary, fixture("invalid-utf8.csv"), 1,
       problems({"audit/surveys/x.csv:1: the file is UTF-16; save it as CSV UTF-8"})},
      {"invalid UTF-8 after valid UTF-8", "run audit", csv([](std::string text) {
         text.replace(text.find("Parks and play;Manager"), 22, "Parks and play \xC3\xA9;Manager");
         return text.replace(text.find("Front-line staff"), 16, "Front-line \xC3\x28staff");
       }),
       1,
       problems({"audit/surveys/parks-play-generic.csv:3: byte 0xC3 is not valid UTF-8 (the file "
                 "is UTF-8 up to here); save it as CSV UTF-8"})},
      {"an unknown answer (s11 survey)", summary, fixture("bad-answer.csv"), 1,
       problems({"audit/surveys/x.csv:3: column \"I know who the designated safeguarding lead for "
                 "my service i...\": answer \"Maybe\" is not one of Yes, No, Unsure",
                 "audit/surveys/x.csv:4: column \"I know where to find our safeguarding children "
                 "policy and pr...\": answer \"Sometimes\" is not one of Yes, No, Unsure"})},
      {"no column for any question", summary, fixture("missing-question-column.csv"), 1,
       problems(
           {"audit/surveys/x.csv:1: no column matches a question of questionnaire \"oscb-staff\"; "
            "found \"Service area\", \"Favourite colour\", \"Email\"; expected \"I know who the "
            "designated safeguarding lead for my service i...\", \"I know where to find our "
            "safeguarding children policy and pr...\", \"I know who I am accountable to for my "
            "safeguarding practice\", \"I have had safeguarding training suited to my role\", \"I "
            "feel confident recognising the signs of abuse and neglect ...\", \"I know how and "
            "when to make a referral to children's social ...\", \"I know how to escalate a "
            "disagreement with another agency ab...\", \"I know when I may share information "
            "without consent to prote...\", \"I know how to raise a concern about a colleague's "
            "behaviour ...\", \"My supervision includes discussion of safeguarding\", \"Children's "
            "and families' views shape how our service is deve...\", \"I understand how culture, "
            "faith, disability and other factor...\""})},
      {"an XLSX export with an answer outside the scale", "run audit",
       [](const fs::path& audit) {
         edit_part(audit / "surveys" / "customer-services-surveymonkey.xlsx",
                   "xl/worksheets/sheet1.xml", "<is><t>Yes</t></is>", "<is><t>Perhaps</t></is>");
       },
       1,
       problems({"audit/surveys/customer-services-surveymonkey.xlsx: Sheet!L3: column \"I know who "
                 "the designated safeguarding lead for my service i...\": answer \"Perhaps\" is "
                 "not one of Yes, No, Unsure"})},
      {"an XLSX export that is not a zip", "run audit",
       [](const fs::path& audit) {
         write(audit / "surveys" / "leisure-msforms.xlsx", "Start time,Completion time\n");
       },
       1,
       problems({"audit/surveys/leisure-msforms.xlsx: not an .xlsx workbook (not a zip archive); "
                 "save it as Excel Workbook (.xlsx)"})},
      {"an XLSX export with no sheet", "run audit",
       [](const fs::path& audit) {
         edit_part(audit / "surveys" / "leisure-msforms.xlsx", "xl/workbook.xml",
                   "<sheets><sheet xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                   "relationships\" name=\"Sheet1\" sheetId=\"1\" state=\"visible\" r:id=\"rId1\"/>"
                   "</sheets>",
                   "<sheets/>");
       },
       1, problems({"audit/surveys/leisure-msforms.xlsx: the workbook has no worksheet"})},
  };
  check_cases(cases);
}

TEST_CASE("a bad review workbook fails with its place", "[bad-input]") {
  auto copy = [](const std::string& name) {
    return [name](const fs::path& audit) {
      fs::copy_file(kData / "reviews" / name, audit / "reviews" / "zz-bad.xlsx");
    };
  };
  const std::string independent = "reviews/Independent reviewer.xlsx";
  const std::vector<BadInput> cases = {
      {"a moderated rating outside the scheme", "run audit", copy("bad-rating.xlsx"), 1,
       problems({"audit/reviews/zz-bad.xlsx: Review!J15: moderated rating \"Purple\" for standard "
                 "9 is not in the OSCB BRAG rating; expected Blue, Green, Amber or Red"})},
      {"an impact level outside 1-4", "run audit", copy("bad-level.xlsx"), 1,
       problems({"audit/reviews/zz-bad.xlsx: Review!I10: impact level \"5\" for standard 3 is not "
                 "1, 2, 3 or 4"})},
      {"an unknown standard", "run audit", copy("bad-standard.xlsx"), 1,
       problems({"audit/reviews/zz-bad.xlsx: Review!B23: unknown standard \"13\"; expected a "
                 "standard of oscb-2015 (1 to 12)"})},
      {"not a zip", "run audit",
       [](const fs::path& audit) { write(audit / "reviews" / "zz-bad.xlsx", "Review\n"); }, 1,
       problems({"audit/reviews/zz-bad.xlsx: not an .xlsx workbook (not a zip archive); save it as "
                 "Excel Workbook (.xlsx)"})},
      {"an .ods cut short", "run audit",
       [](const fs::path& audit) {
         fs::copy_file(kData / "ods" / "corrupt.ods", audit / "reviews" / "zz-bad.ods");
       },
       1,
       problems({"audit/reviews/zz-bad.ods: not an .ods spreadsheet (not a zip archive); save it "
                 "as ODF Spreadsheet (.ods)"})},
      {"a review date that does not exist", "run audit",
       [independent](const fs::path& audit) {
         edit_part(audit / independent, "xl/sharedStrings.xml", ">10/02/2016<", ">31/02/2016<");
       },
       1,
       problems({"audit/reviews/Independent reviewer.xlsx: Review!B5: date \"31/02/2016\" of the "
                 "review names no real day: February 2016 has 29 days; expected a date such as "
                 "31/03/2015 or a month such as \"March 2015\""})},
      {"a role that is neither peer nor independent", "run audit",
       [independent](const fs::path& audit) {
         edit_part(audit / independent, "xl/sharedStrings.xml", ">independent<", ">friend<");
       },
       1,
       problems({"audit/reviews/Independent reviewer.xlsx: Review!B4: role \"friend\" is not peer "
                 "or independent"})},
      {"no Review sheet", "run audit",
       [independent](const fs::path& audit) {
         edit_part(audit / independent, "xl/workbook.xml", "name=\"Review\"", "name=\"Notes\"");
       },
       1,
       problems({"audit/reviews/Independent reviewer.xlsx: no sheet named \"Review\"; the "
                 "workbook has sheets \"Notes\" and \"Guidance\"; expected the workbook made by "
                 "`s11 review`"})},
  };
  check_cases(cases);
}

TEST_CASE("a bad framework or questionnaire file fails with its line", "[bad-input]") {
  const std::string framework = slurp(fs::path(S11_SOURCE_DIR) / "standards" / "oscb-2015.xml");
  const std::string questionnaire =
      slurp(fs::path(S11_SOURCE_DIR) / "questionnaires" / "oscb-staff.xml");
  auto board = [framework](const std::string& from, const std::string& to) {
    return [framework, from, to](const fs::path& audit) {
      write(audit / "board.xml", framework);
      if (!from.empty()) edit(audit / "board.xml", from, to);
      edit(audit / "audit.ini", "framework = oscb-2015", "framework = board.xml");
    };
  };
  auto staff = [questionnaire](const std::string& from, const std::string& to) {
    return [questionnaire, from, to](const fs::path& audit) {
      write(audit / "staff.xml", questionnaire);
      edit(audit / "staff.xml", from, to);
      edit(audit / "audit.ini", "questionnaire = oscb-staff", "questionnaire = staff.xml");
    };
  };
  const std::vector<BadInput> cases = {
      {"a framework cut short", "run audit",
       [framework](const fs::path& audit) {
         write(audit / "board.xml", framework.substr(0, framework.size() / 2));
         edit(audit / "audit.ini", "framework = oscb-2015", "framework = board.xml");
       },
       1, problems({"audit/board.xml:232: malformed XML: Start-end tags mismatch"})},
      {"a framework with a duplicate point id", "run audit",
       board("<point id=\"1.2\"", "<point id=\"1.1\""), 1,
       problems({"audit/board.xml:42: duplicate point id \"1.1\" (first defined at line 36)"})},
      {"a framework percent above 100", "run audit", board("min-met=\"100\"", "min-met=\"150\""), 1,
       problems({"audit/board.xml:10: level \"Blue\": min-met must be a whole number from 0 to "
                 "100; found \"150\""})},
      {"a framework standard in an unknown area", "run audit",
       board("area=\"leadership\"", "area=\"leadershp\""), 1,
       problems({"audit/board.xml:34: standard \"1\" refers to unknown area \"leadershp\"; "
                 "expected one of: leadership, partnership, workforce, policies"})},
      {"a framework whose root element is misspelt", "run audit", board("<framework ", "<frame "),
       1, problems({"audit/board.xml:477: malformed XML: Start-end tags mismatch"})},
      {"a questionnaire on an unknown scale", "run audit",
       staff("scale=\"yes-no-unsure\" points=\"1.3\"", "scale=\"yes-no\" points=\"1.3\""), 1,
       problems({"audit/staff.xml:62: question \"q01\" refers to unknown scale \"yes-no\"; "
                 "expected one of: yes-no-unsure, agree-4, agree-5, frequency"})},
      {"a questionnaire with amber above green", "run audit",
       staff("green=\"90\" amber=\"75\"", "green=\"70\" amber=\"75\""), 1,
       problems({"audit/staff.xml:62: question \"q01\": amber 75 is above green 70; expected amber "
                 "at or below green"})},
      {"a questionnaire with min-group-size 2", "run audit",
       staff("min-group-size=\"5\"", "min-group-size=\"2\""), 1,
       problems({"audit/staff.xml:6: min-group-size must be a whole number of at least 3, as "
                 "smaller groups can identify people; found \"2\""})},
      {"a questionnaire cut short", "run audit", staff("</questionnaire>", "</questionnair"), 1,
       problems({"audit/staff.xml:163: malformed XML: Start-end tags mismatch"})},
      {"s11 new with a framework file with a mistake",
       "new fresh --org Test --period 2016-17 "
       "--date 2016-11-30 --framework audit/board.xml",
       [framework](const fs::path& audit) {
         write(audit / "board.xml", framework);
         edit(audit / "board.xml", "<point id=\"1.2\"", "<point id=\"1.1\"");
       },
       1,
       problems({"DIR/audit/board.xml:42: duplicate point id \"1.1\" (first defined at line 36)"})},
  };
  check_cases(cases);
}

TEST_CASE("the inputs issue 9 found fail with a precise message and leave every file alone",
          "[bad-input][issue9]") {
  auto set = [](const std::string& from, const std::string& to) {
    return [from, to](const fs::path& audit) { edit(audit / "audit.ini", from, to); };
  };
  auto fixture = [](const std::string& name) {
    return [name](const fs::path& audit) {
      fs::copy_file(fs::path(S11_TEST_DATA_DIR) / "engine" / name, audit / "evidence.xlsx",
                    fs::copy_options::overwrite_existing);
    };
  };
  const std::vector<BadInput> cases = {
      {"audit.ini: a key given twice", "run audit",
       set("period = 2015-16", "period = 2015-16\nperiod = 2016-17"), 1,
       "audit/audit.ini:7: setting \"period\" in [audit] is given twice (first on line 6); keep "
       "one\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"audit.ini: UTF-16", "run audit",
       [](const fs::path& audit) {
         const std::string text = slurp(audit / "audit.ini");
         std::string utf16 = "\xFF\xFE";
         for (char c : text) utf16 += std::string{c, '\0'};
         write(audit / "audit.ini", utf16);
       },
       1,
       "audit/audit.ini: the file is UTF-16 (it starts with FF FE); save it as UTF-8\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"audit.ini: a directory", "run audit",
       [](const fs::path& audit) {
         fs::remove(audit / "audit.ini");
         fs::create_directory(audit / "audit.ini");
       },
       1,
       "audit/audit.ini: is a directory, not a settings file\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"audit.ini: a NUL byte in a setting", "run audit",
       set("author = Safeguarding Coordinator",
           std::string("author = Safeguarding\0Coordinator", 33)),
       1,
       "audit/audit.ini:17: the line holds a NUL byte (character 22); remove it\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"audit.ini: next_audit_date before the audit date", "run audit",
       set("last_plan = action-plan-2014-15.xlsx",
           "last_plan = action-plan-2014-15.xlsx\nnext_audit_date = 2015-01-31"),
       1,
       "audit/audit.ini:29: next_audit_date 2015-01-31 is before the audit date 2015-11-30 (line "
       "8); expected the day of the next audit, when the drafted actions fall due, after the audit "
       "date (leave it out for a year on)\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"audit.ini: not UTF-8", "run audit",
       set("author = Safeguarding Coordinator", "author = Safeguarding Co\xF6rdinator"), 1,
       "audit/audit.ini:17: the line is not UTF-8 (byte F6 at character 25); save the file as "
       "UTF-8\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"evidence: an Excel 97-2003 or password-protected workbook", "run audit",
       fixture("hostile-xls.xlsx"), 1,
       "audit/evidence.xlsx: this is an Excel 97-2003 workbook (.xls) or a password-protected "
       "workbook, not an .xlsx; remove the password or save it as Excel Workbook (.xlsx)\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"evidence: an OpenDocument spreadsheet renamed .xlsx is read as the .ods it is", "run audit",
       fixture("hostile-ods.xlsx"), 1,
       "audit/evidence.xlsx: no sheet named \"Self-assessment\"; the workbook has one sheet, "
       "\"Calc\"; expected the workbook made by `s11 new`\n"
       "audit/evidence.xlsx: no sheet named \"Evidence\"; the workbook has one sheet, \"Calc\"; "
       "expected the workbook made by `s11 new`\n"
       "s11: 2 problems found; nothing was written.\n"},
      {"evidence: two parts of one name", "run audit", fixture("hostile-duplicate-part.xlsx"), 1,
       "audit/evidence.xlsx: the workbook holds two parts named xl/worksheets/sheet1.xml; it is "
       "damaged: open it in Excel or LibreOffice and save it again\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"evidence: a declared size of 3.9 GB is not trusted (the workbook is read, then found not "
       "to be evidence)",
       "run audit", fixture("hostile-declared-size.xlsx"), 1,
       "audit/evidence.xlsx: no sheet named \"Self-assessment\"; the workbook has one sheet, "
       "\"Sheet1\"; expected the workbook made by `s11 new`\n"
       "audit/evidence.xlsx: no sheet named \"Evidence\"; the workbook has one sheet, \"Sheet1\"; "
       "expected the workbook made by `s11 new`\n"
       "s11: 2 problems found; nothing was written.\n"},
      {"evidence: text that is not UTF-8", "run audit",
       [](const fs::path& audit) {
         edit_part(audit / "evidence.xlsx", "xl/worksheets/sheet2.xml", "Safeguarding",
                   "Safeguard\xE9ng");
       },
       1,
       "audit/evidence.xlsx: Evidence!B5: the text is not valid UTF-8 (byte 0xE9 at character 10); "
       "retype it in Excel or LibreOffice Calc and save the workbook again\n"
       "s11: 1 problem found; nothing was written.\n"},
      {"survey: a SurveyMonkey export without its second header row", "run audit",
       [](const fs::path& audit) {
         std::string text = slurp(audit / "surveys" / "housing-surveymonkey.csv");
         const auto first = text.find('\n');
         const auto second = text.find('\n', first + 1);
         text.erase(first + 1, second - first);
         write(audit / "surveys" / "housing-surveymonkey.csv", text);
       },
       1,
       "audit/surveys/housing-surveymonkey.csv:1: column O \"To what extent do you agree with each "
       "statement?\" is followed by 4 columns with no header: a SurveyMonkey export has the answer "
       "options in its second header row, which is missing; export again with both header rows (or "
       "insert a second row naming the answer option or statement above each of these columns)\n"
       "audit/surveys/housing-surveymonkey.csv:1: column U \"My supervision includes discussion of "
       "safeguarding\" is followed by 5 columns with no header: a SurveyMonkey export has the "
       "answer options in its second header row, which is missing; export again with both header "
       "rows (or insert a second row naming the answer option or statement above each of these "
       "columns)\n"
       "audit/surveys/housing-surveymonkey.csv:1: column AA \"Children's and families' views shape "
       "how our service is deve...\" is followed by 1 column with no header: a SurveyMonkey export "
       "has the answer options in its second header row, which is missing; export again with both "
       "header rows (or insert a second row naming the answer option or statement above each of "
       "these columns)\n"
       "s11: 3 problems found; nothing was written.\n"},
      {"outputs: a folder where gaps.csv goes", "run audit",
       [](const fs::path& audit) {
         fs::remove(audit / "out" / "gaps.csv");
         fs::create_directories(audit / "out" / "gaps.csv" / "my notes");
       },
       3,
       "warning: audit/action-plan-2014-15.xlsx: Action Plan 2014-15!E21: date \"October 2915\" is "
       "implausible: more than 3 years from the audit date (30 November 2015); kept as written but "
       "not used to rate the status; correct it if it is a typing error\n"
       "warning: audit/action-plan-2014-15.xlsx: Action Plan 2014-15!C23: action completed, "
       "standard 7 still unevidenced (point 7.2: 58% of 48 staff know how to escalate a "
       "disagreement with another agency about a child's safety; threshold 80% (self-assessed "
       "Met)); a new action is drafted for it\n"
       "warning: audit/action-plan-2014-15.xlsx: Action Plan 2014-15!C19: action \"Publish the "
       "procedure for managing allegations against staff...\" overdue as of 30 November 2015: due "
       "31 May 2015, not completed; the rule suggests R-Red\n"
       "s11: audit/out/gaps.csv: a directory is at this output path; left alone and nothing was "
       "written: move or rename it, then run again\n"},
  };
  check_cases(cases);
}

TEST_CASE("bad options and outputs of the other commands fail and leave files alone",
          "[bad-input]") {
  auto nothing = [](const fs::path&) {};
  const std::vector<BadInput> cases = {
      {"s11 new on an existing audit", "new audit --org Test --period 2016-17 --date 2016-11-30",
       nothing, 3,
       failure("audit/audit.ini: already exists; s11 new never overwrites an audit (choose another "
               "DIR)")},
      {"s11 new with a date that does not exist",
       "new fresh --org Test --period 2016-17 --date 2016-02-30", nothing, 2,
       usage("new: --date \"2016-02-30\" is not a date; expected YYYY-MM-DD")},
      {"s11 new with a currency window of 0 months",
       "new fresh --org Test --period 2016-17 --currency-months 0", nothing, 2,
       usage("new: --currency-months \"0\" is not a whole number of months from 1 to 120")},
      {"s11 new with an unknown framework id",
       "new fresh --org Test --period 2016-17 --framework oscb-2016", nothing, 1,
       problems({"framework \"oscb-2016\" is neither a file (looked for \"DIR/oscb-2016\") nor a "
                 "bundled framework id; bundled ids: oscb-2015, working-together-8"})},
      {"s11 plan with an action plan that is not a zip", "plan audit --as-of 2016-03-31",
       [](const fs::path& audit) {
         write(audit / "out" / "action-plan.xlsx", "Action plan\n");
         // Written by s11 on 2 December 2026 at 06:14, local time.
         REQUIRE(
             test::set_local_mtime((audit / "out" / ".s11-manifest").string(), 2026, 12, 2, 6, 14));
       },
       1,
       problems({"audit/out/action-plan.xlsx: not an .xlsx workbook (not a zip archive); save it "
                 "as Excel Workbook (.xlsx)",
                 "audit/out/action-plan.xlsx: changed since s11 wrote it on 2026-12-02 at 06:14 "
                 "and no longer reads as an action plan (the problems above), so your changes "
                 "cannot be carried into the new plan: put them right and run again, or run again "
                 "with --force to write a new one and keep yours as "
                 "audit/out/action-plan.edited-1.xlsx"})},
      {"s11 plan with no action plan", "plan audit --as-of 2016-03-31",
       [](const fs::path& audit) { fs::remove(audit / "out" / "action-plan.xlsx"); }, 3,
       failure("audit/out/action-plan.xlsx: no action plan to re-rate; run `s11 run audit` first")},
      {"s11 plan with a day that does not exist", "plan audit --as-of 2016-02-30", nothing, 2,
       usage("plan: --as-of \"2016-02-30\" is not a date; expected YYYY-MM-DD")},
      {"s11 review with an unknown role", "review audit --reviewer Someone --role friend", nothing,
       2, usage("review: --role \"friend\" is not peer or independent")},
      {"s11 review of an audit with a bad audit.ini", "review audit --reviewer Someone",
       [](const fs::path& audit) {
         edit(audit / "audit.ini", "date = 2015-11-30", "date = 2015-02-30");
       },
       1,
       problems({"audit/audit.ini:8: date \"2015-02-30\" names no real day: February 2015 has 28 "
                 "days; expected a date such as 30/11/2015 or 2015-11-30"})},
      {"s11 challenge of an audit with bad evidence", "challenge audit",
       [](const fs::path& audit) { write(audit / "evidence.xlsx", ""); }, 1,
       problems({"audit/evidence.xlsx: the file is empty (0 bytes), not an .xlsx workbook; copy "
                 "it again, or save it again as Excel Workbook (.xlsx)"})},
      {"s11 survey with a minimum group size of 2",
       "survey audit/surveys/housing-surveymonkey.csv --out audit/summary --min-group-size 2",
       nothing, 2, usage("survey: --min-group-size \"2\" is not a whole number of at least 3")},
      {"s11 survey of a missing file", "survey audit/surveys/none.csv --out audit/summary", nothing,
       3, failure("audit/surveys/none.csv: cannot read: No such file or directory")},
  };
  check_cases(cases);
}

}  // namespace s11
