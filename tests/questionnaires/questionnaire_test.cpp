#include "questionnaires/questionnaire.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/errors.h"
#include "standards/framework.h"
#include "test_support.h"

namespace {

using s11::test::TempDir;

// Sets an environment variable for the life of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_.empty()) {
      unsetenv(name_);
    } else {
      setenv(name_, old_.c_str(), 1);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::string old_;
};

// Line numbers matter: the error tests below refer to them.
const std::string kValid = R"(<?xml version="1.0" encoding="UTF-8"?>
<questionnaire id="test" framework="test-fw" min-group-size="4">
  <title>Test questionnaire</title>
  <scale id="yns" name="Yes / No / Unsure">
    <answer label="Yes" kind="positive"><alias>Y</alias></answer>
    <answer label="No" kind="negative"/>
    <answer label="Unsure" kind="neutral"><alias>Don't know</alias></answer>
  </scale>
  <scale id="agree" name="Agreement">
    <answer label="Strongly agree" kind="positive"/>
    <answer label="Agree" kind="positive"/>
    <answer label="Neither agree nor disagree" kind="neutral"/>
    <answer label="Disagree" kind="negative"/>
    <answer label="N/A" kind="not-applicable"><alias>Not applicable</alias></answer>
  </scale>
  <question id="q1" scale="yns" points="1.3" green="80" amber="60">
    <text>I know who our designated
      safeguarding lead is</text>
    <alias>Do you know your DSL?</alias>
  </question>
  <question id="q2" scale="agree" points="11.3, 11.4">
    <text>I know how to raise a concern about a colleague</text>
  </question>
  <profile id="service" header="Service area"><alias>Department</alias></profile>
  <personal>Name</personal>
  <personal>Email</personal>
  <comment>Comments</comment>
  <ignore>Start time</ignore>
</questionnaire>
)";

// kValid with `from` (which must occur exactly once) replaced by `to`.
std::string with(const std::string& from, const std::string& to, std::string text = kValid) {
  const auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  REQUIRE(text.find(from, pos + 1) == std::string::npos);
  text.replace(pos, from.size(), to);
  return text;
}

// The problems reported for `xml`, each with the leading "path:" removed.
std::vector<std::string> problems_in(const std::string& xml) {
  TempDir dir;
  const std::string path = dir.write("q.xml", xml);
  try {
    s11::load_questionnaire(path);
  } catch (const s11::InputError& e) {
    std::vector<std::string> problems;
    for (const auto& problem : e.problems()) {
      REQUIRE(problem.rfind(path + ":", 0) == 0);
      problems.push_back(problem.substr(path.size() + 1));
    }
    return problems;
  }
  FAIL("expected an InputError");
  return {};
}

using Problems = std::vector<std::string>;

const std::string kOscbStaff = std::string(S11_SOURCE_DIR) + "/questionnaires/oscb-staff.xml";

}  // namespace

TEST_CASE("a valid questionnaire loads into the model", "[questionnaires]") {
  TempDir dir;
  const std::string path = dir.write("q.xml", kValid);
  const s11::Questionnaire q = s11::load_questionnaire(path);

  CHECK(q.id == "test");
  CHECK(q.framework == "test-fw");
  CHECK(q.title == "Test questionnaire");
  CHECK(q.path == path);
  CHECK(q.min_group_size == 4);

  REQUIRE(q.scales.size() == 2);
  const s11::Scale& yns = q.scales[0];
  CHECK(yns.id == "yns");
  CHECK(yns.name == "Yes / No / Unsure");
  REQUIRE(yns.answers.size() == 3);
  CHECK(yns.answers[0].label == "Yes");
  CHECK(yns.answers[0].kind == s11::AnswerKind::kPositive);
  CHECK(yns.answers[0].aliases == std::vector<std::string>{"Y"});
  CHECK(yns.answers[1].kind == s11::AnswerKind::kNegative);
  CHECK(yns.answers[1].aliases.empty());
  CHECK(yns.answers[2].kind == s11::AnswerKind::kNeutral);
  CHECK(q.scales[1].answers[4].kind == s11::AnswerKind::kNotApplicable);

  REQUIRE(q.questions.size() == 2);
  const s11::Question& q1 = q.questions[0];
  CHECK(q1.id == "q1");
  CHECK(q1.text == "I know who our designated safeguarding lead is");  // Wrapped line joined.
  CHECK(q1.aliases == std::vector<std::string>{"Do you know your DSL?"});
  CHECK(q1.scale == "yns");
  CHECK(q1.points == std::vector<std::string>{"1.3"});
  CHECK(q1.green_percent == 80);
  CHECK(q1.amber_percent == 60);
  const s11::Question& q2 = q.questions[1];
  CHECK(q2.points == std::vector<std::string>{"11.3", "11.4"});
  CHECK(q2.green_percent == 90);  // Defaults.
  CHECK(q2.amber_percent == 75);

  REQUIRE(q.profiles.size() == 1);
  CHECK(q.profiles[0].id == "service");
  CHECK(q.profiles[0].header == "Service area");
  CHECK(q.profiles[0].aliases == std::vector<std::string>{"Department"});
  CHECK(q.personal_columns == std::vector<std::string>{"Name", "Email"});
  CHECK(q.comment_columns == std::vector<std::string>{"Comments"});
  CHECK(q.ignored_columns == std::vector<std::string>{"Start time"});

  REQUIRE(q.find_scale("agree") == &q.scales[1]);
  CHECK(q.find_scale("Agree") == nullptr);
  REQUIRE(q.find_question("q2") == &q.questions[1]);
  CHECK(q.find_question("q3") == nullptr);
}

TEST_CASE("min-group-size defaults to 5", "[questionnaires]") {
  TempDir dir;
  const auto q = s11::load_questionnaire(dir.write("q.xml", with(" min-group-size=\"4\"", "")));
  CHECK(q.min_group_size == 5);
}

TEST_CASE("questionnaire errors name the line and say what was expected", "[questionnaires]") {
  SECTION("unknown element") {
    CHECK(problems_in(with("<ignore>Start time</ignore>",
                           "<ignore>Start time</ignore><colour>red</colour>")) ==
          Problems{"28: unknown element <colour> in <questionnaire>; expected <title>, <scale>, "
                   "<question>, <profile>, <personal>, <comment>, <ignore>"});
  }
  SECTION("unknown attribute") {
    CHECK(problems_in(with("green=\"80\"", "green=\"80\" weight=\"2\"")) ==
          Problems{"16: unknown attribute \"weight\" on <question>; expected one of: id, scale, "
                   "points, green, amber"});
  }
  SECTION("missing attribute") {
    CHECK(problems_in(with("label=\"No\" kind=\"negative\"", "label=\"No\"")) ==
          Problems{"6: <answer> is missing required attribute \"kind\""});
  }
  SECTION("duplicate ids") {
    CHECK(problems_in(with("id=\"q2\"", "id=\"q1\"")) ==
          Problems{"21: duplicate question id \"q1\" (first defined at line 16)"});
    CHECK(problems_in(with("id=\"agree\"", "id=\"yns\"")) ==
          Problems{"9: duplicate scale id \"yns\" (first defined at line 4)",
                   "21: question \"q2\" refers to unknown scale \"agree\"; expected one of: yns"});
  }
  SECTION("unknown scale") {
    CHECK(problems_in(with("scale=\"agree\"", "scale=\"agreement\"")) ==
          Problems{"21: question \"q2\" refers to unknown scale \"agreement\"; expected one of: "
                   "yns, agree"});
  }
  SECTION("thresholds") {
    CHECK(problems_in(with("green=\"80\"", "green=\"50\"")) ==
          Problems{"16: question \"q1\": amber 60 is above green 50; expected amber at or below "
                   "green"});
    CHECK(problems_in(with("green=\"80\"", "green=\"101\"")) ==
          Problems{"16: question \"q1\": green must be a whole number from 0 to 100; found "
                   "\"101\""});
    CHECK(problems_in(with("amber=\"60\"", "amber=\"60.5\"")) ==
          Problems{"16: question \"q1\": amber must be a whole number from 0 to 100; found "
                   "\"60.5\""});
    CHECK(problems_in(with("points=\"11.3, 11.4\"", "points=\"11.3, 11.4\" green=\"70\"")) ==
          Problems{"21: question \"q2\": amber 75 is above green 70; expected amber at or below "
                   "green"});
  }
  SECTION("points") {
    CHECK(problems_in(with("points=\"1.3\"", "points=\" , \"")) ==
          Problems{"16: question \"q1\" has no point ids in \"points\"; expected a list such as "
                   "\"1.3, 11.3\""});
    CHECK(problems_in(with("points=\"1.3\"", "points=\"1.3 1.3\"")) ==
          Problems{"16: question \"q1\" lists point \"1.3\" more than once"});
  }
  SECTION("min-group-size") {
    CHECK(problems_in(with("min-group-size=\"4\"", "min-group-size=\"2\"")) ==
          Problems{"2: min-group-size must be a whole number of at least 3, as smaller groups can "
                   "identify people; found \"2\""});
    CHECK(problems_in(with("min-group-size=\"4\"", "min-group-size=\"five\"")) ==
          Problems{"2: min-group-size must be a whole number of at least 3, as smaller groups can "
                   "identify people; found \"five\""});
  }
  SECTION("a scale with no positive answer") {
    CHECK(problems_in(with("label=\"Yes\" kind=\"positive\"", "label=\"Yes\" kind=\"neutral\"")) ==
          Problems{"4: scale \"yns\" has no positive answer; expected at least one <answer "
                   "kind=\"positive\">"});
  }
  SECTION("an unknown answer kind") {
    CHECK(problems_in(with("label=\"No\" kind=\"negative\"", "label=\"No\" kind=\"bad\"")) ==
          Problems{"6: answer \"No\" of scale \"yns\": kind must be \"positive\", \"negative\", "
                   "\"neutral\" or \"not-applicable\"; found \"bad\""});
  }
  SECTION("two answers of a scale claiming the same text") {
    // Curly apostrophe, case and trailing punctuation do not make a text different.
    CHECK(problems_in(with("<alias>Don't know</alias>", "<alias>y.</alias>")) ==
          Problems{"7: scale \"yns\": \"y.\" of answer \"Unsure\" already means answer \"Yes\" "
                   "(line 5); each text must mean one answer"});
    CHECK(problems_in(with("<answer label=\"No\" kind=\"negative\"/>",
                           "<answer label=\"No\" kind=\"negative\"><alias>Don\xE2\x80\x99t "
                           "KNOW</alias></answer>")) ==
          Problems{"7: scale \"yns\": \"Don't know\" of answer \"Unsure\" already means answer "
                   "\"No\" (line 6); each text must mean one answer"});
    // Two answers with one label (the fuzzer's find): the second could never be matched.
    CHECK(problems_in(with("<answer label=\"Unsure\" kind=\"neutral\">",
                           "<answer label=\"No\" kind=\"neutral\">")) ==
          Problems{"7: scale \"yns\": \"No\" of answer \"No\" already means answer \"No\" "
                   "(line 6); each text must mean one answer"});
  }
  SECTION("two questions claiming the same header") {
    CHECK(problems_in(with("I know how to raise a concern about a colleague",
                           "3. I know who our designated safeguarding lead is?")) ==
          Problems{"22: header \"3. I know who our designated safeguarding lead is?\" of question "
                   "\"q2\" is already claimed by question \"q1\" (line 17); each header must "
                   "name one column"});
  }
  SECTION("a personal column claimed by a profile") {
    CHECK(problems_in(with("<personal>Name</personal>", "<personal>DEPARTMENT</personal>")) ==
          Problems{"25: header \"DEPARTMENT\" of a <personal> column is already claimed by "
                   "profile \"service\" (line 24); each header must name one column"});
  }
  SECTION("empty texts") {
    CHECK(problems_in(with("<text>I know how to raise a concern about a colleague</text>",
                           "<text>  </text>")) ==
          Problems{"22: question \"q2\" has an empty <text>"});
    CHECK(problems_in(with("<alias>Y</alias>", "<alias></alias>")) ==
          Problems{"5: answer \"Yes\" of scale \"yns\" has an empty <alias>"});
    CHECK(problems_in(with("<comment>Comments</comment>", "<comment/>")) ==
          Problems{"27: empty <comment>; expected a column header"});
    CHECK(problems_in(with("<alias>Y</alias>", "<alias>?!</alias>")) ==
          Problems{"5: <alias> \"?!\" has nothing left to match once case, spaces and "
                   "punctuation are ignored"});
    CHECK(problems_in(with("<title>Test questionnaire</title>", "<title/>")) ==
          Problems{"3: questionnaire has an empty <title>"});
  }
  SECTION("missing parts") {
    CHECK(problems_in(with("<text>I know how to raise a concern about a colleague</text>", "")) ==
          Problems{"21: question \"q2\" has no <text>; expected the wording shown to staff"});
    CHECK(problems_in("<questionnaire id=\"x\" framework=\"f\">\n<title>T</title>\n"
                      "<scale id=\"s\" name=\"S\"></scale>\n"
                      "<question id=\"q\" scale=\"s\" points=\"1.1\"><text>Q</text></question>\n"
                      "</questionnaire>\n") ==
          Problems{"3: scale \"s\" has no answers; expected <answer> elements in display order"});
    CHECK(problems_in(with("<title>Test questionnaire</title>", "")) ==
          Problems{"2: questionnaire has no <title>"});
  }
  SECTION("every problem is reported at once, in line order") {
    std::string xml = with("green=\"80\"", "green=\"50\"");
    xml = with("id=\"q2\"", "id=\"q1\"", xml);
    xml = with("min-group-size=\"4\"", "min-group-size=\"1\"", xml);
    CHECK(problems_in(xml) ==
          Problems{"2: min-group-size must be a whole number of at least 3, as smaller groups can "
                   "identify people; found \"1\"",
                   "16: question \"q1\": amber 60 is above green 50; expected amber at or below "
                   "green",
                   "21: duplicate question id \"q1\" (first defined at line 16)"});
  }
  SECTION("wrong root and malformed XML") {
    CHECK(problems_in("<?xml version=\"1.0\"?>\n<framework id=\"x\"/>\n") ==
          Problems{"2: root element is <framework>; expected <questionnaire>"});
    CHECK(problems_in(with("</question>\n  <profile", "\n  <profile")) ==
          Problems{"29: malformed XML: Start-end tags mismatch"});
  }
  SECTION("no questions") {
    const std::string xml =
        "<questionnaire id=\"x\" framework=\"f\"><title>T</title></questionnaire>";
    CHECK(problems_in(xml) ==
          Problems{"1: questionnaire has no questions; expected at least one <question>"});
  }
}

TEST_CASE("a missing questionnaire file is an IoError", "[questionnaires]") {
  TempDir dir;
  CHECK_THROWS_AS(s11::load_questionnaire(dir.file("none.xml")), s11::IoError);
}

TEST_CASE("normalise_label folds case, spaces, quotes, dashes and punctuation",
          "[questionnaires]") {
  CHECK(s11::normalise_label("  Strongly   AGREE \t") == "strongly agree");
  CHECK(s11::normalise_label("Don\xE2\x80\x99t know") == "don't know");
  CHECK(s11::normalise_label("\xE2\x80\x98quoted\xE2\x80\x99 \xE2\x80\x9CIt\xE2\x80\x9D") ==
        "'quoted' \"it\"");
  CHECK(s11::normalise_label("5 \xE2\x80\x93 Always") == "5 - always");
  CHECK(s11::normalise_label("Yes \xE2\x80\x94 definitely") == "yes - definitely");
  CHECK(s11::normalise_label("Service\xC2\xA0\xC2\xA0"
                             "area\xC2\xA0") == "service area");
  CHECK(s11::normalise_label("Any other comments?") == "any other comments");
  CHECK(s11::normalise_label("Email *") == "email");
  CHECK(s11::normalise_label("Role: ") == "role");
  CHECK(s11::normalise_label("Really?!.") == "really");
  CHECK(s11::normalise_label("3. I know who") == "i know who");
  CHECK(s11::normalise_label("3) I know who") == "i know who");
  CHECK(s11::normalise_label("Q3 I know who") == "i know who");
  CHECK(s11::normalise_label("Q3. I know who") == "i know who");
  CHECK(s11::normalise_label("q12: I know who") == "i know who");
  CHECK(s11::normalise_label("12.I know who") == "i know who");
  // Numbers that are part of the wording stay.
  CHECK(s11::normalise_label("1.3 Staff know") == "1.3 staff know");
  CHECK(s11::normalise_label("3 things I know") == "3 things i know");
  CHECK(s11::normalise_label("Q3") == "q3");
  CHECK(s11::normalise_label("3.") == "3");
  CHECK(s11::normalise_label("   ") == "");
}

TEST_CASE("scale answers match ignoring case, punctuation and leading scores", "[questionnaires]") {
  const s11::Questionnaire q = s11::load_questionnaire(kOscbStaff);
  const s11::Scale* agree = q.find_scale("agree-5");
  const s11::Scale* yes_no = q.find_scale("yes-no-unsure");
  REQUIRE(agree != nullptr);
  REQUIRE(yes_no != nullptr);
  const s11::ScaleAnswer* strongly = &agree->answers[0];
  REQUIRE(strongly->label == "Strongly agree");

  CHECK(agree->match("Strongly agree") == strongly);
  CHECK(agree->match("5 - Strongly agree") == strongly);
  CHECK(agree->match("5 \xE2\x80\x93 Strongly Agree.") == strongly);
  CHECK(agree->match("5-strongly agree") == strongly);
  CHECK(agree->match("(5) Strongly agree") == strongly);
  CHECK(agree->match("  STRONGLY\xC2\xA0"
                     "agree ") == strongly);
  CHECK(agree->match("1 - Strongly disagree") == &agree->answers[4]);
  CHECK(agree->match("Neutral") == &agree->answers[2]);
  CHECK(agree->match("N/A") == &agree->answers[6]);
  CHECK(agree->match("Don\xE2\x80\x99t know")->kind == s11::AnswerKind::kNotApplicable);
  CHECK(agree->match("Don\xE2\x80\x99t know") == &agree->answers[5]);

  CHECK(yes_no->match(" yes ") == &yes_no->answers[0]);
  CHECK(yes_no->match("Y") == &yes_no->answers[0]);
  CHECK(yes_no->match("Don\xE2\x80\x99t know") == &yes_no->answers[2]);
  CHECK(yes_no->match("Don\xE2\x80\x99t know")->kind == s11::AnswerKind::kNeutral);

  CHECK(agree->match("") == nullptr);
  CHECK(agree->match("   ") == nullptr);
  CHECK(agree->match("Maybe") == nullptr);
  CHECK(agree->match("5") == nullptr);
  CHECK(yes_no->match("Yes please") == nullptr);
}

TEST_CASE("a numeric answer label matches before any score is stripped", "[questionnaires]") {
  s11::Scale scale;
  scale.answers = {{"5", s11::AnswerKind::kPositive, {}},
                   {"1", s11::AnswerKind::kNegative, {"1 - never"}}};
  CHECK(scale.match("5") == &scale.answers[0]);
  CHECK(scale.match(" 5. ") == &scale.answers[0]);
  CHECK(scale.match("1 \xE2\x80\x93 Never") == &scale.answers[1]);
  CHECK(scale.match("2") == nullptr);
}

TEST_CASE("the bundled oscb-staff questionnaire loads and maps to oscb-2015 points",
          "[questionnaires]") {
  const s11::Questionnaire q =
      s11::load_questionnaire(s11::resolve_questionnaire("oscb-staff", ""));
  CHECK(q.id == "oscb-staff");
  CHECK(q.framework == "oscb-2015");
  CHECK(q.min_group_size == 5);
  CHECK(q.questions.size() == 12);

  const s11::Framework framework =
      s11::load_framework(std::string(S11_SOURCE_DIR) + "/standards/oscb-2015.xml");
  CHECK(framework.id == q.framework);
  for (const auto& question : q.questions) {
    INFO("question " << question.id);
    CHECK(q.find_scale(question.scale) != nullptr);
    CHECK_FALSE(question.points.empty());
    for (const auto& point : question.points) {
      INFO("point " << point);
      CHECK(framework.find_point(point) != nullptr);
    }
    CHECK(question.amber_percent <= question.green_percent);
  }
  const s11::Question* dsl = q.find_question("q01");
  REQUIRE(dsl != nullptr);
  CHECK(dsl->points == std::vector<std::string>{"1.3"});
  const s11::Question* colleague = q.find_question("q09");
  REQUIRE(colleague != nullptr);
  CHECK(colleague->points == std::vector<std::string>{"11.3"});

  REQUIRE(q.profiles.size() == 2);
  CHECK(q.profiles[0].header == "Service area");
  CHECK(q.profiles[1].header == "Role");
  for (const char* personal : {"Name", "Email", "Email Address", "First Name", "Last Name",
                               "IP Address", "Respondent ID"}) {
    INFO(personal);
    CHECK(std::find(q.personal_columns.begin(), q.personal_columns.end(), personal) !=
          q.personal_columns.end());
  }
}

TEST_CASE("questionnaires resolve from a path, the environment or the bundled folder",
          "[questionnaires]") {
  TempDir dir;
  const std::string local = dir.write("mine.xml", kValid);

  CHECK(s11::resolve_questionnaire(local, "") == local);
  CHECK(s11::resolve_questionnaire("mine.xml", dir.path().string()) == local);
  CHECK(s11::resolve_questionnaire("oscb-staff", "") == kOscbStaff);
  CHECK(s11::resolve_questionnaire("oscb-staff.xml", "") == kOscbStaff);
  {
    ScopedEnv env("S11_QUESTIONNAIRES_PATH", "/nonexistent:" + dir.path().string());
    CHECK(s11::resolve_questionnaire("mine", "") == local);
    const auto ids = s11::bundled_questionnaire_ids();
    CHECK(ids == std::vector<std::string>{"mine", "oscb-staff"});
  }
  CHECK(s11::bundled_questionnaire_ids() == std::vector<std::string>{"oscb-staff"});

  try {
    s11::resolve_questionnaire("oscb", "audits/2015");
    FAIL("expected an InputError");
  } catch (const s11::InputError& e) {
    CHECK(std::string(e.what()) ==
          "questionnaire \"oscb\" is neither a file (looked for \"audits/2015/oscb\") nor a "
          "bundled questionnaire id; bundled ids: oscb-staff");
  }
  CHECK_THROWS_WITH(s11::resolve_questionnaire(" ", ""),
                    "no questionnaire given; expected a bundled questionnaire id or a path to a "
                    "questionnaire file; bundled ids: oscb-staff");
}

TEST_CASE("a profile may declare the values that may be printed", "[questionnaires][issue9]") {
  TempDir dir;
  const std::string declared =
      "<profile id=\"service\" header=\"Service area\"><alias>Department</alias>"
      "<value>Housing</value><value> Community  safety </value></profile>";
  const std::string original =
      "<profile id=\"service\" header=\"Service area\"><alias>Department</alias></profile>";
  const auto q = s11::load_questionnaire(dir.write("q.xml", with(original, declared)));
  REQUIRE(q.profiles.size() == 1);
  CHECK(q.profiles[0].values == std::vector<std::string>{"Housing", "Community safety"});

  CHECK(problems_in(with(original,
                         "<profile id=\"service\" header=\"Service area\"><value>Housing</value>"
                         "\n<value>housing.</value><value/></profile>")) ==
        Problems{"25: profile \"service\" declares the value \"housing.\" twice (first at line 24)",
                 "25: profile \"service\" has an empty <value>"});
}
