"""Writes the action plan fixtures for tests/engine/plan_reader_test.cpp.

plan-seed001.xlsx: seed 001 (a council's Section 11 action plan for 2015-16, text-extracted
from a Word table) typed into a workbook the way councils do: title and status key rows above
the table, the table starting in column B, learning points merged down over their actions,
some actions merged over several lines of evidence, some learning points kept as one row of
multi-line cells, the dates exactly as written ("October 2915", "9th June 2019", "April 2025
On-going", "Feb/March 2015", "March On-going" with no year), statuses "G-Green", "B-Blue",
"A-Amber", "Green", and the document control block below the table. People's names are
invented; the seed's real names are never used.

plan-no-action-column.xlsx: the same kind of table with no Action column.

Run with Debian's /usr/bin/python3 (python3-openpyxl): python3 make_plan_fixtures.py OUTDIR
"""
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

# Invented names standing in for the seed's officers (typos kept in the same places).
JO = "Jo Whitfield"
KIM = "Kim Ashdown"
SAM = "Sam Okafor"
DANA = "Dana Price"
CHRIS = "Chris Ellery"
LEE = "Lee Tanaka"

HEADERS = ["Learning Points", "Action", "Evidence", "Completion date", "Lead", "Progress",
           "Status (RAG rating)"]

# Each learning point: its text and its rows. A row is (action, evidence, date, lead,
# progress, status); action None continues the action above (merged cell).
LEARNING_POINTS = [
    ("Learning Point 1\nThe need to regularly review Oxford City Council safeguarding procedures "
     "to ensure that we are adhering to our safeguarding responsibilities",
     [("Regularly review the Safeguarding Programme and Action Plan.\n\n\n\n\n"
       "Ensure that Policy and Procedures are kept up to date.",
       "Named Safeguarding Officers meeting minutes.\n\nAnnual Section 11 Self- Assessment and "
       "Action Plan\n\nBi-annual Assessment of the Safeguarding Action Plan \n\nAnnual report to "
       "CEB and  Council\n\nMonthly Director Review meeting\n\n\nOn-going review of Policy and "
       "Procedures, Keeping People Safe Leaflet, Updating Keeping People Safe Intranet Page and "
       "Web site page",
       "April 2015\nOn-going\n\n\n\nOct 2015\n\nApril 2016\n\nApril 2015\nApril 2016\n\n"
       "April 2015 then monthly\n\n\nOn-going",
       JO + "\n\n\n\n\n\n" + JO + "\n\n\n" + KIM,
       "On track\n\n\n\nOn track\n\nOn track\n\n\nSlight delay in publication of Report\n\n"
       "Review meeting undertaken April 2015\n\n\nOn track",
       "G-Green\n\n\n\nG-Green\n\nG-Green\n\n\nG-Green\n\n\nG-Green")]),
    ("Learning Point 2\nWe need to continually improve our response to new and emerging "
     "priorities with Safeguarding Children and Vulnerable Adults",
     [("Consider new ways in which our front line staff can be better trained and supported to "
       "cope with working on Safeguarding, CSE, and anti-social behaviour, trafficking and "
       "related activities.",
       "Named Safeguarding Officers meeting minutes.", "April 2015\nOn-going", JO, "On track",
       "G-Green"),
      (None, "Safeguarding Training Programme and internal presentations reviewed 6 monthly.",
       "April 2015\nOctober 2015", "Kim Ashdwon", "Completed", "B-Blue"),
      (None, "To identify appropriate training for staff working with perpetrators who are also "
       "vulnerable. ", "March \nOn-going", JO + "/" + KIM, "On track", "G-Green"),
      (None, "To promote the support available to staff through the Employee Assistance "
       "Programme \u2018Work Well\u2019", "April 2015\nOn-going", SAM + "/" + JO, "On track",
       "G-Green"),
      (None, "To keep under review supervision and support arrangements for staff e.g. appraisal "
       "and learning and development.", "April May 2015\nOn-going", SAM + "/" + JO, "On track",
       "G-Green"),
      ("Further develop and implement safeguarding and sexual exploitation training for "
       "councillors.", "Review of Councillor training materials. ", "April  2015", "Kim Asdown",
       "Review completed awaiting final approval from OSCB Training Sub Group", "G-Green"),
      (None, "Compulsory Councillor training.", "May 2015", "",
       "Training provided for new Civic Office Holders March 2015\n\nMember training booked in "
       "for 9/20/21stMay", "G-Green"),
      (None, "3 x non-compulsory training sessions to be provided a year (extended programme)",
       "Before October 2015", "", "Dates in progress of being arranged.", "G-Green"),
      ("Ensure that awareness raising and generalist training on vulnerable adults is available "
       "for district council staff.",
       "Correspondence and minutes of the Oxfordshire Safeguarding Vulnerable Adults Board "
       "(OSVAB)", "Feb/March 2015", JO,
       "Awaiting a response. Position to be reviewed and raised at the next OSVAB if no progress "
       "has been made.", "A-Amber"),
      ("Ensure that the need for awareness raising and generalist training on safeguarding "
       "children and young people is suitable for district council staff.",
       "Specific training materials for district councils available for safeguarding children "
       "and vulnerable adults at awareness raising and generalist level.", "Oct 2015",
       JO + "/ " + KIM,
       " District meeting with OSCB Training Group Chair and district council representatives "
       "(Minutes sent 12th January)", "A-Amber"),
      ("Measure training outcomes in practice and assess effectiveness of training staff.",
       "Annual survey using OSCB Questionnaire in preparation for the Section 11 Self "
       "-Assessment", "April 2015 On-going", KIM, "On track", "G-Green"),
      ("Promote staff attendance at learning events.",
       "Circulate OSCB Newsletter and information on learning events to all Named Safeguarding "
       "officers and advertise events in Council Matters", "April 2015\n On-going", JO,
       "On track", "G-Green"),
      ("Strengthen policy and procedures relating to managing allegations against staff and "
       "volunteers.", "New Allegations Policy ", "May 2015", SAM,
       "Draft in circulation for consultation.", "G-Green")]),
    ("Learning Point 3\nWe have developed our understanding of CSE and the models of "
     "exploitation used in the city. We need to remain vigilant and responsive to reports of CSE "
     "and other forms of exploitation.",
     [("Make routine the review of prevalence and action planning by the Oxford Community Safety "
       "Partnership (OCSP)\n\nJoint intelligence sharing on organised crime and sexual "
       "exploitation undertaken by TVP and the Anti-Social Behaviour Investigation team (ASBIT)"
       "\n\nReview with OCSP and TVP whether city worker should be involved in intelligence "
       "sharing meetings.",
       "Minutes of the Oxford Community Safety Partnership Executive Group\n\n\nRegular "
       "attendance at meetings.\n\n\n\n\n\nCorrespondence",
       "April 2015 On-going\n\n\n\n\nApril  2015 On-going\n\n\n\n\n\nMarch 2015",
       DANA + "\n\n\n\n\n\n" + CHRIS + "\n\n\n\n\n\n\n" + DANA,
       "On track\n\n\n\n\n\nOn track\n\n\n\n\n\nAccess confirmed to general intelligence "
       "briefings but not for some case specific briefings. To be further discussed.",
       "G-Green\n\n\n\n\n\nG-Green\n\n\n\n\n\nA-Amber")]),
    ("Learning Point 4\nRecognising the important role Oxford City Council functions have in "
     "identifying, preventing and disrupting CSE and other forms of exploitation:\n"
     "\u00b7 Community safety activities (ASBIT)\n\u00b7 Hackney Carriages and Private Hire\n"
     "\u00b7 HMO Licencing\n\u00b7 Environmental Health\n\u00b7 Parks\n\u00b7 Recycling and refuse",
     [("Seek harmonisation of licensing standards across the County for Hackney Carriages and "
       "Private Hire vehicles, drivers and operators.",
       "Oxfordshire Chief Executives meeting minutes.\nDistrict Officers meeting notes,",
       "February 2015 and Review April 2015", DANA,
       "Approach agreed in principle 4/2/15\nMeting arranged for 23rd April 2015", "G-Green"),
      ("Regularly review the City Council functions in relation to CSE and other forms of "
       "exploitation and share best practice with other district councils as appropriate.",
       "Named Safeguarding Officers Group Meetings.\nOxfordshire Chief Executive meeting "
       "minutes.", "April \nOn-going", JO, "On track", "G-Green")]),
    ("Learning Point 5\nThat proactive and routine information and intelligence sharing and "
     "joint operations are vital to combatting CSE and other forms of exploitation.",
     [("Establish an Oxford City Council interface with the Oxfordshire Multi-agency "
       "Safeguarding Hub (MASH) as a pilot scheme for other district councils and housing "
       "providers.", "Pilot scheme established", "February 2015", JO, "", "B-Blue"),
      ("Review and share this information with other district councils and housing providers in "
       "March 2015",
       "Review completed.\nEvent held to share learning with other district Councils and Housing "
       "Providers.in March", "March 2015\n19th March 2015", JO, "", "B-Blue"),
      (None, "Steering group with district council officers and housing providers established to "
       "take this work forward. ", "April  2015 \u2013June 2015", JO,
       "Representatives on Steering Group identified. Initial meeting in process of being "
       "arranged.", "G-Green"),
      (None, "Report to Oxfordshire Chief Executives meeting ", "9th June 2019", JO, "",
       "G-Green"),
      ("Review results of MASH reports on the outcomes of referrals and to challenge, via the "
       "escalation procedure if required.",
       "Attendance at MASH Operational Group meetings and audit meetings (case file audit "
       "process has been agreed and meetings are in the process of being set up by the MASH)",
       "April 2015 On-going", JO + " ",
       "There are currently some delays with receiving feedback. This is currently under review "
       "by the MASH", "A-Amber"),
      ("Ensure that protocols with the Multi-agency Safeguarding Hubs have appropriate "
       "engagement with Community Safety, Anti-Social Behaviour Investigation, Housing and other "
       "district council level services around individual cases. ",
       "Attendance at MASH Operational Group meetings ", "April 2025\nOn-going", JO, "On track",
       "G-Green"),
      ("Review the City Council approach to recoding of concerns across service areas. ",
       "To review in the light of implementation of MASH interface.", "March/June 2015", JO,
       "Reviewed as a part of the MASH Evaluation undertaken in March 2015 and on-going",
       "G-Green"),
      ("Keep Data Sharing Protocols under review",
       "To review and monitor MASH Information Sharing protocol in the light of new Government "
       "Guidance", "On-going", LEE,
       "Reviewed as a part of the MASH Evaluation undertaken in  March 2015", "Green")]),
    ("Learning Point 6\nIt is important to have effective escalation processes and strong "
     "relationships between the Oxford Community Safety Partnership and Oxfordshire "
     "Safeguarding Children Board and Oxfordshire Children\u2019s Trust Board.",
     [("The Director of Community Services to ensure that there are appropriate mechanisms for "
       "good liaison between the Oxford Community Safety Partnership, the Oxfordshire "
       "Safeguarding Children Board and Children\u2019s Trust Board.",
       "Regular reports on CSE and other emerging form of exploitation to the Community Safety "
       "Partnership and OSCB. Regular attendance at Board meetings and notes of the meetings.",
       "Feb 2015 and on-going", DANA,
       "Director of Community Services has joined the OSCB and the Oxfordshire Children\u2019s "
       "Trust Board, in his capacity of Oxford Community Safety Partnership Chair.\n\n3rd tier "
       "Children\u2019s & Adult\u2019s social care staff nominated to attend. Oxford Community "
       "Safety Partnership Executive Group.\n\nA meeting has been held between Director of "
       "Community services and the County Council Solicitor to discuss the future of "
       "Oxfordshire Community Safety Partnership, District Community Safety Partnerships and "
       "the OSCB.\nA proposal is awaited.", "G-Green"),
      ("To ensure that relevant Members and Officers are briefed on papers going to the OSCB and "
       "Children\u2019s Trust Board and any decisions made.",
       "Regular Briefings circulated prior to and following all OSCB and Children\u2019s Trust "
       "Board meetings.", "April 2015\nOn-going ", JO, "On track", "G-Green"),
      ("Ensure that any multi-agency meetings managed by Oxford City Council have clear "
       "ownership and consistency of titles.",
       "Review of inter-agency meetings as a part of the annual Section 11 Self-Assessment",
       "Oct 2015", KIM, "On Track", "G-Green"),
      ("To review and promote the use of the Escalation Procedures internally and ensure that "
       "they are clearly understood.",
       "To regularly review the use of escalation at the Named Safeguarding Officers meetings "
       "(6 monthly).", "April 2015\nOn-going", JO, "On track", "G-Green"),
      (None, "To review escalation procedures as a part of the Section 11 Self-Assessment",
       "October 2915", KIM, "On-track", "G-Green")]),
    ("Learning Point 7\nCSE is not an isolated one off event.  It is important to engage with "
     "communities to raise awareness, change perceptions and challenge behaviours",
     [("Working with the CSE sub group of the OSCB to identify an on-going, coordinated "
       "programme between the City Council, County Council and police working in communities "
       "and with young people at risk.",
       "Notes of the OSCB, CSE Subgroup meetings\n\n\n\n\n\n\n.",
       "Feb 2015 and on-going\n\n\nApril 2015", CHRIS + "\n\n\n\n" + CHRIS,
       "Initial meeting at CEO level-approach agreed in principle.\n\nDraft Terms of Reference "
       "drafted to be agreed at the inaugural meeting on 14th April 2015",
       "G-Green\n\n\n\nG-Green")]),
]

WRAP = Alignment(wrap_text=True, vertical="top")
FIRST_COL = 2  # the table starts in column B


def write_top(ws):
    ws.cell(row=1, column=FIRST_COL, value="Oxford City Council Safeguarding Action Plan 2015-16")
    ws.cell(row=1, column=FIRST_COL).font = Font(bold=True, size=14)
    ws.cell(row=2, column=FIRST_COL, value=" Including all learning points arising from:")
    ws.cell(row=3, column=FIRST_COL, value="\u00b7 The Section 11 Self-Assessment Audit")
    ws.cell(row=4, column=FIRST_COL, value="\u00b7 The Oxford Safeguarding Children Board OSCB "
            "Serious Case Review for Children A, B, C, D, E, F")
    ws.cell(row=5, column=FIRST_COL, value="\u00b7 Oxford City Council Learning and Development "
            "Action Plan following the Serious Case Review for Children A, B, C, D, E, F,")
    key = [" B-Blue Action completed", "G-Green Action on target to be met",
           "A-Amber There is a risk that the action may not be completed on time",
           "R-Red There is high risk that the action will not be completed and remedial action "
           "is required."]
    for i, text in enumerate(key):
        ws.cell(row=6 + i, column=FIRST_COL, value=text)


def write_table(ws, headers, row):
    for i, h in enumerate(headers):
        c = ws.cell(row=row, column=FIRST_COL + i, value=h)
        c.font = Font(bold=True)
        c.alignment = WRAP
    return row + 1


def write_seed(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Action Plan 2015-16"
    write_top(ws)
    row = write_table(ws, HEADERS, 11)
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
                    ws.cell(row=row, column=FIRST_COL + 2 + i, value=value)
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
    control = [("Document ", "Oxford City Council\nSafeguarding Action Plan 205-16 "),
               ("Owner ", DANA + ", Executive Director, Community Services"),
               ("Author", JO + "\nPolicy Culture and Communications"),
               ("Date last reviewed", "8th  April 2015"),
               ("Next Review Date Due ", "7th May 2015"),
               ("Version ", 2),
               ("Notes ", "Draft for  approval  at CEB Report")]
    for label, value in control:
        ws.cell(row=row, column=FIRST_COL, value=label)
        ws.cell(row=row, column=FIRST_COL + 1, value=value).alignment = WRAP
        row += 1
    row += 2
    for i, h in enumerate(["Version No. ", "Date ", "Notes "]):
        ws.cell(row=row, column=FIRST_COL + i, value=h).font = Font(bold=True)
    history = [(1, "19 March", "Circulated to " + DANA + ", " + CHRIS + ", " + SAM + " and " +
                KIM + " for comment"),
               (2, "4th April 2015", "Revised for CEB Report")]
    for version, date, notes in history:
        row += 1
        ws.cell(row=row, column=FIRST_COL, value=version)
        ws.cell(row=row, column=FIRST_COL + 1, value=date)
        ws.cell(row=row, column=FIRST_COL + 2, value=notes)
    for col, width in zip("BCDEFGH", [30, 45, 40, 16, 18, 36, 14]):
        ws.column_dimensions[col].width = width
    wb.save(path)


def write_no_action(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws["A1"] = "Safeguarding Action Plan 2015-16"
    headers = [h for h in HEADERS if h != "Action"]
    row = write_table(ws, headers, 3)
    ws.cell(row=row, column=FIRST_COL, value="Learning Point 1")
    ws.cell(row=row, column=FIRST_COL + 1, value="Named Safeguarding Officers meeting minutes.")
    ws.cell(row=row, column=FIRST_COL + 2, value="April 2015")
    wb.save(path)


if __name__ == "__main__":
    out = sys.argv[1]
    write_seed(out + "/plan-seed001.xlsx")
    write_no_action(out + "/plan-no-action-column.xlsx")
