#include "reports/xlsx_emitter.h"

#include <xlsxwriter.h>

#include <map>
#include <memory>

#include "base/errors.h"
#include "reports/excel_limits.h"

namespace s11 {
namespace {

lxw_color_t colour(const std::string& hex) {
  return static_cast<lxw_color_t>(std::stoul(hex, nullptr, 16));
}

class Emitter {
 public:
  Emitter(const layout::Workbook& book, const std::string& path, const std::string& name)
      : book_(book), path_(path), name_(name.empty() ? path : name) {}

  /// Fits the workbook to Excel's limits, then writes it; returns the warnings of the fitting.
  std::vector<std::string> write() {
    std::vector<std::string> warnings = layout::fit_excel_limits(book_);
    for (auto& warning : warnings) warning = name_ + ": " + warning;
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    workbook_ = workbook_new_opt(path_.c_str(), &options);
    if (!workbook_) throw IoError(name_ + ": cannot create workbook");
    try {
      set_properties();
      for (const auto& sheet : book_.sheets) {
        worksheets_[sheet.name] = workbook_add_worksheet(workbook_, sheet.name.c_str());
        if (!worksheets_[sheet.name]) fail(LXW_ERROR_SHEETNAME_ALREADY_USED, "add sheet");
      }
      for (const auto& sheet : book_.sheets) {
        layout::Sheet fitted = sheet;
        layout::fit_page(fitted);
        layout::fit_row_heights(fitted);
        if (fitted.footer.empty()) fitted.footer = default_footer(fitted.name);
        write_sheet(fitted);
      }
    } catch (...) {
      workbook_close(workbook_);
      throw;
    }
    lxw_error error = workbook_close(workbook_);
    if (error != LXW_NO_ERROR) fail(error, "close workbook");
    return warnings;
  }

 private:
  [[noreturn]] void fail(lxw_error error, const std::string& what) const {
    throw IoError(name_ + ": cannot write workbook (" + what + "): " + lxw_strerror(error));
  }
  void check(lxw_error error, const std::string& what) const {
    if (error != LXW_NO_ERROR) fail(error, what);
  }

  /// The footer of a sheet that has none: the left text of the workbook's other footers (in a
  /// return, the organisation and period), else the organisation; the sheet's name; the page.
  layout::PageText default_footer(const std::string& sheet_name) const {
    constexpr std::size_t kOrganisationMax = 60;
    std::string left = layout::abbreviate(book_.company, kOrganisationMax);
    for (const auto& sheet : book_.sheets) {
      if (!sheet.footer.left.empty()) {
        left = sheet.footer.left;
        break;
      }
    }
    return layout::PageText{left, sheet_name, "", true};
  }

  void set_properties() {
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(book_.title.c_str());
    properties.subject = const_cast<char*>(book_.subject.c_str());
    properties.author = const_cast<char*>(book_.author.c_str());
    properties.company = const_cast<char*>(book_.company.c_str());
    // Midnight UTC of the audit date: fixed, so the bytes do not depend on when we ran.
    properties.created = static_cast<time_t>(days_from_civil(book_.created) * 86400L);
    check(workbook_set_properties(workbook_, &properties), "properties");
  }

  lxw_format* format(const layout::Style& style) {
    if (style == layout::Style{}) return nullptr;
    auto it = formats_.find(style);
    if (it != formats_.end()) return it->second;
    lxw_format* f = workbook_add_format(workbook_);
    if (!f) fail(LXW_ERROR_MEMORY_MALLOC_FAILED, "add format");
    if (style.bold) format_set_bold(f);
    if (style.italic) format_set_italic(f);
    if (style.underline) format_set_underline(f, LXW_UNDERLINE_SINGLE);
    if (style.wrap) format_set_text_wrap(f);
    if (style.border) format_set_border(f, LXW_BORDER_THIN);
    if (!style.locked) format_set_unlocked(f);
    if (style.font_size > 0) format_set_font_size(f, style.font_size);
    if (!style.fill.empty()) {
      format_set_pattern(f, LXW_PATTERN_SOLID);
      format_set_bg_color(f, colour(style.fill));
    }
    if (!style.font_colour.empty()) format_set_font_color(f, colour(style.font_colour));
    if (!style.number_format.empty()) format_set_num_format(f, style.number_format.c_str());
    switch (style.align) {
      case layout::Style::Align::kLeft:
        format_set_align(f, LXW_ALIGN_LEFT);
        break;
      case layout::Style::Align::kCenter:
        format_set_align(f, LXW_ALIGN_CENTER);
        break;
      case layout::Style::Align::kRight:
        format_set_align(f, LXW_ALIGN_RIGHT);
        break;
      case layout::Style::Align::kDefault:
        break;
    }
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    formats_.emplace(style, f);
    return f;
  }

  void write_sheet(const layout::Sheet& sheet) {
    lxw_worksheet* ws = worksheets_.at(sheet.name);
    const std::string where = "sheet " + sheet.name;
    for (const auto& [col, width] : sheet.column_widths) {
      auto c = static_cast<lxw_col_t>(col);
      check(worksheet_set_column(ws, c, c, width, nullptr), where + " column width");
    }
    for (const auto& [row, height] : sheet.row_heights) {
      check(worksheet_set_row(ws, static_cast<lxw_row_t>(row), height, nullptr),
            where + " row height");
    }
    for (const auto& range : sheet.merges) {
      const layout::Cell* first = nullptr;
      for (const auto& cell : sheet.cells) {
        if (cell.row == range.first_row && cell.col == range.first_col) first = &cell;
      }
      std::string text;
      if (first && std::holds_alternative<std::string>(first->value)) {
        text = std::get<std::string>(first->value);
      }
      check(worksheet_merge_range(ws, row_t(range.first_row), col_t(range.first_col),
                                  row_t(range.last_row), col_t(range.last_col), text.c_str(),
                                  first ? format(first->style) : nullptr),
            where + " merge");
    }
    for (const auto& cell : sheet.cells) {
      bool merged_head = false;
      for (const auto& range : sheet.merges) {
        if (cell.row == range.first_row && cell.col == range.first_col) merged_head = true;
      }
      if (!merged_head) write_cell(ws, cell, where);
    }
    for (const auto& v : sheet.validations) write_validation(ws, v, where);
    if (sheet.freeze_rows || sheet.freeze_cols) {
      worksheet_freeze_panes(ws, row_t(sheet.freeze_rows), col_t(sheet.freeze_cols));
    }
    if (sheet.autofilter) {
      const auto& r = *sheet.autofilter;
      check(worksheet_autofilter(ws, row_t(r.first_row), col_t(r.first_col), row_t(r.last_row),
                                 col_t(r.last_col)),
            where + " autofilter");
    }
    if (sheet.landscape) worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);  // A4
    // Inches: half an inch each side (layout::printable_width), room for the footer below.
    worksheet_set_margins(ws, 0.5, 0.5, 0.6, 0.75);
    if (sheet.fit_to_width) worksheet_fit_to_pages(ws, 1, 0);
    if (sheet.print_area) {
      const auto& r = *sheet.print_area;
      check(worksheet_print_area(ws, row_t(r.first_row), col_t(r.first_col), row_t(r.last_row),
                                 col_t(r.last_col)),
            where + " print area");
    }
    if (sheet.repeat_first_row >= 0) {
      check(worksheet_repeat_rows(ws, row_t(sheet.repeat_first_row), row_t(sheet.repeat_last_row)),
            where + " repeat rows");
    }
    if (!sheet.header.empty()) {
      check(worksheet_set_header(ws, layout::page_text_code(sheet.header).c_str()),
            where + " header");
    }
    if (!sheet.footer.empty()) {
      check(worksheet_set_footer(ws, layout::page_text_code(sheet.footer).c_str()),
            where + " footer");
    }
    if (sheet.hidden) worksheet_hide(ws);
    for (const auto& chart : sheet.charts) insert_chart(ws, chart, where);
    if (!sheet.page_breaks.empty()) {
      std::vector<lxw_row_t> breaks;
      for (int row : sheet.page_breaks) breaks.push_back(row_t(row));
      breaks.push_back(0);  // the list ends with a zero
      check(worksheet_set_h_pagebreaks(ws, breaks.data()), where + " page breaks");
    }
    if (sheet.protect) {
      lxw_protection protection{};
      protection.format_columns = 1;
      protection.format_rows = 1;
      protection.autofilter = 1;
      protection.sort = 1;
      protection.insert_rows = 1;  // a register may outgrow the rows made ready for it
      protection.delete_rows = 1;
      worksheet_protect(ws, nullptr, &protection);
    }
  }

  static lxw_row_t row_t(int row) { return static_cast<lxw_row_t>(row); }
  static lxw_col_t col_t(int col) { return static_cast<lxw_col_t>(col); }

  void write_cell(lxw_worksheet* ws, const layout::Cell& cell, const std::string& where) {
    lxw_format* f = format(cell.style);
    lxw_row_t r = row_t(cell.row);
    lxw_col_t c = col_t(cell.col);
    if (!cell.link.empty()) {
      const std::string* text = std::get_if<std::string>(&cell.value);
      check(worksheet_write_url_opt(ws, r, c, cell.link.c_str(), f, text ? text->c_str() : nullptr,
                                    nullptr),
            where + " link");
      return;
    }
    lxw_error error = LXW_NO_ERROR;
    if (const auto* text = std::get_if<std::string>(&cell.value)) {
      // Always a string cell, never a formula, whatever the text begins with.
      error = text->empty() ? worksheet_write_blank(ws, r, c, f)
                            : worksheet_write_string(ws, r, c, text->c_str(), f);
    } else if (const auto* number = std::get_if<double>(&cell.value)) {
      error = worksheet_write_number(ws, r, c, *number, f);
    } else if (const auto* flag = std::get_if<bool>(&cell.value)) {
      error = worksheet_write_boolean(ws, r, c, *flag ? 1 : 0, f);
    } else if (const auto* date = std::get_if<Date>(&cell.value)) {
      lxw_datetime dt{date->year, date->month, date->day, 0, 0, 0.0};
      error = worksheet_write_datetime(ws, r, c, &dt, f);
    } else {
      error = worksheet_write_blank(ws, r, c, f);
    }
    check(error, where + " cell");
  }

  void write_validation(lxw_worksheet* ws, const layout::Validation& v, const std::string& where) {
    std::vector<const char*> items;
    for (const auto& item : v.list) items.push_back(item.c_str());
    items.push_back(nullptr);
    lxw_data_validation dv{};
    if (v.source.empty()) {
      dv.validate = LXW_VALIDATION_TYPE_LIST;
      dv.value_list = const_cast<char**>(items.data());
    } else {
      // libxlsxwriter 1.1.4 copies a list formula twice and leaks one copy; a custom formula
      // is copied once, and made a list once added (below).
      dv.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
      dv.value_formula = const_cast<char*>(v.source.c_str());
    }
    dv.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
    if (!v.message.empty()) dv.error_message = const_cast<char*>(v.message.c_str());
    const auto& r = v.range;
    check(worksheet_data_validation_range(ws, row_t(r.first_row), col_t(r.first_col),
                                          row_t(r.last_row), col_t(r.last_col), &dv),
          where + " drop-down");
    if (!v.source.empty()) {
      lxw_data_val_obj* added = nullptr;
      STAILQ_FOREACH(added, ws->data_validations, list_pointers) {
        if (!STAILQ_NEXT(added, list_pointers)) break;
      }
      if (!added) fail(LXW_ERROR_PARAMETER_VALIDATION, where + " drop-down");
      added->validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    }
  }

  static uint8_t chart_type(layout::Chart::Kind kind) {
    switch (kind) {
      case layout::Chart::Kind::kBar:
        return LXW_CHART_BAR;
      case layout::Chart::Kind::kBarStacked:
        return LXW_CHART_BAR_STACKED;
      case layout::Chart::Kind::kRadar:
        return LXW_CHART_RADAR;
      case layout::Chart::Kind::kRadarWithMarkers:
        return LXW_CHART_RADAR_WITH_MARKERS;
      case layout::Chart::Kind::kRadarFilled:
        return LXW_CHART_RADAR_FILLED;
      case layout::Chart::Kind::kColumn:
        break;
    }
    return LXW_CHART_COLUMN;
  }

  void insert_chart(lxw_worksheet* ws, const layout::Chart& spec, const std::string& where) {
    lxw_chart* chart = workbook_add_chart(workbook_, chart_type(spec.kind));
    if (!chart) fail(LXW_ERROR_MEMORY_MALLOC_FAILED, where + " chart");
    if (!spec.title.empty()) chart_title_set_name(chart, spec.title.c_str());
    const bool radar = spec.kind == layout::Chart::Kind::kRadar ||
                       spec.kind == layout::Chart::Kind::kRadarWithMarkers ||
                       spec.kind == layout::Chart::Kind::kRadarFilled;
    for (const auto& s : spec.series) {
      lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
      if (!series) fail(LXW_ERROR_MEMORY_MALLOC_FAILED, where + " chart series");
      chart_series_set_categories(series, spec.category_sheet.c_str(),
                                  row_t(spec.category_first_row), col_t(spec.category_col),
                                  row_t(spec.category_last_row), col_t(spec.category_col));
      chart_series_set_values(series, s.sheet.c_str(), row_t(s.first_row), col_t(s.col),
                              row_t(s.last_row), col_t(s.col));
      chart_series_set_name(series, s.name.c_str());
      if (!s.fill.empty()) {
        // A radar series is a line round the spokes; a filled one is also a shaded area.
        const bool line_only = spec.kind == layout::Chart::Kind::kRadar ||
                               spec.kind == layout::Chart::Kind::kRadarWithMarkers;
        if (radar) {
          lxw_chart_line line{};
          line.color = colour(s.fill);
          line.width = 2.25;
          chart_series_set_line(series, &line);
        }
        if (!line_only) {
          lxw_chart_fill fill{};
          fill.color = colour(s.fill);
          if (radar) fill.transparency = 40;
          chart_series_set_fill(series, &fill);
        }
      }
    }
    // A bar chart lies on its side: its value axis is x.
    const bool bar =
        spec.kind == layout::Chart::Kind::kBar || spec.kind == layout::Chart::Kind::kBarStacked;
    if (spec.kind == layout::Chart::Kind::kBarStacked) chart_set_series_overlap(chart, 100);
    lxw_chart_axis* category_axis = bar ? chart->y_axis : chart->x_axis;
    lxw_chart_axis* value_axis = bar ? chart->x_axis : chart->y_axis;
    if (!spec.x_title.empty()) chart_axis_set_name(category_axis, spec.x_title.c_str());
    if (!spec.y_title.empty()) chart_axis_set_name(value_axis, spec.y_title.c_str());
    if (spec.y_max) {
      chart_axis_set_min(value_axis, 0);
      chart_axis_set_max(value_axis, *spec.y_max);
    }
    if (spec.y_major_unit) chart_axis_set_major_unit(value_axis, *spec.y_major_unit);
    if (!spec.y_number_format.empty()) {
      chart_axis_set_num_format(value_axis, spec.y_number_format.c_str());
    }
    if (bar) chart_axis_set_reverse(category_axis);  // first question at the top
    chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
    // Sizes that print at 9 pt or more on a page scaled to layout::min_print_scale().
    lxw_chart_font title_font{};
    title_font.size = 14;
    lxw_chart_font text_font{};
    text_font.size = 11;
    if (!spec.title.empty()) chart_title_set_name_font(chart, &title_font);
    for (lxw_chart_axis* axis : {category_axis, value_axis}) {
      chart_axis_set_num_font(axis, &text_font);
      chart_axis_set_name_font(axis, &text_font);
    }
    chart_legend_set_font(chart, &text_font);
    lxw_chart_options options{};
    options.x_scale = spec.width / 480.0;
    options.y_scale = spec.height / 288.0;
    check(worksheet_insert_chart_opt(ws, row_t(spec.anchor_row), col_t(spec.anchor_col), chart,
                                     &options),
          where + " chart");
  }

  layout::Workbook book_;  ///< A copy, fitted to Excel's limits.
  std::string path_;
  std::string name_;
  lxw_workbook* workbook_ = nullptr;
  std::map<std::string, lxw_worksheet*> worksheets_;
  std::map<layout::Style, lxw_format*> formats_;
};

}  // namespace

std::vector<std::string> write_xlsx(const layout::Workbook& book, const std::string& path,
                                    const std::string& name_for_errors) {
  return Emitter(book, path, name_for_errors).write();
}

}  // namespace s11
