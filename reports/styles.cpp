#include "reports/styles.h"

namespace s11::styles {

layout::Style header() {
  layout::Style s;
  s.bold = true;
  s.wrap = true;
  s.border = true;
  s.fill = "1F4E78";
  s.font_colour = "FFFFFF";
  return s;
}

layout::Style title() {
  layout::Style s;
  s.bold = true;
  s.font_size = 14;
  return s;
}

layout::Style text() {
  layout::Style s;
  s.wrap = true;
  s.border = true;
  return s;
}

layout::Style input() {
  layout::Style s = text();
  s.locked = false;
  s.fill = "FFF2CC";
  return s;
}

layout::Style group() {
  layout::Style s = text();
  s.bold = true;
  s.fill = "DDEBF7";
  return s;
}

layout::Style percent() {
  layout::Style s = text();
  s.wrap = false;
  s.number_format = "0%";
  return s;
}

layout::Style date() {
  layout::Style s = text();
  s.wrap = false;
  s.number_format = "dd/mm/yyyy";
  s.align = layout::Style::Align::kLeft;  // as dates written in words beside it are
  return s;
}

layout::Style rating_fill(const std::string& colour) {
  layout::Style s = text();
  s.bold = true;
  s.fill = colour;
  if (colour.size() == 6) {
    // Perceived brightness decides between black and white text.
    unsigned long rgb = std::stoul(colour, nullptr, 16);
    unsigned long r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    if (r * 299 + g * 587 + b * 114 < 140000) s.font_colour = "FFFFFF";
  }
  return s;
}

layout::Style link() {
  layout::Style s = text();
  s.underline = true;
  s.font_colour = "0563C1";
  return s;
}

void rating_cell(layout::Sheet& sheet, int row, int col, const RatingLevel* level,
                 const std::string& none) {
  if (level) {
    sheet.set(row, col, level->name, rating_fill(level->colour));
  } else {
    sheet.set(row, col, none, text());
  }
}

void impact_level_cell(layout::Sheet& sheet, int row, int col, int level, layout::Style style) {
  style.align = layout::Style::Align::kCenter;
  style.number_format = std::string("0;-0;\"") + kNotYetLevelOne + "\"";
  sheet.set(row, col, static_cast<double>(level), style);
}

int rating_key(layout::Sheet& sheet, int row, const RatingScheme& scheme,
               const RatingKeyColumns& columns) {
  layout::Style bold;
  bold.bold = true;
  sheet.set(row++, columns.name_col, "Key to the " + scheme.name, bold);
  auto spanned = [&](int at, const std::string& text, const layout::Style& style) {
    sheet.set(at, columns.text_first_col, text, style);
    for (int c = columns.text_first_col + 1; c <= columns.text_last_col; ++c) {
      sheet.set(at, c, "", style);
    }
    if (columns.text_last_col > columns.text_first_col) {
      sheet.merges.push_back(layout::Range{at, columns.text_first_col, at, columns.text_last_col});
    }
  };
  sheet.set(row, columns.name_col, kRatingKeyNameHeader, header());
  sheet.set(row, columns.code_col, kRatingKeyCodeHeader, header());
  spanned(row, kRatingKeyTextHeader, header());
  ++row;
  for (const auto& level : scheme.levels) {
    sheet.set(row, columns.name_col, level.name, rating_fill(level.colour));
    layout::Style code = text();
    code.align = layout::Style::Align::kCenter;
    sheet.set(row, columns.code_col, level.code, code);
    spanned(row, level.description, text());
    ++row;
  }
  return row;
}

}  // namespace s11::styles
