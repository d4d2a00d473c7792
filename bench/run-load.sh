#!/usr/bin/env bash
# Load test of concurrent users (issue 18): generates an organisation of N people (1,000,000 by
# default; `maillon generate --seed 1 --format csv`, zipped), starts the server jar on a fresh data
# folder, SQLite by default or on an embedded PostgreSQL (org.maillon.bench.PostgresLauncher), imports
# the model as the admin, creates 50 member accounts and the survey links (org.maillon.bench.soak.
# LoadSetup), then runs the Gatling simulation of bench/load (50 members browsing, 20 respondents
# answering, for LOAD_SECONDS each) and prints its summary, the import's time and the server's RSS.
# Exits with Gatling's status: 0 only when p95 <= 300 ms and no request failed.
# Usage: bench/run-load.sh [sqlite|postgres]
# Environment: LOAD_PEOPLE (1000000), LOAD_SECONDS (300), LOAD_BROWSERS (50), LOAD_RESPONDENTS (20),
# LOAD_PORT (18490), MAILLON_JAVA_OPTS (the server's JVM; default -Xmx2g). Not part of CI or ./mvnw verify.
set -euo pipefail

engine="${1:-sqlite}"
case "$engine" in sqlite|postgres) ;; *) echo "usage: bench/run-load.sh [sqlite|postgres]" >&2; exit 2 ;; esac
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
people="${LOAD_PEOPLE:-1000000}"
seconds="${LOAD_SECONDS:-300}"
browsers="${LOAD_BROWSERS:-50}"
respondents="${LOAD_RESPONDENTS:-20}"
port="${LOAD_PORT:-18490}"
out="$root/bench/target/load/$engine-$people"
model="$root/bench/target/load/org-$people"
password="load-admin-password"
base="http://localhost:$port"

bench_jar="$root/bench/target/maillon-benchmarks.jar"
if [ ! -f "$bench_jar" ] || [ -n "$(find "$root/bench/src" "$root/core/src" "$root/bench/pom.xml" -newer "$bench_jar" -print -quit)" ]; then
  echo "run-load: building the benchmarks…" >&2
  (cd "$root" && ./mvnw -q -Pbench -pl bench -am package -DskipTests) >&2
fi

if [ ! -f "$model.zip" ]; then
  echo "run-load: generating $people people…" >&2
  rm -rf "$model"
  "$root/maillon" generate --people "$people" --seed 1 --format csv --out "$model" >&2
  (cd "$model" && zip -q "$model.zip" ./*.csv)
fi

rm -rf "$out"
mkdir -p "$out"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done' EXIT

if [ "$engine" = postgres ]; then
  java -cp "$bench_jar" org.maillon.bench.PostgresLauncher > "$out/postgres.env" 2> "$out/postgres.log" &
  pids+=($!)
  for ((waited = 0; ; waited++)); do
    grep -q MAILLON_DB_PASSWORD "$out/postgres.env" && break
    kill -0 "${pids[0]}" 2>/dev/null && [ "$waited" -lt 120 ] || { echo "run-load: PostgreSQL did not start; see $out/postgres.log" >&2; exit 1; }
    sleep 1
  done
  set -a; source "$out/postgres.env"; set +a
fi

export MAILLON_ADMIN_PASSWORD="$password" MAILLON_JAVA_OPTS="${MAILLON_JAVA_OPTS:--Xmx2g}"
"$root/maillon" serve --port "$port" --data "$out/data" > "$out/server.log" 2>&1 &
server=$!
pids=("$server" ${pids[@]+"${pids[@]}"})
echo "run-load: server process $server on port $port ($engine), log in $out/server.log" >&2
for ((waited = 0; ; waited += 2)); do
  kill -0 "$server" 2>/dev/null || { echo "run-load: the server stopped; see $out/server.log" >&2; exit 1; }
  curl -sf -o /dev/null "$base/actuator/health/readiness" && break
  [ "$waited" -lt 600 ] || { echo "run-load: the server was not ready after 10 minutes" >&2; exit 1; }
  sleep 2
done

import=$(curl -s -o "$out/import.json" -w '%{http_code} %{time_total}' -u "admin:$password" -X POST \
  -H 'Content-Type: application/zip' --data-binary "@$model.zip" "$base/api/model")
echo "run-load: import of $people people: HTTP status and seconds $import" >&2
[ "${import%% *}" = 201 ] || { echo "run-load: the import failed; see $out/import.json" >&2; exit 1; }

links=$((respondents * (seconds / 7 + 2)))
java -Xmx3g -cp "$bench_jar" org.maillon.bench.soak.LoadSetup --base "$base/" --admin-password "$password" \
  --model "$model" --users "$browsers" --links "$links" --out "$out/feeders"

rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$server/status"; echo; }

# First visits after the import, once each by the first member, in a row: the caches that the
# pages fill are filled here, not by 50 users at once, and these times are reported on their own.
cookies="$out/cookies.txt"
IFS=, read -r username pw person team < <(sed -n 2p "$out/feeders/users.csv")
csrf=$(curl -s -c "$cookies" "$base/login" | grep -o '<input[^>]*name="_csrf"[^>]*>' | sed 's/.*value="\([^"]*\)".*/\1/')
curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$username" \
  --data-urlencode "password=$pw" --data-urlencode "_csrf=$csrf" "$base/login"
echo "run-load: first visits after the import (seconds, HTTP status, bytes):" >&2
for path in / "/people/$person" "/teams/$team" /teams /value-chain /hierarchy /listening /centricity /support \
  /bureaucracy /customers /pulse; do
  echo "  $path $(curl -s -o /dev/null -b "$cookies" -w '%{time_total} %{http_code} %{size_download}' "$base$path")" >&2
done

echo "run-load: server memory before the load: $(rss)" >&2
echo "run-load: Gatling, $browsers members and $respondents respondents for $seconds s; uptime: $(uptime)" >&2
status=0
rm -rf "$root/bench/load/target/gatling"
(cd "$root/bench/load" && "$root/mvnw" -q gatling:test -Dload.base="$base" -Dload.data="$out/feeders" \
  -Dload.seconds="$seconds" -Dload.browsers="$browsers" -Dload.respondents="$respondents") \
  > "$out/gatling.log" 2>&1 || status=$?
echo "run-load: server memory after the load: $(rss)" >&2
report=$(find "$root/bench/load/target/gatling" -mindepth 1 -maxdepth 1 -type d | head -n 1)
[ -n "$report" ] || { echo "run-load: Gatling wrote no report; see $out/gatling.log" >&2; exit 1; }
mv "$report" "$out/gatling"
python3 "$root/bench/load/summary.py" "$out/gatling"
grep -E "^Global: " "$out/gatling.log" || true
echo "run-load: uptime: $(uptime)" >&2
echo "run-load: Gatling's report in $out/gatling/index.html, its log in $out/gatling.log; exit $status" >&2
exit "$status"
