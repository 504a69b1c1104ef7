#!/usr/bin/python3
"""Writes the survey-export fixtures of tests/questionnaires/ by each tool's layout rules.

Run with /usr/bin/python3 (it has openpyxl):  /usr/bin/python3 make_survey_fixtures.py
The LibreOffice-saved variants are made by make_survey_fixtures.sh, which runs this first.

Every format carries the same 23 invented respondents (see RESPONDENTS), so the tests assert
the same counts for each. The people, names and emails are invented; none is real.
"""

import datetime
import os
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
QUESTIONNAIRE = os.path.join(ROOT, "questionnaires", "oscb-staff.xml")

tree = ET.parse(QUESTIONNAIRE)
QUESTIONS = [(q.get("id"), q.get("scale"), q.find("text").text) for q in tree.getroot().iter("question")]
SCALES = {s.get("id"): [a.get("label") for a in s.iter("answer")] for s in tree.getroot().iter("scale")}
COMMENT_HEADER = "Any other comments about safeguarding in your service?"

# Service areas: one group of 4 (to be suppressed), the others 5 or more.
AREAS = ["Children's services"] * 8 + ["Housing"] * 6 + ["Leisure"] * 5 + ["Customer services"] * 4
ROLES = ["Manager", "Practitioner", "Practitioner"]
FIRST = ["Alys", "Borys", "Cerys", "Dorota", "Eifion", "Ffion", "Gwilym", "Hedda", "Ifor", "Jorunn",
         "Kestrel", "Lowri", "Morwenna", "Nerys", "Osian", "Peredur", "Quenby", "Rhodri", "Siwan",
         "Tegwen", "Ulfrida", "Vashti", "Wenna"]
LAST = "Quillfeather"


def answer_for(respondent, question_index, scale):
    """A deterministic spread of answers, mostly positive, never blank except q12 of #3."""
    labels = SCALES[scale]
    if question_index == 11 and respondent == 3:
        return ""
    k = (respondent * 7 + question_index * 3) % 10
    if scale == "yes-no-unsure":
        return labels[0] if k < 7 else (labels[1] if k < 9 else labels[2])
    # agreement / frequency: positive answers first in the scale.
    return labels[0] if k < 4 else labels[1] if k < 7 else labels[2] if k < 8 else labels[3] if k < 9 else labels[-1]


RESPONDENTS = []
for i, area in enumerate(AREAS):
    RESPONDENTS.append({
        "name": f"{FIRST[i]} {LAST}",
        "first": FIRST[i],
        "last": LAST,
        "email": f"{FIRST[i].lower()}.{LAST.lower()}@example.org",
        "area": area,
        "role": ROLES[i % 3],
        "answers": [answer_for(i, qi, q[1]) for qi, q in enumerate(QUESTIONS)],
        "completed": datetime.datetime(2015, 11, 3 + i % 20, 10, 15, 22),
        "comment": ("Training was good, but \"refresher\" sessions are hard to book.\nPlease add evening slots,\r\nthanks."
                    if i == 2 else ("Supervision, when it happens, is helpful" if i == 5 else "")),
    })

# SurveyMonkey groups: single-answer questions, one matrix, one expanded question.
MATRIX = "To what extent do you agree with each statement?"
MATRIX_IDS = {"q04", "q05", "q06", "q07", "q08", "q12"}
EXPANDED_ID = "q10"


def qtext(qid):
    return next(q[2] for q in QUESTIONS if q[0] == qid)


def qindex(qid):
    return next(i for i, q in enumerate(QUESTIONS) if q[0] == qid)


def surveymonkey_rows():
    top = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
           "First Name", "Last Name", "Custom Data 1", "Service area", "Role"]
    sub = ["", "", "", "", "", "", "", "", "", "Response", "Response"]
    cols = []  # (kind, qid, option)
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
    for i, r in enumerate(RESPONDENTS):
        start = r["completed"] - datetime.timedelta(minutes=7)
        row = [str(10458712345 + i), "223456789", start.strftime("%m/%d/%Y %I:%M:%S %p"),
               r["completed"].strftime("%m/%d/%Y %I:%M:%S %p"), f"192.0.2.{i + 10}", r["email"],
               r["first"], r["last"], "", r["area"], r["role"]]
        for kind, qid, option in cols:
            answer = r["answers"][qindex(qid)]
            if kind == "single":
                row.append(answer)
            else:
                row.append(option if answer == option else "")
        row.append(r["comment"])
        rows.append(row)
    return rows


def msforms_rows():
    header = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
              "Service area", "Role"] + [q[2] for q in QUESTIONS] + [COMMENT_HEADER]
    rows = [header]
    for i, r in enumerate(RESPONDENTS):
        email = "anonymous" if i == 7 else r["email"]
        name = "" if i == 7 else r["name"]
        rows.append([i + 1, r["completed"] - datetime.timedelta(minutes=9), r["completed"], email,
                     name, None, r["area"], r["role"]] + [a or None for a in r["answers"]] + [r["comment"] or None])
    return rows


def googleforms_rows():
    grid = "How far do you agree?"
    header = ["Timestamp", "Email Address", "Service area", "Role"]
    for qid, scale, text in QUESTIONS:
        header.append(f"{grid} [{text}]" if qid in MATRIX_IDS else text)
    header.append(COMMENT_HEADER)
    rows = [header]
    for r in RESPONDENTS:
        rows.append([r["completed"].strftime("%Y/%m/%d %I:%M:%S %p GMT"), r["email"], r["area"],
                     r["role"]] + r["answers"] + [r["comment"]])
    return rows


def generic_rows():
    """Typed by hand: odd case and spaces, scores before agreement answers."""
    header = ["Service area", "Role"] + [q[2] for q in QUESTIONS] + ["Comments"]
    rows = [header]
    for r in RESPONDENTS:
        answers = []
        for (qid, scale, text), a in zip(QUESTIONS, r["answers"]):
            if scale == "agree-5" and a in SCALES[scale][:5]:
                a = f"{5 - SCALES[scale].index(a)} - {a}"
            elif scale == "yes-no-unsure":
                a = f"  {a.upper()} "
            answers.append(a)
        rows.append([r["area"], r["role"]] + answers + [r["comment"]])
    return rows


def csv_field(value, delimiter):
    text = "" if value is None else str(value)
    if any(c in text for c in (delimiter, '"', "\n", "\r")):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(name, rows, delimiter=",", newline="\r\n", bom=False, encoding="utf-8"):
    text = newline.join(delimiter.join(csv_field(v, delimiter) for v in row) for row in rows) + newline
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as out:
        out.write(data)


def write_xlsx(name, rows, sheet):
    import openpyxl
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, datetime.datetime):
                cell.number_format = "m/d/yy h:mm:ss"
    book.save(os.path.join(HERE, name))


def main():
    sm = surveymonkey_rows()
    write_csv("surveymonkey.csv", sm, bom=True)
    # The same export with its second header row deleted, as someone tidying it might.
    write_csv("surveymonkey-no-second-header.csv", sm[:1] + sm[2:], bom=True)
    write_xlsx("surveymonkey.xlsx", sm, "Sheet")
    write_xlsx("msforms.xlsx", msforms_rows(), "Sheet1")
    write_csv("googleforms.csv", googleforms_rows(), newline="\n")
    write_csv("generic.csv", generic_rows(), delimiter=";", newline="\r\n")

    # Windows-1252: Excel's plain "CSV" on a UK PC. Curly apostrophes and an accent.
    q03, q09 = qtext("q03"), qtext("q09").replace("'", "\u2019")
    rows = [["Service area", q03, q09, "Comments"],
            ["Caf\u00e9 and leisure", "Yes", "No", "The policy\u2019s clear"],
            ["Housing", "Unsure", "Yes", "R\u00e9sum\u00e9 of training \u2013 fine"]]
    write_csv("cp1252.csv", rows, encoding="cp1252")

    q01, q02 = qtext("q01"), qtext("q02")
    write_csv("bad-answer.csv", [["Service area", q01, q02],
                                 ["Housing", "Yes", "No"],
                                 ["Housing", "Maybe", "Yes"],
                                 ["Leisure", "No", "Sometimes"],
                                 ["Leisure", "Yes", "Yes"]])
    write_csv("missing-question-column.csv", [["Service area", "Favourite colour", "Email"],
                                              ["Housing", "Blue", "someone@example.org"]])
    write_csv("ragged.csv", [["Service area", q01, q02],
                             ["Housing", "Yes", "No"],
                             ["Housing", "Yes, definitely", "No", "extra"],
                             ["Leisure", "No"]])
    text = "Service area," + '"' + q01 + '"\r\nHousing,Yes\r\n'
    with open(os.path.join(HERE, "invalid-utf8.csv"), "wb") as out:
        out.write(text.encode("utf-16"))  # UTF-16 with BOM, as some tools save "Unicode text"
    with open(os.path.join(HERE, "truncated.csv"), "wb") as out:
        out.write(("Service area," + q01 + "," + COMMENT_HEADER + "\r\n"
                   "Housing,Yes,Fine\r\n"
                   "Leisure,No,\"I would like more training on\r\nescalation and").encode("utf-8"))


if __name__ == "__main__":
    main()
