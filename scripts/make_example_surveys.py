#!/usr/bin/python3
"""Writes the staff questionnaire exports of the example audit (examples/district-council/).

Wychwood District Council (fictional) ran the OSCB staff questionnaire
(questionnaires/oscb-staff.xml, q01..q12) in October and November 2015, each service with the
survey tool it had to hand, so the example holds one export in each format s11 reads, laid out
by the same rules as the test fixtures (tests/data/questionnaires/make_survey_fixtures.py):

  housing-surveymonkey.csv          Housing (12)           SurveyMonkey CSV: BOM, CRLF, two
                                                           header rows, a matrix and an
                                                           expanded question, personal columns
  customer-services-surveymonkey.xlsx  Customer services (10)  SurveyMonkey XLSX, same layout
  leisure-msforms.xlsx              Leisure (14)           Microsoft Forms XLSX
  community-safety-googleforms.csv  Community safety (4)   Google Forms CSV (LF line ends)
  parks-play-generic.csv            Parks and play (9)     a spreadsheet kept by hand, saved
                                                           as CSV with ';' (UK Excel, CRLF)

49 respondents; Community safety has 4, so its figures are suppressed in the breakdowns.
Answers are fixed by the tables below (no randomness), so the files are byte-for-byte
reproducible. Every name, email and IP address is invented (IPs from the 192.0.2.0/24
documentation range, emails at example.org).

Usage: /usr/bin/python3 scripts/make_example_surveys.py [OUTDIR]
       (default examples/district-council/surveys; needs openpyxl: Debian python3-openpyxl)
"""

import datetime
import os
import zipfile
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
QUESTIONNAIRE = os.path.join(ROOT, "questionnaires", "oscb-staff.xml")

tree = ET.parse(QUESTIONNAIRE)
QUESTIONS = [(q.get("id"), q.get("scale"), q.find("text").text) for q in tree.getroot().iter("question")]
SCALES = {s.get("id"): [a.get("label") for a in s.iter("answer")] for s in tree.getroot().iter("scale")}
QIDS = [q[0] for q in QUESTIONS]
COMMENT_HEADER = "Any other comments about safeguarding in your service?"

# ---------------------------------------------------------------------------------------------
# Respondents per service: (service area, file, invented first names, roles in order).
SERVICES = [
    ("Housing", "housing-surveymonkey.csv",
     ["Aled", "Bronwen", "Caradog", "Delyth", "Emrys", "Fenella", "Gethin", "Heledd", "Iolo",
      "Jenna", "Kemal", "Lleucu"],
     ["Manager", "Manager", "Front-line staff", "Front-line staff", "Front-line staff",
      "Front-line staff", "Front-line staff", "Front-line staff", "Front-line staff",
      "Support staff", "Support staff", "Front-line staff"]),
    ("Customer services", "customer-services-surveymonkey.xlsx",
     ["Marisol", "Niamh", "Oskar", "Perpetua", "Quillon", "Roisin", "Saoirse", "Tobiah",
      "Ursel", "Vilja"],
     ["Manager", "Front-line staff", "Front-line staff", "Front-line staff", "Front-line staff",
      "Front-line staff", "Support staff", "Support staff", "Front-line staff",
      "Front-line staff"]),
    ("Leisure", "leisure-msforms.xlsx",
     ["Wilhelmina", "Xanthe", "Yestin", "Zebedee", "Amabel", "Benedek", "Cosima", "Dashiell",
      "Elowen", "Fitzroy", "Gwendolen", "Hamish", "Isolde", "Jasper"],
     ["Manager", "Manager", "Front-line staff", "Front-line staff", "Front-line staff",
      "Front-line staff", "Front-line staff", "Front-line staff", "Front-line staff",
      "Front-line staff", "Support staff", "Front-line staff", "Front-line staff",
      "Front-line staff"]),
    ("Community safety", "community-safety-googleforms.csv",
     ["Kerensa", "Lorcan", "Mabyn", "Nectan"],
     ["Manager", "Front-line staff", "Front-line staff", "Front-line staff"]),
    ("Parks and play", "parks-play-generic.csv",
     ["Ottoline", "Piran", "Rozenn", "Senara", "Tamsin", "Ulick", "Veryan", "Wystan", "Yseult"],
     ["Manager", "Front-line staff", "Front-line staff", "Volunteer", "Volunteer", "Volunteer",
      "Volunteer", "Front-line staff", "Support staff"]),
]
SURNAMES = ["Brackenridge", "Cowlishaw", "Dunnage", "Fairweather", "Gorringe", "Hathersage",
            "Inchbold", "Kettleborough", "Loveridge", "Marchbank", "Nettlefold", "Pennington",
            "Quarrendon", "Rookwood", "Shillitoe", "Thistlewood", "Umfreville"]

# Per question and service: the answers in respondent order, as letters (one string per
# service, in SERVICES order). Letters: agree scales S=Strongly agree A=Agree N=Neither
# D=Disagree X=Strongly disagree K=Don't know Z=Not applicable; yes-no-unsure Y N U;
# frequency L=Always O=Often M=Sometimes R=Rarely V=Never Z=Not applicable; '-' = left blank.
# Housing 12, Customer services 10, Leisure 14, Community safety 4, Parks and play 9.
ANSWERS = {
    #       Housing        Cust. services  Leisure          Comm. safety  Parks and play
    "q01": ["YYYYYYYYYYYY", "YYYYYYYYYU", "YYYYYYYYYYYYNY", "YYYY", "YYYYYYYUY"],
    "q02": ["YYYYYYYYYYYU", "YYYYYYYYYY", "YYYYYYYYYYUYYY", "YYYY", "YYYYYUYYY"],
    "q03": ["YYYYYYYYYYYY", "YYYYYUYYYY", "YYYYYYYYYYYYUY", "YYYY", "YYYYYYUYY"],
    "q04": ["SSAAAAAAAASA", "SAAAAAANAA", "SSAAAAAAAANAAA", "SSAA", "SAAANAAAA"],
    "q05": ["SAAAAAANAAAA", "SAAAAAAAND", "SSAAAAAAAAAAAN", "SSSA", "SAAAAANAA"],
    "q06": ["SSAAAAAAAAAA", "SAAAAANAAA", "SAAAAAAAAAANAA", "SSSA", "SAAANAADA"],
    "q07": ["SAANAADNAANN", "AANDNAADKA", "SAANADNAANDNAA", "SSAA", "AANDNNAAD"],
    "q08": ["SAAAAAAAAANA", "SAAAAAAAAN", "SAAAAAAAAAAAAN", "SSSA", "SAAAAAAAA"],
    "q09": ["YYUYYNYUYYUY", "YUYNYUYUYY", "YUUYYUYNUYUYYY", "YYYY", "YUNUYUNUY"],
    "q10": ["LOOOMOOLOMOR", "OOMMOORMOO", "LOOMOMOOOOMOOM", "LLOO", "OOMZZZMOO"],
    "q11": ["SAAAAAADAAAA", "AAAADAAAAA", "SAAAAADAAAAAAA", "SAAA", "SAADADAAZ"],
    "q12": ["SAANAADANAAA", "SAANAAADAD", "SAAANAANADAAAA", "SSAA", "SANAAN-AA"],
}
LETTERS = {
    "agree-5": {"S": "Strongly agree", "A": "Agree", "N": "Neither agree nor disagree",
                "D": "Disagree", "X": "Strongly disagree", "K": "Don't know",
                "Z": "Not applicable"},
    "agree-4": {"S": "Strongly agree", "A": "Agree", "D": "Disagree", "X": "Strongly disagree",
                "Z": "Not applicable"},
    "yes-no-unsure": {"Y": "Yes", "N": "No", "U": "Unsure"},
    "frequency": {"L": "Always", "O": "Often", "M": "Sometimes", "R": "Rarely", "V": "Never",
                  "Z": "Not applicable"},
}

# Free-text comments (respondent index within its service -> text). Invented; one in the
# Housing export spans several lines and holds quotes and commas.
COMMENTS = {
    "Housing": {
        2: "I know the \"Keeping Children Safe\" procedure, but I have never been told what to do\n"
           "if the MASH and I disagree about a family.\r\nWho do I go to, the Safeguarding "
           "Coordinator or my manager?",
        6: "Good refresher training this year.",
    },
    "Customer services": {4: "Reception staff would like a short guide on what to do when a child "
                             "turns up alone at the counter."},
    "Leisure": {7: "Not sure what the escalation process is - never had to use it.",
                12: "The lifeguard team had the new training in September, it was useful."},
    "Community safety": {},
    "Parks and play": {3: "Volunteer induction covered safeguarding well; supervision is less "
                          "regular over the summer."},
}

# Completion times: each service's survey window, a respondent every day or two.
WINDOWS = {
    "Housing": datetime.datetime(2015, 10, 5, 9, 12, 40),
    "Customer services": datetime.datetime(2015, 10, 12, 11, 3, 5),
    "Leisure": datetime.datetime(2015, 10, 19, 7, 45, 31),
    "Community safety": datetime.datetime(2015, 11, 2, 14, 20, 0),
    "Parks and play": datetime.datetime(2015, 11, 9, 10, 0, 0),
}

# SurveyMonkey groups (as the fixtures): a matrix of agreement items and one expanded question.
MATRIX = "To what extent do you agree with each statement?"
MATRIX_IDS = {"q04", "q05", "q06", "q07", "q08", "q12"}
EXPANDED_ID = "q10"


def respondents(service):
    area, _file, firsts, roles = next(s for s in SERVICES if s[0] == service)
    offset = sum(len(s[2]) for s in SERVICES[:[s[0] for s in SERVICES].index(service)])
    people = []
    for i, (first, role) in enumerate(zip(firsts, roles)):
        last = SURNAMES[(offset + i) % len(SURNAMES)]
        answers = []
        for qid, scale, _text in QUESTIONS:
            letter = ANSWERS[qid][[s[0] for s in SERVICES].index(service)][i]
            answers.append("" if letter == "-" else LETTERS[scale][letter])
        completed = WINDOWS[service] + datetime.timedelta(days=(i * 3) // 2, hours=i % 5,
                                                          minutes=(i * 17) % 60, seconds=(i * 23) % 60)
        people.append({
            "n": offset + i,
            "first": first,
            "last": last,
            "name": f"{first} {last}",
            "email": f"{first.lower()}.{last.lower()}@wychwood.example.org",
            "area": area,
            "role": role,
            "answers": answers,
            "completed": completed,
            "minutes": 6 + (i * 5) % 9,
            "comment": COMMENTS[area].get(i, ""),
        })
    return people


def qtext(qid):
    return next(q[2] for q in QUESTIONS if q[0] == qid)


def surveymonkey_rows(people, collector):
    top = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
           "First Name", "Last Name", "Custom Data 1", "Service area", "Role"]
    sub = ["", "", "", "", "", "", "", "", "", "Response", "Response"]
    cols = []
    first_matrix = True
    for qid, scale, text in QUESTIONS:
        if qid in MATRIX_IDS:
            top.append(MATRIX if first_matrix else "")
            first_matrix = False
            sub.append(text)
            cols.append(("single", qid, None))
        elif qid == EXPANDED_ID:
            for n, option in enumerate(SCALES[scale]):
                top.append(text if n == 0 else "")
                sub.append(option)
                cols.append(("option", qid, option))
        else:
            top.append(text)
            sub.append("Response")
            cols.append(("single", qid, None))
    top.append(COMMENT_HEADER)
    sub.append("Open-Ended Response")
    rows = [top, sub]
    for r in people:
        start = r["completed"] - datetime.timedelta(minutes=r["minutes"])
        row = [str(4210337810 + r["n"] * 37), collector, start.strftime("%m/%d/%Y %I:%M:%S %p"),
               r["completed"].strftime("%m/%d/%Y %I:%M:%S %p"), f"192.0.2.{20 + r['n']}",
               r["email"], r["first"], r["last"], "", r["area"], r["role"]]
        for kind, qid, option in cols:
            answer = r["answers"][QIDS.index(qid)]
            row.append(answer if kind == "single" else (option if answer == option else ""))
        row.append(r["comment"])
        rows.append(row)
    return rows


def msforms_rows(people):
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Service area", "Role"] + \
             [q[2] for q in QUESTIONS] + [COMMENT_HEADER]
    rows = [header]
    for k, r in enumerate(people):
        anonymous = k in (5, 11)  # two answered from the shared lifeguard account, signed out
        rows.append([k + 1, r["completed"] - datetime.timedelta(minutes=r["minutes"]), r["completed"],
                     "anonymous" if anonymous else r["email"], None if anonymous else r["name"],
                     r["area"], r["role"]] + [a or None for a in r["answers"]] + [r["comment"] or None])
    return rows


def googleforms_rows(people):
    grid = "How far do you agree?"
    header = ["Timestamp", "Email Address", "Service area", "Role"]
    for qid, _scale, text in QUESTIONS:
        header.append(f"{grid} [{text}]" if qid in MATRIX_IDS else text)
    header.append(COMMENT_HEADER)
    rows = [header]
    for r in people:
        rows.append([r["completed"].strftime("%Y/%m/%d %I:%M:%S %p GMT"), r["email"], r["area"],
                     r["role"]] + r["answers"] + [r["comment"]])
    return rows


def generic_rows(people):
    """Typed by hand from paper forms: scores before agreement answers, odd case and spaces."""
    header = ["Service area", "Role"] + [q[2] for q in QUESTIONS] + ["Comments"]
    rows = [header]
    for k, r in enumerate(people):
        answers = []
        for (qid, scale, _text), a in zip(QUESTIONS, r["answers"]):
            if scale == "agree-5" and a in SCALES[scale][:5]:
                a = f"{5 - SCALES[scale].index(a)} - {a}"
            elif scale == "yes-no-unsure":
                a = f" {a.upper()} " if k % 2 else a.lower()
            answers.append(a)
        rows.append([r["area"], r["role"]] + answers + [r["comment"]])
    return rows


def csv_field(value, delimiter):
    text = "" if value is None else str(value)
    if any(c in text for c in (delimiter, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, rows, delimiter=",", newline="\r\n", bom=False):
    text = newline.join(delimiter.join(csv_field(v, delimiter) for v in row) for row in rows) + newline
    data = text.encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as out:
        out.write(data)


def write_xlsx(path, rows, sheet):
    import openpyxl
    book = openpyxl.Workbook()
    # Fixed document times so the file is the same on every run.
    fixed = datetime.datetime(2015, 11, 20, 17, 0, 0)
    book.properties.created = fixed
    book.properties.modified = fixed
    book.properties.creator = "Wychwood District Council"
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "m/d/yy h:mm:ss"
    book.save(path)
    normalise_zip(path)


def normalise_zip(path):
    """Rewrites the xlsx with fixed zip timestamps (as scripts/make_example.py does)."""
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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "examples", "district-council", "surveys")
    os.makedirs(out, exist_ok=True)
    for service, size in [(s[0], len(s[2])) for s in SERVICES]:
        for qid in QIDS:
            assert len(ANSWERS[qid][[s[0] for s in SERVICES].index(service)]) == size, (qid, service)
    write_csv(os.path.join(out, "housing-surveymonkey.csv"),
              surveymonkey_rows(respondents("Housing"), "104582231"), bom=True)
    write_xlsx(os.path.join(out, "customer-services-surveymonkey.xlsx"),
               surveymonkey_rows(respondents("Customer services"), "104582297"), "Sheet")
    write_xlsx(os.path.join(out, "leisure-msforms.xlsx"), msforms_rows(respondents("Leisure")), "Sheet1")
    write_csv(os.path.join(out, "community-safety-googleforms.csv"),
              googleforms_rows(respondents("Community safety")), newline="\n")
    write_csv(os.path.join(out, "parks-play-generic.csv"), generic_rows(respondents("Parks and play")),
              delimiter=";", newline="\r\n")


if __name__ == "__main__":
    main()
