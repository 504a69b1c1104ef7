// Fuzz target: the questionnaire loader (questionnaires/questionnaire.h) on one XML file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "questionnaires/questionnaire.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  s11::fuzz::check_no_descriptor_leak();  // The first call sets the baseline.
  std::string path = s11::fuzz::write_input("questionnaire.xml", data, size);
  s11::fuzz::expect_only_s11_errors([&] {
    s11::Questionnaire questionnaire = s11::load_questionnaire(path);
    // What the survey reader relies on once a questionnaire has loaded.
    s11::fuzz::check(questionnaire.min_group_size >= 3, "min-group-size below 3 accepted");
    for (const auto& question : questionnaire.questions) {
      const s11::Scale* scale = questionnaire.find_scale(question.scale);
      s11::fuzz::check(scale != nullptr, "a question on a scale the questionnaire lacks");
      s11::fuzz::check(question.amber_percent <= question.green_percent, "amber above green");
      for (const auto& answer : scale->answers) {
        s11::fuzz::check(scale->match(answer.label) == &answer, "an answer not matched by label");
      }
    }
  });
  s11::fuzz::check_no_descriptor_leak();
  return 0;
}
