#!/bin/bash
# Regenerates the survey-export fixtures: the openpyxl/CSV ones by make_survey_fixtures.py,
# then LibreOffice-saved copies of the two workbooks (opened and saved by Calc itself).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
/usr/bin/python3 "$here/make_survey_fixtures.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for name in surveymonkey msforms; do
  mkdir -p "$work/in" "$work/out"
  cp "$here/$name.xlsx" "$work/in/$name.xlsx"
  libreoffice -env:UserInstallation=file:///tmp/lo-q --headless \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/in/$name.xlsx" >/dev/null
  mv "$work/out/$name.xlsx" "$here/$name-libreoffice.xlsx"
done
