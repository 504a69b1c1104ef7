#include "reports/action_plan_ics.h"

#include <algorithm>
#include <map>
#include <vector>

#include "base/file_hash.h"
#include "base/text.h"
#include "engine/plan_rules.h"

namespace s11 {

namespace ics {

std::string text(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (std::size_t i = 0; i < value.size();) {
    const char c = value[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence_length(value.substr(i));
      if (length == 0) {
        append_utf8(out, U'\uFFFD');
        ++i;
      } else {
        out.append(value.substr(i, length));
        i += length;
      }
      continue;
    }
    ++i;
    if (c == '\r') {
      if (i < value.size() && value[i] == '\n') ++i;
      out += "\\n";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += ' ';
    } else if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (byte >= 0x20 && byte != 0x7F) {
      out += c;
    }
  }
  return out;
}

std::string fold(std::string_view line) {
  constexpr std::size_t kMaxOctets = 75;
  std::string out;
  std::size_t limit = kMaxOctets;
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Back up to the first byte of a UTF-8 sequence; a sequence is at most 4 bytes long.
    while (cut > limit - 3 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    // Nor between a backslash and the character it escapes: unfolding would mend it, but a
    // reader that unescapes line by line would not.
    std::size_t backslashes = 0;
    while (backslashes < cut && line[cut - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;  // The continuation's leading space counts.
  }
  out.append(line);
  out += "\r\n";
  return out;
}

}  // namespace ics

namespace {

constexpr std::size_t kSummaryPart = 60;  // Characters of the action, and of the evidence.

/// `text` on one line, its lines joined with "; ", cut to `max` characters at a word break with
/// "…" when longer.
std::string shortened(std::string_view text, std::size_t max) {
  std::vector<std::string> parts;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string part = collapse_spaces(text.substr(start, end - start));
    if (!part.empty()) parts.push_back(part);
    start = end + 1;
  }
  std::string line = join(parts, "; ");
  std::vector<std::size_t> starts;  // Byte offset of each character.
  for (std::size_t i = 0; i < line.size();) {
    starts.push_back(i);
    const std::size_t length = utf8_sequence_length(std::string_view(line).substr(i));
    i += length == 0 ? 1 : length;
  }
  if (starts.size() <= max) return line;
  std::size_t end = starts[max - 1];  // Room for the ellipsis.
  const std::size_t space = line.rfind(' ', end);
  if (space != std::string::npos && space > starts[max / 2]) end = space;
  return trim(std::string_view(line).substr(0, end)) + "\u2026";
}

std::string stamp_text(const Date& date) {
  const std::string iso = date.iso();
  std::string digits;
  for (char c : iso) {
    if (c != '-') digits += c;
  }
  return digits;
}

/// A property line "NAME:value" (value already in its RFC 5545 form), folded.
std::string property(std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line.append(value);
  return ics::fold(line);
}

std::string summary(const PlanAction& action, const PlanMilestone& milestone) {
  std::string text = milestone.ongoing ? "Action plan review: " : "Action plan: ";
  const std::string what = shortened(action.action, kSummaryPart);
  const std::string evidence = shortened(milestone.evidence, kSummaryPart);
  if (what.empty()) return text + (evidence.empty() ? "(no action text)" : evidence);
  text += what;
  if (!evidence.empty() && evidence != what) text += " - " + evidence;
  return text;
}

std::string status_text(PlanStatus status) {
  return plan_status_label(status) + " (" + plan_status_meaning(status) + ")";
}

std::string description(const PlanAction& action, const PlanMilestone& milestone) {
  std::vector<std::string> lines;
  const auto add = [&lines](const std::string& name, const std::string& value) {
    const std::string_view shown = trim_view(value);
    if (!shown.empty()) lines.push_back(name + ": " + std::string(shown));
  };
  add("Learning point", action.learning_point);
  add("Action", action.action);
  add("Evidence", milestone.evidence);
  std::string date = milestone.due->long_text();
  const std::string written = collapse_spaces(milestone.due_text);
  if (!written.empty() && written != date) date += " (written \"" + written + "\")";
  if (milestone.ongoing) date += "; on-going: a review date, not a deadline";
  add(milestone.ongoing ? "Review date" : "Completion date", date);
  add("Lead", milestone.lead);
  add("Progress", milestone.progress);
  if (milestone.status != PlanStatus::kNone) {
    std::string status = status_text(milestone.status);
    if (milestone.statuses.size() > 1) status += "; written " + join(milestone.statuses, ", ");
    add("Status", status);
  }
  if (milestone.suggested != PlanStatus::kNone && milestone.suggested != milestone.status) {
    add("Rule suggests", status_text(milestone.suggested));
  }
  add("Point", action.point_id);
  std::vector<std::string> notes = action.notes;
  notes.insert(notes.end(), milestone.notes.begin(), milestone.notes.end());
  add("Notes", join(notes, "; "));
  return join(lines, "\n");
}

/// The UID of a milestone from what identifies it; `seen` counts the milestones met so far,
/// so identical ones get "-2", "-3" in plan order.
std::string uid(const std::string& organisation, const PlanAction& action,
                const PlanMilestone& milestone, std::map<std::string, int>& seen) {
  // The unit separator cannot be typed into a cell, so no two triples join to the same text.
  const std::string key = collapse_spaces(organisation) + '\x1f' + collapse_spaces(action.action) +
                          '\x1f' + collapse_spaces(milestone.evidence);
  const std::string hash = sha256_text(key).substr(0, 32);
  const int count = ++seen[hash];
  return hash + (count == 1 ? std::string() : "-" + std::to_string(count)) + "@s11";
}

}  // namespace

std::string render_plan_calendar(const ActionPlan& plan, const PlanCalendarOptions& options) {
  std::string out;
  out += property("BEGIN", "VCALENDAR");
  out += property("VERSION", "2.0");
  out += property("PRODID", ics::text(options.product_id));
  out += property("CALSCALE", "GREGORIAN");
  out += property("METHOD", "PUBLISH");
  const std::string name = trim(plan.title);
  out += property("X-WR-CALNAME", ics::text(name.empty() ? "Action plan" : name));
  const std::string stamp = stamp_text(options.stamp) + "T000000Z";
  std::map<std::string, int> seen;
  for (const auto& action : plan.actions) {
    for (const auto& milestone : action.milestones) {
      // Counted whether or not it has an event, so a copy completed renumbers no other.
      const std::string id = uid(options.organisation, action, milestone, seen);
      if (!milestone.due || is_completed(milestone)) continue;
      // An on-going milestone's date already passed is when the work began, not a reminder.
      if (milestone.ongoing && *milestone.due < options.stamp) continue;
      const Date& due = *milestone.due;
      const Date next = civil_from_days(days_from_civil(due) + 1);
      const std::string title = summary(action, milestone);
      out += property("BEGIN", "VEVENT");
      out += property("UID", id);
      out += property("DTSTAMP", stamp);
      out += property("DTSTART;VALUE=DATE", stamp_text(due));
      out += property("DTEND;VALUE=DATE", stamp_text(next));
      out += property("SUMMARY", ics::text(title));
      out += property("DESCRIPTION", ics::text(description(action, milestone)));
      out += property("TRANSP", "TRANSPARENT");
      out += property("BEGIN", "VALARM");
      out += property("ACTION", "DISPLAY");
      out += property("DESCRIPTION", ics::text(title));
      out += property("TRIGGER", "-P7D");
      out += property("END", "VALARM");
      out += property("END", "VEVENT");
    }
  }
  out += property("END", "VCALENDAR");
  return out;
}

}  // namespace s11
