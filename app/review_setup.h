#pragma once
/// `s11 review`: a reviewer's workbook for an audit, to fill in and put back in DIR/reviews/.

#include <memory>
#include <string>

#include "app/assessment.h"
#include "engine/review.h"

namespace s11::app {

/// The workbook written and the audit it reviews.
struct ReviewSetup {
  std::unique_ptr<Assessment> assessment;
  std::string path;  ///< DIR/reviews/NAME.xlsx.
};

/// Assesses the audit in `dir` and writes the workbook of `reviewer` in `role` to
/// DIR/reviews/NAME.xlsx (engine/review.h review_file_stem). Throws IoError, writing nothing,
/// when that file exists already ("s11 review never overwrites a review"), and as assess_audit.
ReviewSetup create_review_workbook(const std::string& dir, const std::string& reviewer,
                                   ReviewerRole role, const Warn& warn);

}  // namespace s11::app
