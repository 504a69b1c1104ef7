#include "engine/survey_evidence.h"

#include <catch2/catch.hpp>
#include <filesystem>

#include "app/assessment.h"
#include "base/errors.h"

namespace s11 {
namespace {

const std::string kExample = std::string(S11_SOURCE_DIR) + "/examples/district-council";

QuestionResult result_for(const Question& question, int n, int positive) {
  QuestionResult result;
  result.question = &question;
  result.overall.n = n;
  result.overall.positive = positive;
  return result;
}

std::string finding(const std::string& text, int green = 90) {
  Question question;
  question.text = text;
  question.green_percent = green;
  return survey_finding(result_for(question, 31, 18));
}

}  // namespace

TEST_CASE("survey findings are worded about staff", "[questionnaires][evidence]") {
  CHECK(finding("I know how to raise a concern about a colleague") ==
        "58% of 31 staff know how to raise a concern about a colleague; threshold 90%");
  CHECK(finding("I know who I am accountable to for my safeguarding practice.") ==
        "58% of 31 staff know who they are accountable to for their safeguarding practice; "
        "threshold 90%");
  CHECK(finding("My supervision includes discussion of safeguarding", 80) ==
        "58% of 31 staff say their supervision includes discussion of safeguarding; threshold "
        "80%");
  CHECK(finding("Children's views shape how our service is developed") ==
        "58% of 31 staff agree that children's views shape how our service is developed; "
        "threshold 90%");
  CHECK(finding("MASH referrals are fed back to me") ==
        "58% of 31 staff agree that MASH referrals are fed back to them; threshold 90%");
}

TEST_CASE("the example's survey becomes evidence for its points", "[questionnaires][evidence]") {
  Audit audit = app::read_audit(kExample);
  const std::size_t register_items = audit.evidence.size();
  auto ingest = app::add_survey_evidence(audit, kExample);
  REQUIRE(ingest != nullptr);
  CHECK(ingest->responses == 49);
  CHECK(ingest->last_completed == Date{2015, 11, 7});
  REQUIRE(audit.evidence.size() == register_items + 12);
  const EvidenceItem* q07 = nullptr;
  const EvidenceItem* q01 = nullptr;
  for (const auto& item : audit.evidence) {
    if (item.id == "S-q07") q07 = &item;
    if (item.id == "S-q01") q01 = &item;
  }
  REQUIRE(q07 != nullptr);
  REQUIRE(q01 != nullptr);
  CHECK(q07->contradicts());
  CHECK(q07->points == std::vector<std::string>{"7.2"});
  CHECK(q07->impact_level == 2);
  CHECK(q07->type == "survey");
  CHECK(q07->date == Date{2015, 11, 7});
  CHECK(q07->finding ==
        "58% of 48 staff know how to escalate a disagreement with another agency about a "
        "child's safety; threshold 80%");
  CHECK_FALSE(q01->contradicts());
  // Every export is fingerprinted for document control.
  std::size_t surveys = 0;
  for (const auto& input : audit.inputs) surveys += input.path.rfind("surveys/", 0) == 0;
  CHECK(surveys == 5);
}

TEST_CASE("a questionnaire for another framework is refused", "[questionnaires][evidence]") {
  Audit audit = app::read_audit(kExample);
  audit.framework.id = "working-together-8";
  try {
    app::add_survey_evidence(audit, kExample);
    FAIL("no error");
  } catch (const InputError& e) {
    REQUIRE(e.problems().size() >= 1);
    CHECK(e.problems()[0] == kExample +
                                 "/audit.ini:24: questionnaire oscb-staff is written for framework "
                                 "oscb-2015, but this audit uses working-together-8; choose a "
                                 "questionnaire for working-together-8");
  }
}

}  // namespace s11
