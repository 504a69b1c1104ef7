#include "reports/review_report.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "app/assessment.h"
#include "base/errors.h"
#include "cli/commands.h"
#include "engine/survey_evidence.h"
#include "readers/review_reader.h"
#include "reports/review_workbook.h"
#include "reports/xlsx_emitter.h"
#include "support/layout_cells.h"
#include "test_support.h"
#include "workbooks/review_workbook.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

const fs::path kExample = fs::path(S11_SOURCE_DIR) / "examples" / "district-council";

/// The example audit, scored, with its impact levels.
struct Scored {
  Audit audit;
  AuditResult result;
  ImpactResult impact;
};

const Scored& example() {
  static const Scored* scored = [] {
    auto* s = new Scored;
    s->audit = app::read_audit(kExample.string());
    app::add_survey_evidence(s->audit, kExample.string());
    s->result = score_audit(s->audit);
    s->impact = assess_impact(s->audit, s->result);
    return s;
  }();
  return *scored;
}

using test::cell_at;
using test::text_at;

double number_at(const layout::Sheet& sheet, int row, int col) {
  const layout::Cell* cell = cell_at(sheet, row, col);
  return cell && std::holds_alternative<double>(cell->value) ? std::get<double>(cell->value) : -1;
}

/// The row whose column `col` holds `text`, at or after `from`; -1 when none.
int row_with(const layout::Sheet& sheet, int col, const std::string& text, int from = 0) {
  int found = -1;
  for (const auto& cell : sheet.cells) {
    if (cell.col == col && cell.row >= from && text_at(sheet, cell.row, col) == text &&
        (found < 0 || cell.row < found)) {
      found = cell.row;
    }
  }
  return found;
}

}  // namespace

TEST_CASE("the review workbook has inputs beside the engine's judgement", "[reports][review]") {
  const Scored& s = example();
  layout::Workbook book =
      build_review_workbook(s.audit, s.result, s.impact, "Peer reviewer", ReviewerRole::kPeer);
  // The findings per area first, the reviewer's starting page; then the inputs.
  REQUIRE(book.sheets.size() == 3);
  CHECK(book.sheets[0].name == "Findings");
  CHECK(book.sheets[0].protect);
  CHECK(book.sheets[1].name == "Review");
  CHECK(book.sheets[2].name == "Guidance");
  CHECK(book.created == s.audit.config.audit_date);

  const layout::Sheet& sheet = book.sheets[1];
  CHECK(text_at(sheet, 0, 0) == "Section 11 review: Wychwood District Council, 2015-16");
  CHECK(text_at(sheet, 2, 0) == "Reviewer");
  CHECK(text_at(sheet, 2, 1) == "Peer reviewer");
  CHECK_FALSE(cell_at(sheet, 2, 1)->style.locked);
  CHECK(text_at(sheet, 3, 1) == "peer");
  CHECK_FALSE(cell_at(sheet, 3, 1)->style.locked);
  CHECK(text_at(sheet, 4, 0) == "Date");
  CHECK_FALSE(cell_at(sheet, 4, 1)->style.locked);
  for (std::size_t c = 0; c < review_workbook::kHeaders.size(); ++c) {
    CHECK(text_at(sheet, 6, static_cast<int>(c)) == review_workbook::kHeaders[c]);
  }
  CHECK(sheet.freeze_rows == 7);
  CHECK(sheet.repeat_first_row == 6);
  CHECK(sheet.protect);
  CHECK(sheet.landscape);
  CHECK(sheet.fit_to_width);

  // The first focus area, then its first standard (OSCB: leadership, standard 1).
  CHECK(text_at(sheet, 7, 0) == "leadership");
  CHECK(text_at(sheet, 7, 1) == "");
  CHECK(text_at(sheet, 7, 2) == "Focus area: Leadership and accountability");
  CHECK_FALSE(cell_at(sheet, 7, 8)->style.locked);  // reviewer impact level
  CHECK(cell_at(sheet, 7, 9)->style.locked);        // no rating on an area's row
  CHECK_FALSE(cell_at(sheet, 7, 10)->style.locked);
  CHECK(text_at(sheet, 8, 1) == "1");
  CHECK(text_at(sheet, 8, 3) == "Green");  // agency rating
  CHECK(text_at(sheet, 8, 4) == "Green");  // evidence-based rating
  CHECK(cell_at(sheet, 8, 3)->style.fill == "00B050");
  CHECK(text_at(sheet, 8, 6) == s.impact.standards[0].profile.summary);
  CHECK(text_at(sheet, 8, 7).rfind("E", 0) == 0);  // evidence ids and titles
  for (int c = 8; c < 12; ++c) CHECK_FALSE(cell_at(sheet, 8, c)->style.locked);
  CHECK(text_at(sheet, 8, 2) == s.audit.framework.find_standard("1")->title);
  // 4 areas and 12 standards.
  CHECK(row_with(sheet, 1, "12") > 0);
  CHECK(sheet.autofilter->last_row == 7 + 16 - 1);

  REQUIRE(sheet.validations.size() == 3);
  CHECK(sheet.validations[0].list == std::vector<std::string>{"peer", "independent"});
  CHECK(sheet.validations[1].list == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(sheet.validations[2].list == std::vector<std::string>{"Blue", "Green", "Amber", "Red"});
  CHECK(sheet.validations[2].range.first_row == 7);
  CHECK(sheet.validations[2].range.last_row == 22);

  const layout::Sheet& guidance = book.sheets[2];
  int levels = row_with(guidance, 0, "Impact level");
  REQUIRE(levels > 0);
  for (int i = 0; i < 4; ++i) {
    CHECK(number_at(guidance, levels + 1 + i, 0) == i + 1);
    CHECK(text_at(guidance, levels + 1 + i, 1) ==
          s.audit.framework.impact.levels[static_cast<std::size_t>(i)].name);
  }
  int ratings = row_with(guidance, 0, "Rating");
  REQUIRE(ratings > 0);
  CHECK(text_at(guidance, ratings + 1, 0) == "Blue");
  CHECK(guidance.protect);
}

TEST_CASE("a review workbook written by s11 reads back blank", "[reports][review]") {
  const Scored& s = example();
  test::TempDir dir;
  REQUIRE(write_xlsx(build_review_workbook(s.audit, s.result, s.impact, "Independent reviewer",
                                           ReviewerRole::kIndependent),
                     dir.file("review.xlsx"))
              .empty());
  Review review = read_review_workbook(dir.file("review.xlsx"), s.audit.framework);
  CHECK(review.reviewer == "Independent reviewer");
  CHECK(review.role == ReviewerRole::kIndependent);
  CHECK_FALSE(review.date);
  CHECK(review.standards.empty());
  CHECK(review.areas.empty());
}

TEST_CASE("the Review sheet puts reviewers side by side", "[reports][review]") {
  const Scored& s = example();
  std::vector<Review> reviews = read_reviews((kExample / "reviews").string(), s.audit.framework);
  ReviewAgreement agreement = measure_agreement(reviews, s.audit.framework);
  layout::Workbook book;
  book.add_sheet("Summary");
  add_review_sheet(book, s.audit, s.result, s.impact, reviews, agreement);
  REQUIRE(book.sheets.size() == 2);
  const layout::Sheet& sheet = book.sheets[1];
  CHECK(sheet.name == "Review");

  CHECK(text_at(sheet, 2, 0) == "Moderated ratings");
  CHECK(text_at(sheet, 2, 1) ==
        "Raw agreement 83% (10 of 12 standards); weighted kappa 0.77; Gwet's AC1 0.79");
  CHECK(text_at(sheet, 3, 0) == "Impact levels");
  CHECK(text_at(sheet, 3, 1) ==
        "Raw agreement 75% (12 of 16 standards and areas); weighted kappa 0.26; Gwet's AC1 "
        "0.72");
  CHECK(text_at(sheet, 4, 1) ==
        "Independent reviewer (independent, 10 February 2016; Independent reviewer.xlsx)");
  CHECK(text_at(sheet, 5, 1) ==
        "Peer reviewer - Thornbury Health Trust (peer, 20 January "
        "2016; Peer reviewer - Thornbury Health Trust.xlsx)");
  // Each figure explained in one plain sentence.
  CHECK(text_at(sheet, 6, 0) == "Raw agreement");
  CHECK(text_at(sheet, 6, 1) == "The share of standards the two ratings put at the same level.");
  CHECK(text_at(sheet, 7, 0) == "Weighted kappa");
  CHECK(text_at(sheet, 7, 1) ==
        "Agreement beyond chance, counting near misses as half agreement; it falls towards 0 "
        "when nearly every rating is the same level, even if the two agree.");
  CHECK(text_at(sheet, 8, 0) == "Gwet's AC1");
  CHECK(text_at(sheet, 8, 1) ==
        "Agreement beyond chance that stays stable when nearly every rating is the same level.");
  CHECK(text_at(sheet, 9, 0) == "How to read");
  CHECK(text_at(sheet, 9, 1).find("Rating for the return: the rating every reviewer") !=
        std::string::npos);

  const int header = row_with(sheet, 0, "Area");
  REQUIRE(header > 0);
  CHECK(sheet.freeze_rows == header + 1);
  CHECK(sheet.repeat_first_row == header);
  CHECK(sheet.landscape);
  CHECK(sheet.fit_to_width);
  const std::vector<std::string> headers = {"Area",
                                            "Standard",
                                            "Title",
                                            "Agency rating",
                                            "Evidence-based rating",
                                            "Impact level the evidence shows",
                                            "Independent reviewer: rating",
                                            "Independent reviewer: level",
                                            "Peer reviewer - Thornbury Health Trust: rating",
                                            "Peer reviewer - Thornbury Health Trust: level",
                                            "Rating for the return",
                                            "Rationale",
                                            "Recommendation"};
  for (std::size_t c = 0; c < headers.size(); ++c) {
    CHECK(text_at(sheet, header, static_cast<int>(c)) == headers[c]);
  }

  // Standard 9: the agency claims Green; the independent reviewer moderates it to Amber,
  // the peer keeps Green, which differs from the evidence-based Amber: both shaded. The
  // peer's rating is carried.
  const int nine = row_with(sheet, 1, "9", header);
  REQUIRE(nine > 0);
  CHECK(text_at(sheet, nine, 3) == "Green");
  CHECK(text_at(sheet, nine, 4) == "Amber");
  CHECK(text_at(sheet, nine, 6) == "Amber");
  CHECK(cell_at(sheet, nine, 6)->style.fill == kReviewDifferFill);
  CHECK(number_at(sheet, nine, 7) == 1);
  CHECK(text_at(sheet, nine, 8) == "Green");
  CHECK(cell_at(sheet, nine, 8)->style.fill == kReviewDifferFill);
  CHECK(number_at(sheet, nine, 9) == 2);
  CHECK(cell_at(sheet, nine, 9)->style.fill == kReviewDifferFill);
  CHECK(text_at(sheet, nine, 10) == "Green (peer reviewers)");
  CHECK(text_at(sheet, nine, 11).rfind("Independent reviewer: Awareness of diversity", 0) == 0);
  CHECK(text_at(sheet, nine, 11)
            .find("\n\nPeer reviewer - Thornbury Health Trust: Staff "
                  "spoken with") != std::string::npos);
  CHECK(text_at(sheet, nine, 12).rfind("Independent reviewer: Gather evidence", 0) == 0);

  // Standard 1: everyone agrees with the evidence: no shading, the rating carried in colour.
  const int one = row_with(sheet, 1, "1", header);
  CHECK(text_at(sheet, one, 6) == "Green");
  CHECK(cell_at(sheet, one, 6)->style.fill == "");
  CHECK(cell_at(sheet, one, 8)->style.fill == "");
  CHECK(text_at(sheet, one, 10) == "Green");
  CHECK(cell_at(sheet, one, 10)->style.fill == "00B050");

  // The partnership area: levels only, 2 and 3.
  const int partnership = row_with(sheet, 0, "partnership", header);
  CHECK(text_at(sheet, partnership, 2) == "Focus area: Partnership working");
  CHECK(text_at(sheet, partnership, 6) == "");
  CHECK(number_at(sheet, partnership, 7) == 2);
  CHECK(number_at(sheet, partnership, 9) == 3);
  CHECK(cell_at(sheet, partnership, 9)->style.fill == kReviewDifferFill);
  CHECK(text_at(sheet, partnership, 12).find("Independent reviewer: Review referral") !=
        std::string::npos);
}

TEST_CASE("the Review sheet lists every pair for three reviewers", "[reports][review]") {
  const Scored& s = example();
  std::vector<Review> reviews = read_reviews((kExample / "reviews").string(), s.audit.framework);
  Review second = reviews[1];
  second.reviewer = "Second peer";
  second.standards["5"].rating = s.audit.framework.scheme.find("Green");
  reviews.push_back(second);
  ReviewAgreement agreement = measure_agreement(reviews, s.audit.framework);
  layout::Workbook book;
  add_review_sheet(book, s.audit, s.result, s.impact, reviews, agreement);
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(text_at(sheet, 2, 1).rfind("Mean over 3 pairs of reviewers: raw agreement ", 0) == 0);
  CHECK(text_at(sheet, 4, 0) == "Pair");
  CHECK(text_at(sheet, 4, 1) ==
        "Independent reviewer and Peer reviewer - Thornbury Health Trust: ratings raw 83% "
        "(10 of 12 standards), kappa 0.77, AC1 0.79; levels raw 75% (12 of 16 standards and "
        "areas), kappa 0.26, AC1 0.72");
  CHECK(text_at(sheet, 6, 1)
            .rfind("Peer reviewer - Thornbury Health Trust and Second peer: "
                   "ratings raw 92% (11 of 12 standards)",
                   0) == 0);
  const int header = row_with(sheet, 0, "Area");
  CHECK(text_at(sheet, header, 10) == "Second peer: rating");
  CHECK(text_at(sheet, header, 12) == "Rating for the return");
  // Standard 5: the two peers now differ (Blue, Green): nothing is carried.
  const int five = row_with(sheet, 1, "5", header);
  CHECK(text_at(sheet, five, 12) == "reviewers disagree");
  CHECK(cell_at(sheet, five, 12)->style.fill == kReviewDifferFill);
}

TEST_CASE("the Review sheet with no reviews says so", "[reports][review]") {
  const Scored& s = example();
  layout::Workbook book;
  add_review_sheet(book, s.audit, s.result, s.impact, {}, measure_agreement({}, s.audit.framework));
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(text_at(sheet, 2, 1) == "n/a: agreement needs two reviewers or more");
  CHECK(text_at(sheet, 4, 0) == "Reviewers");
  const int header = row_with(sheet, 0, "Area");
  CHECK(text_at(sheet, header, 6) == "Rating for the return");
  const int one = row_with(sheet, 1, "1", header);
  CHECK(text_at(sheet, one, 6) == "not reviewed");
}

TEST_CASE("s11 review writes a reviewer's workbook and never overwrites it", "[cli][review]") {
  test::TempDir dir;
  fs::copy(kExample, dir.path() / "audit", fs::copy_options::recursive);
  fs::remove_all(dir.path() / "audit" / "reviews");
  const std::string audit = (dir.path() / "audit").string();
  std::ostringstream out;
  CHECK(cli::run(
            {"review", audit, "--reviewer", "Board peer: Health/Police", "--role", "independent"},
            out) == cli::kExitOk);
  const std::string written = audit + "/reviews/Board peer- Health-Police.xlsx";
  CHECK(fs::exists(written));
  CHECK(out.str().find(written) != std::string::npos);
  Review review = read_review_workbook(written, example().audit.framework);
  CHECK(review.reviewer == "Board peer: Health/Police");
  CHECK(review.role == ReviewerRole::kIndependent);

  std::ostringstream again;
  CHECK_THROWS_AS(cli::run({"review", audit, "--reviewer", "Board peer: Health/Police"}, again),
                  IoError);
  CHECK_THROWS_WITH(cli::run({"review", audit, "--reviewer", "x", "--role", "chair"}, again),
                    "review: --role \"chair\" is not peer or independent");
  CHECK_THROWS_AS(cli::run({"review", audit}, again), UsageError);
}

}  // namespace s11
