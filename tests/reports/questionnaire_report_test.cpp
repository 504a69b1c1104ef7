#include "reports/questionnaire_report.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

// A survey of `responses` people, read from one export with `skipped` rows skipped.
s11::SurveyIngest make_ingest(std::size_t responses, std::size_t skipped) {
  s11::SurveyIngest ingest;
  ingest.questionnaire.title = "Staff questionnaire";
  ingest.questionnaire.min_group_size = 5;
  ingest.responses = responses;
  s11::SurveyReport report;
  report.path = "surveys/planning.csv";
  report.rows_read = responses + skipped;
  report.rows_used = responses;
  report.rows_skipped = skipped;
  ingest.reports.push_back(report);
  return ingest;
}

}  // namespace

TEST_CASE("a survey smaller than the threshold does not state its size",
          "[reports][questionnaires][issue9]") {
  CHECK(s11::survey_responses_text(make_ingest(4, 0)) == "fewer than 5 responses");
  CHECK(s11::survey_responses_text(make_ingest(5, 0)) == "5 responses");
  CHECK(s11::render_survey_table(make_ingest(4, 0))
            .rfind(
                "Staff questionnaire: fewer than 5 responses\n  surveys/planning.csv (CSV): read\n",
                0) == 0);
}

TEST_CASE("an export's row count is not written, only the rows it skipped",
          "[reports][questionnaires][issue9]") {
  // 12 rows read, 3 skipped: neither 12 nor 9 may appear, as one export can be one group.
  const std::string table = s11::render_survey_table(make_ingest(9, 3));
  CHECK(table.rfind("Staff questionnaire: 9 responses\n"
                    "  surveys/planning.csv (CSV): read, 3 rows skipped (answers outside the "
                    "scale; see warnings)\n",
                    0) == 0);
  CHECK(table.find("12") == std::string::npos);
}
