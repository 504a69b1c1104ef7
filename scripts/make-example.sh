#!/usr/bin/env bash
# Regenerate examples/district-council/ for the fictional Wychwood District Council:
# audit.ini and evidence.xlsx (scripts/make_example.py), the staff survey exports in surveys/
# (scripts/make_example_surveys.py) and last year's action plan action-plan-2014-15.xlsx
# (scripts/make_example_plan.py, then opened and re-saved by LibreOffice Calc, as a council's
# own file would be). Needs build/s11 (cmake --build build --target s11), /usr/bin/python3 with
# openpyxl (Debian: python3-openpyxl) and LibreOffice Calc.
# The output is byte-for-byte reproducible (for the plan: with the same LibreOffice version;
# its zip timestamps are fixed after saving and LibreOffice keeps the document dates set).
# Usage: scripts/make-example.sh [path/to/s11]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
s11="${1:-$root/build/s11}"
python="${PYTHON:-/usr/bin/python3}"
out="$root/examples/district-council"

[[ -x "$s11" ]] || { echo "make-example.sh: no s11 binary at $s11; build it first" >&2; exit 1; }
command -v libreoffice >/dev/null || { echo "make-example.sh: LibreOffice is needed to save the action plan" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$s11" new "$tmp/audit" \
  --org "Wychwood District Council" \
  --period 2015-16 \
  --date 2015-11-30 \
  --owner "Executive Director, Communities" \
  --author "Safeguarding Coordinator" >/dev/null

"$python" "$root/scripts/make_example.py" "$tmp/audit/evidence.xlsx"

# The example's staff survey, last year's plan and action leads: s11 new writes these sections
# commented out at the end of audit.ini; drop that tail and write them for real.
sed -i '/^; Staff questionnaire exports/,$d' "$tmp/audit/audit.ini"
"$python" -c 'import sys; p = sys.argv[1]; t = open(p).read().rstrip("\n") + "\n"; open(p, "w").write(t)' \
  "$tmp/audit/audit.ini"
cat >>"$tmp/audit/audit.ini" <<'INI'

; The example: the autumn 2015 staff questionnaire, one export per service, each made with a
; different survey tool (examples/district-council/README.md).
[survey]
files = surveys/housing-surveymonkey.csv, surveys/customer-services-surveymonkey.xlsx, surveys/leisure-msforms.xlsx, surveys/community-safety-googleforms.csv, surveys/parks-play-generic.csv
questionnaire = oscb-staff

; Last year's action plan, carried forward into out/action-plan.xlsx.
[plan]
last_plan = action-plan-2014-15.xlsx

; Leads of the actions s11 drafts, by standard id or focus area id.
[leads]
1 = Executive Director, Communities
10 = Executive Director, Communities
workforce = Head of HR
partnership = Community Safety Manager
policies = Safeguarding Coordinator
INI

# Staff survey exports.
"$python" "$root/scripts/make_example_surveys.py" "$tmp/audit/surveys"

# Last year's plan: written by openpyxl, re-saved by LibreOffice Calc, zip timestamps fixed.
mkdir "$tmp/plan" "$tmp/plan/out" "$tmp/plan/profile"
"$python" "$root/scripts/make_example_plan.py" "$tmp/plan/action-plan-2014-15.xlsx"
(cd "$tmp/plan" && libreoffice -env:UserInstallation="file://$tmp/plan/profile" --headless \
  --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir out action-plan-2014-15.xlsx >/dev/null 2>&1)
[[ -s "$tmp/plan/out/action-plan-2014-15.xlsx" ]] ||
  { echo "make-example.sh: LibreOffice did not save the action plan" >&2; exit 1; }
"$python" - "$tmp/plan/out/action-plan-2014-15.xlsx" "$tmp/audit/action-plan-2014-15.xlsx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for info in src.infolist():
        fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
        fixed.compress_type = zipfile.ZIP_DEFLATED
        fixed.external_attr = 0o644 << 16
        dst.writestr(fixed, src.read(info.filename))
PY

mkdir -p "$out/surveys"
cp "$tmp/audit/audit.ini" "$tmp/audit/evidence.xlsx" "$tmp/audit/action-plan-2014-15.xlsx" "$out/"
cp "$tmp/audit/surveys/"* "$out/surveys/"
chmod 0644 "$out/audit.ini" "$out/evidence.xlsx" "$out/action-plan-2014-15.xlsx" "$out/surveys/"*
echo "Wrote $out/: audit.ini, evidence.xlsx, action-plan-2014-15.xlsx, surveys/"
echo "Check it with: $s11 run <a copy of $out>"
