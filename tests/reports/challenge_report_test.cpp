#include "reports/challenge_report.h"

#include <catch2/catch.hpp>

#include "support/layout_cells.h"

namespace s11 {
namespace {

using test::cell_at;
using test::text_at;

std::vector<ChallengeItem> sample_items() {
  ChallengeItem over;
  over.rank = 1;
  over.category = ChallengeCategory::kOverClaim;
  over.standard_id = "2";
  over.area_id = "policies";
  over.area_title = "Policies and procedures";
  over.question =
      "Standard 2 is rated Blue but the evidence supports Green: which current example of best "
      "practice can you share?";
  over.why = "Blue needs a current best-practice example, has none";
  ChallengeItem area;
  area.rank = 2;
  area.category = ChallengeCategory::kImpactBelowClaim;
  area.area_id = "partnership";
  area.area_title = "Partnership working";
  area.question = "Partnership working operates at impact level 1";
  area.why = "agency ratings: 7 Green (level 2)";
  ChallengeItem point;
  point.rank = 3;
  point.category = ChallengeCategory::kContradicted;
  point.standard_id = "7";
  point.point_id = "7.2";
  point.area_id = "partnership";
  point.area_title = "Partnership working";
  point.question = "Point 7.2 is self-assessed Met";
  point.why = "S-q07";
  return {over, area, point};
}

}  // namespace

TEST_CASE("challenge text is a numbered list wrapped for a terminal", "[reports][challenge]") {
  CHECK(render_challenge_text(sample_items(), "Challenge list: Test Council 2015-16", 60) ==
        "Challenge list: Test Council 2015-16 (3 questions, most important first)\n"
        "\n"
        "1. Over-claimed rating: standard 2\n"
        "   Standard 2 is rated Blue but the evidence supports Green:\n"
        "   which current example of best practice can you share?\n"
        "   Why: Blue needs a current best-practice example, has none\n"
        "\n"
        "2. Impact below the ratings' claim: focus area Partnership working\n"
        "   Partnership working operates at impact level 1\n"
        "   Why: agency ratings: 7 Green (level 2)\n"
        "\n"
        "3. Evidence contradicts: point 7.2\n"
        "   Point 7.2 is self-assessed Met\n"
        "   Why: S-q07\n");
}

TEST_CASE("challenge text aligns ranks of two digits", "[reports][challenge]") {
  std::vector<ChallengeItem> items(10, sample_items()[0]);
  for (std::size_t i = 0; i < items.size(); ++i) items[i].rank = static_cast<int>(i) + 1;
  std::string text = render_challenge_text(items, "List", 200);
  CHECK(text.find("\n 9. Over-claimed rating: standard 2\n    Standard 2 is rated") !=
        std::string::npos);
  CHECK(text.find("\n10. Over-claimed rating: standard 2\n    Standard 2 is rated") !=
        std::string::npos);
}

TEST_CASE("an empty challenge list says so", "[reports][challenge]") {
  CHECK(render_challenge_text({}, "List") ==
        "List\n\nNothing to challenge: no evidence contradicts a point, no practice gap, no "
        "over-claimed rating, no evidence gap, no Met point on level-1 evidence alone and no "
        "focus area below its ratings' claim.\n");
}

TEST_CASE("Challenge sheet lists the items with a filtered, printable table",
          "[reports][challenge]") {
  layout::Workbook book;
  add_challenge_sheet(book, sample_items());
  REQUIRE(book.sheets.size() == 1);
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(sheet.name == "Challenge");
  CHECK(layout::to_text(sheet) ==
        "A1 = Rank [bold fill=1F4E78]\n"
        "B1 = Category [bold fill=1F4E78]\n"
        "C1 = Standard [bold fill=1F4E78]\n"
        "D1 = Point [bold fill=1F4E78]\n"
        "E1 = Focus area [bold fill=1F4E78]\n"
        "F1 = Question [bold fill=1F4E78]\n"
        "G1 = Why [bold fill=1F4E78]\n"
        "A2 = 1\n"
        "B2 = Over-claimed rating\n"
        "C2 = 2\n"
        "D2 = \n"
        "E2 = Policies and procedures\n"
        "F2 = Standard 2 is rated Blue but the evidence supports Green: which current example "
        "of best practice can you share?\n"
        "G2 = Blue needs a current best-practice example, has none\n"
        "A3 = 2\n"
        "B3 = Impact below the ratings' claim\n"
        "C3 = \n"
        "D3 = \n"
        "E3 = Partnership working\n"
        "F3 = Partnership working operates at impact level 1\n"
        "G3 = agency ratings: 7 Green (level 2)\n"
        "A4 = 3\n"
        "B4 = Evidence contradicts\n"
        "C4 = 7\n"
        "D4 = 7.2\n"
        "E4 = Partnership working\n"
        "F4 = Point 7.2 is self-assessed Met\n"
        "G4 = S-q07\n");
  CHECK(sheet.freeze_rows == 1);
  REQUIRE(sheet.autofilter);
  CHECK(sheet.autofilter->first_row == 0);
  CHECK(sheet.autofilter->last_row == 3);
  CHECK(sheet.autofilter->last_col == 6);
  CHECK(sheet.landscape);
  CHECK(sheet.fit_to_width);
  CHECK(sheet.repeat_first_row == 0);
  CHECK(sheet.repeat_last_row == 0);
  CHECK(sheet.column_widths.at(5) == 60);
}

TEST_CASE("an empty Challenge sheet says there is nothing to challenge", "[reports][challenge]") {
  layout::Workbook book;
  add_challenge_sheet(book, {});
  const layout::Sheet& sheet = book.sheets[0];
  CHECK(sheet.cells.size() == 8);
  CHECK(std::get<std::string>(sheet.cells.back().value).rfind("Nothing to challenge", 0) == 0);
  CHECK(sheet.autofilter->last_row == 1);
}

/// `n` items ranked 1..n, each asking question "Qn".
std::vector<ChallengeItem> numbered(std::size_t n) {
  std::vector<ChallengeItem> items(n, sample_items()[0]);
  for (std::size_t i = 0; i < n; ++i) {
    items[i].rank = static_cast<int>(i) + 1;
    items[i].question = "Q" + std::to_string(i + 1);
    items[i].why = "W";
  }
  return items;
}

TEST_CASE("challenge text puts questions after the twelfth under Further questions",
          "[reports][challenge]") {
  const std::string text = render_challenge_text(numbered(14), "List", 80);
  const std::string twelfth = "12. Over-claimed rating: standard 2\n    Q12\n    Why: W\n";
  const std::string further = "\nFurther questions (2 more, in order of weight)\n";
  const std::string thirteenth = "\n13. Over-claimed rating: standard 2\n    Q13\n";
  CHECK(text.find(twelfth + further + thirteenth) != std::string::npos);
  CHECK(render_challenge_text(numbered(12), "List", 80).find("Further questions") ==
        std::string::npos);
}

TEST_CASE("Challenge sheet prints at most twelve questions on its first page",
          "[reports][challenge]") {
  layout::Workbook book;
  add_challenge_sheet(book, numbered(14));
  const layout::Sheet& sheet = book.sheets[0];
  // Header in row 1, questions 1-12 in rows 2-13, the page break before row 14 (zero-based
  // 13), which holds the heading; questions 13 and 14 in rows 15 and 16.
  CHECK(sheet.page_breaks == std::vector<int>{13});
  CHECK(text_at(sheet, 12, 5) == "Q12");
  CHECK(text_at(sheet, 13, 0) == "Further questions (2 more, in order of weight)");
  CHECK(text_at(sheet, 14, 5) == "Q13");
  CHECK(text_at(sheet, 15, 5) == "Q14");
  CHECK(cell_at(sheet, 13, 0)->style.bold);
  CHECK(sheet.autofilter->last_row == 15);

  layout::Workbook twelve;
  add_challenge_sheet(twelve, numbered(12));
  CHECK(twelve.sheets[0].page_breaks.empty());
  CHECK(text_at(twelve.sheets[0], 12, 5) == "Q12");
}

}  // namespace s11
