#include "reports/questionnaire_report.h"

#include <algorithm>
#include <sstream>

#include "base/text.h"
#include "reports/styles.h"
#include "workbooks/columns.h"

namespace s11 {
namespace {

namespace qs = return_workbook::questionnaire_sheet;
using layout::kTextCol;

/// The question table's fixed columns, in the order of qs::kHeaders; one column per profile
/// group follows from kFirstGroupCol.
namespace col {
constexpr int kQuestion = column_of(qs::kHeaders, qs::kQuestionHeader);
constexpr int kWording = column_of(qs::kHeaders, qs::kWordingHeader);
constexpr int kPoints = column_of(qs::kHeaders, qs::kPointsHeader);
constexpr int kCount = column_of(qs::kHeaders, qs::kCountHeader);
constexpr int kAnswers = column_of(qs::kHeaders, qs::kAnswersHeader);
constexpr int kPositive = column_of(qs::kHeaders, qs::kPositiveHeader);
constexpr int kThreshold = column_of(qs::kHeaders, qs::kThresholdHeader);
constexpr int kRag = column_of(qs::kHeaders, qs::kRagHeader);
constexpr int kFirstGroup = column_count(qs::kHeaders);
}  // namespace col

/// The comments table's columns, in the order of qs::kCommentHeaders.
namespace comment_col {
constexpr int kColumn = column_of(qs::kCommentHeaders, qs::kColumnHeader);
constexpr int kComment = column_of(qs::kCommentHeaders, qs::kCommentHeader);
}  // namespace comment_col

std::string rag_colour(SurveyRag rag) {
  switch (rag) {
    case SurveyRag::kGreen:
      return "00B050";
    case SurveyRag::kAmber:
      return "FFC000";
    case SurveyRag::kRed:
      return "FF0000";
    case SurveyRag::kNoData:
      break;
  }
  return "";
}

int min_group(const SurveyIngest& ingest) {
  return std::max(3, ingest.questionnaire.min_group_size);
}

std::string suppressed_text(const SurveyIngest& ingest) {
  return "fewer than " + std::to_string(min_group(ingest));
}

}  // namespace

std::string survey_responses_text(const SurveyIngest& ingest) {
  if (ingest.responses < static_cast<std::size_t>(min_group(ingest))) {
    return suppressed_text(ingest) + " responses";
  }
  return std::to_string(ingest.responses) + " responses";
}

namespace {

std::string group_text(const GroupResult& group, const SurveyIngest& ingest) {
  if (group.suppressed) return suppressed_text(ingest);
  if (group.n == 0) return "no answers";
  return std::to_string(group.percent_positive()) + "% (n=" + std::to_string(group.n) + ")";
}

std::string answers_text(const QuestionResult& result, const SurveyIngest& ingest) {
  if (result.overall.suppressed) return suppressed_text(ingest);
  std::vector<std::string> answers;
  for (std::size_t i = 0; i < result.scale->answers.size() && i < result.overall.counts.size();
       ++i) {
    answers.push_back(result.scale->answers[i].label + " " +
                      std::to_string(result.overall.counts[i]));
  }
  return join(answers, "; ");
}

std::string points_text(const Question& question) { return join(question.points, ", "); }

// No row counts: an export may hold one small group (a service's own file), and its size is a
// suppressed figure. Skipped rows are counted in no result, so their number reveals nothing.
std::string read_summary(const SurveyReport& report) {
  std::string text = report.path + " (" + format_name(report.format) + "): read";
  if (report.rows_skipped > 0) {
    text += ", " + std::to_string(report.rows_skipped) +
            " rows skipped (answers outside the scale; see warnings)";
  }
  if (!report.unmapped_questions.empty()) {
    text += "; questions not in this export:";
    for (const auto& id : report.unmapped_questions) text += " " + id;
  }
  if (!report.unknown_columns.empty()) {
    text += "; columns not used:";
    for (const auto& column : report.unknown_columns) text += " \"" + column + "\"";
  }
  return text;
}

}  // namespace

void add_questionnaire_sheet(layout::Workbook& book, const SurveyIngest& ingest) {
  layout::Sheet& sheet = book.add_sheet(kQuestionnaireSheet);
  const Questionnaire& q = ingest.questionnaire;
  sheet.set(0, kTextCol, "Staff questionnaire: " + q.title, styles::title());
  int row = 1;
  std::size_t rows_skipped = 0;
  for (const auto& report : ingest.reports) rows_skipped += report.rows_skipped;
  sheet.set(
      row++, kTextCol,
      survey_responses_text(ingest) + " from " + std::to_string(ingest.reports.size()) +
          " exports" +
          (rows_skipped > 0 ? ", " + std::to_string(rows_skipped) + " rows skipped"
                            : std::string()) +
          "." +
          (ingest.last_completed ? " Last completed " + ingest.last_completed->long_text() + "."
                                 : std::string()));
  for (const auto& report : ingest.reports) sheet.set(row++, kTextCol, read_summary(report));
  sheet.set(row++, kTextCol,
            "% positive leaves out blanks and not-applicable answers. Groups of " +
                suppressed_text(ingest) + " respondents are not named: they are pooled as \"" +
                small_groups_name(min_group(ingest)) + "\". Figures from " +
                suppressed_text(ingest) +
                " answers are not shown, nor any figure from which they could be worked out. "
                "Names, emails and other personal columns are never read; a profile answer that "
                "is not one of the column's declared values, or could be personal data, is "
                "counted under \"Other answers\", never printed.");
  ++row;

  std::vector<std::string> headers(qs::kHeaders.begin(), qs::kHeaders.end());
  // One column per profile group, in questionnaire and then name order.
  std::vector<std::pair<std::size_t, std::string>> groups;
  if (!ingest.results.empty()) {
    const auto& breakdowns = ingest.results.front().breakdowns;
    for (std::size_t p = 0; p < breakdowns.size() && p < q.profiles.size(); ++p) {
      for (const auto& group : breakdowns[p]) {
        groups.emplace_back(p, group.name);
        headers.push_back(q.profiles[p].header + ": " + group.name);
      }
    }
  }
  // The chart on the first page, under the notes and above the table it is drawn from, so it
  // never prints alone under the table's repeated header; the table starts the next page.
  if (!ingest.results.empty()) {
    layout::Chart chart;
    chart.height = 400;
    const int chart_first = row + chart.rows_spanned() + 1;
    const int chart_last = chart_first + static_cast<int>(ingest.results.size()) - 1;
    chart.kind = layout::Chart::Kind::kBar;
    chart.title = "Staff answering positively, by question";
    chart.y_title = "% positive";
    chart.category_sheet = kQuestionnaireSheet;
    chart.category_first_row = chart_first;
    chart.category_last_row = chart_last;
    chart.category_col = col::kQuestion;
    chart.series.push_back({std::string(qs::kPositiveHeader), kQuestionnaireSheet, chart_first,
                            chart_last, col::kPositive, "2E75B6"});
    chart.y_max = 1.0;
    chart.y_number_format = "0%";
    chart.anchor_row = row;
    chart.anchor_col = 1;
    sheet.charts.push_back(chart);
    row += chart.rows_spanned();
    sheet.page_breaks.push_back(row);
  }
  const int header_row = row;
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(header_row, static_cast<int>(i), headers[i], styles::header());
  }
  ++row;
  for (const auto& result : ingest.results) {
    const Question& question = *result.question;
    sheet.set(row, col::kQuestion, question.id, styles::text());
    sheet.set(row, col::kWording, question.text, styles::text());
    sheet.set(row, col::kPoints, points_text(question), styles::text());
    if (result.overall.suppressed) {
      sheet.set(row, col::kCount, suppressed_text(ingest), styles::text());
      sheet.set(row, col::kPositive, "", styles::text());
    } else {
      sheet.set(row, col::kCount, static_cast<double>(result.overall.n), styles::text());
      if (result.overall.n > 0) {
        sheet.set(row, col::kPositive, result.overall.percent_positive() / 100.0,
                  styles::percent());
      } else {
        sheet.set(row, col::kPositive, "", styles::text());
      }
    }
    sheet.set(row, col::kAnswers, answers_text(result, ingest), styles::text());
    sheet.set(row, col::kThreshold,
              std::to_string(question.green_percent) + "% / " +
                  std::to_string(question.amber_percent) + "%",
              styles::text());
    std::string colour = rag_colour(result.rag);
    sheet.set(row, col::kRag, rag_label(result.rag),
              colour.empty() ? styles::text() : styles::rating_fill(colour));
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const auto& [profile, name] = groups[g];
      std::string text;
      if (profile < result.breakdowns.size()) {
        for (const auto& group : result.breakdowns[profile]) {
          if (group.name == name) text = group_text(group, ingest);
        }
      }
      sheet.set(row, col::kFirstGroup + static_cast<int>(g), text, styles::text());
    }
    ++row;
  }
  const int last = row - 1;
  // The header is frozen on screen when no chart above it would be frozen with it.
  sheet.freeze_rows = ingest.results.empty() ? header_row + 1 : 0;
  sheet.freeze_cols = col::kQuestion + 1;
  sheet.autofilter = layout::Range{header_row, 0, std::max(header_row, last),
                                   static_cast<int>(headers.size()) - 1};
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
  sheet.column_widths = {{col::kQuestion, 9},   {col::kWording, 44}, {col::kPoints, 9},
                         {col::kCount, 7},      {col::kAnswers, 30}, {col::kPositive, 10},
                         {col::kThreshold, 12}, {col::kRag, 9}};
  for (std::size_t g = 0; g < groups.size(); ++g) {
    sheet.column_widths[col::kFirstGroup + static_cast<int>(g)] = 13;
  }
  ++row;

  if (!ingest.comments.empty()) {
    sheet.page_breaks.push_back(row);
    sheet.set(row++, kTextCol,
              "Comments (free text as written; included because include_comments "
              "is set)",
              styles::title());
    for (std::size_t i = 0; i < qs::kCommentHeaders.size(); ++i) {
      sheet.set(row, static_cast<int>(i), std::string(qs::kCommentHeaders[i]), styles::header());
    }
    ++row;
    for (const auto& [column, text] : ingest.comments) {
      sheet.set(row, comment_col::kColumn, column, styles::text());
      sheet.set(row, comment_col::kComment, text, styles::text());
      ++row;
    }
  }
}

layout::Workbook build_survey_workbook(const SurveyIngest& ingest, const Date& created) {
  layout::Workbook book;
  book.title = "Staff questionnaire results: " + ingest.questionnaire.title;
  book.created = created;
  add_questionnaire_sheet(book, ingest);
  return book;
}

std::string render_survey_table(const SurveyIngest& ingest) {
  std::ostringstream out;
  out << ingest.questionnaire.title << ": " << survey_responses_text(ingest) << "\n";
  for (const auto& report : ingest.reports) out << "  " << read_summary(report) << "\n";
  out << "\n";
  auto pad = [](std::string text, std::size_t width) {
    std::size_t chars = 0;
    for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars < width) text += std::string(width - chars, ' ');
    return text;
  };
  out << pad("Question", 10) << pad("Points", 12) << pad("n", 14) << pad("Positive", 10)
      << pad("Threshold", 11) << "RAG\n";
  for (const auto& result : ingest.results) {
    const bool hidden = result.overall.suppressed;
    out << pad(result.question->id, 10) << pad(points_text(*result.question), 12)
        << pad(hidden ? suppressed_text(ingest) : std::to_string(result.overall.n), 14)
        << pad(hidden || result.overall.n == 0
                   ? "-"
                   : std::to_string(result.overall.percent_positive()) + "%",
               10)
        << pad(std::to_string(result.question->green_percent) + "%", 11) << rag_label(result.rag)
        << "\n";
  }
  return out.str();
}

}  // namespace s11
