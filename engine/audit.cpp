#include "engine/audit.h"

#include "base/text.h"

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

std::string shows_label(EvidenceShows shows) {
  switch (shows) {
    case EvidenceShows::kPartly:
      return "Partly";
    case EvidenceShows::kContradicts:
      return "Contradicts";
    case EvidenceShows::kSupports:
      break;
  }
  return "Supports";
}

std::string AuditConfig::where(const std::string& key) const {
  auto it = lines.find(key);
  return path + ":" + std::to_string(it == lines.end() ? 1 : it->second);
}

std::string dated_list(const std::vector<const EvidenceItem*>& items) {
  std::vector<std::string> parts;
  for (const auto* item : items) parts.push_back(item->id + " (" + item->date.words() + ")");
  return join(parts, ", ");
}

}  // namespace s11
