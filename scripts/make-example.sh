#!/usr/bin/env bash
# Regenerate examples/district-council/ (audit.ini + evidence.xlsx) for the fictional
# Wychwood District Council. Needs build/s11 (cmake --build build --target s11) and
# /usr/bin/python3 with openpyxl (Debian: python3-openpyxl).
# Usage: scripts/make-example.sh [path/to/s11]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
s11="${1:-$root/build/s11}"
python="${PYTHON:-/usr/bin/python3}"
out="$root/examples/district-council"

[[ -x "$s11" ]] || { echo "make-example.sh: no s11 binary at $s11; build it first" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

"$s11" new "$tmp/audit" \
  --org "Wychwood District Council" \
  --period 2015-16 \
  --date 2015-11-30 \
  --owner "Executive Director, Communities" \
  --author "Safeguarding Coordinator" >/dev/null

"$python" "$root/scripts/make_example.py" "$tmp/audit/evidence.xlsx"

mkdir -p "$out"
cp "$tmp/audit/audit.ini" "$tmp/audit/evidence.xlsx" "$out/"
chmod 0644 "$out/audit.ini" "$out/evidence.xlsx"
echo "Wrote $out/audit.ini and $out/evidence.xlsx"
echo "Check it with: $s11 run <a copy of $out>"
