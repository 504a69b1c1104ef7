#!/usr/bin/python3
"""Reads an iCalendar file as a calendar application would and prints what it found.

    check_ics.py FILE

Parses FILE with the icalendar package (Debian: python3-icalendar), after checking the
RFC 5545 framing icalendar is lenient about: UTF-8, every line ending with CRLF, no line
longer than 75 octets, no fold inside a UTF-8 sequence. Prints the calendar's
properties, then one block per event, in file order:

    calendar VERSION=2.0 PRODID=... CALSCALE=GREGORIAN METHOD=PUBLISH X-WR-CALNAME=...
    events 12
    event 1
    UID ...
    DTSTART 2016-03-31 (date)
    DTEND 2016-04-01 (date)
    SUMMARY ...
    DESCRIPTION line 1 | line 2 | ...
    ALARM DISPLAY -7 days, 0:00:00 ...

Exit status 0 when the file reads, 1 with a message on stderr when it does not, 3 when
icalendar is not installed.
"""

import datetime
import sys

try:
    import icalendar
except ImportError:
    sys.stderr.write(
        "check_ics.py: the Python package icalendar is missing; install it with "
        "`apt-get install python3-icalendar` (scripts/install-deps.sh --test)\n")
    sys.exit(3)


def fail(message):
    sys.stderr.write(message + "\n")
    sys.exit(1)


def check_framing(path, data):
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{path}: not UTF-8 at byte {error.start}")
    if not data.endswith(b"\r\n"):
        fail(f"{path}: does not end with CRLF")
    lines = data[:-2].split(b"\r\n")
    for number, line in enumerate(lines, 1):
        if b"\r" in line or b"\n" in line:
            fail(f"{path}:{number}: a bare CR or LF inside a line")
        if len(line) > 75:
            fail(f"{path}:{number}: {len(line)} octets, more than 75")
        # A fold inside a UTF-8 sequence leaves a line that does not decode on its own.
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{path}:{number}: folded inside a UTF-8 sequence")


def value_text(value):
    if hasattr(value, "dt"):
        dt = value.dt
        kind = "date" if not isinstance(dt, datetime.datetime) else "date-time"
        return f"{dt.isoformat()} ({kind})"
    return str(value)


def main():
    if len(sys.argv) != 2:
        fail("usage: check_ics.py FILE")
    path = sys.argv[1]
    with open(path, "rb") as file:
        data = file.read()
    check_framing(path, data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except ValueError as error:
        fail(f"{path}: does not parse: {error}")
    if calendar.name != "VCALENDAR":
        fail(f"{path}: holds a {calendar.name}, not a VCALENDAR")
    names = ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"]
    print("calendar " + " ".join(f"{name}={calendar.get(name, '')}" for name in names))
    events = [part for part in calendar.walk() if part.name == "VEVENT"]
    print(f"events {len(events)}")
    uids = set()
    for number, event in enumerate(events, 1):
        uid = str(event.get("UID", ""))
        if not uid:
            fail(f"{path}: event {number} has no UID")
        if uid in uids:
            fail(f"{path}: event {number} repeats UID {uid}")
        uids.add(uid)
        if "DTSTAMP" not in event:
            fail(f"{path}: event {number} has no DTSTAMP")
        print(f"event {number}")
        for name in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "TRANSP"]:
            print(f"{name} {value_text(event.get(name, ''))}")
        description = str(event.get("DESCRIPTION", ""))
        print("DESCRIPTION " + " | ".join(description.split("\n")))
        for alarm in event.subcomponents:
            if alarm.name != "VALARM":
                continue
            trigger = alarm.get("TRIGGER")
            print(f"ALARM {alarm.get('ACTION', '')} {trigger.dt if trigger else ''} "
                  f"{alarm.get('DESCRIPTION', '')}")


if __name__ == "__main__":
    main()
