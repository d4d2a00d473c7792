#!/usr/bin/env bash
# End to end: generates CSV folders of 10k, 100k and 1M people with `maillon generate`, then times
# `maillon diagnose FOLDER --summary --format json` with /usr/bin/time -v: wall time and peak
# resident memory (RSS) of the whole process, JVM start, reading, validation and writing included.
# Each size runs REPEATS times (default 3) and the median wall time is printed, with every run's
# figures in the log. Usage: bench/run-e2e.sh [SIZES...]   (env: REPEATS, WORK, MAILLON_JAVA_OPTS)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

work="${WORK:-/tmp/maillon-e2e}"
repeats="${REPEATS:-3}"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000 1000000)
[ -x /usr/bin/time ] || { echo "run-e2e: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 1; }
mkdir -p "$work"

"$root/maillon" --version > /dev/null   # builds the command line jar first, outside the timings
echo "| people | wall s (median of $repeats) | peak RSS MB (max) | runs (s) |"
echo "|---:|---:|---:|---|"
for people in "${sizes[@]}"; do
  model="$work/org-$people-csv"
  [ -d "$model" ] || "$root/maillon" generate --people "$people" --seed 1 --out "$model"
  walls=(); peak=0
  for ((run = 1; run <= repeats; run++)); do
    log="$work/time-$people-$run.log"
    /usr/bin/time -v "$root/maillon" diagnose "$model" --summary --format json > "$work/diagnosis-$people.json" 2> "$log"
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { print int($2 / 1024) }' "$log")
    walls+=("$wall"); [ "$rss" -gt "$peak" ] && peak=$rss
  done
  echo "| $people | $(printf '%s\n' "${walls[@]}" | median) | $peak | ${walls[*]} |"
done
