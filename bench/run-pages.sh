#!/usr/bin/env bash
# Pages at scale: generates a CSV model of PEOPLE people with `maillon generate` and zips it once into
# WORK, starts the server jar on a fresh data directory with HEAP as -Xmx, imports the zip through
# POST /api/model, signs in through /login (CSRF token from its form, a cookie jar), then fetches
# every page of the navigation plus a team, a person and a customer: once cold, then WARM times.
# Prints a markdown table (ms of the first fetch, median warm ms, KB of HTML) and the process's
# resident memory (ps) after the import and after the walk, its peak (VmHWM) and the time spent in
# garbage collection (jstat).
# Usage: bench/run-pages.sh [PEOPLE]   (env: WORK, HEAP (default 1200m), PORT, WARM (default 5),
#        SETTLE (seconds between the import and the walk, default 0), HISTOGRAM (a file: the heap's
#        class histogram after the walk, `jcmd GC.class_histogram`), MAILLON_JAVA_OPTS)
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
people="${1:-1000000}"
work="${WORK:-/tmp/maillon-pages}"
heap="${HEAP:-1200m}"
port="${PORT:-8191}"
warm="${WARM:-5}"
settle="${SETTLE:-0}"
password=bench-pages-pw
base="http://localhost:$port"
mkdir -p "$work"

model="$work/org-$people-csv"
zip="$work/org-$people.zip"
[ -d "$model" ] || "$root/maillon" generate --people "$people" --seed 1 --format csv --out "$model" >&2
[ -f "$zip" ] || (cd "$model" && zip -q "$zip" ./*.csv)

jar="$root/server/target/maillon-server.jar"
# built again when any source is newer, as the launcher does: a stale jar measures old code
[ -f "$jar" ] && [ -z "$(find "$root/core/src" "$root/server/src" "$root/pom.xml" -newer "$jar" -print -quit)" ] \
  || (cd "$root" && ./mvnw -q -o -DskipTests -pl server -am package) >&2
data="$(mktemp -d "$work/data.XXXXXX")"
jar_log="$work/server.log"
# shellcheck disable=SC2086 # MAILLON_JAVA_OPTS holds several words on purpose
MAILLON_ADMIN_PASSWORD="$password" java -Xmx"$heap" ${MAILLON_JAVA_OPTS:-} -jar "$jar" \
  --server.port="$port" --maillon.data-dir="$data" > "$jar_log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
until curl -s -o /dev/null "$base/login"; do
  kill -0 "$pid" 2>/dev/null || { echo "run-pages: the server stopped, see $jar_log" >&2; exit 1; }
  sleep 1
done

rss() { ps -o rss= -p "$pid" | awk '{ print int($1 / 1024) }'; }
gc() { jstat -gcutil "$pid" | awk 'NR == 2 { print $NF }'; }   # seconds in garbage collection so far
peak() { awk '/^VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status"; }   # the highest RSS so far
echo "load before: $(uptime | sed 's/.*load average: //')"
import=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -u "admin:$password" -X POST \
  -H 'Content-Type: application/zip' --data-binary @"$zip" "$base/api/model")
echo "import: HTTP ${import% *}, ${import#* } s, RSS $(rss) MB (peak $(peak) MB), GC $(gc) s"
[ "${import%% *}" = 201 ] || { echo "run-pages: the import failed, see $jar_log" >&2; exit 1; }
[ "$settle" -gt 0 ] && sleep "$settle"

jar_cookies="$work/cookies.txt"
rm -f "$jar_cookies"
csrf=$(curl -s -c "$jar_cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$jar_cookies" -c "$jar_cookies" --data-urlencode "username=admin" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"

# first PAGE PATTERN: the first link of PAGE matching PATTERN (a team, a person, a customer).
first() { curl -s -b "$jar_cookies" "$base$1" | grep -o "href=\"$2\"" | sed -n '1s/^href="//; 1s/"$//p'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

pages=(/ /me /teams /support /value-chain /customers /me/customers /listening /centricity /hierarchy
  /bureaucracy /pulse /model /scenarios /users /provisioning)
echo
echo "| page | first ms | warm ms (median of $warm) | KB |"
echo "|---|---:|---:|---:|"
walk() {
  local page="$1" out first_ms size times=()
  out=$(curl -s -o "$work/page.html" -w '%{http_code} %{time_total} %{size_download}' -b "$jar_cookies" "$base$page")
  first_ms=$(awk '{ printf "%d", $2 * 1000 }' <<< "$out")
  size=$(awk '{ printf "%d", $3 / 1024 }' <<< "$out")
  [ "${out%% *}" = 200 ] || first_ms="$first_ms (HTTP ${out%% *})"
  for ((i = 0; i < warm; i++)); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -b "$jar_cookies" "$base$page" | awk '{ printf "%d", $1 * 1000 }')")
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
echo "RSS after the walk: $(rss) MB, peak $(peak) MB, GC $(gc) s in all (-Xmx$heap ${MAILLON_JAVA_OPTS:-}); load after: $(uptime | sed 's/.*load average: //')"
[ -n "${HISTOGRAM:-}" ] && jcmd "$pid" GC.class_histogram > "$HISTOGRAM"
exit 0
