#!/usr/bin/env bash
# Checks the formatting of the project's C++ files (clang-format, .clang-format) and runs
# clang-tidy (.clang-tidy) over them, installing both if needed. Exit status is non-zero when a
# file is not formatted or a check of .clang-tidy finds something.
#   scripts/lint.sh           both (CI runs this after scripts/test.sh)
#   scripts/lint.sh --fix     format the unformatted files in place (no clang-tidy)
#   scripts/lint.sh --format  formatting only (seconds); --tidy: clang-tidy only (minutes)
#   scripts/lint.sh [OPTION] PATH...  only the tracked C++ files under these paths
# Environment: S11_LINT_BUILD_DIR (default build-lint), the build directory whose
# compile_commands.json clang-tidy reads (configured here, never built); S11_LINT_JOBS
# (default 2), clang-tidy processes run at once.
set -euo pipefail
cd "$(dirname "$0")/.."

fix=0 run_format=1 run_tidy=1 paths=()
for arg in "$@"; do
  case "$arg" in
    --fix) fix=1 run_tidy=0 ;;
    --format) run_tidy=0 ;;
    --tidy) run_format=0 ;;
    -h | --help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "lint.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
    *) paths+=("$arg") ;;
  esac
done

bash scripts/install-deps.sh --lint
# Version 14 (Debian 12's) is the reference: other versions format some constructs differently.
clang_format=$(command -v clang-format-14 || command -v clang-format)
clang_tidy=$(command -v clang-tidy-14 || command -v clang-tidy)
"$clang_format" --version | grep -q 'version 14\.' ||
  echo "lint: note: $("$clang_format" --version) is not version 14; its output may differ" >&2

# The project's own C++ files: tracked, not test fixtures.
mapfile -t sources < <(git ls-files -- "${paths[@]}" | grep -E '\.(cpp|h)$' | grep -v '^tests/data/')
if ((${#sources[@]} == 0)); then
  echo "lint.sh: no tracked .cpp or .h files under ${paths[*]:-.}" >&2
  exit 2
fi
status=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ((run_format)); then
  start=$SECONDS
  format_rc=0
  printf '%s\0' "${sources[@]}" |
    xargs -0 "$clang_format" --dry-run -Werror >"$out/format.log" 2>&1 || format_rc=$?
  mapfile -t unformatted < <(
    sed -n 's/^\([^:]*\.\(cpp\|h\)\):[0-9]*:[0-9]*: error: .*\[-Wclang-format-violations\]$/\1/p' \
      "$out/format.log" | sort -u)
  if ((${#unformatted[@]} == 0 && format_rc != 0)); then
    cat "$out/format.log" >&2
    echo "lint.sh: clang-format failed" >&2
    exit 2
  elif ((${#unformatted[@]} == 0)); then
    echo "lint: formatting: ${#sources[@]} files formatted ($((SECONDS - start))s)"
  elif ((fix)); then
    "$clang_format" -i "${unformatted[@]}"
    printf 'lint: formatted %s\n' "${unformatted[@]}"
  else
    echo "lint: formatting: ${#unformatted[@]} of ${#sources[@]} files are not formatted" \
      "as .clang-format says:"
    printf '  %s\n' "${unformatted[@]}"
    echo "lint: run scripts/lint.sh --fix to format them in place" \
      "(or clang-format -i FILE; see the diff with git diff)"
    status=1
  fi
fi

if ((run_tidy)); then
  start=$SECONDS
  build_dir=${S11_LINT_BUILD_DIR:-build-lint}
  # Configuring is a second or two and picks up new source files; nothing is compiled. A new
  # build directory is Debug, so that assert() bodies are checked too (NDEBUG drops them).
  build_type=()
  [[ -f "$build_dir/CMakeCache.txt" ]] || build_type=(-DCMAKE_BUILD_TYPE=Debug)
  cmake -S . -B "$build_dir" "${build_type[@]}" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
    >"$out/configure.log" 2>&1 ||
    { cat "$out/configure.log" >&2; echo "lint.sh: cmake configure failed" >&2; exit 2; }
  build_abs=$(cd "$build_dir" && pwd)
  db="$build_abs/compile_commands.json"

  tidy_files=()
  for f in "${sources[@]}"; do
    [[ "$f" == *.cpp ]] || continue
    if grep -qF "\"file\": \"$PWD/$f\"" "$db"; then
      tidy_files+=("$f")
    else
      echo "lint: note: $f is not in $build_dir/compile_commands.json (not built); skipped" >&2
    fi
  done

  # One clang-tidy per file; each file's output is printed whole when it finishes.
  # -Wno-unknown-warning-option: the database holds GCC's flags (e.g. -Wno-restrict).
  mkdir "$out/tidy"
  export clang_tidy build_abs out
  tidy_rc=0
  printf '%s\0' "${tidy_files[@]}" |
    xargs -0 -n 1 -P "${S11_LINT_JOBS:-2}" bash -c '
      log="$out/tidy/$(printf %s "$1" | tr / _).log"
      rc=0
      "$clang_tidy" -p "$build_abs" --quiet --extra-arg=-Wno-unknown-warning-option "$1" \
        >"$log" 2>&1 || rc=$?
      grep -v -e "^[0-9]* warnings\? generated\.$" -e "^[0-9]* warnings\? and [0-9]* errors\? generated\.$" \
        -e "^[0-9]* errors\? generated\.$" -e "^Error while processing " \
        -e "^Suppressed [0-9]* warnings" -e "^Use -header-filter=" "$log" || true
      exit "$rc"' _ || tidy_rc=$?

  # A header's finding is reported by every file that includes it: list each once, with the
  # header's path in the source tree rather than its link under BUILD/include/LAYER/.
  findings=$(cat "$out"/tidy/*.log 2>/dev/null |
    sed -n 's/^\(.*:[0-9]*:[0-9]*: \(warning\|error\): .*\)$/\1/p' |
    sed "s#^$build_abs/include/[^/]*/#$PWD/#; s#^$PWD/##; s/,-warnings-as-errors\]$/]/" | sort -u |
    sort -t: -k1,1 -k2,2n -k3,3n)
  count=0
  [[ -z "$findings" ]] || count=$(printf '%s\n' "$findings" | wc -l)
  if ((tidy_rc != 0 || count != 0)); then
    echo "lint: clang-tidy: $count findings in ${#tidy_files[@]} files ($((SECONDS - start))s):"
    [[ -z "$findings" ]] || printf '%s\n' "$findings" | sed 's/^/  /'
    echo "lint: fix them, or where a finding is wrong, say why beside it:" \
      "// NOLINT(check-name): reason"
    status=1
  else
    echo "lint: clang-tidy: ${#tidy_files[@]} files clean ($((SECONDS - start))s)"
  fi
fi

exit "$status"
