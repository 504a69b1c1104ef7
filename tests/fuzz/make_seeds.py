#!/usr/bin/env python3
"""Gathers the seed corpus of every fuzz target from the committed fixtures (scripts/fuzz.sh
runs it): tests/data, examples/, standards/*.xml, questionnaires/*.xml and the README's
audit.ini. Usage: make_seeds.py SOURCE_DIR OUT_DIR; writes OUT_DIR/TARGET/*."""
import hashlib
import pathlib
import re
import sys
import zipfile

source = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])


def files(*patterns):
    found = set()
    for pattern in patterns:
        found.update(p for p in source.glob(pattern) if p.is_file())
    return sorted(found)


def put(target, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


csvs = files("tests/data/**/*.csv", "examples/**/*.csv")
workbooks = files("tests/data/**/*.xlsx", "examples/**/*.xlsx")
surveys = files("tests/data/questionnaires/*.xlsx", "examples/**/surveys/*.xlsx")

for path in csvs:
    put("csv_reader", path.read_bytes())
    put("survey", b"\x00" + path.read_bytes())
for path in surveys:
    put("survey", b"\x01" + path.read_bytes())
for path in workbooks:
    data = path.read_bytes()
    put("xlsx_reader", data)
    # The same workbook as the parts xlsx_parts_fuzz.cpp zips up, stored.
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [info.filename.encode() + b"\n" + archive.read(info)
                     for info in archive.infolist()]
        put("xlsx_parts", b"\n@@@@\n".join(parts))
    except zipfile.BadZipFile:
        pass
# The .ods reader: whole files (first byte 0) and their content.xml (first byte 1).
for path in files("tests/data/**/*.ods"):
    data = path.read_bytes()
    put("ods", b"\x00" + data)
    try:
        with zipfile.ZipFile(path) as archive:
            put("ods", b"\x01" + archive.read("content.xml"))
    except (zipfile.BadZipFile, KeyError):
        pass
for path in files("standards/*.xml"):
    put("framework", path.read_bytes())
for path in files("questionnaires/*.xml"):
    put("questionnaire", path.read_bytes())

for path in files("examples/**/audit.ini", "tests/golden/audit-ini.txt"):
    put("audit_config", path.read_bytes())
readme = (source / "README.md").read_text(encoding="utf-8")
for block in re.findall(r"```ini\n(.*?)```", readme, re.S):
    put("audit_config", block.encode())

# Dates from the parsers' own documentation (base/date.h, base/written_dates.h).
for text in ["2015-03-31", "31/03/2015", "31-03-2015", "31.03.2015", "31/3/15", "31 March 2015",
             "31st Mar 2015", "March 31, 2015", "April 2015", "April 2015 On-going",
             "Feb/March 2015", "9th June 2019", "31/03/2016", "Before October 2015",
             "April 2015 then monthly", "Feb 2015 and on-going", "On-going",
             "April 2015 - June 2015", "April 2015\nApril 2016",
             "February 2015 and Review April 2015", "April May 2015", "29/02/2016",
             "March On-going", "soon", "October 2915", "2015-03-31T00:00:00",
             "April 2015\n\nJune 2016"]:
    put("dates", text.encode())
# Excel serials as the first eight bytes (a double), then a month offset.
import struct
for serial, months in [(42094.0, 0), (60.0, 12), (1.0, -12), (0.0, 1), (2958465.0, 0),
                       (42094.75, -36)]:
    put("dates", struct.pack("<di", serial, months) + b" 2015")

for target in sorted(p.name for p in out.iterdir()):
    print(f"fuzz seeds: {target}: {len(list((out / target).iterdir()))} inputs")
