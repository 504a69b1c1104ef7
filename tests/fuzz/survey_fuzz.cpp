// Fuzz target: survey format detection and reading (questionnaires/survey.h) for the bundled
// staff questionnaire. The first byte chooses the file name (.csv or .xlsx; a zip is read as a
// workbook whatever its name) and the options; the rest is the export.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "questionnaires/questionnaire.h"
#include "questionnaires/survey.h"

namespace {

class CheckingSink : public s11::ResponseSink {
 public:
  explicit CheckingSink(const s11::Questionnaire& questionnaire) : questionnaire_(questionnaire) {}
  void add(const s11::Response& response) override {
    s11::fuzz::check(response.answers.size() == questionnaire_.questions.size(),
                     "a response without one answer per question");
    s11::fuzz::check(response.profile.size() == questionnaire_.profiles.size(),
                     "a response without one value per profile column");
    if (response.completed) s11::fuzz::check(s11::is_valid(*response.completed), "a bad day");
    ++count;
  }
  std::size_t count = 0;

 private:
  const s11::Questionnaire& questionnaire_;
};

const s11::Questionnaire& staff_questionnaire() {
  static const s11::Questionnaire questionnaire =
      s11::load_questionnaire(S11_SOURCE_DIR "/questionnaires/oscb-staff.xml");
  return questionnaire;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  if (size == 0) return 0;
  const unsigned choice = data[0];
  std::string path =
      s11::fuzz::write_input((choice & 1) ? "export.xlsx" : "export.csv", data + 1, size - 1);
  const s11::Questionnaire& questionnaire = staff_questionnaire();
  s11::SurveyOptions options;
  options.skip_bad_rows = (choice & 2) != 0;
  options.include_comments = (choice & 4) != 0;
  if (choice & 8) options.mapping["q01"] = "Question 1";
  s11::fuzz::expect_only_s11_errors([&] {
    CheckingSink sink(questionnaire);
    s11::SurveyReport report = s11::read_survey(path, questionnaire, options, sink);
    s11::fuzz::check(report.rows_used == sink.count, "rows_used is not what the sink received");
    s11::fuzz::check(report.rows_used <= report.rows_read, "more rows used than read");
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
