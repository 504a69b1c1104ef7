#include "readers/audit_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "base/errors.h"
#include "base/sheet_table.h"
#include "base/spreadsheet.h"
#include "base/text.h"
#include "workbooks/audit_directory.h"
#include "workbooks/evidence_workbook.h"

namespace s11 {

namespace {

namespace ad = audit_directory;
namespace ew = evidence_workbook;
namespace fs = std::filesystem;

// The regular files of `dir` named as workbooks, lock files aside, by name.
std::vector<std::string> workbook_names(const fs::path& dir) {
  std::vector<std::string> names;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code type_error;
    if (is_lock_file(name) || !has_spreadsheet_extension(name) ||
        !it->is_regular_file(type_error)) {
      continue;
    }
    names.push_back(name);
  }
  if (error) throw IoError(dir.string() + ": cannot list the directory: " + error.message());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::string find_evidence_workbook(const std::string& dir, const std::string& named) {
  if (!named.empty()) return named;
  std::error_code error;
  for (const char* name : {ad::kEvidenceWorkbook, ad::kEvidenceWorkbookOds}) {
    if (fs::is_regular_file(fs::path(dir) / name, error)) return name;
  }
  const std::string self(ew::kSelfAssessmentSheet);
  const std::string evidence(ew::kEvidenceSheet);
  std::vector<std::string> both;
  std::vector<std::string> either;
  std::vector<std::string> others;  // each with its sheets, for the message
  for (const auto& name : workbook_names(dir)) {
    try {
      const xlsx::Workbook book = read_spreadsheet((fs::path(dir) / name).string());
      const bool has_self = book.find(self) != nullptr;
      const bool has_evidence = book.find(evidence) != nullptr;
      if (has_self && has_evidence) {
        both.push_back(name);
      } else if (has_self || has_evidence) {
        either.push_back(name);
      } else {
        others.push_back(s11::quoted(name) + " has " + sheet_list(book));
      }
    } catch (const InputError& e) {
      others.push_back(s11::quoted(name) + " does not read (" + e.problems().front() + ")");
    }
  }
  const std::vector<std::string>& found = !both.empty() ? both : either;
  if (found.size() == 1) return found.front();
  const std::string name_one =
      "name the one to read in " + std::string(ad::kAuditIni) + " ([audit] evidence = FILE)";
  if (found.size() > 1) {
    std::vector<std::string> quoted_names;
    for (const auto& name : found) quoted_names.push_back(s11::quoted(name));
    throw InputError(dir + ": " + std::to_string(found.size()) +
                     " workbooks could be the evidence workbook, " +
                     join_list(quoted_names, "and") + " (each has the sheets \"" + self + "\"" +
                     (found == both ? " and \"" : " or \"") + evidence + "\"); " + name_one);
  }
  std::string message = dir + ": no evidence workbook: looked for " + ad::kEvidenceWorkbook + ", " +
                        ad::kEvidenceWorkbookOds + " and any .xlsx or .ods with the sheets \"" +
                        self + "\" and \"" + evidence + "\"";
  if (!others.empty()) message += "; " + join_list(others, "and");
  throw InputError(message + "; create the audit with `s11 new`, or " + name_one);
}

ReviewFiles list_review_files(const std::string& reviews_dir) {
  ReviewFiles files;
  std::error_code error;
  if (!fs::is_directory(reviews_dir, error)) return files;
  for (fs::directory_iterator it(reviews_dir, error), end; !error && it != end;
       it.increment(error)) {
    const std::string name = it->path().filename().string();
    std::error_code type_error;
    if (is_lock_file(name) || name.front() == '.' || !it->is_regular_file(type_error)) continue;
    if (has_spreadsheet_extension(name)) {
      files.workbooks.push_back(it->path().string());
    } else {
      files.warnings.push_back(it->path().string() +
                               ": not read: reviews are workbooks (.xlsx or .ods) made by "
                               "`s11 review`; save it as one, or move it out of " +
                               std::string(audit_directory::kReviewsDir) + "/");
    }
  }
  if (error) throw IoError(reviews_dir + ": cannot list the directory: " + error.message());
  std::sort(files.workbooks.begin(), files.workbooks.end());
  std::sort(files.warnings.begin(), files.warnings.end());
  return files;
}

}  // namespace s11
