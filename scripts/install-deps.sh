#!/usr/bin/env bash
# Installs what s11 needs to build and test on Debian 12 (run as root; safe to run again).
#   scripts/install-deps.sh          build dependencies only
#   scripts/install-deps.sh --test   also the tools the end-to-end tests use
#                                    (LibreOffice Calc, poppler, openpyxl)
set -euo pipefail

build_packages=(
  build-essential cmake pkg-config
  libboost-program-options-dev libboost-dev
  libpugixml-dev libxlsxwriter-dev libzip-dev libssl-dev
  catch2
)
test_packages=(libreoffice-calc-nogui poppler-utils python3-openpyxl)

packages=("${build_packages[@]}")
if [[ "${1:-}" == "--test" ]]; then
  packages+=("${test_packages[@]}")
fi

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
