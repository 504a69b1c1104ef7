/// Measures survey ingest: reads a CSV export with read_survey into a SurveyAggregate (or, with
/// --read-only, into a sink that only counts) and prints wall time, MB/s and peak RSS.
///
///   s11_survey_bench QUESTIONNAIRE.xml SURVEY.csv [--read-only]

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "questionnaires/aggregate.h"
#include "questionnaires/questionnaire.h"
#include "questionnaires/survey.h"

namespace {

class CountingSink : public s11::ResponseSink {
 public:
  void add(const s11::Response& response) override { answers_ += response.answers.size(); }
  std::size_t answers_ = 0;
};

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s QUESTIONNAIRE.xml SURVEY.csv [--read-only]\n", argv[0]);
    return 2;
  }
  try {
    s11::Questionnaire questionnaire = s11::load_questionnaire(argv[1]);
    std::string path = argv[2];
    bool read_only = argc > 3 && std::string(argv[3]) == "--read-only";
    double megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    auto start = std::chrono::steady_clock::now();
    s11::SurveyReport report;
    std::size_t groups = 0;
    if (read_only) {
      CountingSink sink;
      report = s11::read_survey(path, questionnaire, {}, sink);
    } else {
      s11::SurveyAggregate aggregate(questionnaire);
      report = s11::read_survey(path, questionnaire, {}, aggregate);
      for (const auto& result : aggregate.results()) {
        for (const auto& breakdown : result.breakdowns) groups += breakdown.size();
      }
    }
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "mode=%s rows_read=%zu rows_used=%zu groups=%zu size_mb=%.1f seconds=%.3f "
        "mb_per_s=%.1f peak_rss_mib=%.1f\n",
        read_only ? "read-only" : "ingest+aggregate", report.rows_read, report.rows_used, groups,
        megabytes, seconds, megabytes / seconds, static_cast<double>(peak_rss_kib()) / 1024.0);
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "s11_survey_bench: %s\n", e.what());
    return 1;
  }
}
