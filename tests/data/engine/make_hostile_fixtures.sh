#!/bin/sh
# Regenerates the hostile workbooks the xlsx_reader tests refuse, in this folder:
#   hostile-declared-size.xlsx, hostile-zip64-size.xlsx, hostile-duplicate-part.xlsx
#                         Python's zipfile, central directory altered (make_hostile_fixtures.py)
#   hostile-xls.xlsx      reader-calc.fods saved by LibreOffice Calc as Excel 97-2003 (.xls),
#                         then renamed: an OLE compound file, as a password-protected .xlsx is
#   hostile-ods.xlsx      reader-calc.fods saved by Calc as OpenDocument (.ods), then renamed
# Larger hostile inputs (zip bombs, bad UTF-8) are built by the tests themselves.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 "$here/make_hostile_fixtures.py" "$here"
mkdir "$tmp/out" "$tmp/profile"
cp "$here/reader-calc.fods" "$tmp/reader-calc.fods"
(cd "$tmp" && libreoffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'xls:MS Excel 97' --outdir out reader-calc.fods >/dev/null)
(cd "$tmp" && libreoffice -env:UserInstallation="file://$tmp/profile" --headless \
  --convert-to 'ods:calc8' --outdir out reader-calc.fods >/dev/null)
cp "$tmp/out/reader-calc.xls" "$here/hostile-xls.xlsx"
cp "$tmp/out/reader-calc.ods" "$here/hostile-ods.xlsx"
echo "wrote the hostile-*.xlsx fixtures in $here"
