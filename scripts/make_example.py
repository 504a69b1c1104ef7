#!/usr/bin/python3
"""Fill an evidence workbook made by `s11 new` with the Wychwood District Council example.

Usage: /usr/bin/python3 scripts/make_example.py PATH/evidence.xlsx

Wychwood District Council is fictional: every name, document, date and figure below is
invented. People appear only by role. The content is chosen so that `s11 run` shows a mix
of accurate ratings, over-claims and an under-claim (see examples/district-council/README.md).

The workbook is edited in place with openpyxl. Columns are found by their header text, so
the script survives column moves in `s11 new`. The saved file is made deterministic (fixed
zip timestamps; the document properties written by `s11 new` are kept).
"""

import datetime
import os
import sys
import tempfile
import zipfile

import openpyxl

D = datetime.datetime

# ---------------------------------------------------------------------------------------
# Evidence register. Dates: datetime -> a real Excel date cell; str -> typed as text, the
# way people type dates into a spreadsheet (s11 must accept both).
# Stale = dated before 2013-11-30 (24 months before the audit date 2015-11-30).
# Columns: id, title, type, date, owner, location, points, impact level, best practice
# ---------------------------------------------------------------------------------------
EVIDENCE = [
    ("E01", "Safeguarding Children and Vulnerable Adults Policy and Procedures v3.1, approved by the Executive Board",
     "policy", D(2015, 3, 18), "Safeguarding Coordinator",
     r"Intranet > Policies > Safeguarding > WDC-Safeguarding-Policy-v3.1.pdf", "1.1, 2.1, 3.1, 9.4", 1, "No"),
    ("E02", "Executive Board minutes: Executive Director, Communities confirmed as senior safeguarding lead",
     "minutes", D(2014, 6, 11), "Democratic Services Manager",
     "Committee papers: Executive Board 11/06/2014, item 7", "1.1, 3.3", 1, "No"),
    ("E03", "Job description: Executive Director, Communities (safeguarding lead responsibilities, section 5)",
     "other", D(2014, 5, 2), "Head of HR", "HR system: job description EDC-001", "1.1", 1, "No"),
    ("E04", "Named Safeguarding Officers Group: terms of reference, membership and work plan",
     "procedure", D(2014, 9, 15), "Safeguarding Coordinator",
     r"Intranet > Safeguarding > Named Safeguarding Officers Group", "1.2, 3.1", 1, "No"),
    ("E05", "Minutes of the Named Safeguarding Officers Group, September 2014 to September 2015 (5 meetings)",
     "minutes", D(2015, 9, 22), "Safeguarding Coordinator",
     r"S:\Safeguarding\NSOG\Minutes\2014-15", "1.2, 7.3, 10.3", 2, "No"),
    ("E06", "Designated safeguarding officers: role profile and advanced training records (HR system report)",
     "training record", D(2015, 1, 20), "Head of HR", "HR system report L&D-DSO-02", "1.2, 5.3", 1, "No"),
    ("E07", "Staff safeguarding questionnaire 2015: results for 61 front-line staff (Housing, Community Safety, Leisure, Customer Services)",
     "survey", D(2015, 7, 31), "Safeguarding Coordinator",
     r"S:\Safeguarding\Section 11\2015-16\Staff questionnaire\Results.xlsx", "1.3, 2.3, 3.2, 5.4, 7.1, 8.2, 10.6", 2, "No"),
    ("E08", "Who to contact: designated safeguarding officers by service (intranet page and reception posters)",
     "other", "12/01/2015", "Communications Manager",
     r"Intranet > Safeguarding > Who to contact", "1.3", 1, "No"),
    ("E09", "Corporate Plan 2015-19, priority 4 'Safe and healthy communities' (safeguarding targets)",
     "policy", D(2015, 2, 25), "Head of Policy and Partnerships",
     "Website: Council > Plans and strategies > Corporate Plan 2015-19", "1.4", 1, "No"),
    ("E10", "Grant agreement and contract safeguarding clauses, with the 2015 sample check of youth grant recipients",
     "audit", D(2015, 6, 30), "Grants and Commissioning Officer",
     r"S:\Commissioning\Safeguarding\Grant checks 2015.docx", "1.5, 2.6", 2, "No"),
    ("E11", "Safeguarding board and subgroup attendance record 2014-15",
     "report", D(2015, 4, 30), "Safeguarding Coordinator",
     r"S:\Safeguarding\Board\Attendance 2014-15.xlsx", "1.6, 10.4", 1, "No"),
    ("E12", "Member safeguarding briefing: slides and attendance list",
     "training record", D(2012, 10, 9), "Democratic Services Manager",
     r"S:\Democratic Services\Member development\2012\Safeguarding briefing", "1.7", 1, "No"),
    ("E13", "Councillors' induction 2015: safeguarding session attendance (38 of 42 members)",
     "training record", D(2015, 6, 4), "Democratic Services Manager",
     r"S:\Democratic Services\Member development\2015\Induction log.xlsx", "5.6", 1, "No"),
    ("E14", "Safeguarding policy document control: review log and version history (v2.0 to v3.1)",
     "report", D(2015, 3, 18), "Safeguarding Coordinator",
     "Policy v3.1, document control table, page 2", "2.2", 1, "No"),
    ("E15", "Safeguarding Children Policy v2.0 (superseded by v3.1)",
     "policy", D(2012, 4, 1), "Safeguarding Coordinator",
     r"S:\Safeguarding\Policy\Archive\WDC-Safeguarding-Policy-v2.0.pdf", "2.1, 2.2", 1, "No"),
    ("E16", "Corporate induction checklist v4 with signed safeguarding section",
     "procedure", D(2015, 4, 1), "Head of HR", "HR system: Induction > Checklist v4", "2.3, 5.1", 1, "No"),
    ("E17", "ICT acceptable use policy: online contact with children, email, text and social media",
     "policy", D(2014, 10, 1), "ICT Manager", r"Intranet > ICT > Acceptable use policy", "2.4, 12.1", 1, "No"),
    ("E18", "'Not happy? Tell us': young people's guide to making a complaint",
     "procedure", D(2014, 11, 14), "Customer Services Manager",
     "Website: Contact us > Complaints > Young people", "2.5, 11.6", 1, "No"),
    ("E19", "Summer play scheme volunteer agreement and safeguarding summary (adopted by two neighbouring districts)",
     "procedure", D(2012, 6, 20), "Leisure Development Manager",
     r"S:\Leisure\Play schemes\2012\Volunteer agreement.docx", "2.6", 2, "Yes"),
    ("E20", "Summer play scheme 2015: signed volunteer agreements (34 volunteers)",
     "other", D(2015, 7, 20), "Leisure Development Manager",
     r"S:\Leisure\Play schemes\2015\Volunteer agreements", "2.6, 6.1", 1, "No"),
    ("E21", "Safeguarding accountability diagram, policy v3.1 appendix B",
     "policy", D(2015, 3, 18), "Safeguarding Coordinator", "Policy v3.1, appendix B", "3.1", 1, "No"),
    ("E22", "Annual Safeguarding Report 2014-15 to the Executive Board",
     "report", D(2015, 7, 8), "Executive Director, Communities",
     "Committee papers: Executive Board 08/07/2015, item 9", "3.3, 10.2, 10.5", 2, "No"),
    ("E23", "Senior management team: half-year safeguarding assurance update",
     "report", "14/01/2015", "Safeguarding Coordinator",
     "SMT papers 14/01/2015, item 4", "3.3, 10.2", 1, "No"),
    ("E24", "Appraisal scheme: guidance for managers on setting a safeguarding objective",
     "procedure", D(2011, 9, 1), "Head of HR", r"Intranet > HR > Appraisal > Managers' guide 2011", "3.4", 1, "No"),
    ("E25", "Equality and safeguarding impact assessment template (safeguarding section mandatory)",
     "procedure", D(2014, 12, 1), "Head of Policy and Partnerships",
     r"Intranet > Policy > Impact assessment template", "4.1", 1, "No"),
    ("E26", "Impact assessment: re-tender of the leisure management contract (changing-room supervision)",
     "report", D(2015, 5, 12), "Leisure Development Manager",
     r"S:\Leisure\Contract 2015\Impact assessment.docx", "4.1, 4.5", 2, "No"),
    ("E27", "Riverside skate park redesign: consultation with young people, 'you said, we did'",
     "report", D(2015, 8, 28), "Parks and Open Spaces Manager",
     "Website: Consultations > Riverside skate park", "4.2", 3, "No"),
    ("E28", "Quarterly complaints report Q1 2015-16, safeguarding themes section",
     "report", D(2015, 7, 15), "Customer Services Manager",
     r"S:\Customer Services\Complaints\2015-16\Q1 report.pdf", "4.4, 11.6", 2, "No"),
    ("E29", "Letter to the board's partnership group about reduced youth centre hours, and reply",
     "other", D(2014, 9, 3), "Head of Communities",
     r"S:\Communities\Correspondence\Safeguarding board 2014", "4.5", 1, "No"),
    ("E30", "Safeguarding training needs analysis and matrix by role (board levels 1 to 3, three-year refresher)",
     "procedure", D(2014, 11, 20), "Learning and Development Officer",
     "HR system: Learning > Safeguarding training matrix", "5.2", 1, "No"),
    ("E31", "HR system report: safeguarding training completion and overdue refreshers, October 2015",
     "training record", D(2015, 10, 31), "Learning and Development Officer",
     "HR system report SG-TR-07", "5.1, 5.3, 10.2", 1, "No"),
    ("E32", "Six-month training impact follow-up: managers' checklist and results, presented to the board's training subgroup",
     "report", D(2015, 9, 30), "Learning and Development Officer",
     r"S:\HR\Learning\Safeguarding\Impact follow-up 2015.pdf", "5.4, 5.5", 4, "Yes"),
    ("E33", "New starters April to September 2015: safeguarding e-learning completed within four weeks (97%)",
     "training record", D(2015, 10, 5), "Learning and Development Officer",
     "HR system report SG-TR-03", "5.1", 1, "No"),
    ("E34", "Safer recruitment policy (all posts with access to children, including volunteers and casual staff)",
     "policy", D(2014, 7, 1), "Head of HR", r"Intranet > HR > Recruitment > Safer recruitment policy", "6.1, 6.2, 6.3", 1, "No"),
    ("E35", "DBS check audit 2015: check level by post, renewals, sample of 40 personnel files",
     "audit", "15/09/2015", "HR Business Partner", r"S:\HR\DBS\Audit 2015.xlsx", "6.2, 6.6", 2, "No"),
    ("E36", "Recruitment file sample check: references and gaps in employment history",
     "audit", D(2015, 2, 27), "HR Business Partner", r"S:\HR\Recruitment\Sample check Feb 2015.docx", "6.3", 2, "No"),
    ("E37", "Central DBS record: data protection review of the HR system DBS module",
     "report", D(2015, 5, 19), "Information Governance Officer", "HR system: DBS module; IG review note IG-2015-11", "6.6, 8.4", 1, "No"),
    ("E38", "Making a referral: MASH front door and thresholds quick guide",
     "procedure", D(2014, 10, 20), "Safeguarding Coordinator",
     r"Intranet > Safeguarding > Making a referral", "7.1", 1, "No"),
    ("E39", "Attendance at child protection conferences and strategy meetings 2014-15 (Housing, Anti-Social Behaviour)",
     "report", D(2015, 6, 30), "Housing Needs Manager",
     r"S:\Housing\Safeguarding\Conference log 2014-15.xlsx", "7.3", 2, "No"),
    ("E40", "Early help: team-around-the-family participation log (Housing and Community Safety)",
     "report", D(2015, 3, 31), "Community Safety Manager",
     r"S:\Community Safety\Early help\TAF log 2014-15.xlsx", "7.4", 2, "No"),
    ("E41", "Safeguarding referral log with MASH outcome feedback 2014-15 (restricted)",
     "outcome data", D(2015, 4, 30), "Safeguarding Coordinator",
     r"S:\Safeguarding\Referrals\Restricted\Referral log 2014-15.xlsx", "7.5, 8.3", 3, "No"),
    ("E42", "Resolving professional differences (escalation) procedure: team briefing notes",
     "other", D(2013, 5, 14), "Safeguarding Coordinator",
     r"S:\Safeguarding\Briefings\2013\Escalation briefing.docx", "7.2", 1, "No"),
    ("E43", "MASH information sharing and data protection protocol, signed by the Chief Executive",
     "procedure", D(2014, 11, 3), "Information Governance Officer",
     r"S:\Information Governance\Protocols\MASH ISP signed.pdf", "8.1, 8.4", 1, "No"),
    ("E44", "MASH interface pilot: evaluation and learning event with district councils and housing providers",
     "report", D(2015, 3, 19), "Policy and Partnership Development Manager",
     r"S:\Safeguarding\MASH pilot\Evaluation and learning event.pdf", "7.1, 8.1, 8.2", 4, "Yes"),
    ("E45", "Sharing information without consent to protect a child: guidance and advice contacts",
     "procedure", D(2015, 1, 12), "Information Governance Officer",
     r"Intranet > Information governance > Sharing to protect a child", "8.2", 1, "No"),
    ("E46", "Case file review: records of safeguarding concerns in Housing and Customer Services (20 files)",
     "case file review", D(2015, 6, 15), "Safeguarding Coordinator",
     r"S:\Safeguarding\Case file review\2015 review.docx", "8.3, 10.1", 3, "No"),
    ("E47", "Log of data returns to the safeguarding board (audits, case review requests, performance data)",
     "report", D(2015, 10, 14), "Safeguarding Coordinator",
     r"S:\Safeguarding\Board\Returns log.xlsx", "8.5, 10.4", 1, "No"),
    ("E48", "Interpreting and translation service: contract and usage report 2014-15",
     "report", D(2015, 4, 22), "Customer Services Manager",
     r"S:\Customer Services\Interpreting\Usage 2014-15.pdf", "9.1", 1, "No"),
    ("E49", "Honour-based violence and forced marriage awareness session: attendance record",
     "training record", D(2012, 11, 22), "Community Safety Manager",
     r"S:\Community Safety\Training\2012\HBV session attendance.xlsx", "9.2", 2, "No"),
    ("E50", "Section 11 action plan 2014-15: progress update (action status key B/G/A/R)",
     "report", D(2015, 5, 14), "Safeguarding Coordinator",
     "Committee papers: Executive Board 14/05/2015, item 6", "10.3, 10.5", 1, "No"),
    ("E51", "Serious case review learning and action plan: implementation tracker",
     "report", "26/02/2015", "Policy and Partnership Development Manager",
     r"S:\Safeguarding\Case reviews\SCR action tracker.xlsx", "10.3", 2, "No"),
    ("E52", "Section 11 peer challenge, December 2013: feedback letter from the board",
     "other", D(2013, 12, 9), "Executive Director, Communities",
     r"S:\Safeguarding\Section 11\2013-14\Peer challenge feedback.pdf", "10.4", 1, "No"),
    ("E53", "Managing allegations against staff and volunteers procedure (referral to the LADO, named senior manager)",
     "procedure", D(2014, 8, 18), "Head of HR", r"Intranet > HR > Allegations procedure", "11.1, 11.2", 1, "No"),
    ("E54", "LADO referral log and outcomes 2013-15, including DBS barring referrals (restricted)",
     "outcome data", D(2015, 9, 30), "Head of HR", r"S:\HR\Allegations\Restricted\LADO log.xlsx", "11.2, 11.5", 3, "No"),
    ("E55", "Whistleblowing policy",
     "policy", D(2013, 6, 1), "Monitoring Officer", r"Intranet > Governance > Whistleblowing policy", "11.4", 1, "No"),
    ("E56", "'Speak up' campaign: team brief and intranet news on raising a concern about a colleague",
     "other", "03/11/2015", "Monitoring Officer", r"Intranet > News > 3 November 2015", "11.3, 11.4", 2, "No"),
    ("E57", "Employee code of conduct, safe working practice appendix, and 2015 staff e-declarations",
     "policy", D(2015, 1, 5), "Head of HR", r"Intranet > HR > Code of conduct", "12.1", 1, "No"),
    ("E58", "Lone working policy and procedure (home visits; what to do if a child may be at risk)",
     "policy", D(2014, 3, 10), "Health and Safety Manager", r"Intranet > Health and safety > Lone working", "12.2", 1, "No"),
    ("E59", "Supervision policy and sample of supervision records in Housing Needs",
     "audit", D(2015, 8, 12), "Housing Needs Manager", r"S:\Housing\Supervision\Sample 2015.docx", "12.3", 2, "No"),
    ("E60", "Safeguarding risk assessments: leisure centres and summer events 2015",
     "audit", D(2015, 6, 1), "Leisure Development Manager", r"S:\Leisure\Risk assessments\2015", "12.4", 1, "No"),
]

# ---------------------------------------------------------------------------------------
# Self-assessment: status per point (default Met), justification, comments.
# ---------------------------------------------------------------------------------------
STATUS = {
    "4.2": "Partly met",
    "4.3": "Not met",
    "6.5": "Not applicable",
    "9.3": "Not applicable",
    "10.1": "Partly met",
    "11.3": "Not met",
    "12.3": "Partly met",
    "12.5": "Not applicable",
}

JUSTIFICATION = {
    "6.5": "The council uses no agency, contract or casual workers in posts with access to children: "
           "leisure centres and play schemes are staffed by council employees and checked volunteers (see 6.1).",
    "9.3": "The council makes about 15 safeguarding referrals a year; analysed by protected characteristic the "
           "groups would identify individual children. The MASH analyses referral data county-wide and shares it with us.",
    "12.5": "The council provides no public Wi-Fi, apps or online services for children; the website is "
            "information only. Staff use of IT is covered by the acceptable use policy (2.4).",
}

COMMENTS = {
    "1.7": "All members were briefed in 2012; the 2015 induction session is recorded under 5.6.",
    "3.4": "Managers set a safeguarding objective at appraisal; the 2015 appraisal guidance is being rewritten.",
    "3.5": "The contracts register is being rebuilt in the new procurement system; contract managers are named there.",
    "4.2": "Young people shaped the skate park redesign; no other service change in 2015 asked children's views.",
    "4.3": "No consultation this year reached disabled children or minority communities. Action for 2016-17.",
    "6.2": "The DBS renewal backlog found in 2013 has been cleared (see the 2015 DBS check audit).",
    "6.4": "Panel chairs are trained in safer recruitment; certificates are held by service managers, not yet collected.",
    "7.2": "Escalation procedure briefed to teams in 2013; to be repeated with the new board procedure.",
    "9.2": "HBV and forced marriage session held for Community Safety; we consider it still current.",
    "10.1": "The Named Safeguarding Officers Group ran its first case file review in June 2015; a rolling programme is being agreed.",
    "11.3": "The 2015 staff questionnaire found 41% of staff did not know how to raise a concern about a colleague. "
            "'Speak up' campaign started November 2015.",
    "12.3": "Supervision covering safeguarding is in place in Housing Needs only; Leisure and Customer Services to follow.",
}

AGENCY_RATING = {
    "1": "Green",    # accurate: all met, 6 of 7 points evidenced (1.7 only stale)
    "2": "Blue",     # over-claim: the only best-practice example (E19) is from 2012, stale
    "3": "Green",    # over-claim: 3.4 only stale evidence, 3.5 none -> 60% evidenced -> Amber
    "4": "Amber",    # accurate: 3 of 5 met
    "5": "Blue",     # accurate: all met and evidenced, current best practice (E32)
    "6": "Amber",    # under-claim: all applicable met, 4 of 5 evidenced -> Green
    "7": "Green",    # accurate: all met, 4 of 5 evidenced (7.2 only stale)
    "8": "Blue",     # accurate: all met and evidenced, current best practice (E44)
    "9": "Green",    # over-claim: 9.2 only stale evidence -> 2 of 3 evidenced -> Amber
    "10": "Amber",   # accurate: 10.1 partly met
    "11": "Green",   # over-claim: 11.3 Not met -> Amber
    "12": "Amber",   # accurate: 12.3 partly met
}
OVERALL_RATING = "Green"  # over-claim: 5 applicable points not fully met -> Amber


def find_header(ws, first_header):
    for row in range(1, 21):
        values = [ws.cell(row, c).value for c in range(1, ws.max_column + 1)]
        if first_header in values:
            return row, {v: i + 1 for i, v in enumerate(values) if isinstance(v, str)}
    raise SystemExit(f"{ws.title}: no header row with {first_header!r}")


def fill_self_assessment(ws):
    header_row, col = find_header(ws, "Point")
    c_std, c_point = col["Standard"], col["Point"]
    c_status, c_rating = col["Status"], col["Agency rating"]
    c_just = next(i for h, i in col.items() if h.startswith("Justification"))
    c_comm = col["Comments"]
    seen_points, seen_standards = set(), set()
    overall = False
    for row in range(header_row + 1, ws.max_row + 1):
        std = ws.cell(row, c_std).value
        point = ws.cell(row, c_point).value
        std = str(std).strip() if std is not None else ""
        point = str(point).strip() if point is not None else ""
        if point:
            ws.cell(row, c_status).value = STATUS.get(point, "Met")
            if point in JUSTIFICATION:
                ws.cell(row, c_just).value = JUSTIFICATION[point]
            if point in COMMENTS:
                ws.cell(row, c_comm).value = COMMENTS[point]
            seen_points.add(point)
        elif std == "Overall":
            ws.cell(row, c_rating).value = OVERALL_RATING
            overall = True
        elif std:
            ws.cell(row, c_rating).value = AGENCY_RATING[std]
            seen_standards.add(std)
    missing = (set(STATUS) | set(JUSTIFICATION) | set(COMMENTS)) - seen_points
    if missing or seen_standards != set(AGENCY_RATING) or not overall:
        raise SystemExit(f"workbook does not match the example's framework: missing {sorted(missing)}")


def fill_register(ws):
    header_row, col = find_header(ws, "Evidence ID")
    order = ["Evidence ID", "Title", "Type", "Date", "Owner", "Location or link",
             "Points supported", "Impact level", "Best-practice example"]
    for i, item in enumerate(EVIDENCE):
        row = header_row + 1 + i
        for header, value in zip(order, item):
            cell = ws.cell(row, col[header])
            cell.value = value
            if header == "Date" and isinstance(value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy"


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
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private
    os.replace(tmp, path)


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    path = sys.argv[1]
    wb = openpyxl.load_workbook(path)
    fill_self_assessment(wb["Self-assessment"])
    fill_register(wb["Evidence"])
    wb.save(path)
    normalise_zip(path)


if __name__ == "__main__":
    main()
