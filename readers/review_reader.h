#pragma once
/// Reads reviewers' workbooks (`DIR/reviews/*.xlsx` and `*.ods`) into the review model
/// (engine/review.h).

#include <string>
#include <vector>

#include "engine/review.h"
#include "standards/framework.h"

namespace s11 {

/// Reads one review workbook for `framework`. Columns are found by header text, so moved
/// columns and extra sheets are fine. Throws InputError listing every problem as
/// `path: Review!C7: message`: an impact level outside 1-4, an unknown standard or focus area
/// id, a moderated rating outside the scheme, a rating on an area's row, a role other than
/// peer or independent, a row given twice, a date that is not a date; IoError when the file
/// cannot be read.
Review read_review_workbook(const std::string& path, const Framework& framework);

/// Reads every `*.xlsx` and `*.ods` in `reviews_dir` in file-name order, skipping LibreOffice
/// and Excel lock files (`.~lock.*#`, `~$*`) and hidden files; each other file is named in
/// `warnings` as not read (readers/audit_files.h). A missing directory gives no reviews.
/// Problems of all files are collected and thrown together as one InputError; two workbooks
/// naming the same reviewer are a problem too. IoError when a file cannot be read.
std::vector<Review> read_reviews(const std::string& reviews_dir, const Framework& framework,
                                 std::vector<std::string>* warnings = nullptr);

}  // namespace s11
