#include "engine/survey_evidence.h"

#include "base/text.h"

namespace s11 {
namespace {

/// Replaces every whole-word `from` in `text` with `to`.
std::string replace_words(const std::string& text, const std::string& from, const std::string& to) {
  std::string padded = " " + text + " ";
  std::string needle = " " + from + " ";
  for (std::size_t at = padded.find(needle); at != std::string::npos;
       at = padded.find(needle, at + to.size() + 1)) {
    padded.replace(at, needle.size(), " " + to + " ");
  }
  return padded.substr(1, padded.size() - 2);
}

/// "I know who I am accountable to for my practice" -> "know who they are accountable to for
/// their practice", said of staff.
std::string third_person(const std::string& question) {
  std::string text = trim(question);
  while (!text.empty() && std::string(".?!").find(text.back()) != std::string::npos)
    text.pop_back();
  std::string lead;
  if (text.rfind("I ", 0) == 0) {
    text = text.substr(2);
  } else if (text.rfind("My ", 0) == 0) {
    lead = "say their ";
    text = text.substr(3);
  } else {
    lead = "agree that ";
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' &&
        (text.size() < 2 || !(text[1] >= 'A' && text[1] <= 'Z'))) {
      text[0] = static_cast<char>(text[0] - 'A' + 'a');
    }
  }
  text = replace_words(text, "I am", "they are");
  text = replace_words(text, "I", "they");
  text = replace_words(text, "my", "their");
  text = replace_words(text, "me", "them");
  text = replace_words(text, "am", "are");
  return lead + text;
}

}  // namespace

std::string survey_finding(const QuestionResult& result) {
  return std::to_string(result.overall.percent_positive()) + "% of " +
         std::to_string(result.overall.n) + " staff " + third_person(result.question->text) +
         "; threshold " + std::to_string(result.question->green_percent) + "%";
}

std::vector<EvidenceItem> survey_evidence(const SurveyIngest& ingest, const Date& date,
                                          const std::string& owner, const std::string& sources) {
  std::vector<EvidenceItem> items;
  for (const auto& result : ingest.results) {
    if (result.overall.suppressed || result.overall.n == 0) continue;
    EvidenceItem item;
    item.id = "S-" + result.question->id;
    item.finding = survey_finding(result);
    item.title = "Staff survey: " + item.finding;
    item.type = "survey";
    item.date = date;
    item.owner = owner;
    item.location = sources;
    item.points = result.question->points;
    item.impact_level = 2;
    item.survey_question = result.question->id;
    item.shows =
        result.rag != SurveyRag::kGreen ? EvidenceShows::kContradicts : EvidenceShows::kSupports;
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace s11
