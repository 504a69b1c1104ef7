#include "cli/commands.h"

#include <algorithm>
#include <boost/program_options.hpp>
#include <cctype>
#include <climits>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string_view>
#include <utility>

#include "app/assessment.h"
#include "app/demo.h"
#include "app/new_audit.h"
#include "app/plan_update.h"
#include "app/review_setup.h"
#include "app/survey_summary.h"
#include "app/version.h"
#include "base/control_text.h"
#include "base/errors.h"
#include "base/text.h"
#include "engine/plan_rules.h"
#include "reports/challenge_report.h"
#include "reports/questionnaire_report.h"
#include "reports/section11_return.h"
#include "workbooks/audit_directory.h"

namespace s11::cli {
namespace {

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace ad = audit_directory;

/// One subcommand: its options, its help text and the function that runs it.
struct Command {
  const char* name;
  const char* summary;
  const char* usage;
  void (*options)(po::options_description&, po::positional_options_description&);
  int (*run)(const po::variables_map&, std::ostream&);
};

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

/// Prints a warning to stderr, where it does not mix with the summary table; control
/// characters in the data it quotes are escaped.
void print_warning(const std::string& warning) {
  std::cerr << "warning: " << terminal_safe(warning) << "\n";
}

/// Prints warnings to stderr.
void print_warnings(const std::vector<std::string>& warnings) {
  for (const auto& warning : warnings) print_warning(warning);
}

std::string pad(const std::string& text, std::size_t width) {
  // Pads by characters, not bytes, so names with accents line up.
  std::size_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return text + std::string(chars < width ? width - chars : 0, ' ');
}

void print_summary(const Audit& audit, const AuditResult& result, std::ostream& out) {
  out << audit.config.organisation << ", " << audit.config.period << " (" << audit.framework.id
      << ", audit date " << audit.config.audit_date.long_text() << ")\n\n";
  out << pad("Standard", 10) << pad("Agency", 10) << pad("Evidence", 10) << pad("Met", 6)
      << pad("Evidenced", 11) << "Flag\n";
  auto name = [](const RatingLevel* level, const char* none) {
    return level ? level->name : std::string(none);
  };
  for (const auto& sr : result.standards) {
    out << pad(sr.standard->id, 10) << pad(name(sr.agency_rating, "-"), 10)
        << pad(name(sr.evidence_rating, "n/a"), 10)
        << pad(std::to_string(sr.tally.met_percent()) + "%", 6)
        << pad(std::to_string(sr.tally.evidenced_percent()) + "%", 11)
        << claim_text(sr.claim, sr.agency_rating, sr.evidence_rating) << "\n";
  }
  out << pad("Overall", 10) << pad(name(result.agency_overall_rating, "-"), 10)
      << pad(name(result.overall_rating, "n/a"), 10)
      << pad(std::to_string(result.overall.met_percent()) + "%", 6)
      << pad(std::to_string(result.overall.evidenced_percent()) + "%", 11)
      << claim_text(result.overall_claim, result.agency_overall_rating, result.overall_rating)
      << "\n\n";
  if (result.overall_rating) {
    out << "Evidence-based overall rating: "
        << rating_sentence(*result.overall_rating, result.overall) << "\n";
  }
  out << "Gaps: " << gap_summary(result.gaps) << ".\n";
}

/// Scores the audit in `dir` and writes its outputs (over edited ones with `force`); prints the
/// summary.
int run_audit(const std::string& dir, std::ostream& out, bool force = false) {
  std::unique_ptr<app::Assessment> a = app::assess(dir, print_warning);
  app::WriteOptions options;
  options.force = force;
  const std::vector<std::string> written = app::write_outputs(*a, options, print_warning);
  const Audit& audit = a->audit;
  const AuditResult& result = a->result;
  const auto& reviews = a->reviews;
  const auto& challenge = a->challenge;
  const auto& plan = a->plan;

  print_summary(audit, result, out);
  if (a->surveys) {
    std::size_t below = 0;
    for (const auto& r : a->surveys->results) {
      below += r.rag != SurveyRag::kGreen && r.rag != SurveyRag::kNoData;
    }
    out << "Staff survey: " << survey_responses_text(*a->surveys) << " to "
        << a->surveys->results.size() << " questions; " << below << " below threshold.\n";
  }
  out << "Impact:";
  for (const auto& area : a->impact.areas) {
    out << " " << area.area->title << " "
        << (area.profile.operating > 0 ? "level " + std::to_string(area.profile.operating)
                                       : std::string("not yet level 1"))
        << ";";
  }
  out << "\n";
  if (!reviews.empty()) {
    out << "Reviews: " << reviews.size() << " reviewer workbooks read.\n";
  }
  out << "Challenge list: " << challenge.size() << " questions (s11 challenge " << dir
      << " prints them).\n";
  std::size_t carried = 0;
  for (const auto& action : plan.actions) carried += action.carried;
  out << "Action plan: " << plan.actions.size() - carried << " drafted, " << carried
      << " carried from last year's plan";
  const int overdue = overdue_count(plan, audit.config.audit_date);
  if (overdue > 0) out << "; " << overdue << " overdue (listed above)";
  out << ".\n";
  out << "\nWrote:\n";
  for (const auto& path : written) out << "  " << path << "\n";
  return kExitOk;
}

// --- s11 new -------------------------------------------------------------------------------

/// The usage line of `s11 new`, also in its row of the command table.
constexpr const char* kNewUsage =
    "s11 new DIR --org NAME --period PERIOD [--framework ID|FILE] [--date YYYY-MM-DD] "
    "[--from LAST_YEAR_DIR]";

void new_options(po::options_description& o, po::positional_options_description& p) {
  // With --from, an option left at its default takes last year's value (app/new_audit.h).
  o.add_options()("dir", po::value<std::string>()->required(), "audit directory to create")(
      "org", po::value<std::string>(),
      "organisation making the return (with --from: last year's unless given)")(
      "period", po::value<std::string>()->required(), "period the return covers, e.g. 2015-16")(
      "from", po::value<std::string>(),
      "last year's audit directory: start from its statuses, comments, ratings, evidence "
      "register, settings, action plan and return")(
      "framework", po::value<std::string>()->default_value("oscb-2015"),
      "bundled framework id or a framework XML file (copied into DIR); with --from, last "
      "year's unless given")("date", po::value<std::string>(),
                             "audit date, YYYY-MM-DD (default: today)")(
      "currency-months", po::value<std::string>()->default_value("24"),
      "evidence older than this many months is stale (with --from, last year's unless given)")(
      "owner", po::value<std::string>()->default_value(""),
      "document owner (with --from, last year's unless given)")(
      "author", po::value<std::string>()->default_value(""),
      "document author (with --from, last year's unless given)");
  p.add("dir", 1);
}

/// The value of option `name`, or "" when it was not given (left at its default or absent).
std::string given(const po::variables_map& vm, const char* name) {
  return vm.count(name) && !vm[name].defaulted() ? vm[name].as<std::string>() : std::string();
}

/// What `--from` carried, in a few lines.
void print_carried(const app::CarriedSummary& c, const fs::path& dir, std::ostream& out) {
  auto count = [](std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
  };
  out << "Carried from " << c.from;
  if (fs::path(c.from).filename() != c.period) out << " (" << c.period << ")";
  out << ": " << count(c.statuses, "status", "statuses") << ", "
      << count(c.comments, "comment", "comments") << ", "
      << count(c.ratings, "agency rating", "agency ratings") << ", "
      << count(c.evidence, "evidence item", "evidence items") << " (" << c.stale << " stale)";
  if (c.left_out > 0) {
    out << "; " << c.left_out << " left out (supporting only removed points)";
  }
  out << "; " << count(c.new_points, "point", "points") << " new in this framework, " << c.reworded
      << " reworded, " << c.removed << " removed.\n";
  if (!c.last_plan.empty()) {
    out << "Last year's action plan: " << (dir / c.last_plan).string() << " ([plan] last_plan).\n";
  }
  if (!c.last_return.empty()) {
    out << "Last year's return: " << (dir / c.last_return).string()
        << " ([history] last_return).\n";
  }
  auto none = [&](const char* file, const char* what, const char* setting) {
    out << "No " << ad::kOutDir << "/" << file << " in " << c.from << ": " << what
        << " not carried (run s11 run " << c.from << ", then copy it in and name it in " << setting
        << ").\n";
  };
  if (c.last_plan.empty()) none(ad::kPlanFile, "last year's action plan", "[plan] last_plan");
  if (c.last_return.empty() && c.last_return_problem.empty()) {
    none(ad::kReturnFile, "last year's return", "[history] last_return");
  }
  if (!c.last_return_problem.empty()) {
    print_warning("last year's return not named in [history] last_return: " +
                  c.last_return_problem + "; s11 run shows no change since last year");
  }
}

int run_new(const po::variables_map& vm, std::ostream& out) {
  app::NewAudit request;
  request.dir = vm["dir"].as<std::string>();
  request.from = given(vm, "from");
  AuditConfig& config = request.config;
  if (!vm.count("org") && request.from.empty()) {
    throw UsageError(std::string("new: missing --org; usage: ") + kNewUsage);
  }
  config.organisation = trim(given(vm, "org"));
  config.period = trim(vm["period"].as<std::string>());
  config.owner = given(vm, "owner");
  config.author = given(vm, "author");
  if (vm.count("org") && config.organisation.empty()) {
    throw UsageError("new: --org must not be empty");
  }
  if (config.period.empty()) throw UsageError("new: --period must not be empty");
  config.currency_months = 0;  // last year's with --from, else 24 (app/new_audit.h)
  if (!vm["currency-months"].defaulted()) {
    const std::string months = vm["currency-months"].as<std::string>();
    if (!parse_int(months, config.currency_months) || config.currency_months < 1 ||
        config.currency_months > 120) {
      throw UsageError("new: --currency-months " + s11::quoted(months) +
                       " is not a whole number of months from 1 to 120");
    }
  }
  config.audit_date = today();
  if (vm.count("date")) {
    auto date = parse_date_text(vm["date"].as<std::string>());
    if (!date) {
      throw UsageError("new: --date " + s11::quoted(vm["date"].as<std::string>()) +
                       " is not a date; expected YYYY-MM-DD");
    }
    config.audit_date = *date;
  }
  request.framework = given(vm, "framework");
  const app::CreatedAudit created = app::create_audit(request, print_warning);
  const fs::path dir = request.dir;
  out << "Created the audit " << created.config.organisation << ", " << created.config.period
      << " (" << created.framework.id << ", " << created.framework.standards.size()
      << " standards, " << created.framework.point_count() << " points, audit date "
      << created.config.audit_date.iso() << "):\n";
  for (const auto& path : created.paths) out << "  " << path << "\n";
  if (created.carried) {
    print_carried(created.summary, dir, out);
    out << "Review " << (dir / ad::kEvidenceWorkbook).string()
        << " (the \"Since last year\" columns say what to check), then run: s11 run "
        << dir.string() << "\n";
    return kExitOk;
  }
  out << "Fill in " << (dir / ad::kEvidenceWorkbook).string() << ", then run: s11 run "
      << dir.string() << "\n";
  return kExitOk;
}

// --- s11 run -------------------------------------------------------------------------------

/// What --force says, for `s11 run` and `s11 plan`.
constexpr const char* kForceHelp =
    "write over outputs changed since s11 wrote them that it cannot read back (the return, "
    "gaps.csv, a plan that no longer reads), keeping each beside the new one as NAME.edited-N";

void run_options(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("dir", po::value<std::string>()->required(), "audit directory")("force",
                                                                                  kForceHelp);
  p.add("dir", 1);
}

int run_run(const po::variables_map& vm, std::ostream& out) {
  return run_audit(vm["dir"].as<std::string>(), out, vm.count("force") > 0);
}

// --- s11 plan ------------------------------------------------------------------------------

void plan_options(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("dir", po::value<std::string>()->required(), "audit directory")(
      "as-of", po::value<std::string>(),
      "rate statuses as of this day, YYYY-MM-DD (default: today)")("force", kForceHelp);
  p.add("dir", 1);
}

int run_plan(const po::variables_map& vm, std::ostream& out) {
  const std::string dir = vm["dir"].as<std::string>();
  Date as_of = today();
  if (vm.count("as-of")) {
    auto date = parse_date_text(vm["as-of"].as<std::string>());
    if (!date) {
      throw UsageError("plan: --as-of \"" + vm["as-of"].as<std::string>() +
                       "\" is not a date; expected YYYY-MM-DD");
    }
    as_of = *date;
  }
  const app::RatedPlan rated = app::update_plan(dir, as_of, vm.count("force") > 0, print_warning);
  const ActionPlan& plan = rated.plan;
  print_warnings(plan.flags);

  std::map<PlanStatus, int> counts;
  int differ = 0;
  for (const auto& action : plan.actions) {
    ++counts[derived_status(action)];
    for (const auto& m : action.milestones) {
      differ += m.suggested != PlanStatus::kNone && m.suggested != m.status;
    }
  }
  out << "Re-rated " << plan.actions.size() << " actions as of " << as_of.long_text() << ":";
  for (PlanStatus status :
       {PlanStatus::kBlue, PlanStatus::kGreen, PlanStatus::kAmber, PlanStatus::kRed}) {
    out << " " << counts[status] << " " << plan_status_label(status) << ";";
  }
  out << " the rule suggests a different status for " << differ
      << (differ == 1 ? " milestone" : " milestones");
  const int overdue = overdue_count(plan, as_of);
  if (overdue > 0) out << "; " << overdue << (overdue == 1 ? " action" : " actions") << " overdue";
  out << ".\nWrote:\n";
  for (const auto& path : rated.paths) out << "  " << path << "\n";
  return kExitOk;
}

// --- s11 survey ----------------------------------------------------------------------------

void survey_options(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("files", po::value<std::vector<std::string>>()->required(),
                  "survey exports to read")("questionnaire",
                                            po::value<std::string>()->default_value("oscb-staff"),
                                            "bundled questionnaire id or a questionnaire XML file")(
      "out", po::value<std::string>()->default_value("."),
      "directory to write survey-summary.xlsx to")(
      "min-group-size", po::value<std::string>()->default_value("0"),
      "suppress groups smaller than this (at least 3; default: the questionnaire's)")(
      "skip-bad-rows", "skip rows with answers outside the scale, listing them as warnings")(
      "include-comments", "put free-text comments in the workbook");
  p.add("files", -1);
}

int run_survey(const po::variables_map& vm, std::ostream& out) {
  const std::string min_group_text = vm["min-group-size"].as<std::string>();
  int min_group = 0;
  if (!parse_int(min_group_text, min_group) || (min_group != 0 && min_group < 3)) {
    throw UsageError("survey: --min-group-size " + s11::quoted(min_group_text) +
                     " is not a whole number of at least 3");
  }
  app::SurveyRequest request;
  request.options.skip_bad_rows = vm.count("skip-bad-rows") > 0;
  request.options.include_comments = vm.count("include-comments") > 0;
  request.questionnaire = vm["questionnaire"].as<std::string>();
  request.files = vm["files"].as<std::vector<std::string>>();
  request.min_group_size = min_group;
  request.out_dir = vm["out"].as<std::string>();
  const app::SurveySummary summary = app::summarise_surveys(request, today(), print_warning);
  const SurveyIngest& ingest = *summary.ingest;
  for (const auto& report : ingest.reports) print_warnings(report.warnings);
  print_warnings(ingest.warnings);
  out << render_survey_table(ingest) << "\nWrote:\n  " << summary.path << "\n";
  return kExitOk;
}

// --- s11 review ----------------------------------------------------------------------------

void review_options(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("dir", po::value<std::string>()->required(), "audit directory")(
      "reviewer", po::value<std::string>()->required(),
      "the reviewer's name or role, as they choose; also names the workbook")(
      "role", po::value<std::string>()->default_value("peer"), "peer or independent");
  p.add("dir", 1);
}

int run_review(const po::variables_map& vm, std::ostream& out) {
  const std::string dir = vm["dir"].as<std::string>();
  const std::string reviewer = trim(vm["reviewer"].as<std::string>());
  if (reviewer.empty()) throw UsageError("review: --reviewer must not be empty");
  auto role = parse_role(vm["role"].as<std::string>());
  if (!role) {
    throw UsageError("review: --role \"" + vm["role"].as<std::string>() +
                     "\" is not peer or independent");
  }
  const app::ReviewSetup setup = app::create_review_workbook(dir, reviewer, *role, print_warning);
  const Audit& audit = setup.assessment->audit;
  out << "Created the review workbook of " << reviewer << " (role: " << role_label(*role)
      << ") for " << audit.config.organisation << ", " << audit.config.period << ":\n  "
      << setup.path << "\nFill it in, then run: s11 run " << dir << "\n";
  return kExitOk;
}

// --- s11 challenge -------------------------------------------------------------------------

void challenge_options(po::options_description& o, po::positional_options_description& p) {
  o.add_options()("dir", po::value<std::string>()->required(), "audit directory");
  p.add("dir", 1);
}

int run_challenge(const po::variables_map& vm, std::ostream& out) {
  std::unique_ptr<app::Assessment> a =
      app::assess_audit(vm["dir"].as<std::string>(), print_warning);
  out << render_challenge_text(
      build_challenge(a->audit, a->result, a->impact),
      "Challenge list: " + a->audit.config.organisation + ", " + a->audit.config.period);
  return kExitOk;
}

// --- s11 demo ------------------------------------------------------------------------------

void demo_options(po::options_description& o, po::positional_options_description&) {
  o.add_options()("out", po::value<std::string>()->default_value("s11-demo"),
                  "directory to copy the example audit into");
}

int run_demo(const po::variables_map& vm, std::ostream& out) {
  const fs::path dir = vm["out"].as<std::string>();
  app::copy_demo(dir.string());
  out << "Copied the example audit to " << dir.string() << "\n\n";
  return run_audit(dir.string(), out);
}

const Command kCommands[] = {
    {"new", "create an audit directory with audit.ini and an evidence workbook to fill in",
     kNewUsage, new_options, run_new},
    {"run", "score an audit; write out/section11-return.xlsx, gaps.csv, action-plan.xlsx and .ics",
     "s11 run DIR [--force]", run_options, run_run},
    {"plan", "re-rate the statuses of out/action-plan.xlsx as of a day; update the return's plan",
     "s11 plan DIR [--as-of YYYY-MM-DD] [--force]", plan_options, run_plan},
    {"survey", "summarise staff survey exports on their own: a workbook and a table",
     "s11 survey FILE... [--questionnaire ID|FILE] [--out DIR]", survey_options, run_survey},
    {"review", "write a reviewer's workbook to reviews/NAME.xlsx for a peer or independent review",
     "s11 review DIR --reviewer NAME [--role peer|independent]", review_options, run_review},
    {"challenge", "print the questions a peer reviewer should ask first, ranked",
     "s11 challenge DIR", challenge_options, run_challenge},
    {"demo", "copy the bundled example audit to a directory and run it", "s11 demo [--out DIR]",
     demo_options, run_demo},
};

/// What s11 is: the first line of --help and the NAME of the man page.
constexpr const char* kTagline =
    "Section 11 (Children Act 2004) safeguarding self-assessment audits";

/// The options of s11 itself, for --help and the man page.
const std::pair<const char*, const char*> kGlobalOptions[] = {
    {"--help", "show this help (s11 COMMAND --help for a command's)"},
    {"--version", "show the version"},
};

/// The exit codes and what they mean, for --help and the man page (README.md has them too).
const std::pair<ExitCode, const char*> kExitCodes[] = {
    {ExitCode::kOk, "success"},
    {ExitCode::kInput, "problems in the input files (all listed, nothing written)"},
    {ExitCode::kUsage, "wrong command line"},
    {ExitCode::kIo, "a file could not be read or written"},
    {ExitCode::kInternal, "internal error"},
};

/// The options `command` takes, as its --help prints them and its arguments are parsed.
po::options_description command_options(const Command& command,
                                        po::positional_options_description& positional) {
  po::options_description options(std::string("Usage: ") + command.usage + "\n\n" +
                                  command.summary + "\n\nOptions");
  command.options(options, positional);
  options.add_options()("help,h", "show this help");
  return options;
}

std::string overview() {
  std::ostringstream text;
  text << "s11 " << version() << ": " << kTagline << ".\n\n"
       << "Usage: s11 COMMAND [OPTIONS]\n\nCommands:\n";
  for (const auto& c : kCommands) text << "  " << pad(c.name, 11) << c.summary << "\n";
  text << "\nOptions:\n";
  for (const auto& [name, what] : kGlobalOptions) text << "  " << pad(name, 11) << what << "\n";
  // The exit codes as one sentence, in lines of at most 88 characters.
  std::string line = "Exit codes:";
  text << "\n";
  for (std::size_t i = 0; i < std::size(kExitCodes); ++i) {
    const std::string item = std::to_string(static_cast<int>(kExitCodes[i].first)) + " " +
                             kExitCodes[i].second + (i + 1 < std::size(kExitCodes) ? ";" : ".");
    if (line.size() + 1 + item.size() > 88) {
      text << line << "\n";
      line = item;
    } else {
      line += " " + item;
    }
  }
  text << line << "\n";
  return text.str();
}

// --- checking the command line -------------------------------------------------------------

/// An option as messages name it: a positional one as the usage line does (DIR, FILE).
std::string option_label(std::string name) {
  if (name.rfind("--", 0) == 0) name.erase(0, 2);
  if (name == "dir") return "DIR";
  if (name == "files") return "FILE";
  return "--" + name;
}

/// Options naming a file or directory, whose names the file system limits.
const std::set<std::string> kPathOptions = {"dir",       "out",           "files",
                                            "framework", "questionnaire", "from"};

[[noreturn]] void throw_usage(const Command& command, const std::string& problem) {
  throw UsageError(std::string(command.name) + ": " + problem + "; usage: " + command.usage);
}

/// A path within what Linux allows: each name at most NAME_MAX bytes, the whole below PATH_MAX.
void check_path(const Command& command, const std::string& label, const std::string& value) {
  if (value.size() >= PATH_MAX) {
    throw UsageError(std::string(command.name) + ": " + label + ": the path is " +
                     std::to_string(value.size()) + " bytes long; a path may have at most " +
                     std::to_string(PATH_MAX - 1));
  }
  for (const auto& part : fs::path(value)) {
    const std::string name = part.string();
    if (name.size() <= NAME_MAX) continue;
    throw UsageError(std::string(command.name) + ": " + label + ": the name " + s11::quoted(name) +
                     " is " + std::to_string(name.size()) +
                     " bytes long; a file or directory name may have at most " +
                     std::to_string(NAME_MAX) + "; choose a shorter one");
  }
}

/// Every value given is one line of UTF-8 text, and every path one the file system takes:
/// a line break in --org would otherwise write a setting of its own into audit.ini.
void check_option_value(const Command& command, const std::string& name, const std::string& value) {
  const std::string label = option_label(name);
  const std::string prefix = std::string(command.name) + ": " + label + ": the value ";
  if (std::size_t bad = invalid_utf8_at(value); bad != std::string::npos) {
    static const char kHex[] = "0123456789ABCDEF";
    const auto byte = static_cast<unsigned char>(value[bad]);
    throw UsageError(prefix + "is not UTF-8 (byte " + kHex[byte >> 4] + kHex[byte & 0xF] +
                     " at character " + std::to_string(character_position(value, bad)) +
                     "); give it in UTF-8");
  }
  if (std::string problem = control_character_problem(value); !problem.empty()) {
    throw UsageError(prefix + problem);
  }
  if (kPathOptions.count(name)) check_path(command, label, value);
}

void check_option_values(const Command& command, const po::variables_map& vm) {
  for (const auto& [name, variable] : vm) {
    if (const auto* text = boost::any_cast<std::string>(&variable.value())) {
      check_option_value(command, name, *text);
    } else if (const auto* texts = boost::any_cast<std::vector<std::string>>(&variable.value())) {
      for (const auto& each : *texts) check_option_value(command, name, each);
    }
  }
}

/// A program_options error in s11's words.
std::string usage_problem(const po::error& error,
                          const po::positional_options_description& positional) {
  if (const auto* e = dynamic_cast<const po::required_option*>(&error)) {
    return "missing " + option_label(e->get_option_name());
  }
  if (const auto* e = dynamic_cast<const po::unknown_option*>(&error)) {
    // As typed, without the value of `--name=value`.
    const std::string name = e->get_option_name();
    return "unknown option " + s11::quoted(name.substr(0, name.find('=')));
  }
  if (const auto* e = dynamic_cast<const po::ambiguous_option*>(&error)) {
    std::vector<std::string> alternatives;
    for (const auto& alternative : e->alternatives()) alternatives.push_back("--" + alternative);
    return "option " + s11::quoted(e->get_option_name()) +
           " is short for more than one: " + join_list(alternatives, "or") + "; give more of it";
  }
  if (const auto* e = dynamic_cast<const po::multiple_occurrences*>(&error)) {
    return option_label(e->get_option_name()) + " is given more than once; give it once";
  }
  if (const auto* e = dynamic_cast<const po::invalid_command_line_syntax*>(&error)) {
    const std::string option = option_label(e->get_option_name());
    switch (e->kind()) {
      case po::invalid_syntax::missing_parameter:
        return option + " needs a value";
      case po::invalid_syntax::extra_parameter:
        return option + " takes no value";
      default:
        break;
    }
  }
  if (dynamic_cast<const po::too_many_positional_options_error*>(&error)) {
    if (positional.max_total_count() == 0) return "takes no arguments, only options";
    return "takes one " + option_label(positional.name_for_position(0)) + ", found more";
  }
  return error.what();
}

// --- the man page --------------------------------------------------------------------------

/// `text` for roff: backslashes escaped, option dashes (at the start of a word, or all of them
/// in a `literal` such as an option name) made minus signs, and a leading dot or quote kept
/// from reading as a request.
std::string roff(std::string_view text, bool literal = false) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool word_start =
        i == 0 || std::string_view(" [|(=,").find(text[i - 1]) != std::string_view::npos;
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-' && (literal || word_start || text[i - 1] == '-')) {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

/// A usage line with its command words ("s11 new") in bold.
std::string roff_usage(std::string_view usage) {
  const auto second_space = usage.find(' ', usage.find(' ') + 1);
  if (second_space == std::string_view::npos) return "\\fB" + roff(usage) + "\\fR";
  return "\\fB" + roff(usage.substr(0, second_space)) + "\\fR" + roff(usage.substr(second_space));
}

/// The options of one command as roff tagged paragraphs; positional ones also by their name.
std::string roff_options(const po::options_description& options,
                         const po::positional_options_description& positional) {
  std::ostringstream out;
  for (const auto& option : options.options()) {
    const std::string& name = option->long_name();
    bool is_positional = false;
    bool repeats = false;
    for (unsigned i = 0; i < std::min(positional.max_total_count(), 8u); ++i) {
      if (positional.name_for_position(i) == name) {
        is_positional = true;
        repeats = positional.max_total_count() > 8u;
      }
    }
    out << ".TP\n";
    if (is_positional) {
      std::string upper = name;
      for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out << "\\fI" << upper << "\\fR" << (repeats ? "..." : "") << ", ";
    }
    const std::string short_name =
        option->canonical_display_name(po::command_line_style::allow_dash_for_short);
    if (short_name.size() == 2 && short_name[0] == '-') {
      out << "\\fB" << roff(short_name) << "\\fR, ";
    }
    out << "\\fB\\-\\-" << roff(name, true) << "\\fR";
    const std::string parameter = option->format_parameter();
    if (parameter.starts_with("arg")) {
      out << " \\fIarg\\fR" << roff(parameter.substr(3));
    } else if (!parameter.empty()) {
      out << " " << roff(parameter);
    }
    out << "\n" << roff(option->description()) << "\n";
  }
  return out.str();
}

}  // namespace

std::string man_page() {
  std::ostringstream man;
  man << ".\\\" s11(1), made from the command table in cli/commands.cpp, as --help is.\n"
      << ".TH S11 1 \"\" \"s11 " << version() << "\" \"User Commands\"\n.nh\n"
      << ".SH NAME\ns11 \\- " << roff(kTagline) << "\n"
      << ".SH SYNOPSIS\n";
  for (const auto& c : kCommands) man << roff_usage(c.usage) << "\n.br\n";
  man << "\\fBs11 \\-\\-help\\fR | \\fBs11\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR | "
         "\\fBs11 \\-\\-version\\fR\n"
      << ".SH DESCRIPTION\n"
      << "\\fBs11\\fR scores an agency's Section 11 (Children Act 2004) safeguarding "
         "self-assessment against its safeguarding board's framework, and writes the return the "
         "board expects, rated by the board's own rules, with every gap and every over-claim "
         "visible. Frameworks and rating schemes are data: XML files, found as described under "
         "\\fBFILES\\fR and \\fBENVIRONMENT\\fR.\n"
      << ".PP\nThe first argument names the command; each command has its own options.\n";
  for (const auto& [name, what] : kGlobalOptions) {
    man << ".TP\n\\fB" << roff(name) << "\\fR\n" << roff(what) << "\n";
  }
  man << ".SH COMMANDS\n";
  for (const auto& c : kCommands) {
    po::positional_options_description positional;
    const po::options_description options = command_options(c, positional);
    man << ".SS " << c.name << "\n"
        << roff_usage(c.usage) << "\n.PP\n"
        << roff(c.summary) << ".\n.PP\nOptions:\n.RS\n"
        << roff_options(options, positional) << ".RE\n";
  }
  man << ".SH EXIT STATUS\n";
  for (const auto& [code, meaning] : kExitCodes) {
    man << ".TP\n\\fB" << static_cast<int>(code) << "\\fR\n" << roff(meaning) << "\n";
  }
  man << ".SH ENVIRONMENT\n"
      << ".TP\n\\fBS11_STANDARDS_PATH\\fR\n"
         "Directories, separated by colons, searched for framework files (\\fIID\\fR.xml, for "
         "\\fB\\-\\-framework\\fR \\fIID\\fR and the framework of audit.ini) before the "
         "bundled ones.\n"
      << ".TP\n\\fBS11_QUESTIONNAIRES_PATH\\fR\n"
         "Directories, separated by colons, searched for questionnaire files before the bundled "
         "ones.\n"
      << ".TP\n\\fBS11_EXAMPLES_PATH\\fR\n"
         "The directory holding the example audit (\\fIdistrict-council/\\fR) that "
         "\\fBs11 demo\\fR copies, instead of the bundled one.\n"
      << ".SH FILES\n"
         "The bundled data is found from the path of the \\fBs11\\fR executable: with "
         "\\fIPREFIX\\fR/bin/s11 (\\fI/usr/bin/s11\\fR from the package), under "
         "\\fIPREFIX\\fR/share/s11/.\n"
      << ".TP\n\\fIPREFIX\\fR/share/s11/standards/*.xml\n"
         "The bundled frameworks; a file's name without .xml is its id.\n"
      << ".TP\n\\fIPREFIX\\fR/share/s11/questionnaires/*.xml\n"
         "The bundled staff questionnaires, each by its id likewise.\n"
      << ".TP\n\\fIPREFIX\\fR/share/s11/examples/district\\-council/\n"
         "The example audit of a fictional district council, copied by \\fBs11 demo\\fR.\n"
      << ".TP\n\\fIDIR\\fR/audit.ini, \\fIDIR\\fR/evidence.xlsx\n"
         "An audit: its settings and the workbook to fill in (\\fBs11 new\\fR writes both).\n"
      << ".TP\n\\fIDIR\\fR/out/\n"
         "What \\fBs11 run\\fR writes: section11\\-return.xlsx, gaps.csv, "
         "action\\-plan.xlsx and action\\-plan.ics, with .s11\\-manifest (each output's "
         "SHA\\-256, so what you change in them is carried into the next run or kept) and "
         ".s11\\-action\\-plan\\-drafted.xlsx (the plan as s11 drafted it); leave those two "
         "be.\n";
  return man.str();
}

std::string version() { return app::version(); }

int run(const std::vector<std::string>& args, std::ostream& out) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    out << overview();
    return args.empty() ? kExitUsage : kExitOk;
  }
  if (args[0] == "--version") {
    out << "s11 " << version() << "\n";
    return kExitOk;
  }
  for (const auto& command : kCommands) {
    if (args[0] != command.name) continue;
    po::positional_options_description positional;
    const po::options_description options = command_options(command, positional);
    po::variables_map vm;
    try {
      po::store(po::command_line_parser(std::vector<std::string>(args.begin() + 1, args.end()))
                    .options(options)
                    .positional(positional)
                    .run(),
                vm);
      if (vm.count("help")) {
        out << options << "\n";
        return kExitOk;
      }
      check_option_values(command, vm);
      po::notify(vm);
    } catch (const po::error& e) {
      throw_usage(command, usage_problem(e, positional));
    }
    return command.run(vm, out);
  }
  std::vector<std::string> names;
  for (const auto& command : kCommands) names.push_back(command.name);
  throw UsageError("unknown command " + s11::quoted(args[0]) + "; the commands are " +
                   join_list(names, "and"));
}
}  // namespace s11::cli
