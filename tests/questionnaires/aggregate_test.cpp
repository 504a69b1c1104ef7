#include "questionnaires/aggregate.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace {

using Counts = std::vector<int>;

// Two yes/no questions broken down by service area; Yes, No, Unsure, N/A.
s11::Questionnaire make_questionnaire(int min_group_size = 5) {
  s11::Questionnaire q;
  q.id = "test";
  q.min_group_size = min_group_size;
  s11::Scale scale;
  scale.id = "yns";
  scale.answers = {{"Yes", s11::AnswerKind::kPositive, {}},
                   {"No", s11::AnswerKind::kNegative, {}},
                   {"Unsure", s11::AnswerKind::kNeutral, {}},
                   {"N/A", s11::AnswerKind::kNotApplicable, {}}};
  q.scales.push_back(scale);
  q.questions.push_back({"q1", "I know our DSL", {}, "yns", {"1.3"}, 90, 75});
  q.questions.push_back({"q2", "I know how to raise a concern", {}, "yns", {"11.3"}, 80, 60});
  q.profiles.push_back({"service", "Service area", {}});
  return q;
}

// Adds `times` responses answering q1 with `q1` and q2 with `q2` ("" = blank).
void add(s11::SurveyAggregate& aggregate, const s11::Questionnaire& q, const std::string& service,
         const std::string& q1, const std::string& q2 = "", int times = 1) {
  s11::Response response;
  for (const std::string* text : {&q1, &q2}) {
    response.answers.push_back(text->empty() ? nullptr : q.scales[0].match(*text));
    if (!text->empty() && response.answers.back() == nullptr) FAIL("no answer " << *text);
  }
  response.profile = {service};
  for (int i = 0; i < times; ++i) aggregate.add(response);
}

// Each group as "name: n positive [counts]" or "name: suppressed", for exact comparison.
std::vector<std::string> describe(const std::vector<s11::GroupResult>& groups) {
  std::vector<std::string> out;
  for (const auto& g : groups) {
    if (g.suppressed) {
      CHECK(g.n == 0);
      CHECK(g.positive == 0);
      CHECK(g.counts.empty());
      out.push_back(g.name + ": suppressed");
      continue;
    }
    std::string counts;
    for (int c : g.counts) counts += (counts.empty() ? "" : " ") + std::to_string(c);
    out.push_back(g.name + ": " + std::to_string(g.n) + " " + std::to_string(g.positive) + " [" +
                  counts + "]");
  }
  return out;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("answers are counted per question; N/A and blanks leave n", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire(3);
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes");
  add(aggregate, q, "Housing", "yes", "No");
  add(aggregate, q, "Housing", "No", "");
  add(aggregate, q, "Housing", "Unsure", "Yes");
  add(aggregate, q, "Housing", "N/A", "Yes");
  add(aggregate, q, "Housing", "", "Yes");

  CHECK(aggregate.responses() == 6);
  const auto results = aggregate.results();
  REQUIRE(results.size() == 2);
  const s11::QuestionResult& q1 = results[0];
  CHECK(q1.question == &q.questions[0]);
  CHECK(q1.scale == &q.scales[0]);
  CHECK(q1.overall.name == "All respondents");
  CHECK_FALSE(q1.overall.suppressed);
  CHECK(q1.overall.counts == Counts{2, 1, 1, 1});
  CHECK(q1.overall.n == 4);
  CHECK(q1.overall.positive == 2);
  CHECK(q1.overall.percent_positive() == 50);
  CHECK(q1.rag == s11::SurveyRag::kRed);

  const s11::QuestionResult& q2 = results[1];
  CHECK(q2.overall.counts == Counts{4, 1, 0, 0});
  CHECK(q2.overall.n == 5);
  CHECK(q2.overall.percent_positive() == 80);
  CHECK(q2.rag == s11::SurveyRag::kGreen);  // Green at 80 for q2.

  REQUIRE(q1.breakdowns.size() == 1);
  CHECK(describe(q1.breakdowns[0]) == Lines{"Housing: 4 2 [2 1 1 1]"});
}

TEST_CASE("RAG compares exactly, not the rounded percentage", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes", 26);
  add(aggregate, q, "Housing", "No", "No", 3);
  add(aggregate, q, "Housing", "", "No", 6);

  const auto results = aggregate.results();
  // 26 of 29 is 89.7%: shown as 90, but below the green threshold of 90.
  CHECK(results[0].overall.percent_positive() == 90);
  CHECK(results[0].rag == s11::SurveyRag::kAmber);
  // 26 of 35 is 74.3%: amber from 60.
  CHECK(results[1].overall.percent_positive() == 74);
  CHECK(results[1].rag == s11::SurveyRag::kAmber);
}

TEST_CASE("RAG labels and percentages of empty groups", "[questionnaires]") {
  CHECK(s11::rag_label(s11::SurveyRag::kGreen) == "Green");
  CHECK(s11::rag_label(s11::SurveyRag::kAmber) == "Amber");
  CHECK(s11::rag_label(s11::SurveyRag::kRed) == "Red");
  CHECK(s11::rag_label(s11::SurveyRag::kNoData) == "No data");
  CHECK(s11::GroupResult{}.percent_positive() == 0);

  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "N/A", "", 6);
  const auto results = aggregate.results();
  CHECK(results[0].overall.n == 0);
  CHECK(results[0].overall.counts == Counts{0, 0, 0, 6});
  CHECK(results[0].rag == s11::SurveyRag::kNoData);
  CHECK(results[1].overall.counts == Counts{0, 0, 0, 0});
  CHECK(results[1].rag == s11::SurveyRag::kNoData);
}

TEST_CASE("a group of 4 is suppressed and cannot be worked out from the total",
          "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes", 8);
  add(aggregate, q, "Housing", "No", "Yes", 2);
  add(aggregate, q, "Leisure", "Yes", "Yes", 5);
  add(aggregate, q, "Leisure", "Unsure", "Yes", 1);
  add(aggregate, q, "Planning", "No", "Yes", 4);

  const auto results = aggregate.results();
  const s11::QuestionResult& q1 = results[0];
  CHECK(q1.overall.counts == Counts{13, 6, 1, 0});
  CHECK(q1.overall.n == 20);
  CHECK(q1.overall.positive == 13);
  // Planning (4) is too small; Leisure, the next smallest, is hidden too, or Planning's four
  // "No" answers would be the total less Housing and Leisure.
  CHECK(describe(q1.breakdowns[0]) ==
        Lines{"Housing: 10 8 [8 2 0 0]", "Leisure: suppressed", "Planning: suppressed"});
  const int shown = q1.breakdowns[0][0].n;
  CHECK(q1.overall.n - shown == 10);  // All that can be derived: Leisure and Planning together.
  CHECK(q1.rag == s11::SurveyRag::kRed);
}

TEST_CASE("small groups that together are still small hide more groups", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "A", "Yes", "", 1);
  add(aggregate, q, "B", "No", "", 2);
  add(aggregate, q, "C", "Yes", "", 10);
  add(aggregate, q, "D", "Yes", "", 11);
  add(aggregate, q, "E", "", "", 3);  // No q1 answers: nothing to hide, shown as 0.

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) == Lines{"A: suppressed", "B: suppressed",
                                                    "C: suppressed", "D: 11 11 [11 0 0 0]",
                                                    "E: 0 0 [0 0 0 0]"});
  CHECK_FALSE(results[0].overall.suppressed);
  CHECK(results[0].overall.n == 24);
}

TEST_CASE("a small group of N/A answers is suppressed too", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "", 6);
  add(aggregate, q, "Leisure", "Yes", "", 7);
  add(aggregate, q, "Planning", "N/A", "", 2);

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) ==
        Lines{"Housing: suppressed", "Leisure: 7 7 [7 0 0 0]", "Planning: suppressed"});
}

TEST_CASE("an overall result of 2 respondents is suppressed with every group", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes");
  add(aggregate, q, "Leisure", "No", "Yes");

  const auto results = aggregate.results();
  const s11::GroupResult& overall = results[0].overall;
  CHECK(overall.name == "All respondents");
  CHECK(overall.suppressed);
  CHECK(overall.n == 0);
  CHECK(overall.positive == 0);
  CHECK(overall.counts.empty());
  CHECK(results[0].rag == s11::SurveyRag::kNoData);
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Housing: suppressed", "Leisure: suppressed"});
}

TEST_CASE("the minimum group size is never below 3", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire(1);
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "", 3);
  add(aggregate, q, "Leisure", "Yes", "", 3);
  add(aggregate, q, "Planning", "No", "", 2);
  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) ==
        Lines{"Housing: suppressed", "Leisure: 3 3 [3 0 0 0]", "Planning: suppressed"});
}

TEST_CASE("blank profile values form the group Not stated, sorted by name", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire(3);
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Planning", "Yes", "", 3);
  add(aggregate, q, "", "No", "", 2);
  add(aggregate, q, "  \xC2\xA0", "No", "", 1);
  add(aggregate, q, " Housing ", "Yes", "", 3);
  add(aggregate, q, "Housing", "Yes", "", 1);

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) ==
        Lines{"Housing: 4 4 [4 0 0 0]", "Not stated: 3 0 [0 3 0 0]", "Planning: 3 3 [3 0 0 0]"});
}

TEST_CASE("memory does not grow with the number of responses", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  const char* services[] = {"Housing", "Leisure", "Planning"};
  const char* answers[] = {"Yes", "No", "Unsure", "N/A"};

  const auto shape = [&] {
    std::vector<std::size_t> sizes;
    for (const auto& result : aggregate.results()) {
      sizes.push_back(result.overall.counts.size());
      for (const auto& breakdown : result.breakdowns) {
        sizes.push_back(breakdown.size());
        for (const auto& group : breakdown) sizes.push_back(group.counts.size());
      }
    }
    return sizes;
  };

  for (int i = 0; i < 300; ++i) add(aggregate, q, services[i % 3], answers[i % 4], "Yes");
  const auto early = shape();
  for (int i = 300; i < 200000; ++i) add(aggregate, q, services[i % 3], answers[i % 4], "Yes");
  CHECK(shape() == early);
  CHECK(early == std::vector<std::size_t>{4, 3, 4, 4, 4, 4, 3, 4, 4, 4});
  CHECK(aggregate.responses() == 200000);
  CHECK(aggregate.comments().empty());

  const auto results = aggregate.results();
  CHECK(results[0].overall.counts == Counts{50000, 50000, 50000, 50000});
  CHECK(results[0].overall.n == 150000);
  CHECK(results[1].overall.counts == Counts{200000, 0, 0, 0});
  int total = 0;
  for (const auto& group : results[1].breakdowns[0]) total += group.n;
  CHECK(total == 200000);
}

TEST_CASE("comments are kept only as the reader passes them", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  s11::Response response;
  response.answers = {nullptr, nullptr};
  response.comments = {{"Comments", "More training, please"}};
  aggregate.add(response);
  CHECK(aggregate.comments() ==
        std::vector<std::pair<std::string, std::string>>{{"Comments", "More training, please"}});
}

TEST_CASE("a response that does not fit the questionnaire is a bug, and is not counted",
          "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  s11::Response response;
  response.answers = {nullptr};
  CHECK_THROWS_AS(aggregate.add(response), std::logic_error);

  const s11::ScaleAnswer stray{"Yes", s11::AnswerKind::kPositive, {}};
  response.answers = {&q.scales[0].answers[0], &stray};
  CHECK_THROWS_WITH(aggregate.add(response),
                    "survey answer \"Yes\" to question q2 is not from its scale");
  CHECK(aggregate.responses() == 0);
  CHECK(aggregate.results()[0].overall.counts == Counts{0, 0, 0, 0});
}
