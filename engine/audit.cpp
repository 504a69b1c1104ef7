#include "engine/audit.h"

namespace s11 {

std::string status_label(PointStatus status) {
  switch (status) {
    case PointStatus::kMet:
      return "Met";
    case PointStatus::kPartlyMet:
      return "Partly met";
    case PointStatus::kNotMet:
      return "Not met";
    case PointStatus::kNotApplicable:
      return "Not applicable";
    case PointStatus::kNotAnswered:
      break;
  }
  return "";
}

std::string AuditConfig::where(const std::string& key) const {
  auto it = lines.find(key);
  return path + ":" + std::to_string(it == lines.end() ? 1 : it->second);
}

}  // namespace s11
