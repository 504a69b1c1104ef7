#!/usr/bin/env bash
# Installs what s11 needs to build and test on Debian 12 (run as root; safe to run again).
#   scripts/install-deps.sh            build dependencies only
#   scripts/install-deps.sh --test     also the tools the end-to-end tests use
#                                      (LibreOffice Calc, poppler, the Carlito font,
#                                      openpyxl, icalendar)
#   scripts/install-deps.sh --package  also what `cpack -G DEB` needs to find the package's
#                                      dependencies (dpkg-shlibdeps from dpkg-dev, and file)
#   scripts/install-deps.sh --lint     also clang-format and clang-tidy (14 on Debian 12),
#                                      which scripts/lint.sh runs
#   scripts/install-deps.sh --fuzz     also clang and libFuzzer with the sanitizer runtimes
#                                      (libclang-rt-14-dev), which scripts/fuzz.sh uses
# Options combine: --test --lint --package --fuzz.
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config
  libboost-program-options-dev libboost-dev
  libpugixml-dev libxlsxwriter-dev libzip-dev zlib1g-dev libssl-dev
  catch2
)
test_packages=(libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito python3-openpyxl python3-icalendar)
package_packages=(dpkg-dev file)
lint_packages=(clang-format clang-tidy)
fuzz_packages=(clang libclang-rt-14-dev python3)

packages=("${build_packages[@]}")
for arg in "$@"; do
  case "$arg" in
    --test) packages+=("${test_packages[@]}") ;;
    --package) packages+=("${package_packages[@]}") ;;
    --lint) packages+=("${lint_packages[@]}") ;;
    --fuzz) packages+=("${fuzz_packages[@]}") ;;
    *) echo "install-deps.sh: unknown option '$arg'; expected --test, --package, --lint or --fuzz" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
