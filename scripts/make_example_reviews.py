#!/usr/bin/python3
"""Make the example's two reviewer workbooks and the malformed review fixtures.

Usage: /usr/bin/python3 scripts/make_example_reviews.py [path/to/s11]

1. Copies examples/district-council (without reviews/) to a temporary directory and runs
   `s11 review` on it twice: "Peer reviewer - Thornbury Health Trust" (role peer) and
   "Independent reviewer" (role independent).
2. Fills both with openpyxl (columns and rows found by header text and ids, as s11 reads
   them). The independent reviewer's workbook is then opened and re-saved by LibreOffice
   Calc, so a LibreOffice-edited review workbook is read back by the tests.
3. Writes them to examples/district-council/reviews/, and malformed variants of the peer
   workbook to tests/data/reviews/ (bad-level, bad-standard, bad-rating, bad-many, and
   blank-rating, which is read with a warning).

Everything here is fictional: Wychwood District Council, the Thornbury Health Trust and
every judgement. Reviewers appear only by role. The reviewers disagree on the moderated
ratings of standards 5 and 9, and on impact levels for standards 3, 7 and 9 and the
partnership area; both moderate the over-claims of standards 2, 3 and 11 down.
Needs /usr/bin/python3 with openpyxl (Debian: python3-openpyxl) and LibreOffice Calc.
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "examples", "district-council")
FIXTURES = os.path.join(ROOT, "tests", "data", "reviews")

PEER = "Peer reviewer - Thornbury Health Trust"
INDEPENDENT = "Independent reviewer"

# (level, rating, rationale, recommendation) by standard id, or by area id (rating None).
PEER_JUDGEMENTS = {
    "leadership": (2, None,
                   "There is clear ambition from the top of the organisation, and the Named "
                   "Safeguarding Officers Group is well established. Reports to the Executive "
                   "Board are annual rather than systematic. In relation to the impact model, "
                   "the council is operating at level 2 in this area of its work.",
                   "Establish regular 'safeguarding assurance' reporting to the senior "
                   "management team and members."),
    "1": (2, "Green",
          "The senior lead is named and known; staff we spoke with could say who leads on "
          "safeguarding.", ""),
    "3": (1, "Amber",
          "The accountability diagram exists, but the line of accountability to the Executive "
          "Director is assumed rather than explicit. Green is not supported by the evidence.",
          "Establish a single line of accountability, supported by regular and systematic "
          "reporting, at Executive Director level."),
    "10": (2, "Amber",
           "The case file review is a good start; monitoring is not yet regular.",
           "Develop a range of methods for monitoring the impact of policy and procedures."),
    "partnership": (3, None,
                    "The contribution to the MASH is highly valued by partners, and the pilot "
                    "has been shared with other districts. There is clear evidence of level 3 "
                    "in key areas.",
                    "Initiate discussion with the board about alignment of services with the "
                    "early help hubs."),
    "4": (2, "Amber",
          "The skate park consultation shows children's views shaping a service; it is one "
          "example rather than the rule.", ""),
    "7": (2, "Green",
          "Staff report that they know how and when to make a referral, and this is "
          "confirmed within written procedures.", ""),
    "9": (2, "Green",
          "Staff spoken with referred to specific awareness of diversity issues, for example "
          "honour-based violence. We accept the agency's rating.", ""),
    "workforce": (2, None,
                  "Training delivery is comprehensive and recruitment checks comply with "
                  "statutory requirements. In relation to the impact model, the council is "
                  "operating at level 2 in this area of its work.",
                  "Build on established good practice to integrate safeguarding fully into "
                  "induction, appraisal and supervision."),
    "5": (2, "Blue",
          "The training impact follow-up presented to the board's training subgroup is an "
          "example of best practice to share with others.", ""),
    "6": (2, "Green",
          "The DBS check audit is thorough; the agency under-rates itself here.", ""),
    "11": (2, "Amber",
           "There appears to be low awareness amongst staff of when and how to act on a "
           "concern about a colleague; only 59% of staff knew how.",
           "With the assistance of the county LADO, review and strengthen the approach to "
           "raising concerns and managing allegations against staff."),
    "policies": (2, None,
                 "The safeguarding policy is comprehensive, regularly reviewed and accessible "
                 "to all staff on the intranet.",
                 "Refresh the information sharing protocols within the council and with the "
                 "county council."),
    "2": (2, "Green",
          "The statement of responsibilities is clear and available to all staff. There is no "
          "example of best practice to share, so Blue is not supported.", ""),
    "8": (3, "Blue",
          "The MASH information sharing protocol is used in practice and its outcomes are "
          "recorded.", ""),
    "12": (2, "Amber",
           "Staff in Leisure Services referred to a lone working policy; its link to the "
           "safeguarding policy is unclear.", ""),
}

INDEPENDENT_JUDGEMENTS = {
    "leadership": (2, None,
                   "Leadership for the safeguarding agenda is held largely by the Safeguarding "
                   "Coordinator; this is probably not sustainable unless more distributed "
                   "leadership is established. The council is operating at level 2 in this "
                   "area of its work.",
                   "Develop the leadership role of the Named Safeguarding Officers Group, to "
                   "include terms of reference and a workplan which supports corporate "
                   "safeguarding priorities."),
    "1": (2, "Green", "Senior commitment is visible in the Corporate Plan and in practice.", ""),
    "3": (2, "Amber",
          "Heads of service are clear about their roles, but the Executive and senior "
          "management team do not receive systematic reports on safeguarding.",
          "Establish a system of regular safeguarding assurance reporting throughout the "
          "organisation, including at member and executive director level."),
    "10": (2, "Amber",
           "Interviews indicated only limited quality assurance and evaluation of impact. "
           "This is a key area for development.",
           "Develop a range of methods for assessing the impact of activity on outcomes for "
           "children and families."),
    "partnership": (2, None,
                    "The council is consistently operating at level 2 in this area, with "
                    "clear evidence that it is achieving level 3 in key areas (the MASH "
                    "pilot, the referral log with outcomes).",
                    "Review referral processes to ensure that all staff are aware of current "
                    "procedures and thresholds for services."),
    "4": (2, "Amber", "Impact assessments include safeguarding; their use is uneven.", ""),
    "7": (3, "Green",
          "The referral log with MASH outcomes shows a measurable impact on outcomes for some "
          "vulnerable children.", ""),
    "9": (1, "Amber",
          "Awareness of diversity issues rests on individual staff; the policy commitment is "
          "not yet reflected in evidence from practice. Green is not supported.",
          "Gather evidence of how diversity is addressed in safeguarding practice, for "
          "example through the next staff questionnaire."),
    "workforce": (2, None,
                  "Whilst training delivery is comprehensive, there is not yet a system in "
                  "place which demonstrates the impact of training on practice across the "
                  "council.",
                  "Develop, with the assistance of the board, a range of methods for "
                  "assessing and demonstrating the impact of training on safeguarding "
                  "practice."),
    "5": (2, "Green",
          "The follow-up of training impact covers one service; it is a promising start but "
          "not yet embedded practice to share.", ""),
    "6": (2, "Green", "Recruitment processes comply with statutory and good practice requirements.", ""),
    "11": (2, "Amber",
           "This combination of low reporting and low awareness might indicate an area of "
           "potential risk where a more proactive approach would be beneficial.",
           "Seek advice from the county LADO in promoting this area and assuring safety."),
    "policies": (2, None,
                 "Policies are in place and understood; the process for recording concerns is "
                 "neither understood nor followed systematically.",
                 "Review the approach to recording concerns and making referrals, with a view "
                 "to using a single, streamlined system."),
    "2": (2, "Green", "A clear statement of responsibilities is available for all staff.", ""),
    "8": (3, "Blue",
          "Information sharing with the MASH is well established and shared with other "
          "districts.", ""),
    "12": (2, "Amber", "Safe working practices are referred to but not consistently applied.", ""),
}


def header_columns(ws):
    """(header row, {header text: column}) of the Review table."""
    for row in ws.iter_rows(min_row=1, max_row=20):
        texts = {str(c.value).strip(): c.column for c in row if c.value is not None}
        if "Standard" in texts:
            return row[0].row, texts
    raise SystemExit("no header row with a Standard column")


def label_cell(ws, label):
    for row in ws.iter_rows(min_row=1, max_row=10):
        for c in row:
            if c.value == label:
                return ws.cell(row=c.row, column=c.column + 1)
    raise SystemExit("no label " + label)


def fill(path, judgements, date):
    wb = openpyxl.load_workbook(path)
    ws = wb["Review"]
    cell = label_cell(ws, "Date")
    cell.value = date
    if isinstance(date, datetime.datetime):
        cell.number_format = "dd/mm/yyyy"
    header_row, cols = header_columns(ws)
    for r in range(header_row + 1, ws.max_row + 1):
        standard = ws.cell(row=r, column=cols["Standard"]).value
        area = ws.cell(row=r, column=cols["Area"]).value
        key = str(standard) if standard else area
        if key not in judgements:
            continue
        level, rating, rationale, recommendation = judgements[key]
        ws.cell(row=r, column=cols["Reviewer impact level"]).value = level
        if rating:
            ws.cell(row=r, column=cols["Moderated rating"]).value = rating
        ws.cell(row=r, column=cols["Rationale"]).value = rationale or None
        ws.cell(row=r, column=cols["Recommendation"]).value = recommendation or None
    wb.properties.modified = wb.properties.created
    wb.save(path)


def row_of(ws, key):
    header_row, cols = header_columns(ws)
    for r in range(header_row + 1, ws.max_row + 1):
        standard = ws.cell(row=r, column=cols["Standard"]).value
        area = ws.cell(row=r, column=cols["Area"]).value
        if (str(standard) if standard else area) == key:
            return r
    raise SystemExit("no row for " + key)


def malformed(source, name, edits):
    """A copy of `source` with `edits` [(row key, header, value)], saved as tests/data/reviews/NAME."""
    wb = openpyxl.load_workbook(source)
    ws = wb["Review"]
    _, cols = header_columns(ws)
    for key, header, value in edits:
        if key is None:
            label_cell(ws, header).value = value
        else:
            ws.cell(row=row_of(ws, key), column=cols[header]).value = value
    wb.properties.modified = wb.properties.created
    out = os.path.join(FIXTURES, name)
    wb.save(out)
    normalise_zip(out)


def normalise_zip(path):
    """Rewrite the xlsx with fixed timestamps so that the same input gives the same bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    os.replace(tmp, path)
    os.chmod(path, 0o644)


def main():
    s11 = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "s11")
    tmp = tempfile.mkdtemp()
    try:
        audit = os.path.join(tmp, "audit")
        shutil.copytree(EXAMPLE, audit, ignore=shutil.ignore_patterns("reviews", "out"))
        for name, role in ((PEER, "peer"), (INDEPENDENT, "independent")):
            subprocess.run([s11, "review", audit, "--reviewer", name, "--role", role],
                           check=True, stdout=subprocess.DEVNULL)
        reviews = os.path.join(audit, "reviews")
        peer = os.path.join(reviews, PEER + ".xlsx")
        independent = os.path.join(reviews, INDEPENDENT + ".xlsx")
        fill(peer, PEER_JUDGEMENTS, datetime.datetime(2016, 1, 20))
        normalise_zip(peer)
        # The independent reviewer types the date as text, then saves in LibreOffice Calc.
        fill(independent, INDEPENDENT_JUDGEMENTS, "10/02/2016")
        lo_out = os.path.join(tmp, "lo")
        subprocess.run(["libreoffice", "-env:UserInstallation=file://" + tmp + "/lo-profile",
                        "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir",
                        lo_out, independent], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        saved = os.path.join(lo_out, INDEPENDENT + ".xlsx")
        if not os.path.getsize(saved):
            raise SystemExit("LibreOffice did not save the independent review")
        normalise_zip(saved)

        target = os.path.join(EXAMPLE, "reviews")
        os.makedirs(target, exist_ok=True)
        shutil.copyfile(peer, os.path.join(target, PEER + ".xlsx"))
        shutil.copyfile(saved, os.path.join(target, INDEPENDENT + ".xlsx"))

        os.makedirs(FIXTURES, exist_ok=True)
        malformed(peer, "bad-level.xlsx", [("3", "Reviewer impact level", 5)])
        malformed(peer, "bad-standard.xlsx", [("12", "Standard", "13")])
        malformed(peer, "bad-rating.xlsx", [("9", "Moderated rating", "Purple")])
        malformed(peer, "bad-many.xlsx", [
            (None, "Role", "observer"),
            ("workforce", "Moderated rating", "Green"),
            ("partnership", "Reviewer impact level", "high"),
            ("policies", "Area", "governance"),
        ])
        # Not malformed, but warned: standard 9 left unrated; the date typed as a month.
        malformed(peer, "blank-rating.xlsx", [("9", "Moderated rating", None),
                                              (None, "Date", "Jan-16")])
        print("Wrote " + target + "/ (2 reviews) and " + FIXTURES + "/ (5 review fixtures)")
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
