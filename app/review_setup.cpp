#include "app/review_setup.h"

#include <filesystem>

#include "base/errors.h"
#include "reports/output_files.h"
#include "reports/review_workbook.h"
#include "reports/xlsx_emitter.h"
#include "workbooks/audit_directory.h"

namespace s11::app {

namespace fs = std::filesystem;
namespace ad = audit_directory;

ReviewSetup create_review_workbook(const std::string& dir, const std::string& reviewer,
                                   ReviewerRole role, const Warn& warn) {
  const fs::path reviews_dir = fs::path(dir) / ad::kReviewsDir;
  const std::string file = review_file_stem(reviewer) + ".xlsx";
  ReviewSetup setup;
  setup.path = (reviews_dir / file).string();
  if (fs::exists(reviews_dir / file)) {
    throw IoError(setup.path +
                  ": already exists; s11 review never overwrites a review (choose another "
                  "--reviewer or move the file)");
  }
  // The reviewer's workbook saved as .ods is their review too (readers/audit_files.h).
  const fs::path saved_as_ods = reviews_dir / (review_file_stem(reviewer) + ".ods");
  if (fs::exists(saved_as_ods)) {
    throw IoError(saved_as_ods.string() +
                  ": already exists; s11 review never overwrites a review (choose another "
                  "--reviewer or move the file)");
  }
  setup.assessment = assess_audit(dir, warn);
  const Assessment& a = *setup.assessment;
  OutputBatch outputs(reviews_dir.string(), OutputBatch::Mode::kNewFiles, warn);
  for (const auto& warning :
       write_xlsx(build_review_workbook(a.audit, a.result, a.impact, reviewer, role),
                  outputs.temp_path(file), setup.path)) {
    warn(warning);
  }
  outputs.commit();
  return setup;
}

}  // namespace s11::app
