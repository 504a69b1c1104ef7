#pragma once
/// Staff survey results as audit evidence: each question's result becomes an evidence item for
/// its points, and a result below the question's green threshold contradicts them.

#include <string>
#include <vector>

#include "base/date.h"
#include "engine/audit.h"
#include "questionnaires/survey_ingest.h"

namespace s11 {

/// One evidence item per question with a result that is not suppressed: type survey, impact
/// level 2, dated `date`, owned by `owner`, located in `sources` (the exports, as audit.ini
/// names them), contradicting its points when below the question's green threshold.
std::vector<EvidenceItem> survey_evidence(const SurveyIngest& ingest, const Date& date,
                                          const std::string& owner, const std::string& sources);

/// The finding for a question in words: "58% of 31 staff know how to raise a concern about a
/// colleague; threshold 90%". Turns the first-person wording of the question around.
std::string survey_finding(const QuestionResult& result);

}  // namespace s11
