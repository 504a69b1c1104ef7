#!/usr/bin/env bash
# Regenerate the month-date fixtures in tests/data/e2e/ from examples/district-council/:
# evidence registers whose dates are typed as people type them ("Mar-15", "May 2015").
#
#   scripts/make-month-date-fixtures.sh
#
# Writes
#   evidence-month-dates-openpyxl.xlsx      E01's date is the text "Mar-15", E11's "May 2015"
#                                           (openpyxl writes them as text cells);
#   evidence-month-dates-libreoffice.xlsx   that file opened and saved by LibreOffice Calc
#                                           (the cells stay text: saving does not re-read them);
#   evidence-typed-mar-15.xlsx              E01's date is what LibreOffice makes of "Mar-15"
#                                           typed into a cell: 15 March of the current year.
#
# How LibreOffice is made to read "Mar-15" as typed: its CSV import with "detect special
# numbers" on runs each field through the same number recognition (SvNumberFormatter's input
# parsing) as a value typed into a cell. With the locale en-US, LibreOffice's default, whose
# date acceptance patterns are M/D/Y and M/D, "Mar-15" is March 15 of the current year (en-GB
# reads it as March 2015). The script converts a one-field CSV so, reads the date LibreOffice
# produced with openpyxl and puts it, as a date cell, into E01's date. The year is the year the
# script runs (2026 for the committed file), so the expected message names it; regenerating in
# another year changes that year in tests/cli/month_dates_test.cpp too.
#
# Needs: libreoffice (libreoffice-calc-nogui), /usr/bin/python3 with openpyxl.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
example="$root/examples/district-council"
out="$root/tests/data/e2e"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

lo() {
  soffice -env:UserInstallation="file://$tmp/lo-profile" --headless "$@" >/dev/null 2>&1
}

# 1. Text cells, written by openpyxl.
"$python" - "$example/evidence.xlsx" "$out/evidence-month-dates-openpyxl.xlsx" <<'PY'
import sys
import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book["Evidence"]
for row in sheet.iter_rows(min_row=5):
    ident, date = row[0], row[3]
    if ident.value == "E01":
        date.value, date.number_format = "Mar-15", "@"
    if ident.value == "E11":
        date.value, date.number_format = "May 2015", "@"
book.save(sys.argv[2])
PY

# 2. The same, opened and saved by LibreOffice Calc.
cp "$out/evidence-month-dates-openpyxl.xlsx" "$tmp/evidence-month-dates-libreoffice.xlsx"
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo" \
  "$tmp/evidence-month-dates-libreoffice.xlsx"
cp "$tmp/lo/evidence-month-dates-libreoffice.xlsx" "$out/"

# 3. "Mar-15" as LibreOffice reads it when typed (see above): CSV fields separated by commas
#    (44), quoted by " (34), UTF-8 (76), from line 1, standard columns, locale en-US (1033),
#    quoted fields not forced to text, special numbers detected.
printf 'Mar-15\n' >"$tmp/typed.csv"
lo --infilter="CSV:44,34,76,1,,1033,false,true" --convert-to xlsx --outdir "$tmp/typed" \
  "$tmp/typed.csv"
"$python" - "$tmp/typed/typed.xlsx" "$example/evidence.xlsx" "$out/evidence-typed-mar-15.xlsx" <<'PY'
import datetime
import sys
import openpyxl

typed = openpyxl.load_workbook(sys.argv[1]).active["A1"].value
if not isinstance(typed, datetime.datetime):
    sys.exit(f"LibreOffice did not read Mar-15 as a date: {typed!r}")
book = openpyxl.load_workbook(sys.argv[2])
sheet = book["Evidence"]
for row in sheet.iter_rows(min_row=5):
    if row[0].value == "E01":
        row[3].value = typed
        row[3].number_format = "dd/mm/yyyy"
book.save(sys.argv[3])
print(f"LibreOffice read typed Mar-15 as {typed:%d %B %Y}")
PY
