#!/bin/sh
# Regenerates the action plan fixtures in this folder (see make_plan_fixtures.py):
#   plan-seed001.xlsx              seed 001's plan, one row per learning point (openpyxl)
#   plan-seed001-libreoffice.xlsx  the same workbook opened and re-saved by LibreOffice Calc
#   plan-seed001-collapsed.xlsx    the same plan with runs of blank lines collapsed to one
#   plan-seed001-milestones.xlsx   the same plan one row per milestone, other header words
#   plan-no-action-column.xlsx     a plan table with no Action column (openpyxl)
#   plan-not-a-zip.xlsx            text with an .xlsx name
# Needs Debian's /usr/bin/python3 with python3-openpyxl, and LibreOffice.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$here/make_plan_fixtures.py" "$tmp"
cp "$tmp/plan-seed001.xlsx" "$tmp/plan-seed001-libreoffice.xlsx"
mkdir "$tmp/out" "$tmp/profile"
(cd "$tmp" && soffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir out plan-seed001-libreoffice.xlsx >/dev/null)
for f in plan-seed001.xlsx plan-seed001-collapsed.xlsx plan-seed001-milestones.xlsx \
  plan-no-action-column.xlsx; do
  cp "$tmp/$f" "$here/"
done
cp "$tmp/out/plan-seed001-libreoffice.xlsx" "$here/"
printf 'Safeguarding action plan 2015-16, saved as text by mistake.\n' >"$here/plan-not-a-zip.xlsx"
echo "wrote the plan fixtures in $here"
