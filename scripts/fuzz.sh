#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (clang++, address and undefined-behaviour
# sanitizers, in build-fuzz/) and runs each for a while; any crash, sanitizer report, leak,
# hang or uncaught exception fails (exit 1) and leaves its input in build-fuzz/fuzz/artifacts/.
#   scripts/fuzz.sh                       every target for 60 s each
#   scripts/fuzz.sh --time 600 csv_reader one target for ten minutes
#   scripts/fuzz.sh --list                the target names
# Options: --time SECONDS (per target), --jobs N (parallel fuzzing processes per target,
# default 1). Each target starts from the seeds gathered from the committed fixtures
# (tests/fuzz/make_seeds.py), the corpus earlier runs grew (build-fuzz/fuzz/corpus/TARGET,
# kept) and tests/fuzz/regressions/TARGET (inputs that once failed; each must pass).
# Reproduce a failure: build-fuzz/tests/fuzz/TARGET_fuzz FILE. Environment: S11_FUZZ_BUILD_DIR
# (default build-fuzz), S11_FUZZ_ARGS (more libFuzzer options).
set -euo pipefail
cd "$(dirname "$0")/.."

targets_all=(csv_reader xlsx_reader xlsx_parts framework questionnaire audit_config dates survey ods)
seconds=60 jobs=1 targets=()
while (($#)); do
  case "$1" in
    --time) seconds=${2:?--time needs a number of seconds}; shift ;;
    --jobs) jobs=${2:?--jobs needs a number}; shift ;;
    --list) printf '%s\n' "${targets_all[@]}"; exit 0 ;;
    -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    *)
      if [[ " ${targets_all[*]} " != *" $1 "* ]]; then
        echo "fuzz.sh: unknown target '$1'; expected one of ${targets_all[*]}" >&2
        exit 2
      fi
      targets+=("$1") ;;
  esac
  shift
done
((${#targets[@]})) || targets=("${targets_all[@]}")
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --time '$seconds' is not a whole number of seconds" >&2; exit 2; }
[[ "$jobs" =~ ^[1-9][0-9]*$ ]] || { echo "fuzz.sh: --jobs '$jobs' is not a whole number" >&2; exit 2; }

bash scripts/install-deps.sh --fuzz
cxx=$(command -v clang++-14 || command -v clang++)
build_dir=${S11_FUZZ_BUILD_DIR:-build-fuzz}
# -O1 -g without NDEBUG: fast enough to fuzz, with assert()s and readable stacks.
cmake -S . -B "$build_dir" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DS11_FUZZ=ON -DS11_BUILD_TESTS=OFF \
  -DS11_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target s11_fuzz >"$build_dir/fuzz-build.log" 2>&1 ||
  { tail -40 "$build_dir/fuzz-build.log" >&2; echo "fuzz.sh: the build failed ($build_dir/fuzz-build.log)" >&2; exit 1; }

work="$build_dir/fuzz"
rm -rf "$work/seeds"
python3 tests/fuzz/make_seeds.py . "$work/seeds" >/dev/null
# CsvReader leaked a descriptor per failed open (issue 9); a long run must not stop on that.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for target in "${targets[@]}"; do
  corpus="$work/corpus/$target" artifacts="$work/artifacts/$target"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts" "$work/logs"
  dirs=("$corpus")
  [[ -d "$work/seeds/$target" ]] && dirs+=("$work/seeds/$target")
  [[ -d "tests/fuzz/regressions/$target" ]] && dirs+=("tests/fuzz/regressions/$target")
  dict=()
  [[ -f "tests/fuzz/dict/$target.dict" ]] && dict=(-dict="tests/fuzz/dict/$target.dict")
  fork=()
  ((jobs > 1)) && fork=(-fork="$jobs" -ignore_crashes=0)
  log="$work/logs/$target.log"
  echo "fuzz: $target for ${seconds}s ($(find "${dirs[@]}" -type f | wc -l) corpus inputs)"
  rc=0
  # -timeout: an input taking 10 s is a hang; -rss_limit_mb/-malloc_limit_mb: one using 2 GB
  # is exhausting memory.
  # shellcheck disable=SC2086
  "$build_dir/tests/fuzz/${target}_fuzz" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -malloc_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "${dict[@]}" "${fork[@]}" ${S11_FUZZ_ARGS:-} "${dirs[@]}" \
    >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    failed+=("$target")
    echo "fuzz: $target FAILED (exit $rc); the end of $log:" >&2
    grep -v '^#[0-9]' "$log" | tail -40 >&2
    ls "$artifacts" | sed "s#^#fuzz:   input: $artifacts/#" >&2
  else
    grep -h '^stat::number_of_executed_units\|^Done ' "$log" | tail -1 | sed "s/^/fuzz: $target: /"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: ${#failed[@]} of ${#targets[@]} targets failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} targets ran ${seconds}s each without a failure"
