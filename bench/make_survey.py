#!/usr/bin/env python3
"""Writes a large Google-Forms-like survey CSV for bench/survey_bench: N responses x 15
questions (bench-questionnaire.xml) x 3 profile columns, plus Timestamp and Email columns.

    python3 make_survey.py OUT.csv [RESPONSES]   (default 1,000,000)

Rows are drawn from a pool of pre-formatted rows with a fixed seed, so it is fast and the
file is the same every time. Everyone in it is invented.
"""
import random
import sys
import xml.etree.ElementTree as ET
import os

here = os.path.dirname(os.path.abspath(__file__))
root = ET.parse(os.path.join(here, "bench-questionnaire.xml")).getroot()
scales = {s.get("id"): [a.get("label") for a in s.iter("answer")] for s in root.iter("scale")}
questions = [(q.find("text").text, q.get("scale")) for q in root.iter("question")]

out_path = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(2015)
areas = ["Children's services", "Adult social care", "Housing", "Leisure", "Environmental health",
         "Customer services", "Revenues and benefits", "Planning"]
roles = ["Manager", "Practitioner", "Front-line officer", "Administrator"]
sites = ["Town hall", "Depot", "Library", "Leisure centre", "Remote"]


def field(text):
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def row():
    answers = [rng.choice(scales[s][:3] if rng.random() < 0.8 else scales[s]) for _, s in questions]
    stamp = f"2015/11/{rng.randint(1, 28):02d} {rng.randint(1, 12)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} AM GMT"
    email = f"person{rng.randint(1, 99999)}@example.org"
    return ",".join(field(v) for v in [stamp, email, rng.choice(areas), rng.choice(roles), rng.choice(sites)] + answers)


pool = [row() for _ in range(5000)]
header = ",".join(field(v) for v in ["Timestamp", "Email", "Service area", "Role", "Site"] + [q for q, _ in questions])
with open(out_path, "w", newline="") as out:
    out.write(header + "\r\n")
    chunk = []
    for i in range(count):
        chunk.append(pool[rng.randrange(len(pool))])
        if len(chunk) == 10000:
            out.write("\r\n".join(chunk) + "\r\n")
            chunk = []
    if chunk:
        out.write("\r\n".join(chunk) + "\r\n")
