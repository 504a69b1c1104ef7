#include "reports/section11_return.h"

#include "reports/csv.h"
#include "reports/styles.h"

namespace s11 {
namespace {

/// The organisation's name is cut to this many bytes in page footers.
constexpr std::size_t kFooterOrganisationMax = 60;

const std::vector<std::string> kGapHeaders = {
    "Priority", "Standard", "Point", "Requirement", "Status or rating claimed", "Reason",
    "Suggested action"};

std::string gap_standard(const Gap& gap) { return gap.standard ? gap.standard->id : "Overall"; }
std::string gap_requirement(const Gap& gap) {
  if (gap.point) return gap.point->requirement;
  return gap.standard ? gap.standard->title : "The organisation's overall rating";
}

void table_sheet(layout::Sheet& sheet, int header_row, const std::vector<std::string>& headers,
                 int last_row) {
  for (std::size_t i = 0; i < headers.size(); ++i) {
    sheet.set(header_row, static_cast<int>(i), headers[i], styles::header());
  }
  sheet.freeze_rows = header_row + 1;
  sheet.autofilter =
      layout::Range{header_row, 0, std::max(last_row, header_row), static_cast<int>(headers.size()) - 1};
  sheet.landscape = true;
  sheet.fit_to_width = true;
  sheet.repeat_first_row = header_row;
  sheet.repeat_last_row = header_row;
}


layout::Style status_style(PointStatus status) {
  layout::Style s = styles::text();
  switch (status) {
    case PointStatus::kMet:
      s.fill = "E2EFDA";
      break;
    case PointStatus::kPartlyMet:
      s.fill = "FFF2CC";
      break;
    case PointStatus::kNotMet:
    case PointStatus::kNotAnswered:
      s.fill = "FCE4D6";
      break;
    case PointStatus::kNotApplicable:
      s.fill = "EDEDED";
      break;
  }
  return s;
}

/// The staff survey beside the self-rating: "1 of 2 questions below threshold".
std::string survey_text(const StandardResult& sr) {
  if (sr.survey_questions == 0) return "";
  std::string questions = sr.survey_questions == 1 ? " question" : " questions";
  if (sr.survey_below == 0) {
    return std::to_string(sr.survey_questions) + questions + " at threshold";
  }
  return std::to_string(sr.survey_below) + " of " + std::to_string(sr.survey_questions) +
         questions + " below threshold";
}

std::string area_title(const Framework& framework, const Standard& standard) {
  const FocusArea* area = framework.find_area(standard.area);
  return area ? area->title : standard.area;
}

void build_summary(layout::Sheet& sheet, const Audit& audit, const AuditResult& result,
                   const ReturnExtras& extras) {
  const AuditConfig& config = audit.config;
  const Framework& framework = audit.framework;
  sheet.set(0, 0, "Section 11 self-assessment return", styles::title());
  layout::Style label;
  label.bold = true;
  int row = 1;
  auto info = [&](const std::string& name, layout::Value value, layout::Style style = {}) {
    sheet.set(row, 0, name, label);
    sheet.set(row, 1, std::move(value), style);
    ++row;
  };
  layout::Style plain_date;
  plain_date.number_format = "d mmmm yyyy";
  plain_date.align = layout::Style::Align::kLeft;
  info("Organisation", config.organisation);
  info("Period", config.period);
  info("Audit date", config.audit_date, plain_date);
  info("Framework", framework.title + " (" + framework.id + ", version " + framework.version + ")");
  info("Rating scheme", framework.scheme.name);
  info("Evidence currency", std::to_string(config.currency_months) +
                                " months: evidence dated before " +
                                result.stale_before.long_text() + " is stale");
  ++row;

  const int header_row = row;
  std::vector<std::string> headers = {
      "Standard", "Title", "Focus area", "Agency rating", "Evidence-based rating", "% met",
      "% evidenced", "Applicable points", "Points with a best-practice example",
      "Staff survey", "Flag"};
  const bool history = !extras.since_last_year.empty();
  if (history) {
    headers.push_back("Since last year" +
                      (extras.previous_period.empty() ? "" : " (" + extras.previous_period + ")"));
  }
  ++row;
  const int first = row;
  layout::Style flagged = styles::text();
  flagged.fill = "FCE4D6";
  for (const auto& sr : result.standards) {
    sheet.set(row, 0, sr.standard->id, styles::text());
    sheet.set(row, 1, sr.standard->title, styles::text());
    sheet.set(row, 2, area_title(framework, *sr.standard), styles::text());
    styles::rating_cell(sheet, row, 3, sr.agency_rating, "Not rated");
    styles::rating_cell(sheet, row, 4, sr.evidence_rating, "Not applicable");
    if (sr.tally.applicable > 0) {
      sheet.set(row, 5, sr.tally.met_percent() / 100.0, styles::percent());
      sheet.set(row, 6, sr.tally.evidenced_percent() / 100.0, styles::percent());
    } else {
      sheet.set(row, 5, "n/a", styles::text());
      sheet.set(row, 6, "n/a", styles::text());
    }
    sheet.set(row, 7, static_cast<double>(sr.tally.applicable), styles::text());
    sheet.set(row, 8, static_cast<double>(sr.tally.best_practice), styles::text());
    sheet.set(row, 9, survey_text(sr), sr.survey_below > 0 ? flagged : styles::text());
    sheet.set(row, 10, claim_text(sr.claim, sr.agency_rating, sr.evidence_rating),
              styles::text());
    if (history) {
      std::size_t i = static_cast<std::size_t>(row - first);
      sheet.set(row, 11, i < extras.since_last_year.size() ? extras.since_last_year[i] : "",
                styles::text());
    }
    ++row;
  }
  const int last = row - 1;
  layout::Style bold_text = styles::text();
  bold_text.bold = true;
  sheet.set(row, 0, "Overall", bold_text);
  sheet.set(row, 1, "All standards", bold_text);
  sheet.set(row, 2, "", bold_text);
  styles::rating_cell(sheet, row, 3, result.agency_overall_rating, "Not rated");
  styles::rating_cell(sheet, row, 4, result.overall_rating, "Not applicable");
  layout::Style bold_percent = styles::percent();
  bold_percent.bold = true;
  sheet.set(row, 5, result.overall.met_percent() / 100.0, bold_percent);
  sheet.set(row, 6, result.overall.evidenced_percent() / 100.0, bold_percent);
  sheet.set(row, 7, static_cast<double>(result.overall.applicable), bold_text);
  sheet.set(row, 8, static_cast<double>(result.overall.best_practice), bold_text);
  sheet.set(row, 9, "", bold_text);
  sheet.set(row, 10,
            claim_text(result.overall_claim, result.agency_overall_rating, result.overall_rating),
            bold_text);
  if (history) sheet.set(row, 11, extras.overall_since_last_year, bold_text);
  row += 2;
  if (result.overall_rating) {
    sheet.set(row++, 0,
              "Evidence-based overall rating: " +
                  rating_sentence(*result.overall_rating, result.overall),
              label);
    sheet.set(row++, 0,
              std::to_string(result.overall.applicable) + " applicable points of " +
                  std::to_string(result.overall.points) + "; " +
                  std::to_string(result.overall.best_practice) +
                  " with a current best-practice example.");
  }
  sheet.set(row++, 0, std::to_string(result.gaps.size()) + " gaps are listed on the Gaps sheet.");
  ++row;

  table_sheet(sheet, header_row, headers, last);
  sheet.column_widths = {{0, 18}, {1, 48}, {2, 26}, {3, 12}, {4, 14}, {5, 9},
                         {6, 11}, {7, 11}, {8, 15}, {9, 22}, {10, 40}, {11, 40}};

  layout::Chart chart;
  chart.title = "Points met and evidenced, by standard";
  chart.x_title = "Standard";
  chart.y_title = "% of applicable points";
  chart.category_sheet = kSummarySheet;
  chart.category_first_row = first;
  chart.category_last_row = last;
  chart.category_col = 0;
  chart.series.push_back({"% met", kSummarySheet, first, last, 5, "2E75B6"});
  chart.series.push_back({"% evidenced", kSummarySheet, first, last, 6, "A9D18E"});
  chart.y_max = 1.0;
  chart.y_number_format = "0%";
  chart.anchor_row = row;
  chart.anchor_col = 1;
  sheet.page_breaks.push_back(row);  // the chart prints whole on a page of its own
  sheet.charts.push_back(chart);
}

std::string evidence_text(const PointResult& p) {
  std::string text;
  auto add = [&](const EvidenceItem* item, bool stale) {
    if (!text.empty()) text += "\n";
    text += item->id + " " + item->title + " (" + item->date.long_text() +
            (stale ? ", stale" : "") + ")";
  };
  for (const auto* item : p.current) add(item, false);
  for (const auto* item : p.stale) add(item, true);
  return text;
}

void build_return_sheet(layout::Sheet& sheet, const Framework& framework,
                        const AuditResult& result, const ReturnExtras& extras) {
  const std::vector<std::string> headers = {
      "Standard", "Point", "Requirement", "Essential", "Status", "Evidenced", "Evidence",
      "Comments", "Peer review rating", "Reviewer comment"};
  int row = 1;
  for (const auto& sr : result.standards) {
    for (const auto& p : sr.points) {
      sheet.set(row, 0, sr.standard->id, styles::text());
      sheet.set(row, 1, p.point->id, styles::text());
      sheet.set(row, 2, p.point->requirement, styles::text());
      sheet.set(row, 3, p.point->essential ? "Essential" : "", styles::text());
      std::string status = status_label(p.assessment.status);
      sheet.set(row, 4, status.empty() ? "Not answered" : status,
                status_style(p.assessment.status));
      std::string evidenced = !p.applicable()   ? ""
                              : p.evidenced()   ? "Yes"
                              : p.stale.empty() ? "No"
                                                : "Stale only";
      sheet.set(row, 5, evidenced, styles::text());
      sheet.set(row, 6, evidence_text(p), styles::text());
      std::string comments = p.assessment.comments;
      if (!p.applicable()) {
        comments = "Not applicable: " + p.assessment.justification +
                   (comments.empty() ? "" : "\n" + comments);
      }
      sheet.set(row, 7, comments, styles::text());
      auto peer = extras.peer_ratings.find(sr.standard->id);
      sheet.set(row, 8, peer == extras.peer_ratings.end() ? "" : peer->second, styles::input());
      sheet.set(row, 9, "", styles::input());
      ++row;
    }
  }
  table_sheet(sheet, 0, headers, row - 1);
  std::vector<std::string> names;
  for (const auto& level : framework.scheme.levels) names.push_back(level.name);
  if (row > 1) {
    sheet.validations.push_back({layout::Range{1, 8, row - 1, 8}, names,
                                 "Choose " + framework.scheme.names_for_message() + "."});
  }
  sheet.column_widths = {{0, 9}, {1, 7}, {2, 45}, {3, 10}, {4, 13},
                         {5, 10}, {6, 45}, {7, 35}, {8, 12}, {9, 35}};
}

void build_gaps_sheet(layout::Sheet& sheet, const AuditResult& result) {
  int row = 1;
  for (const auto& gap : result.gaps) {
    sheet.set(row, 0, gap.essential ? "Essential" : "", styles::text());
    sheet.set(row, 1, gap_standard(gap), styles::text());
    sheet.set(row, 2, gap.point ? gap.point->id : "", styles::text());
    sheet.set(row, 3, gap_requirement(gap), styles::text());
    sheet.set(row, 4, gap.status, styles::text());
    sheet.set(row, 5, gap.reason, styles::text());
    sheet.set(row, 6, gap.action, styles::text());
    ++row;
  }
  if (result.gaps.empty()) sheet.set(row++, 0, "No gaps: every applicable point is met and evidenced.");
  table_sheet(sheet, 0, kGapHeaders, row - 1);
  sheet.column_widths = {{0, 10}, {1, 9}, {2, 7}, {3, 45}, {4, 14}, {5, 50}, {6, 45}};
}

void build_document_control(layout::Sheet& sheet, const Audit& audit,
                            const std::string& s11_version) {
  const AuditConfig& config = audit.config;
  layout::Style label = styles::text();
  label.bold = true;
  layout::Style plain_date = styles::text();
  plain_date.number_format = "d mmmm yyyy";
  plain_date.align = layout::Style::Align::kLeft;
  sheet.set(0, 0, "Document control", styles::title());
  int row = 2;
  auto info = [&](const std::string& name, layout::Value value, layout::Style style) {
    sheet.set(row, 0, name, label);
    sheet.set(row, 1, std::move(value), style);
    ++row;
  };
  info("Document", "Section 11 self-assessment return " + config.period, styles::text());
  info("Organisation", config.organisation, styles::text());
  info("Owner", config.owner, styles::text());
  info("Author", config.author, styles::text());
  info("Date", config.audit_date, plain_date);
  info("Version", config.version, styles::text());
  info("Framework", audit.framework.id + " version " + audit.framework.version, styles::text());
  info("Produced by", "s11 " + s11_version, styles::text());
  ++row;
  sheet.set(row, 0, "Input file", styles::header());
  sheet.set(row, 1, "SHA-256", styles::header());
  ++row;
  for (const auto& input : audit.inputs) {
    sheet.set(row, 0, input.path, styles::text());
    sheet.set(row, 1, input.sha256, styles::text());
    ++row;
  }
  sheet.column_widths = {{0, 30}, {1, 70}};
  sheet.fit_to_width = true;
}

}  // namespace

std::string claim_text(Claim claim, const RatingLevel* agency, const RatingLevel* evidence) {
  switch (claim) {
    case Claim::kOverClaim:
      return "Over-claim: rated " + agency->name + ", evidence supports " + evidence->name;
    case Claim::kUnderClaim:
      return "Under-claim: rated " + agency->name + ", evidence supports " + evidence->name;
    case Claim::kNotRated:
      return agency || !evidence ? "" : "No agency rating given";
    case Claim::kMatches:
      break;
  }
  return "";
}

layout::Workbook build_return(const Audit& audit, const AuditResult& result,
                              const std::string& s11_version, const ReturnExtras& extras) {
  layout::Workbook book;
  book.title = "Section 11 self-assessment return: " + audit.config.organisation + " " +
               audit.config.period;
  book.subject = audit.framework.title;
  book.author = audit.config.author;
  book.company = audit.config.organisation;
  book.created = audit.config.audit_date;
  book.add_sheet(kSummarySheet);
  book.add_sheet(kReturnSheet);
  book.add_sheet(kGapsSheet);
  book.add_sheet(kDocumentControlSheet);
  build_summary(book.sheets[0], audit, result, extras);
  build_return_sheet(book.sheets[1], audit.framework, result, extras);
  build_gaps_sheet(book.sheets[2], result);
  build_document_control(book.sheets[3], audit, s11_version);
  // In header and footer codes a lone & starts a code; && prints one.
  std::string place;
  // Excel limits a footer to 255 characters, codes included.
  std::string organisation = audit.config.organisation;
  if (organisation.size() > kFooterOrganisationMax) {
    std::size_t cut = kFooterOrganisationMax;
    while (cut > 0 && (static_cast<unsigned char>(organisation[cut]) & 0xC0) == 0x80) --cut;
    organisation = organisation.substr(0, cut) + "...";
  }
  for (char c : organisation + " " + audit.config.period) {
    place += c == '&' ? std::string("&&") : std::string(1, c);
  }
  for (auto& sheet : book.sheets) {
    sheet.footer = "&L" + place + "&C" + sheet.name + "&RPage &P of &N";
  }
  return book;
}

std::string render_gaps_csv(const AuditResult& result) {
  std::string out(csv::kUtf8Bom);
  out += csv::record(kGapHeaders);
  for (const auto& gap : result.gaps) {
    out += csv::record({gap.essential ? "Essential" : "", gap_standard(gap),
                        gap.point ? gap.point->id : "", gap_requirement(gap), gap.status,
                        gap.reason, gap.action});
  }
  return out;
}

}  // namespace s11
