#!/bin/sh
# Regenerates the xlsx_reader fixtures in this folder:
#   reader-openpyxl.xlsx     written by openpyxl (Debian python3-openpyxl)
#   reader-libreoffice.xlsx  the same workbook opened and re-saved by LibreOffice Calc
#   reader-calc.xlsx         reader-calc.fods (1904 dates, rich text, errors) saved by Calc
# The formula in Standards!B6 has no cached value in the openpyxl file (openpyxl cannot
# compute one); LibreOffice computes and stores it. Debian's openpyxl 3.0 cannot write rich
# text (CellRichText came in 3.1), so Standards!A7 is plain there; reader-calc.xlsx has the
# rich text runs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$here/make_xlsx_fixtures.py" "$tmp/reader-openpyxl.xlsx"
cp "$tmp/reader-openpyxl.xlsx" "$tmp/reader-libreoffice.xlsx"
mkdir "$tmp/out" "$tmp/profile"
(cd "$tmp" && libreoffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir out reader-libreoffice.xlsx >/dev/null)
cp "$here/reader-calc.fods" "$tmp/reader-calc.fods"
(cd "$tmp" && libreoffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir out reader-calc.fods >/dev/null)
cp "$tmp/reader-openpyxl.xlsx" "$here/reader-openpyxl.xlsx"
cp "$tmp/out/reader-calc.xlsx" "$here/reader-calc.xlsx"
cp "$tmp/out/reader-libreoffice.xlsx" "$here/reader-libreoffice.xlsx"
echo "wrote reader-openpyxl.xlsx reader-libreoffice.xlsx reader-calc.xlsx in $here"
