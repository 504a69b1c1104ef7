#!/usr/bin/env bash
# Regenerate examples/district-council/last-year/section11-return-2014-15.xlsx: the return s11
# wrote for the fictional Wychwood District Council's 2014-15 audit, which the example names as
# last year's return. A copy of the example audit is turned into its state a year earlier
# (scripts/make_example_last_year.py: audit date 2014-11-28, no survey or plan, several
# statuses worse, evidence after that date removed) and `s11 run` writes its return.
# Needs build/s11 (cmake --build build --target s11) and /usr/bin/python3 with openpyxl
# (Debian: python3-openpyxl). The output is byte-for-byte reproducible with the same s11.
# Usage: scripts/make_example_last_year.sh [path/to/s11]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
s11="${1:-$root/build/s11}"
python="${PYTHON:-/usr/bin/python3}"
example="$root/examples/district-council"
out="$example/last-year"

[[ -x "$s11" ]] || { echo "make_example_last_year.sh: no s11 binary at $s11; build it first" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/audit"
cp "$example/audit.ini" "$example/evidence.xlsx" "$tmp/audit/"
"$python" "$root/scripts/make_example_last_year.py" "$tmp/audit"
"$s11" run "$tmp/audit" >"$tmp/run.log" 2>&1 || { cat "$tmp/run.log" >&2; exit 1; }

mkdir -p "$out"
cp "$tmp/audit/out/section11-return.xlsx" "$out/section11-return-2014-15.xlsx"
chmod 0644 "$out/section11-return-2014-15.xlsx"
echo "Wrote $out/section11-return-2014-15.xlsx"
sed -n '/^Standard/,/^Overall/p' "$tmp/run.log"
if ! unzip -p "$out/section11-return-2014-15.xlsx" xl/workbook.xml | grep -q 'name="Impact"'; then
  echo "note: this s11 writes no Impact sheet, so last year's impact levels are unknown;" \
       "run this script again once \`s11 run\` writes one" >&2
fi
