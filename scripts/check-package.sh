#!/usr/bin/env bash
# Builds the Debian package (scripts/package.sh), installs it with apt, and checks the installed
# /usr/bin/s11 on its own: run from a temporary directory, with no S11_* variables and, when run
# as root, as the user nobody with the checkout made unreadable to it, `s11 demo` must write the
# return; the man page must be installed. Run as root (as CI does) or with sudo. The package is
# left installed.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
  sudo_cmd=(sudo)
fi

deb=$(bash scripts/package.sh)
echo "check-package.sh: package $deb"
dpkg-deb --field "$deb" Package Version Maintainer Section Depends
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libxlsxwriter libzip libboost-program-options libpugixml libssl; do
  grep -q "$lib" <<<"$depends" ||
    { echo "check-package.sh: the package does not depend on $lib" >&2; exit 1; }
done

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get install -y -qq --reinstall "$deb" >/dev/null
[[ -x /usr/bin/s11 ]] || { echo "check-package.sh: /usr/bin/s11 was not installed" >&2; exit 1; }
for dir in standards questionnaires examples; do
  if grep -qF "$checkout/$dir" /usr/bin/s11; then
    echo "check-package.sh: /usr/bin/s11 holds a path in the checkout, $checkout/$dir" >&2
    exit 1
  fi
done

work=$(mktemp -d)
mode=$(stat -c %a "$checkout")
cleanup() {
  if [[ $(id -u) -eq 0 ]]; then chmod "$mode" "$checkout"; fi
  rm -rf "$work"
}
trap cleanup EXIT

# As root, hide the checkout: the demo runs as nobody, who cannot enter it.
as_user=()
if [[ $(id -u) -eq 0 ]] && command -v setpriv >/dev/null; then
  chmod 0700 "$checkout"
  chown "$(id -u nobody):$(id -g nobody)" "$work"
  as_user=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
  if "${as_user[@]}" test -r "$checkout/standards/oscb-2015.xml"; then
    echo "check-package.sh: could not hide the checkout from nobody" >&2
    exit 1
  fi
else
  echo "check-package.sh: not root; the checkout stays readable (no compiled-in path was found)"
fi

(cd "$work" &&
  "${as_user[@]}" env -u S11_STANDARDS_PATH -u S11_QUESTIONNAIRES_PATH -u S11_EXAMPLES_PATH \
    /usr/bin/s11 demo --out "$work/demo" >"$work/demo.log" 2>&1) ||
  { cat "$work/demo.log" >&2; echo "check-package.sh: s11 demo failed" >&2; exit 1; }
[[ -s "$work/demo/out/section11-return.xlsx" ]] ||
  { cat "$work/demo.log" >&2; echo "check-package.sh: s11 demo wrote no return" >&2; exit 1; }
sed -n '/^Standard/,/^Overall/p' "$work/demo.log"
help=$(cd "$work" && "${as_user[@]}" /usr/bin/s11 --help)
grep -q '^  demo ' <<<"$help" || { echo "check-package.sh: s11 --help does not list demo" >&2; exit 1; }

# The man page. A system that keeps no man pages (dpkg path-exclude, as slim images do) still
# gets it in the package.
man_page=/usr/share/man/man1/s11.1.gz
if [[ -f $man_page ]]; then
  if command -v man >/dev/null; then man -w s11; fi
  gzip -dc "$man_page" | grep -q '^\.SH COMMANDS' ||
    { echo "check-package.sh: $man_page has no COMMANDS section" >&2; exit 1; }
elif grep -qs 'path-exclude=/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
  dpkg-deb --contents "$deb" | grep -q "\./usr/share/man/man1/s11\.1\.gz$" ||
    { echo "check-package.sh: the package has no man page" >&2; exit 1; }
  echo "check-package.sh: man pages are excluded here; the package holds $man_page"
else
  echo "check-package.sh: $man_page was not installed" >&2
  exit 1
fi
echo "check-package.sh: /usr/bin/s11 from $deb works on its own"
