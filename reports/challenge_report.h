#pragma once
/// The challenge list (engine/challenge.h) for people: a numbered list for the terminal
/// (`s11 challenge DIR`) and the return's `Challenge` sheet.

#include <cstddef>
#include <string>
#include <vector>

#include "engine/challenge.h"
#include "reports/layout.h"
#include "workbooks/return_workbook.h"

namespace s11 {

/// The sheet's name.
inline constexpr const char* kChallengeSheet = return_workbook::kChallenge.data();

/// The list as terminal text: `title` and a count, then per item its rank, category and
/// subject ("standard 3", "point 7.2", "focus area Partnership working", "overall rating"), the
/// question and "Why: ..." , wrapped at `width` columns with a hanging indent; after the
/// kChallengeFirstPage-th item a line "Further questions (N more, in order of weight)". An
/// empty list says there is nothing to challenge. Ends with a newline.
std::string render_challenge_text(const std::vector<ChallengeItem>& items, const std::string& title,
                                  std::size_t width = 100);

/// Appends the `Challenge` sheet: one row per item (Rank, Category, Standard, Point, Focus
/// area, Question, Why) in rank order, a frozen header with an autofilter, landscape print
/// set-up fitted to the page width with the header row repeated. The first printed page holds
/// at most kChallengeFirstPage questions: after them a manual page break and a bold row
/// "Further questions (N more, in order of weight)" above the rest. An empty list gives one
/// row saying there is nothing to challenge.
void add_challenge_sheet(layout::Workbook& book, const std::vector<ChallengeItem>& items);

}  // namespace s11
