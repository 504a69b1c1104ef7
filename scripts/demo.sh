#!/usr/bin/env bash
# Installs what s11 needs, builds it, and runs `s11 demo`: the bundled example audit of a
# fictional district council is copied to ./s11-demo (or $1) and its return is written to
# s11-demo/out/section11-return.xlsx.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target s11
build/s11 demo --out "${1:-s11-demo}"
