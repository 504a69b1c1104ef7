#!/usr/bin/env bash
# Installs what the tests need, builds s11 with warnings as errors and address/undefined
# sanitizers, and runs every test through ctest. Exit status is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --test

build_dir=${S11_TEST_BUILD_DIR:-build-test}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug \
  -DS11_WARNINGS_AS_ERRORS=ON -DS11_SANITIZE=ON >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
cd "$build_dir"
ctest --output-on-failure -j"$(nproc)"
