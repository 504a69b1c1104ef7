#!/usr/bin/python3
"""Turn a copy of the Wychwood example audit into its plausible 2014-15 state, a year earlier.

Usage: /usr/bin/python3 scripts/make_example_last_year.py AUDIT_DIR

AUDIT_DIR is a copy of examples/district-council. Wychwood District Council is fictional:
every document, date and figure here is invented; people appear only by role.

- audit.ini: period 2014-15, audit date 2014-11-28; the [survey], [plan], [leads] and
  [history] sections are removed (no staff questionnaire yet, no earlier plan).
- evidence.xlsx, Self-assessment: several statuses worse (the training impact follow-up, the
  case file review and the skate park consultation had not happened; the DBS renewal backlog
  was still being cleared), the council's own ratings as it gave them (Green almost
  throughout), comments of that year.
- evidence.xlsx, Evidence: items dated after 28 November 2014 are deleted, except annual
  documents, which are replaced by the previous year's edition.
Columns are found by their header text. The saved file is made deterministic (document dates
set to the audit date, fixed zip timestamps).
"""

import datetime
import os
import re
import sys
import tempfile
import zipfile

import openpyxl

D = datetime.datetime
AUDIT_DATE = D(2014, 11, 28)

STATUS = {
    "4.2": "Not met",
    "4.3": "Not met",
    "5.4": "Partly met",
    "5.5": "Not met",
    "6.2": "Partly met",
    "7.5": "Partly met",
    "8.3": "Partly met",
    "10.1": "Not met",
    "10.6": "Not met",
    "11.3": "Not met",
    "12.3": "Not met",
}

COMMENTS = {
    "2.1": "Policy v2.0 is due for review; v3.0 will be approved by the Executive Board in spring 2015.",
    "5.4": "Managers report that training is used; a follow-up of its impact is planned for 2015.",
    "6.2": "The 2013 DBS audit found renewals overdue in Leisure; the backlog is being cleared.",
    "10.1": "No case file review yet; the Named Safeguarding Officers Group will pilot one in 2015.",
    "11.3": "Whistleblowing policy in place; awareness among staff not yet tested.",
    "12.3": "Supervision does not yet cover safeguarding in any service.",
}

AGENCY_RATING = {
    "1": "Green", "2": "Green", "3": "Green", "4": "Amber", "5": "Green", "6": "Green",
    "7": "Green", "8": "Green", "9": "Green", "10": "Amber", "11": "Green", "12": "Green",
}
OVERALL_RATING = "Green"

# Annual documents: last year's edition instead of this year's (id -> date, title).
PREVIOUS_EDITION = {
    "E05": (D(2014, 9, 23), "Minutes of the Named Safeguarding Officers Group, September 2013 to "
                            "September 2014 (4 meetings)"),
    "E11": (D(2014, 4, 30), "Safeguarding board and subgroup attendance record 2013-14"),
    "E22": (D(2014, 7, 9), "Annual Safeguarding Report 2013-14 to the Executive Board"),
    "E31": (D(2014, 10, 31), "HR system report: safeguarding training completion by service, "
                             "October 2014"),
    "E39": (D(2014, 6, 30), "Attendance at child protection conferences and strategy meetings "
                            "2013-14"),
    "E47": (D(2014, 10, 14), "Log of data returns to the safeguarding board 2013-14"),
}


def edit_ini(path):
    keep, skip = [], False
    dropped = {"[survey]", "[survey_mapping]", "[plan]", "[leads]", "[history]"}
    lines = open(path, encoding="utf-8").read().split("\n")
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            skip = stripped in dropped
            if skip:
                # Comments just above a dropped section belong to it.
                while keep and keep[-1].startswith(";"):
                    keep.pop()
        if skip:
            continue
        if stripped.startswith("period"):
            line = "period = 2014-15"
        elif stripped.startswith("date"):
            line = "date = 2014-11-28"
        keep.append(line)
    text = "\n".join(keep).rstrip("\n") + "\n"
    open(path, "w", encoding="utf-8").write(text)


def find_header(ws, first_header):
    for row in range(1, 21):
        values = [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]
        if first_header in values:
            return row, {v: i + 1 for i, v in enumerate(values) if isinstance(v, str)}
    raise SystemExit(f"{ws.title}: no header row with {first_header!r}")


def edit_self_assessment(ws):
    header_row, col = find_header(ws, "Point")
    for row in range(header_row + 1, ws.max_row + 1):
        std = str(ws.cell(row, col["Standard"]).value or "").strip()
        point = str(ws.cell(row, col["Point"]).value or "").strip()
        if point:
            status = ws.cell(row, col["Status"]).value
            if point in STATUS:
                ws.cell(row, col["Status"]).value = STATUS[point]
            elif status in ("Partly met", "Not met"):
                ws.cell(row, col["Status"]).value = status
            ws.cell(row, col["Comments"]).value = COMMENTS.get(point)
        elif std == "Overall":
            ws.cell(row, col["Agency rating"]).value = OVERALL_RATING
        elif std:
            ws.cell(row, col["Agency rating"]).value = AGENCY_RATING[std]


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value
    match = re.fullmatch(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*", str(value or ""))
    if not match:
        raise SystemExit(f"evidence date {value!r} is not a date this script knows")
    day, month, year = (int(g) for g in match.groups())
    return D(year, month, day)


def edit_register(ws):
    header_row, col = find_header(ws, "Evidence ID")
    row = header_row + 1
    while row <= ws.max_row:
        item = ws.cell(row, col["Evidence ID"]).value
        if not item:
            row += 1
            continue
        if item in PREVIOUS_EDITION:
            date, title = PREVIOUS_EDITION[item]
            ws.cell(row, col["Date"]).value = date
            ws.cell(row, col["Date"]).number_format = "dd/mm/yyyy"
            ws.cell(row, col["Title"]).value = title
        elif as_date(ws.cell(row, col["Date"]).value) > AUDIT_DATE:
            ws.delete_rows(row)
            continue
        row += 1


def normalise_zip(path):
    """Rewrite the xlsx with fixed timestamps so that the same input gives the same bytes."""
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=os.path.dirname(os.path.abspath(path)))
    os.close(fd)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    audit = sys.argv[1]
    edit_ini(os.path.join(audit, "audit.ini"))
    path = os.path.join(audit, "evidence.xlsx")
    wb = openpyxl.load_workbook(path)
    edit_self_assessment(wb["Self-assessment"])
    edit_register(wb["Evidence"])
    wb.properties.created = AUDIT_DATE
    wb.properties.modified = AUDIT_DATE
    wb.save(path)
    normalise_zip(path)


if __name__ == "__main__":
    main()
