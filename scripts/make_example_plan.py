#!/usr/bin/python3
"""Writes last year's action plan of the example audit: Wychwood District Council's (fictional)
Section 11 safeguarding action plan 2014-15, in the layout of seed 001 (a council's plan typed
into a workbook; see tests/data/plan/make_plan_fixtures.py):

- title rows and the B/G/A/R status key above the table, the table starting in column B;
- header "Learning Points | Action | Evidence | Completion date | Lead | Progress | Status (RAG
  rating)";
- learning points merged down over their actions, one action merged over two lines of
  evidence, one learning point kept as a single row of multi-line cells (two actions separated
  by blank lines);
- dates as people type them: "31/03/2015", "Feb/March 2015", "9th June 2015", "April 2015
  On-going", "On-going", Excel dates, and one typing error, "October 2915";
- statuses "B-Blue", "G-Green", "A-Amber" and a plain "Green";
- a document control block (owner, author, last reviewed, next review, version) and a version
  history of two rows below the table.

Leads are roles; no person is named. Two actions are there on purpose for `s11 run`:
- "Add a named safeguarding manager to every commissioned service contract (point 3.5)" is open
  (A-Amber), so s11 carries it forward as addressing the 3.5 gap and drafts nothing new for it;
- "Review and relaunch the escalation procedure ... (Standard 7, point 7.2)" is B-Blue
  (completed), but 7.2 still has only stale evidence, so s11 flags "action completed, standard 7
  still unevidenced" and drafts a new action.

This script writes the openpyxl workbook; scripts/make-example.sh then opens and re-saves it
with LibreOffice Calc, as a council's own file would be.

Usage: /usr/bin/python3 scripts/make_example_plan.py OUT.xlsx   (needs python3-openpyxl)
"""
import datetime
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HEADERS = ["Learning Points", "Action", "Evidence", "Completion date", "Lead", "Progress",
           "Status (RAG rating)"]

COORD = "Safeguarding Coordinator"
HR = "Head of HR"
LD = "Learning and Development Manager"
CSM = "Community Safety Manager"
PROC = "Procurement Manager"
CDM = "Community Development Manager"
LEIS = "Head of Leisure and Parks"

# Each learning point: its text and its rows. A row is (action, evidence, date, lead,
# progress, status); action None continues the action above (merged cell). A date may be a
# datetime (an Excel date cell) or text as typed.
LEARNING_POINTS = [
    ("Learning Point 1\nThe need to keep Wychwood District Council\u2019s safeguarding "
     "arrangements under regular review so that we are meeting our responsibilities",
     # One row of multi-line cells holding two actions, paragraphs paired in order.
     [("Refresh the Safeguarding Children and Vulnerable Adults Policy and relaunch it on the "
       "intranet.\n\n\n\nReport progress on this plan to the Named Safeguarding Officers Group "
       "and to Corporate Management Team.",
       "Policy v3.0 approved by Corporate Management Team\nIntranet page updated\n\n\n\n"
       "Named Safeguarding Officers Group minutes\nSix-monthly report to CMT",
       "31/03/2015\n\n\n\nApril 2015\nOn-going",
       COORD + "\n\n\n\n" + COORD,
       "Completed. Policy v3.0 approved 24th March 2015\n\n\n\nOn track",
       "B-Blue\n\n\n\nG-Green")]),
    ("Learning Point 2\nStaff and volunteers need safeguarding training suited to their role, "
     "and we need to know that it makes a difference in practice",
     [("Move safeguarding training records onto the HR system and report completion by service "
       "each quarter.",
       "HR system training report to the Named Safeguarding Officers Group",
       datetime.datetime(2015, 7, 31), HR, "Completed. First quarterly report July 2015",
       "B-Blue"),
      ("Follow up a sample of course attendees six months after their training to find out what "
       "has changed in their practice.",
       "Training impact follow-up report", "9th June 2015", LD,
       "Completed; presented to the board\u2019s training subgroup", "B-Blue"),
      (None, "Repeat the follow-up for the autumn courses", "April 2016", LD, "On track",
       "G-Green"),
      ("Run the OSCB staff questionnaire in every service in the autumn, before the Section 11 "
       "self-assessment.",
       "Questionnaire results by service area", "Oct/Nov 2015", COORD,
       "Completed. Survey closed 20th November 2015; five services took part, each with its "
       "own survey tool", "B-Blue")]),
    ("Learning Point 3\nDBS renewals fell behind in 2013. Checks on people working with "
     "children must be kept up to date and recruiting managers must be trained",
     [("Clear the backlog of DBS renewals for posts working with children.",
       "DBS check audit", "31/03/2015", HR, "Completed. 27 renewals cleared by February 2015",
       "B-Blue"),
      ("Train every recruiting manager in safer recruitment so that each interview panel for a "
       "post with children has a trained member.",
       "Safer recruitment course attendance\nInterview panel records", "March 2016", HR,
       "9 of 14 recruiting managers trained", "G-Green"),
      ("Publish the procedure for managing allegations against staff and volunteers and brief "
       "all managers.",
       "New Allegations Procedure\nManagers\u2019 briefing notes", "May 2015", HR,
       "Draft in consultation with the trade unions", "Green")]),
    ("Learning Point 4\nGroups and firms we pay to run activities for young people must keep "
     "them safe",
     [("Add a named safeguarding manager to every commissioned service contract (point 3.5).",
       "Contracts register with a safeguarding column and the named manager for each contract",
       "April 2016", PROC, "Contracts register updated for 9 of the 14 contracts that involve "
       "children", "A-Amber"),
      ("Add safeguarding conditions to youth grant agreements and check each funded group\u2019s "
       "safeguarding policy before payment.",
       "Youth grant agreement 2015-16\nGrant monitoring checklist", "October 2915", CDM,
       "Conditions added for the 2015-16 grant round; policy checks on track", "G-Green")]),
    ("Learning Point 5\nWorking with partners through the MASH helps us share information and "
     "act early",
     [("Take part in the MASH information sharing pilot and share the learning with the other "
       "district councils.",
       "MASH pilot evaluation\nEvent for district councils and housing providers",
       datetime.datetime(2015, 2, 27), COORD,
       "Completed. Learning shared at an event for district councils on 19th March 2015",
       "B-Blue"),
      ("Review and relaunch the escalation procedure for disagreements with other agencies "
       "(Standard 7, point 7.2).",
       "Escalation briefing to the Named Safeguarding Officers Group", "Feb/March 2015", CSM,
       "Completed. Procedure reviewed; briefing given March 2015", "B-Blue"),
      ("Attend the MASH operational group and follow up feedback on the outcome of our "
       "referrals.",
       "MASH operational group notes", "April 2015 On-going", CSM,
       "Feedback on outcomes is sometimes slow; raised with the MASH manager", "G-Green")]),
    ("Learning Point 6\nWe need to hear from children, young people and families when we plan "
     "and change our services",
     [("Develop a toolkit for consulting children and families, starting with the skate park "
       "redesign, and use it in every service review.",
       "Skate park consultation report\nConsultation toolkit", "On-going", LEIS,
       "Skate park consultation done September 2015; toolkit drafted", "G-Green")]),
]

WRAP = Alignment(wrap_text=True, vertical="top")
FIRST_COL = 2  # the table starts in column B


def write_top(ws):
    ws.cell(row=1, column=FIRST_COL, value="Wychwood District Council Safeguarding Action Plan 2014-15")
    ws.cell(row=1, column=FIRST_COL).font = Font(bold=True, size=14)
    ws.cell(row=2, column=FIRST_COL, value=" Including all learning points arising from:")
    ws.cell(row=3, column=FIRST_COL, value="\u00b7 The Section 11 Self-Assessment Audit 2014-15")
    ws.cell(row=4, column=FIRST_COL, value="\u00b7 The Safeguarding Children Board peer challenge "
            "(December 2013)")
    ws.cell(row=5, column=FIRST_COL, value="\u00b7 The DBS renewals audit (2014)")
    key = [" B-Blue Action completed", "G-Green Action on target to be met",
           "A-Amber There is a risk that the action may not be completed on time",
           "R-Red There is high risk that the action will not be completed and remedial action "
           "is required."]
    for i, text in enumerate(key):
        ws.cell(row=6 + i, column=FIRST_COL, value=text)


def write_plan(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2014-15"
    write_top(ws)
    row = 11
    for i, h in enumerate(HEADERS):
        c = ws.cell(row=row, column=FIRST_COL + i, value=h)
        c.font = Font(bold=True)
        c.alignment = WRAP
    row += 1
    for lp_text, rows in LEARNING_POINTS:
        lp_first = row
        action_first = row
        for r in rows:
            action = r[0]
            if action is not None:
                if row - 1 > action_first:
                    ws.merge_cells(start_row=action_first, end_row=row - 1,
                                   start_column=FIRST_COL + 1, end_column=FIRST_COL + 1)
                action_first = row
                ws.cell(row=row, column=FIRST_COL + 1, value=action)
            for i, value in enumerate(r[1:]):
                if value:
                    cell = ws.cell(row=row, column=FIRST_COL + 2 + i, value=value)
                    if isinstance(value, datetime.datetime):
                        cell.number_format = "dd/mm/yyyy"
            for col in range(FIRST_COL, FIRST_COL + len(HEADERS)):
                ws.cell(row=row, column=col).alignment = WRAP
            row += 1
        if row - 1 > action_first:
            ws.merge_cells(start_row=action_first, end_row=row - 1,
                           start_column=FIRST_COL + 1, end_column=FIRST_COL + 1)
        ws.cell(row=lp_first, column=FIRST_COL, value=lp_text)
        if row - 1 > lp_first:
            ws.merge_cells(start_row=lp_first, end_row=row - 1, start_column=FIRST_COL,
                           end_column=FIRST_COL)
    row += 2
    ws.cell(row=row, column=FIRST_COL, value="Document Control").font = Font(bold=True)
    row += 1
    control = [("Document ", "Wychwood District Council\nSafeguarding Action Plan 2014-15"),
               ("Owner ", "Executive Director, Communities"),
               ("Author", COORD + "\nPolicy and Partnerships"),
               ("Date last reviewed", "14th October 2015"),
               ("Next Review Date Due ", "30th November 2015"),
               ("Version ", 2),
               ("Notes ", "Progress updated for the Named Safeguarding Officers Group")]
    for label, value in control:
        ws.cell(row=row, column=FIRST_COL, value=label)
        ws.cell(row=row, column=FIRST_COL + 1, value=value).alignment = WRAP
        row += 1
    row += 2
    for i, h in enumerate(["Version No. ", "Date ", "Notes "]):
        ws.cell(row=row, column=FIRST_COL + i, value=h).font = Font(bold=True)
    history = [(1, "2nd March 2015", "Agreed by Corporate Management Team"),
               (2, "14th October 2015", "Progress updated for the 2015-16 Section 11 "
                                        "self-assessment")]
    for version, date, notes in history:
        row += 1
        ws.cell(row=row, column=FIRST_COL, value=version)
        ws.cell(row=row, column=FIRST_COL + 1, value=date)
        ws.cell(row=row, column=FIRST_COL + 2, value=notes)
    for col, width in zip("BCDEFGH", [30, 45, 40, 16, 22, 36, 14]):
        ws.column_dimensions[col].width = width
    fixed = datetime.datetime(2015, 10, 14, 16, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = COORD
    wb.save(path)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    write_plan(sys.argv[1])
