#!/usr/bin/env bash
# Load test of concurrent users (issue 18): generates an organisation of N people (1,000,000 by
# default; `maillon generate --seed 1 --format csv`, zipped), starts the server through the launcher
# (`./maillon serve`) on a fresh data folder, SQLite by default or on an embedded PostgreSQL
# (org.maillon.bench.PostgresLauncher), imports the model as the admin, creates 50 member accounts and
# the survey links (org.maillon.bench.soak.LoadSetup), then runs the Gatling simulation of bench/load
# (50 members browsing, 20 respondents answering, for LOAD_SECONDS each) and prints its summary, the
# import's time and the server's RSS. The server runs with the launcher's heap (-Xmx1200m) unless
# MAILLON_JAVA_OPTS sets -Xmx: the load test measures what `./maillon serve` gives a user.
# Exits with Gatling's status: 0 only when p95 <= 300 ms and no request failed.
# Usage: bench/run-load.sh [sqlite|postgres]
# Environment: LOAD_PEOPLE (1000000), LOAD_SECONDS (300), LOAD_BROWSERS (50), LOAD_RESPONDENTS (20),
# LOAD_PORT (18490), MAILLON_JAVA_OPTS (the server's JVM). Not part of CI or ./mvnw verify.
# The shared steps are in bench/lib.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

engine="${1:-sqlite}"
case "$engine" in sqlite|postgres) ;; *) echo "usage: bench/run-load.sh [sqlite|postgres]" >&2; exit 2 ;; esac
people="${LOAD_PEOPLE:-1000000}"
seconds="${LOAD_SECONDS:-300}"
browsers="${LOAD_BROWSERS:-50}"
respondents="${LOAD_RESPONDENTS:-20}"
port="${LOAD_PORT:-18490}"
out="$root/bench/target/load/$engine-$people"
model="$root/bench/target/load/org-$people"

bench_jar="$root/bench/target/maillon-benchmarks.jar"
build_jar bench "$bench_jar" -Pbench
model_zip "$people" "$model" "$model.zip"

rm -rf "$out"
mkdir -p "$out"

if [ "$engine" = postgres ]; then
  java -cp "$bench_jar" org.maillon.bench.PostgresLauncher > "$out/postgres.env" 2> "$out/postgres.log" &
  postgres=$!
  stop_on_exit "$postgres"
  for ((waited = 0; ; waited++)); do
    grep -q MAILLON_DB_PASSWORD "$out/postgres.env" && break
    if ! kill -0 "$postgres" 2>/dev/null || [ "$waited" -ge 120 ]; then
      die "PostgreSQL did not start; see $out/postgres.log"
    fi
    sleep 1
  done
  set -a   # the MAILLON_DB_ variables that PostgresLauncher wrote, for the server
  # shellcheck source=/dev/null
  source "$out/postgres.env"
  set +a
fi

start_server "$port" "$out/data" "$out/server.log"
await_server 600

import=$(import_model "$model.zip" "$out/import.json")
say "import of $people people: HTTP status and seconds $import"
[ "${import%% *}" = 201 ] || die "the import failed; see $out/import.json"

links=$((respondents * (seconds / 7 + 2)))
java -Xmx3g -cp "$bench_jar" org.maillon.bench.soak.LoadSetup --base "$base/" --admin-password "$bench_password" \
  --model "$model" --users "$browsers" --links "$links" --out "$out/feeders"

rss() { echo "VmHWM: $(memory VmHWM) MiB  VmRSS: $(memory VmRSS) MiB"; }

# First visits after the import, once each by the first member, in a row: the caches that the
# pages fill are filled here, not by 50 users at once, and these times are reported on their own.
IFS=, read -r username pw person team < <(sed -n 2p "$out/feeders/users.csv")
sign_in "$username" "$pw" "$out/cookies.txt"
say "first visits after the import (seconds, HTTP status, bytes):"
for path in / "/people/$person" "/teams/$team" /teams /value-chain /hierarchy /listening /centricity /support \
  /bureaucracy /customers /pulse; do
  echo "  $path $(fetch "$path" -o /dev/null -w '%{time_total} %{http_code} %{size_download}')" >&2
done

say "server memory before the load: $(rss)"
say "Gatling, $browsers members and $respondents respondents for $seconds s; uptime: $(uptime)"
status=0
rm -rf "$root/bench/load/target/gatling"
(cd "$root/bench/load" && "$root/mvnw" -q gatling:test -Dload.base="$base" -Dload.data="$out/feeders" \
  -Dload.seconds="$seconds" -Dload.browsers="$browsers" -Dload.respondents="$respondents") \
  > "$out/gatling.log" 2>&1 || status=$?
say "server memory after the load: $(rss)"
report=$(find "$root/bench/load/target/gatling" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | head -n 1 || true)
[ -n "$report" ] || die "Gatling wrote no report; see $out/gatling.log"
mv "$report" "$out/gatling"
python3 "$root/bench/load/summary.py" "$out/gatling"
grep -E "^Global: " "$out/gatling.log" || true
say "uptime: $(uptime)"
say "Gatling's report in $out/gatling/index.html, its log in $out/gatling.log; exit $status"
exit "$status"
