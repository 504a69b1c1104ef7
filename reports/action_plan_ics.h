#pragma once
/// The action plan's reminders as an iCalendar file, `out/action-plan.ics` (RFC 5545), for
/// Outlook, Google Calendar and Apple Calendar to import. Built from an ActionPlan; nothing
/// here parses.
///
/// One all-day event per open milestone: not completed (engine/plan_rules.h is_completed)
/// and with a completion date. A milestone with no date, or with an implausible one (which
/// the plan flags and leaves without `due`), has no event. An on-going milestone's date is a
/// review date, not a deadline: one on or after the stamp day has an event, its summary
/// saying "review", as a review nobody is reminded of tends not to happen; one before it is
/// when the work began and has none. An overdue milestone keeps its event on the day it was
/// due, where the calendar shows it missed.
///
///     BEGIN:VEVENT
///     UID:<32 hex digits>@s11
///     DTSTAMP:<stamp>T000000Z
///     DTSTART;VALUE=DATE:20160331          the completion date
///     DTEND;VALUE=DATE:20160401            the day after: an all-day event
///     SUMMARY:Action plan: <action> - <evidence>   (each on one line, cut to 60 characters)
///     DESCRIPTION:<learning point, action, evidence, date, lead, progress, status, the
///      rule's suggestion, point, notes: one "Name: value" line each, empty ones left out>
///     TRANSP:TRANSPARENT                   a reminder, not a meeting: the day stays free
///     BEGIN:VALARM ... TRIGGER:-P7D ...    a display reminder a week before
///     END:VEVENT
///
/// The alarm gives the lead a week to gather the evidence; Outlook and Apple Calendar show
/// it, Google Calendar applies its own notification settings to imported events instead.
///
/// UIDs are stable, so a second import updates the events instead of adding copies: the UID
/// is the first 128 bits of the SHA-256 of the organisation, the action and the evidence
/// (white space runs folded), never of a milestone's position, date, lead, progress or
/// status. Re-rating, a moved date, or actions added before it leave it unchanged; a carried
/// action keeps last year's UID. Milestones alike in all three are told apart by their order
/// in the plan, events or not: the second gets "-2" before the "@", the third "-3", and one
/// of them completed changes no other's.
///
/// DTSTAMP is the stamp day at midnight UTC, never the clock, so the same plan gives the same
/// bytes. Calendars take the event with the later DTSTAMP as the newer (SEQUENCE stays 0):
/// a plan re-rated as of a later day (`s11 plan --as-of`), or next year's plan, replaces the
/// events imported before; an event changed but stamped the same day (the plan edited and
/// run again) may be kept as it was by a calendar that already has it.
///
/// Text is UTF-8 with CRLF line ends; content lines are folded at 75 octets, never inside a
/// UTF-8 sequence or a TEXT escape. A calendar with no open milestones has no events, as
/// calendars export an empty one.

#include <string>
#include <string_view>

#include "base/date.h"
#include "engine/plan.h"

namespace s11 {

/// What the calendar says about where it came from.
struct PlanCalendarOptions {
  /// PRODID, the product that wrote it: "-//s11//s11 0.1.0//EN".
  std::string product_id;
  /// The agency whose plan it is, part of every UID so two agencies' actions never share one.
  std::string organisation;
  /// The day the plan was drafted (the audit date) or re-rated as of (`--as-of`): DTSTAMP's
  /// day, and on-going review dates before it have no event.
  Date stamp;
};

/// The calendar of `plan`'s open milestones as described above, X-WR-CALNAME its title
/// ("Action plan" when it has none). Does not fail.
std::string render_plan_calendar(const ActionPlan& plan, const PlanCalendarOptions& options);

namespace ics {

/// `value` as an RFC 5545 TEXT value: backslash, semicolon and comma escaped with a
/// backslash; a line break (LF, CRLF or CR) written `\n`; a tab as a space; other control
/// characters dropped and bytes that are not UTF-8 replaced with U+FFFD, so no user text can
/// end a line or break the file.
std::string text(std::string_view value);

/// The content line `line` (no line end) folded as RFC 5545 section 3.1 says: lines of at
/// most 75 octets, each continuation starting with one space, a break never falling inside a
/// UTF-8 sequence or an escape such as `\n`; every line ends with CRLF.
std::string fold(std::string_view line);

}  // namespace ics
}  // namespace s11
