"""Writes the action plan fixtures for tests/readers/plan_reader_test.cpp.

plan-seed001.xlsx: seed 001's plan as the council wrote it (seed001_cells.py): title and
status key rows above the table, one row per learning point, each cell's lines exactly as in
the seed's text (blank lines included), the document control block below the table as
label/value rows. Column widths as in a landscape Word table: wide Action, Evidence and
Progress columns, narrow Completion date, Lead and Status columns.

plan-seed001-collapsed.xlsx: the same plan with every run of blank lines inside a cell
collapsed to one blank line, as when a plan is retyped: blank lines no longer keep the
paragraphs of a row level.

plan-seed001-milestones.xlsx: the same plan one row per milestone (GROUND_TRUTH below, read
by hand), the learning point merged down its rows and each action merged down its milestones,
with other header words ("Target date", "Lead officer", "Update", "RAG") and statuses written
"Blue", "Complete", "Green", "On track", "G", "Amber".

plan-no-action-column.xlsx: a plan table with no Action column.

Run with Debian's /usr/bin/python3 (python3-openpyxl): python3 make_plan_fixtures.py OUTDIR
"""
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seed001_cells import HEADER, ROWS, TOP  # noqa: E402

WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS = [28, 26, 28, 9, 9, 32, 9]  # characters, per column of the table

# Seed 001 read by hand, per learning point: the action of each milestone (milestones are
# the Evidence paragraphs, level with the Completion date paragraphs), and for the Lead,
# Progress and Status cells, when their paragraph count is not the milestones' count, the
# milestone of each paragraph (otherwise they pair in order). A milestone with no Lead
# paragraph of its own has the lead above it within its action.
GROUND_TRUTH = [
    {"actions": [0, 0, 0, 0, 0, 1], "lead": [0, 4, 5], "status": [0, 1, 2, 3, 4]},
    {"actions": [0, 0, 0, 0, 0, 1, 1, 1, 2, 3, 4, 5, 6],
     "lead": [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12],
     "progress": [0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12],
     "status": [0, 1, 2, 3, 4, 5, 6, 6, 7, 8, 9, 10, 11, 12]},
    {"actions": [0, 1, 2]},
    {"actions": [0, 1]},
    {"actions": [0, 1, 1, 1, 2, 3, 4, 5], "progress": [2, 4, 5, 6, 7]},
    {"actions": [0, 1, 2, 3, 3], "progress": [0, 0, 0, 1, 2, 3, 4]},
    {"actions": [0, 0]},
]

# Statuses as other councils write them, in turn.
OTHER_WORDS = {"B-Blue": ["Blue", "Complete"], "G-Green": ["Green", "On track", "G"],
               "A-Amber": ["Amber"], "Green": ["Green"]}

CONTROL = [("Document ", "Oxford City Council\nSafeguarding Action Plan 205-16 "),
           ("Owner ", "Dana Price, Executive Director, Community Services"),
           ("Author", "Jo Whitfield\nPolicy Culture and Communications\n[email address removed]\n"
            "[telephone number removed]"),
           ("Date last reviewed", "8th  April 2015"),
           ("Next Review Date Due ", "7th May 2015"),
           ("Version ", 2),
           ("Notes ", "Draft for  approval  at CEB Report")]
HISTORY = [(1, "19 March", "Circulated to Dana Price, Chris Ellery, Sam Okafor and Kim Ashdown "
            "for comment"),
           (2, "4th April 2015", "Revised for CEB Report")]


def paragraphs(lines):
    """The paragraphs (runs of non-blank lines) of a cell, each a list of lines."""
    out, current = [], None
    for line in lines:
        if line.strip():
            if current is None:
                current = []
                out.append(current)
            current.append(line)
        else:
            current = None
    return out


def collapse(lines):
    """The cell's lines with every run of blank lines collapsed to one blank line."""
    out = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return out


def write_top(ws):
    for i, line in enumerate(TOP):
        ws.cell(row=1 + i, column=1, value=line)
    return len(TOP) + 2


def write_header(ws, headers, row):
    for i, header in enumerate(headers):
        cell = ws.cell(row=row, column=1 + i, value=header)
        cell.font = Font(bold=True)
        cell.alignment = WRAP
    return row + 1


def write_control(ws, row):
    ws.cell(row=row, column=1, value="Document Control").font = Font(bold=True)
    row += 2
    for label, value in CONTROL:
        ws.cell(row=row, column=1, value=label)
        ws.cell(row=row, column=2, value=value).alignment = WRAP
        row += 2
    row += 1
    for i, header in enumerate(["Version No. ", "Date ", "Notes "]):
        ws.cell(row=row, column=1 + i, value=header).font = Font(bold=True)
    for version, date, notes in HISTORY:
        row += 1
        ws.cell(row=row, column=1, value=version)
        ws.cell(row=row, column=2, value=date)
        ws.cell(row=row, column=3, value=notes)


def set_widths(ws, widths):
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width


def write_per_learning_point(path, cell_lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    row = write_top(ws)
    row = write_header(ws, ["\n".join(lines) for lines in HEADER], row)
    for cells in ROWS:
        for col, lines in enumerate(cells):
            ws.cell(row=row, column=1 + col, value="\n".join(cell_lines(lines))).alignment = WRAP
        row += 1
    write_control(ws, row + 1)
    set_widths(ws, WIDTHS)
    wb.save(path)


def milestone_rows(cells, truth):
    """One row per milestone of a learning point: (action index, evidence, date, leads,
    progress notes, statuses), each paragraph as written."""
    evidence, dates, leads, progress, statuses = (paragraphs(c) for c in cells[2:])
    count = len(evidence)
    assert len(dates) == count and len(truth["actions"]) == count
    rows = [[truth["actions"][m], evidence[m], dates[m], [], [], []] for m in range(count)]
    for field, paras in ((3, leads), (4, progress), (5, statuses)):
        owners = truth.get(["lead", "progress", "status"][field - 3], list(range(count)))
        assert len(owners) == len(paras)
        for para, m in zip(paras, owners):
            rows[m][field].append(para)
    return rows


def write_per_milestone(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan"
    row = write_top(ws)
    row = write_header(ws, ["Learning Point", "Action", "Evidence", "Target date",
                            "Lead officer", "Update", "RAG"], row)
    turn = {word: 0 for word in OTHER_WORDS}

    def join(paras):
        return "\n\n".join("\n".join(p) for p in paras)

    def status_words(paras):
        out = []
        for para in paras:
            word = para[0].strip()
            out.append([OTHER_WORDS[word][turn[word] % len(OTHER_WORDS[word])]])
            turn[word] += 1
        return join(out)

    for cells, truth in zip(ROWS, GROUND_TRUTH):
        actions = paragraphs(cells[1])
        lp_first = row
        rows = milestone_rows(cells, truth)
        for i, (action, evidence, date, leads, progress, statuses) in enumerate(rows):
            if i == 0 or rows[i - 1][0] != action:
                ws.cell(row=row, column=2, value="\n".join(actions[action]))
            values = [None, None, "\n".join(evidence), "\n".join(date), join(leads),
                      join(progress), status_words(statuses)]
            for col, value in enumerate(values):
                if value:
                    ws.cell(row=row, column=1 + col, value=value)
                ws.cell(row=row, column=1 + col).alignment = WRAP
            row += 1
        ws.cell(row=lp_first, column=1, value="\n".join("\n".join(p) for p in
                                                        paragraphs(cells[0])))
        ws.merge_cells(start_row=lp_first, end_row=row - 1, start_column=1, end_column=1)
        start = lp_first
        for action in sorted(set(r[0] for r in rows)):
            span = sum(1 for r in rows if r[0] == action)
            if span > 1:
                ws.merge_cells(start_row=start, end_row=start + span - 1, start_column=2,
                               end_column=2)
            start += span
    write_control(ws, row + 1)
    set_widths(ws, WIDTHS)
    wb.save(path)


def write_no_action(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Safeguarding Action Plan 2015-16"
    headers = ["Learning Points", "Evidence", "Completion date", "Lead", "Progress",
               "Status (RAG rating)"]
    for i, header in enumerate(headers):
        ws.cell(row=3, column=2 + i, value=header).font = Font(bold=True)
    ws.cell(row=4, column=2, value="Learning Point 1")
    ws.cell(row=4, column=3, value="Named Safeguarding Officers meeting minutes.")
    ws.cell(row=4, column=4, value="April 2015")
    wb.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    write_per_learning_point(out + "/plan-seed001.xlsx", lambda lines: lines)
    write_per_learning_point(out + "/plan-seed001-collapsed.xlsx", collapse)
    write_per_milestone(out + "/plan-seed001-milestones.xlsx")
    write_no_action(out + "/plan-no-action-column.xlsx")
