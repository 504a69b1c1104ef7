#include "readers/review_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <functional>

#include "base/errors.h"
#include "engine/review.h"
#include "test_support.h"

namespace s11 {
namespace {

namespace fs = std::filesystem;

const Framework& oscb() {
  static const Framework framework =
      load_framework(std::string(S11_SOURCE_DIR) + "/standards/oscb-2015.xml");
  return framework;
}

std::string example_reviews() {
  return std::string(S11_SOURCE_DIR) + "/examples/district-council/reviews";
}

std::string fixture(const std::string& name) {
  return std::string(S11_TEST_DATA_DIR) + "/reviews/" + name;
}

std::vector<std::string> problems_of(const std::function<void()>& read) {
  try {
    read();
  } catch (const InputError& e) {
    return e.problems();
  }
  return {};
}

}  // namespace

TEST_CASE("the bundled review workbooks are read, the LibreOffice-saved one too",
          "[readers][review]") {
  std::vector<Review> reviews = read_reviews(example_reviews(), oscb());
  REQUIRE(reviews.size() == 2);
  // File-name order: "Independent reviewer.xlsx" (saved by LibreOffice) first.
  const Review& independent = reviews[0];
  const Review& peer = reviews[1];
  CHECK(independent.reviewer == "Independent reviewer");
  CHECK(independent.role == ReviewerRole::kIndependent);
  CHECK(independent.date == Date{2016, 2, 10});  // typed as text
  CHECK(peer.reviewer == "Peer reviewer - Thornbury Health Trust");
  CHECK(peer.role == ReviewerRole::kPeer);
  CHECK(peer.date == Date{2016, 1, 20});  // a real date cell
  CHECK(independent.standards.size() == 12);
  CHECK(independent.areas.size() == 4);
  CHECK(peer.standards.size() == 12);

  CHECK(independent.standard("9")->rating->name == "Amber");
  CHECK(peer.standard("9")->rating->name == "Green");
  CHECK(independent.standard("5")->rating->name == "Green");
  CHECK(peer.standard("5")->rating->name == "Blue");
  CHECK(independent.area("partnership")->impact_level == 2);
  CHECK(peer.area("partnership")->impact_level == 3);
  CHECK(independent.standard("7")->impact_level == 3);
  CHECK(peer.standard("3")->recommendation ==
        "Establish a single line of accountability, supported by regular and systematic "
        "reporting, at Executive Director level.");
  CHECK(independent.area("workforce")->rationale.rfind("Whilst training delivery", 0) == 0);

  // Ratings (I, P), ranks B0 G1 A2 R3, twelve standards; they differ on 9 (A/G) and 5 (G/B).
  // D_o = 2 * (1/3) / 12 = 1/18. Marginals I (1, 5, 6, 0)/12, P (2, 5, 5, 0)/12:
  // sum p_i q_j |i-j| = (1*(5+10) + 5*(2+5) + 6*(4+5)) / 144 = 104/144, D_e = 104/432;
  // kappa = 1 - 24/104 = 0.77.
  ReviewAgreement agreement = measure_agreement(reviews, oscb());
  CHECK(agreement.ratings.kappa == Approx(80.0 / 104.0));
  // AC1, Q = 4: pi = (1.5, 5, 5.5, 0) / 12; sum pi (1 - pi) = (1.5 * 10.5 + 5 * 7 + 5.5 * 6.5)
  // / 144 = 86.5/144; p_e = 86.5/432; AC1 = (360 - 86.5) / (432 - 86.5) = 547/691 = 0.79.
  CHECK(agreement.ratings.ac1 == Approx(547.0 / 691.0));
  CHECK(agreement_sentence(agreement.ratings, "standards") ==
        "Raw agreement 83% (10 of 12 standards); weighted kappa 0.77; Gwet's AC1 0.79");
  // Levels over 12 standards and 4 areas; they differ (by one) on 3, 7, 9 and partnership.
  // Both have level counts (1, 13, 2) of 16: D_o = 4 * (1/3) / 16 = 1/12;
  // sum p_i q_j |i-j| = (13 + 4 + 13 + 26 + 4 + 26) / 256 = 86/256, D_e = 86/768;
  // kappa = 1 - 64/86 = 0.26.
  CHECK(agreement.levels.kappa == Approx(22.0 / 86.0));
  // AC1, Q = 4: pi = (1, 13, 2, 0) / 16; sum pi (1 - pi) = (15 + 39 + 28) / 256 = 82/256;
  // p_e = 82/768; AC1 = (576 - 82) / (768 - 82) = 247/343 = 0.72.
  CHECK(agreement.levels.ac1 == Approx(247.0 / 343.0));
  CHECK(agreement_sentence(agreement.levels, "standards and areas") ==
        "Raw agreement 75% (12 of 16 standards and areas); weighted kappa 0.26; Gwet's AC1 "
        "0.72");

  auto moderated = moderate_ratings(reviews, oscb());
  CHECK(moderated_text(moderated.at("9")) == "Green (peer reviewers)");
  CHECK(moderated_text(moderated.at("5")) == "Blue (peer reviewers)");
  CHECK(moderated_text(moderated.at("3")) == "Amber");
  CHECK(moderated_text(moderated.at("2")) == "Green");
}

TEST_CASE("a level outside 1-4 is located", "[readers][review]") {
  const std::string path = fixture("bad-level.xlsx");
  CHECK(problems_of([&] { read_review_workbook(path, oscb()); }) ==
        std::vector<std::string>{path +
                                 ": Review!I10: impact level \"5\" for standard 3 is not 1, 2, "
                                 "3 or 4"});
}

TEST_CASE("a blank moderated rating among rated standards is warned; a month is a date",
          "[readers][review][issue12]") {
  const std::string path = fixture("blank-rating.xlsx");
  const Review review = read_review_workbook(path, oscb());
  CHECK(review.date == DatePeriod::month(2016, 1));
  CHECK(review.standard("9")->rating == nullptr);
  CHECK(review.warnings == std::vector<std::string>{
                               path + ": Review!J15: standard 9 has no moderated rating, while 11 "
                                      "standards have one; its agency rating stands unmoderated"});
  // The bundled reviews rate every standard: no warning.
  for (const auto& each : read_reviews(example_reviews(), oscb())) CHECK(each.warnings.empty());
}

TEST_CASE("an unknown standard is located", "[readers][review]") {
  const std::string path = fixture("bad-standard.xlsx");
  CHECK(problems_of([&] { read_review_workbook(path, oscb()); }) ==
        std::vector<std::string>{path +
                                 ": Review!B23: unknown standard \"13\"; expected a standard of "
                                 "oscb-2015 (1 to 12)"});
}

TEST_CASE("a rating outside the scheme is located", "[readers][review]") {
  const std::string path = fixture("bad-rating.xlsx");
  CHECK(problems_of([&] { read_review_workbook(path, oscb()); }) ==
        std::vector<std::string>{
            path + ": Review!J15: moderated rating \"Purple\" for standard 9 is not in the OSCB "
                   "BRAG rating; expected Blue, Green, Amber or Red"});
}

TEST_CASE("every problem of a review workbook is listed at once", "[readers][review]") {
  const std::string path = fixture("bad-many.xlsx");
  CHECK(problems_of([&] { read_review_workbook(path, oscb()); }) ==
        std::vector<std::string>{
            path + ": Review!B4: role \"observer\" is not peer or independent",
            path + ": Review!I12: impact level \"high\" for focus area partnership is not 1, "
                   "2, 3 or 4",
            path + ": Review!J16: rating \"Green\" is on the row of focus area workforce; give "
                   "moderated ratings on the standards' rows",
            path + ": Review!A20: unknown focus area \"governance\"; expected one of "
                   "leadership, partnership, workforce or policies"});
}

TEST_CASE("problems of all review workbooks are thrown together", "[readers][review]") {
  test::TempDir dir;
  fs::copy_file(fixture("bad-level.xlsx"), dir.file("a.xlsx"));
  fs::copy_file(fixture("bad-rating.xlsx"), dir.file("b.xlsx"));
  // Lock files of an open workbook are not reviews.
  dir.write(".~lock.a.xlsx#", "not a workbook");
  dir.write("~$b.xlsx", "not a workbook");
  dir.write("notes.txt", "not a workbook");
  auto problems = problems_of([&] { read_reviews(dir.path().string(), oscb()); });
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].rfind(dir.file("a.xlsx") + ": Review!I10: ", 0) == 0);
  CHECK(problems[1].rfind(dir.file("b.xlsx") + ": Review!J15: ", 0) == 0);
}

TEST_CASE("two workbooks of the same reviewer are a problem", "[readers][review]") {
  test::TempDir dir;
  const std::string peer = example_reviews() + "/Peer reviewer - Thornbury Health Trust.xlsx";
  fs::copy_file(peer, dir.file("a.xlsx"));
  fs::copy_file(peer, dir.file("b.xlsx"));
  CHECK(problems_of([&] { read_reviews(dir.path().string(), oscb()); }) ==
        std::vector<std::string>{dir.file("b.xlsx") +
                                 ": reviewer \"Peer reviewer - Thornbury Health Trust\" also "
                                 "made " +
                                 dir.file("a.xlsx") +
                                 "; give each reviewer a different name in the Reviewer cell"});
}

TEST_CASE("no reviews folder means no reviews", "[readers][review]") {
  test::TempDir dir;
  CHECK(read_reviews(dir.file("reviews"), oscb()).empty());
  CHECK(read_reviews(dir.path().string(), oscb()).empty());
}

}  // namespace s11
