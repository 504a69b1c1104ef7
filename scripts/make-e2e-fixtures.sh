#!/usr/bin/env bash
# Regenerate the end-to-end fixtures in tests/data/e2e/ from examples/district-council/.
# All files are made by real tools: LibreOffice Calc (headless) and openpyxl.
#
#   scripts/make-e2e-fixtures.sh [--check] [path/to/s11]
#
# Needs: libreoffice (libreoffice-calc-nogui), /usr/bin/python3 with openpyxl and lxml
# (python3-openpyxl, python3-lxml). With --check, also runs `s11 run` on every fixture
# (each as evidence.xlsx next to the example audit.ini) and prints the summary, or the
# stderr and exit code, as recorded in tests/data/e2e/README.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
check=0
if [[ "${1:-}" == "--check" ]]; then check=1; shift; fi
s11="${1:-$root/build/s11}"
python="${PYTHON:-/usr/bin/python3}"
example="$root/examples/district-council"
out="$root/tests/data/e2e"

[[ -f "$example/evidence.xlsx" && -f "$example/audit.ini" ]] ||
  { echo "make-e2e-fixtures.sh: no example; run scripts/make-example.sh first" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# A private LibreOffice profile: no clash with a running office or another run of this script.
lo() {
  libreoffice -env:UserInstallation="file://$tmp/lo-profile" --headless "$@" >/dev/null 2>&1
}

# 1. The example re-saved by LibreOffice Calc.
cp "$example/evidence.xlsx" "$tmp/evidence-libreoffice.xlsx"
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo" "$tmp/evidence-libreoffice.xlsx"
cp "$tmp/lo/evidence-libreoffice.xlsx" "$out/evidence-libreoffice.xlsx"

# 2. The same, with one status changed by LibreOffice itself: LibreOffice writes flat ODS,
#    the cell text is changed in the XML, LibreOffice writes xlsx again. openpyxl never
#    touches this file. Point 5.3 goes from Met to Not met (standard 5: Blue -> Amber).
cp "$tmp/lo/evidence-libreoffice.xlsx" "$tmp/evidence-libreoffice-edited.xlsx"
lo --convert-to fods --outdir "$tmp/fods" "$tmp/evidence-libreoffice-edited.xlsx"
"$python" - "$tmp/fods/evidence-libreoffice-edited.fods" <<'PY'
import sys
from lxml import etree

TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
SHEET, POINT, OLD, NEW = "Self-assessment", "5.3", "Met", "Not met"
path = sys.argv[1]
tree = etree.parse(path)

def cells(row):
    """The row's cells by column index, expanding table:number-columns-repeated."""
    out = []
    for cell in row:
        if etree.QName(cell).localname not in ("table-cell", "covered-table-cell"):
            continue
        repeat = int(cell.get(f"{{{TABLE}}}number-columns-repeated", "1"))
        out.extend([cell] * min(repeat, 64))
    return out

def text(cell):
    return "".join(cell.itertext()).strip()

table = next(t for t in tree.iter(f"{{{TABLE}}}table") if t.get(f"{{{TABLE}}}name") == SHEET)
point_col = status_col = None
done = False
for row in table.iter(f"{{{TABLE}}}table-row"):
    texts = [text(c) for c in cells(row)]
    if point_col is None:
        if "Point" in texts and "Status" in texts:
            point_col, status_col = texts.index("Point"), texts.index("Status")
        continue
    if point_col < len(texts) and texts[point_col] == POINT:
        cell = cells(row)[status_col]
        if text(cell) != OLD:
            sys.exit(f"point {POINT}: status is {text(cell)!r}, expected {OLD!r}")
        paragraphs = cell.findall(f"{{{TEXT}}}p")
        for extra in paragraphs[1:]:
            cell.remove(extra)
        p = paragraphs[0]
        for child in list(p):
            p.remove(child)
        p.text = NEW
        done = True
        break
if not done:
    sys.exit(f"no row for point {POINT} in sheet {SHEET}")
tree.write(path, xml_declaration=True, encoding="UTF-8")
PY
lo --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo-edited" "$tmp/fods/evidence-libreoffice-edited.fods"
cp "$tmp/lo-edited/evidence-libreoffice-edited.xlsx" "$out/evidence-libreoffice-edited.xlsx"

# 3. The example as openpyxl saved it.
cp "$example/evidence.xlsx" "$out/evidence-openpyxl.xlsx"
chmod 0644 "$out/evidence-openpyxl.xlsx"

# 4. Malformed workbooks, made from the example with openpyxl; one kind of problem each,
#    except bad-many.xlsx which has all of them. Cells are found by header and ID, and the
#    cell changed is printed.
"$python" - "$example/evidence.xlsx" "$out" <<'PY'
import datetime
import os
import sys
import zipfile
import openpyxl

src, out = sys.argv[1], sys.argv[2]

def header(ws, key):
    for r in range(1, 21):
        vals = [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
        if key in vals:
            return r, {v: i + 1 for i, v in enumerate(vals) if isinstance(v, str)}
    raise SystemExit(f"{ws.title}: no {key!r} header")

def evidence_cell(wb, eid, column):
    ws = wb["Evidence"]
    r0, cols = header(ws, "Evidence ID")
    for r in range(r0 + 1, ws.max_row + 1):
        if ws.cell(r, cols["Evidence ID"]).value == eid:
            return ws.cell(r, cols[column])
    raise SystemExit(f"no evidence {eid}")

def point_cell(wb, point, column_prefix):
    ws = wb["Self-assessment"]
    r0, cols = header(ws, "Point")
    col = next(i for h, i in cols.items() if h.startswith(column_prefix))
    for r in range(r0 + 1, ws.max_row + 1):
        if str(ws.cell(r, cols["Point"]).value or "").strip() == point:
            return ws.cell(r, col)
    raise SystemExit(f"no point {point}")

def unknown_point(wb):   # E33 also cites 5.99, which oscb-2015 does not have
    c = evidence_cell(wb, "E33", "Points supported"); c.value = "5.1, 5.99"; return c
def bad_date(wb):        # 31 February does not exist
    c = evidence_cell(wb, "E23", "Date"); c.value = "31/02/2015"; return c
def future_date(wb):     # after the audit date 2015-11-30
    c = evidence_cell(wb, "E31", "Date"); c.value = datetime.datetime(2016, 1, 15)
    c.number_format = "dd/mm/yyyy"; return c
def na_no_justification(wb):
    c = point_cell(wb, "9.3", "Justification"); c.value = None; return c
def duplicate_id(wb):    # E08's row gets the ID E07
    c = evidence_cell(wb, "E08", "Evidence ID"); c.value = "E07"; return c
def no_points(wb):
    c = evidence_cell(wb, "E60", "Points supported"); c.value = None; return c

FIXTURES = {
    "bad-unknown-point.xlsx": [unknown_point],
    "bad-date.xlsx": [bad_date],
    "bad-future-date.xlsx": [future_date],
    "bad-na-no-justification.xlsx": [na_no_justification],
    "bad-duplicate-id.xlsx": [duplicate_id],
    "bad-no-points.xlsx": [no_points],
    "bad-many.xlsx": [unknown_point, bad_date, future_date, na_no_justification,
                      duplicate_id, no_points],
}

def normalise_zip(path):
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as s, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as d:
        for info in s.infolist():
            z = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            z.compress_type = zipfile.ZIP_DEFLATED
            z.external_attr = 0o644 << 16
            d.writestr(z, s.read(info.filename))
    os.replace(tmp, path)

for name, edits in FIXTURES.items():
    wb = openpyxl.load_workbook(src)
    changed = [f"{c.parent.title}!{c.coordinate}={c.value!r}" for c in (e(wb) for e in edits)]
    path = os.path.join(out, name)
    wb.save(path)
    normalise_zip(path)
    print(f"{name}: {'; '.join(changed)}")
PY

echo "Wrote the fixtures in $out"

if (( check )); then
  for f in evidence-openpyxl.xlsx evidence-libreoffice.xlsx evidence-libreoffice-edited.xlsx \
           bad-unknown-point.xlsx bad-date.xlsx bad-future-date.xlsx bad-na-no-justification.xlsx \
           bad-duplicate-id.xlsx bad-no-points.xlsx bad-many.xlsx; do
    rm -rf "$tmp/run" && mkdir -p "$tmp/run/audit"
    cp "$example/audit.ini" "$tmp/run/audit/"
    cp "$out/$f" "$tmp/run/audit/evidence.xlsx"
    echo "=== $f"
    rc=0
    (cd "$tmp/run" && "$s11" run audit >"$tmp/run/stdout" 2>"$tmp/run/stderr") || rc=$?
    if [[ $f == bad-* ]]; then
      echo "exit code $rc; stderr:"
      cat "$tmp/run/stderr"
    else
      echo "exit code $rc"
      sed -n '3,16p' "$tmp/run/stdout"
      cat "$tmp/run/stderr"
    fi
  done
fi
