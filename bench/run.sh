#!/bin/bash
# Builds the survey benchmark (Release), generates a 1,000,000-response survey CSV, and
# measures ingest-and-aggregate time, MB/s and peak RSS next to `wc -l` on the same file.
#   bash bench/run.sh [RESPONSES]        (default 1000000; the CSV goes to a temp dir)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
responses="${1:-1000000}"
build="$root/build-bench"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v /usr/bin/time >/dev/null || { echo "install the 'time' package (apt-get install time)"; exit 3; }

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DS11_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target s11_survey_bench -j"$(nproc)" >/dev/null
bench="$build/bench/s11_survey_bench"

csv="$work/survey.csv"
python3 "$root/bench/make_survey.py" "$csv" "$responses"
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "file: $(stat -c %s "$csv") bytes, $responses responses"
cat "$csv" >/dev/null  # warm the page cache so each measurement reads from memory

for mode in "" --read-only; do
  /usr/bin/time -f "wall=%es peak_rss=%MKiB" "$bench" "$root/bench/bench-questionnaire.xml" "$csv" $mode
done
echo "wc -l:"
/usr/bin/time -f "wall=%es peak_rss=%MKiB" wc -l "$csv"
