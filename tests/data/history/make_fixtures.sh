#!/usr/bin/env bash
# Regenerate tests/data/history/return-2014-15.xlsx: last year's return of a small fictional
# audit (make_fixtures.py), written by `s11 run` itself, for the year-on-year reader's tests.
# Malformed returns are made in the tests from build_return's layout. Needs build/s11 and
# /usr/bin/python3 with openpyxl. Usage: tests/data/history/make_fixtures.sh [path/to/s11]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
s11="${1:-$root/build/s11}"
python="${PYTHON:-/usr/bin/python3}"
[[ -x "$s11" ]] || { echo "make_fixtures.sh: no s11 binary at $s11; build it first" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$s11" new "$tmp/audit" --org "Test Borough Council" --period 2014-15 --date 2014-11-28 \
  --owner "Director of Communities" --author "Safeguarding Lead" >/dev/null
"$python" "$here/make_fixtures.py" "$tmp/audit/evidence.xlsx"
"$s11" run "$tmp/audit" >/dev/null 2>&1 || { "$s11" run "$tmp/audit"; exit 1; }
cp "$tmp/audit/out/section11-return.xlsx" "$here/return-2014-15.xlsx"
chmod 0644 "$here/return-2014-15.xlsx"
echo "Wrote $here/return-2014-15.xlsx"
