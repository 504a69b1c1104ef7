#!/bin/sh
# Regenerates the OpenDocument fixtures in this folder, each saved by LibreOffice Calc itself:
#   reader-ods.ods                 reader-ods.fods (numbers, a date, a date and time, a time, a
#                                  percentage, currency, a boolean, an error, paragraphs, spaces,
#                                  a link, a comment, repeated cells, a merge, column widths,
#                                  two sheets) saved as .ods
#   evidence.ods                   the example audit's evidence.xlsx saved as .ods
#   Independent reviewer.ods       the example audit's review saved as .ods
#   action-plan-2014-15.ods        the example audit's last plan saved as .ods
#   leisure-msforms.ods            one of the example audit's survey exports saved as .ods
#   evidence-renamed-sheet.xlsx    the example's evidence.xlsx with its Evidence sheet renamed
#                                  "Evidence register" and a "Notes" sheet added (openpyxl)
#   corrupt.ods                    evidence.ods cut short after 4000 bytes
# Needs LibreOffice (soffice) and Debian's /usr/bin/python3 with python3-openpyxl.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
example="$here/../../../examples/district-council"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in" "$tmp/out"

convert() {  # convert FORMAT FILE...: saves each FILE in $tmp/in as FORMAT into $tmp/out
  format=$1
  shift
  (cd "$tmp/in" && soffice -env:UserInstallation="file://$tmp/profile" --headless \
    --convert-to "$format" --outdir "$tmp/out" "$@" >/dev/null 2>&1)
}

cp "$here/reader-ods.fods" "$example/evidence.xlsx" "$example/action-plan-2014-15.xlsx" \
  "$example/reviews/Independent reviewer.xlsx" "$example/surveys/leisure-msforms.xlsx" "$tmp/in/"
convert ods reader-ods.fods evidence.xlsx action-plan-2014-15.xlsx \
  "Independent reviewer.xlsx" leisure-msforms.xlsx
for f in reader-ods.ods evidence.ods action-plan-2014-15.ods "Independent reviewer.ods" \
  leisure-msforms.ods; do
  cp "$tmp/out/$f" "$here/"
done
head -c 4000 "$here/evidence.ods" >"$here/corrupt.ods"
/usr/bin/python3 - "$example/evidence.xlsx" "$here/evidence-renamed-sheet.xlsx" <<'PY'
import sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book["Evidence"].title = "Evidence register"
book.create_sheet("Notes")["A1"] = "Our notes"
book.save(sys.argv[2])
PY
echo "wrote the OpenDocument fixtures in $here"
