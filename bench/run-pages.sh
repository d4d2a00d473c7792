#!/usr/bin/env bash
# Pages at scale: generates a CSV model of PEOPLE people with `maillon generate` and zips it once into
# WORK, starts the server through the launcher (`./maillon serve`, which rebuilds a jar older than its
# sources) on a fresh data directory with HEAP as -Xmx, imports the zip through POST /api/model, signs
# in through /login (CSRF token from its form, a cookie jar), then fetches every page of the
# navigation plus a team, a person and a customer: once cold, then WARM times.
# Prints a markdown table (ms of the first fetch, median warm ms, KB of HTML) and the process's
# resident memory (VmRSS) after the import and after the walk, its peak (VmHWM) and the time spent in
# garbage collection (jstat). The shared steps are in bench/lib.sh.
# Usage: bench/run-pages.sh [PEOPLE]   (env: WORK, HEAP (default 1200m), PORT, WARM (default 5),
#        SETTLE (seconds between the import and the walk, default 0), HISTOGRAM (a file: the heap's
#        class histogram after the walk, `jcmd GC.class_histogram`), MAILLON_JAVA_OPTS)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

people="${1:-1000000}"
work="${WORK:-/tmp/maillon-pages}"
heap="${HEAP:-1200m}"
port="${PORT:-8191}"
warm="${WARM:-5}"
settle="${SETTLE:-0}"
mkdir -p "$work"

zip="$work/org-$people.zip"
model_zip "$people" "$work/org-$people-csv" "$zip"

data="$(mktemp -d "$work/data.XXXXXX")"
remove_on_exit "$data"
# -Xmx$HEAP first: an -Xmx of MAILLON_JAVA_OPTS, later on the command line, wins over it
MAILLON_JAVA_OPTS="-Xmx$heap ${MAILLON_JAVA_OPTS:-}" start_server "$port" "$data" "$work/server.log"
await_server 1800

gc() { jstat -gcutil "$server_pid" | awk 'NR == 2 { print $NF }'; }   # seconds in garbage collection so far
echo "load before: $(uptime | sed 's/.*load average: //')"
import=$(import_model "$zip" /dev/null)
echo "import: HTTP ${import% *}, ${import#* } s, RSS $(memory VmRSS) MB (peak $(memory VmHWM) MB), GC $(gc) s"
[ "${import%% *}" = 201 ] || die "the import failed, see $server_log"
[ "$settle" -gt 0 ] && sleep "$settle"

sign_in admin "$bench_password" "$work/cookies.txt"

# first PAGE PATTERN: the first link of PAGE matching PATTERN (a team, a person, a customer).
first() { fetch "$1" | { grep -o "href=\"$2\"" || true; } | sed -n '1s/^href="//; 1s/"$//p'; }

pages=(/ /me /teams /support /value-chain /customers /me/customers /listening /centricity /hierarchy
  /bureaucracy /pulse /model /scenarios /users /provisioning)
echo
echo "| page | first ms | warm ms (median of $warm) | KB |"
echo "|---|---:|---:|---:|"
walk() {
  local page="$1" out first_ms size times=()
  out=$(fetch "$page" -o /dev/null -w '%{http_code} %{time_total} %{size_download}')
  first_ms=$(awk '{ printf "%d", $2 * 1000 }' <<< "$out")
  size=$(awk '{ printf "%d", $3 / 1024 }' <<< "$out")
  [ "${out%% *}" = 200 ] || first_ms="$first_ms (HTTP ${out%% *})"
  for ((i = 0; i < warm; i++)); do
    times+=("$(fetch "$page" -o /dev/null -w '%{time_total}' | awk '{ printf "%d", $1 * 1000 }')")
  done
  echo "| \`$page\` | $first_ms | $(printf '%s\n' "${times[@]}" | median) | $size |"
}
for page in "${pages[@]}"; do walk "$page"; done
team=$(first /teams '/teams/[^"/?]*')
[ -n "$team" ] && walk "$team"
person=$(first "${team:-/teams}" '/people/[^"/?]*')
[ -n "$person" ] && walk "$person"
customer=$(first /customers '/customers/[^"/?]*')
[ -n "$customer" ] && walk "$customer"
echo
echo "RSS after the walk: $(memory VmRSS) MB, peak $(memory VmHWM) MB, GC $(gc) s in all (-Xmx$heap ${MAILLON_JAVA_OPTS:-}); load after: $(uptime | sed 's/.*load average: //')"
[ -n "${HISTOGRAM:-}" ] && jcmd "$server_pid" GC.class_histogram > "$HISTOGRAM"
exit 0
