#pragma once
/// Finding the workbooks of an audit directory as people save them: the evidence workbook under
/// another name or as an .ods, reviews as .xlsx or .ods.

#include <string>
#include <vector>

namespace s11 {

/// The evidence workbook of the audit in `dir`, as a path relative to `dir`: `named` (audit.ini's
/// [audit] evidence) when given; else evidence.xlsx, else evidence.ods; else the one workbook
/// (.xlsx or .ods, lock files aside) in `dir` whose sheets are the evidence workbook's
/// (Self-assessment and Evidence; failing any with both, the one with either, so that its reader
/// says which sheet it lacks). Throws InputError `dir: ...` when several workbooks qualify
/// (listing them, and saying to name one in audit.ini) or none does (saying what was looked for
/// and the sheets of each workbook found).
std::string find_evidence_workbook(const std::string& dir, const std::string& named);

/// The files of a reviews folder: the workbooks (.xlsx and .ods) in file-name order, lock files
/// and hidden files aside, and a warning naming each other file, which is not read.
struct ReviewFiles {
  std::vector<std::string> workbooks;  ///< Paths.
  std::vector<std::string> warnings;
};

/// The files of `reviews_dir`; none when it does not exist. Throws IoError when it cannot be
/// listed.
ReviewFiles list_review_files(const std::string& reviews_dir);

}  // namespace s11
