#!/usr/bin/python3
"""Fill the evidence workbook of a small audit for the year-on-year reader fixtures.

Usage: /usr/bin/python3 tests/data/history/make_fixtures.py PATH/evidence.xlsx

A fictional agency ("Test Borough Council"), its 2014-15 self-assessment against oscb-2015:
every point Met except 4.3 and 11.3 (Not met) and 10.1 (Partly met); 6.5 Not applicable;
five evidence items, one stale. Columns are found by header text.
"""

import datetime
import sys

import openpyxl

D = datetime.datetime

STATUS = {"4.3": "Not met", "11.3": "Not met", "10.1": "Partly met", "6.5": "Not applicable"}
JUSTIFICATION = {"6.5": "No agency or contract staff work with children."}
RATING = {"1": "Green", "2": "Blue", "3": "Green", "4": "Amber", "5": "Blue", "6": "Green",
          "7": "Green", "8": "Green", "9": "Green", "10": "Amber", "11": "Green", "12": "Green"}
OVERALL = "Green"
# id, title, type, date, owner, location, points, impact level, best practice
EVIDENCE = [
    ("E01", "Safeguarding policy v2", "policy", D(2014, 3, 18), "Safeguarding Lead",
     "Intranet > Policies", "1.1, 2.1, 3.1", 1, "No"),
    ("E02", "Designated officers group minutes 2014", "minutes", D(2014, 6, 11),
     "Safeguarding Lead", "S:\\Safeguarding\\Minutes", "1.2, 7.3", 2, "No"),
    ("E03", "Policy review log", "report", D(2012, 5, 1), "Safeguarding Lead",
     "Policy, page 2", "2.2", 1, "No"),
    ("E04", "Training impact follow-up 2014", "training record", D(2014, 9, 1), "Head of HR",
     "HR system report", "5.1, 5.2, 5.3, 5.4", 2, "Yes"),
    ("E05", "Case file audit 2014", "audit", D(2014, 10, 1), "Safeguarding Lead",
     "S:\\Safeguarding\\Audit", "8.3, 10.1", 3, "No"),
]


def find_header(ws, first_header):
    for row in range(1, 21):
        values = [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]
        if first_header in values:
            return row, {v: i + 1 for i, v in enumerate(values) if isinstance(v, str)}
    raise SystemExit(f"{ws.title}: no header row with {first_header!r}")


def main():
    path = sys.argv[1]
    book = openpyxl.load_workbook(path)
    ws = book["Self-assessment"]
    header_row, col = find_header(ws, "Point")
    c_just = next(i for h, i in col.items() if h.startswith("Justification"))
    for row in range(header_row + 1, ws.max_row + 1):
        std = str(ws.cell(row, col["Standard"]).value or "").strip()
        point = str(ws.cell(row, col["Point"]).value or "").strip()
        if point:
            ws.cell(row, col["Status"]).value = STATUS.get(point, "Met")
            if point in JUSTIFICATION:
                ws.cell(row, c_just).value = JUSTIFICATION[point]
        elif std == "Overall":
            ws.cell(row, col["Agency rating"]).value = OVERALL
        elif std:
            ws.cell(row, col["Agency rating"]).value = RATING[std]
    ws = book["Evidence"]
    header_row, col = find_header(ws, "Evidence ID")
    order = ["Evidence ID", "Title", "Type", "Date", "Owner", "Location or link",
             "Points supported", "Impact level", "Best-practice example"]
    for i, item in enumerate(EVIDENCE):
        for header, value in zip(order, item):
            cell = ws.cell(header_row + 1 + i, col[header])
            cell.value = value
            if header == "Date":
                cell.number_format = "dd/mm/yyyy"
    book.save(path)


if __name__ == "__main__":
    main()
