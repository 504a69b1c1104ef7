#pragma once
/// Staff survey results for people: the Questionnaire sheet of the return, the workbook and
/// the plain-text table of `s11 survey`. Small groups stay suppressed and unnamed; no figure
/// they could be worked out from is written (not even an export's row count); no personal
/// data is ever present to show.

#include <string>

#include "questionnaires/survey_ingest.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// Sheet name of the survey results.
inline constexpr const char* kQuestionnaireSheet = return_workbook::kQuestionnaire.data();

/// Adds the Questionnaire sheet to `book`: what was read from each export, a row per question
/// (points, n, answers, % positive, threshold, RAG, a column per profile group with
/// suppression), a bar chart of % positive, and comments when they were asked for.
void add_questionnaire_sheet(layout::Workbook& book, const SurveyIngest& ingest);

/// The workbook `s11 survey` writes: the Questionnaire sheet alone.
layout::Workbook build_survey_workbook(const SurveyIngest& ingest, const Date& created);

/// "49 responses", or "fewer than 5 responses" when the whole survey is a small group.
std::string survey_responses_text(const SurveyIngest& ingest);

/// The results as a plain-text table for a terminal.
std::string render_survey_table(const SurveyIngest& ingest);

}  // namespace s11
