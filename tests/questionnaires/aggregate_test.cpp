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
  q.profiles.push_back({"service", "Service area", {}, {}});
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
  // Planning (4) is too small: it loses its name in the pool of small groups, whose figures
  // are hidden; Leisure, the next smallest, is hidden too, or Planning's four "No" answers
  // would be the total less Housing and Leisure.
  CHECK(describe(q1.breakdowns[0]) == Lines{"Housing: 10 8 [8 2 0 0]", "Leisure: suppressed",
                                            "Other groups, fewer than 5 each: suppressed"});
  CHECK(q1.breakdowns[0][2].kind == s11::GroupKind::kSmallGroups);
  const int shown = q1.breakdowns[0][0].n;
  CHECK(q1.overall.n - shown == 10);  // All that can be derived: Leisure and Planning together.
  CHECK(q1.rag == s11::SurveyRag::kRed);
}

TEST_CASE("small groups that together are still small hide more groups", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  // A and B have enough respondents to be named, but few of them answered q1.
  add(aggregate, q, "A", "Yes", "Yes", 1);
  add(aggregate, q, "A", "", "Yes", 5);
  add(aggregate, q, "B", "No", "Yes", 2);
  add(aggregate, q, "B", "", "Yes", 4);
  add(aggregate, q, "C", "Yes", "Yes", 10);
  add(aggregate, q, "D", "Yes", "Yes", 11);
  add(aggregate, q, "E", "", "Yes", 5);  // No q1 answers: nothing to hide, shown as 0.

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) == Lines{"A: suppressed", "B: suppressed",
                                                    "C: suppressed", "D: 11 11 [11 0 0 0]",
                                                    "E: 0 0 [0 0 0 0]"});
  CHECK_FALSE(results[0].overall.suppressed);
  CHECK(results[0].overall.n == 24);
  CHECK(describe(results[1].breakdowns[0]) == Lines{"A: 6 6 [6 0 0 0]", "B: 6 6 [6 0 0 0]",
                                                    "C: 10 10 [10 0 0 0]", "D: 11 11 [11 0 0 0]",
                                                    "E: 5 5 [5 0 0 0]"});
}

TEST_CASE("a small group of N/A answers is suppressed too", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "", 6);
  add(aggregate, q, "Leisure", "Yes", "", 7);
  add(aggregate, q, "Planning", "N/A", "", 2);

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Housing: suppressed", "Leisure: 7 7 [7 0 0 0]",
                                                    "Other groups, fewer than 5 each: suppressed"});
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
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Other groups, fewer than 5 each: suppressed"});
}

TEST_CASE("the minimum group size is never below 3", "[questionnaires]") {
  const s11::Questionnaire q = make_questionnaire(1);
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "", 3);
  add(aggregate, q, "Leisure", "Yes", "", 3);
  add(aggregate, q, "Planning", "No", "", 2);
  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Housing: suppressed", "Leisure: 3 3 [3 0 0 0]",
                                                    "Other groups, fewer than 3 each: suppressed"});
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

// --- issue 9: privacy ---------------------------------------------------------------------

namespace {

// Every group name of every breakdown of every question.
std::vector<std::string> names(const std::vector<s11::QuestionResult>& results) {
  std::vector<std::string> out;
  for (const auto& result : results) {
    for (const auto& breakdown : result.breakdowns) {
      for (const auto& group : breakdown) out.push_back(group.name);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("groups below the threshold lose their names and are pooled",
          "[questionnaires][issue9]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes", 10);
  add(aggregate, q, "Leisure", "Yes", "No", 8);
  add(aggregate, q, "Planning", "No", "Yes", 3);
  add(aggregate, q, "Parks", "Yes", "Yes", 3);

  const auto results = aggregate.results();
  // Planning and Parks (3 each) are pooled: 6 together, shown, and nothing identifies either.
  CHECK(describe(results[0].breakdowns[0]) ==
        Lines{"Housing: 10 10 [10 0 0 0]", "Leisure: 8 8 [8 0 0 0]",
              "Other groups, fewer than 5 each: 6 3 [3 3 0 0]"});
  CHECK(describe(results[1].breakdowns[0]) ==
        Lines{"Housing: 10 10 [10 0 0 0]", "Leisure: 8 0 [0 8 0 0]",
              "Other groups, fewer than 5 each: 6 6 [6 0 0 0]"});
  for (const auto& name : names(results)) {
    CHECK(name.find("Planning") == std::string::npos);
    CHECK(name.find("Parks") == std::string::npos);
  }
}

TEST_CASE("a pool of one small group is suppressed with the next smallest",
          "[questionnaires][issue9]") {
  const s11::Questionnaire q = make_questionnaire();
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes", 10);
  add(aggregate, q, "Leisure", "Yes", "Yes", 6);
  add(aggregate, q, "Planning", "No", "No", 4);

  const auto results = aggregate.results();
  for (const auto& result : results) {
    const auto& groups = result.breakdowns[0];
    CHECK(describe(groups) == Lines{"Housing: 10 10 [10 0 0 0]", "Leisure: suppressed",
                                    "Other groups, fewer than 5 each: suppressed"});
    // All a reader can work out: the two hidden groups together.
    CHECK(result.overall.n - groups[0].n == 10);
  }
}

TEST_CASE("a name and email typed into a profile column are never a group name",
          "[questionnaires][issue9]") {
  s11::Questionnaire q = make_questionnaire();
  q.path = "oscb-staff.xml";
  q.profiles.push_back({"role", "Role", {}, {}});
  s11::SurveyAggregate aggregate(q);
  const auto respond = [&](const std::string& service, const std::string& role, int times) {
    s11::Response response;
    response.answers = {q.scales[0].match("Yes"), nullptr};
    response.profile = {service, role};
    for (int i = 0; i < times; ++i) aggregate.add(response);
  };
  respond("Housing", "Manager", 6);
  respond("Housing", "Front-line staff", 6);
  // Six different people each typed something personal: a group of 6, but never printed.
  respond("Housing", "Jane Smith, jane.smith@example.org", 1);
  respond("Housing", "Kwame Mensah-Boateng", 1);
  respond("Housing", "07700 900123", 1);
  respond("Housing", "j.smith@example.org", 1);
  respond("Housing", "Dr Priya Natarajan", 1);
  respond("Housing", "Ann O'Neil", 1);

  const auto results = aggregate.results();
  CHECK(describe(results[0].breakdowns[1]) == Lines{"Front-line staff: 6 6 [6 0 0 0]",
                                                    "Manager: 6 6 [6 0 0 0]",
                                                    "Other answers: 6 6 [6 0 0 0]"});
  CHECK(results[0].breakdowns[1][2].kind == s11::GroupKind::kOtherAnswers);
  CHECK(aggregate.warnings() ==
        std::vector<std::string>{
            "oscb-staff.xml: profile \"Role\": 6 answers look like personal data (an email "
            "address, a phone number or a person's name) and are not printed; they are counted "
            "under \"Other answers\". List the column's values as <value> elements in the "
            "questionnaire to choose what is printed"});
}

TEST_CASE("a small count of withheld values is itself not printed", "[questionnaires][issue9]") {
  s11::Questionnaire q = make_questionnaire();
  q.path = "q.xml";
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "Housing", "Yes", "Yes", 10);
  add(aggregate, q, "Leisure", "Yes", "Yes", 10);
  add(aggregate, q, "sam.jones@example.org", "No", "No", 1);
  add(aggregate, q, "Sam Jones", "No", "No", 1);

  const auto results = aggregate.results();
  // The two withheld answers are a small group: pooled, hidden, and Housing hidden with them.
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Housing: suppressed",
                                                    "Leisure: 10 10 [10 0 0 0]",
                                                    "Other groups, fewer than 5 each: suppressed"});
  REQUIRE(aggregate.warnings().size() == 1);
  CHECK(aggregate.warnings()[0].rfind(
            "q.xml: profile \"Service area\": fewer than 5 answers look like personal data", 0) ==
        0);
}

TEST_CASE("declared profile values are the only ones printed", "[questionnaires][issue9]") {
  s11::Questionnaire q = make_questionnaire();
  q.profiles[0].values = {"Housing", "Leisure", "Community safety"};
  s11::SurveyAggregate aggregate(q);
  add(aggregate, q, "housing ", "Yes", "", 3);
  add(aggregate, q, "Housing", "Yes", "", 3);
  add(aggregate, q, "Leisure.", "No", "", 5);
  add(aggregate, q, "Planning", "Yes", "", 2);  // Not declared, and not personal-looking.
  add(aggregate, q, "Parks", "No", "", 4);
  add(aggregate, q, "Community safety", "Yes", "", 2);

  const auto results = aggregate.results();
  // Community safety (2) is pooled and hidden; Leisure, the next smallest, is hidden with it.
  CHECK(describe(results[0].breakdowns[0]) == Lines{"Housing: 6 6 [6 0 0 0]", "Leisure: suppressed",
                                                    "Other answers: 6 2 [2 4 0 0]",
                                                    "Other groups, fewer than 5 each: suppressed"});
  CHECK(aggregate.warnings().empty());  // Undeclared is not a sign of personal data.
}

TEST_CASE("what looks like personal data in a profile value", "[questionnaires][issue9]") {
  using s11::personal_data_kind;
  CHECK(personal_data_kind("jane@example.org") == "an email address");
  CHECK(personal_data_kind("Manager (contact: a@b)") == "an email address");
  CHECK(personal_data_kind("07700 900123") == "a phone number");
  CHECK(personal_data_kind("+44 (0)1865 252000") == "a phone number");
  CHECK(personal_data_kind("ext. 12-34-56") == "a phone number");
  CHECK(personal_data_kind("Staff 123456") == "a phone number");
  CHECK(personal_data_kind("Jane Smith") == "a person's name");
  CHECK(personal_data_kind("  Jane  Smith ") == "a person's name");
  CHECK(personal_data_kind("Smith, Jane") == "a person's name");
  CHECK(personal_data_kind("J. Smith") == "a person's name");
  CHECK(personal_data_kind("Mary-Ann McDonald") == "a person's name");
  CHECK(personal_data_kind("Jean Paul Sartre") == "a person's name");
  CHECK(personal_data_kind("Ann O'Neil") == "a person's name");
  // Roles, teams and services.
  CHECK(personal_data_kind("Housing") == "");
  CHECK(personal_data_kind("Housing Officer") == "");
  CHECK(personal_data_kind("Community Safety") == "");
  CHECK(personal_data_kind("Customer services") == "");
  CHECK(personal_data_kind("Parks and play") == "");
  CHECK(personal_data_kind("Front-line staff") == "");
  CHECK(personal_data_kind("Senior Manager") == "");
  CHECK(personal_data_kind("Early Help Team") == "");
  CHECK(personal_data_kind("Not stated") == "");
  CHECK(personal_data_kind("HR") == "");
  CHECK(personal_data_kind("Band 6") == "");
  CHECK(personal_data_kind("A B") == "");                  // Initials only.
  CHECK(personal_data_kind("Jane Ann Mary Smith") == "");  // Four words: not the shape.
}
