#!/usr/bin/env bash
# Builds s11 for release and makes its Debian package (cpack -G DEB, cmake/S11Install.cmake);
# prints the path of the .deb on stdout, everything else on stderr:
#   bash scripts/package.sh                   -> build-release/s11_VERSION_ARCH.deb
#   sudo apt install "$(bash scripts/package.sh)"
# The build directory is build-release, or $S11_PACKAGE_BUILD_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh --package >&2

build_dir=${S11_PACKAGE_BUILD_DIR:-build-release}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DS11_BUILD_TESTS=OFF \
  -DS11_GZIP_MAN_PAGE=ON >&2
cmake --build "$build_dir" -j"$(nproc)" >&2
rm -f "$build_dir"/s11_*.deb
(cd "$build_dir" && cpack -G DEB) >&2
debs=("$build_dir"/s11_*.deb)
if ((${#debs[@]} != 1)) || [[ ! -f "${debs[0]}" ]]; then
  echo "package.sh: expected one s11_*.deb in $build_dir, found: ${debs[*]}" >&2
  exit 1
fi
realpath "${debs[0]}"
