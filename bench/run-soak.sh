#!/usr/bin/env bash
# Soak: starts a real server (the launcher's `serve`, SQLite by default) on a fresh data folder with
# the demo organisation, then drives it for N minutes with mixed traffic from the Java driver
# org.maillon.bench.soak.Soak: pages as member, manager and admin, survey answers through real
# single-use invitations (campaigns and pulses created as a manager through the API), API reads
# and writes, and the demo model re-imported by the admin every 3 minutes. It records every status
# and latency, and the server's heap after a full collection, RSS, threads and open files every
# 30 s; prints the summary and writes it with CSV files under bench/target/soak. Exits 0 when the
# verdict passes: no 5xx, every answer as expected, heap flat (see docs/benchmarks.md, "Soak").
# Usage: bench/run-soak.sh [--minutes N] [--threads N] [--port N] [--think-ms N] [--import-every-s N]
# (env: MAILLON_JAVA_OPTS for the server's JVM). Not part of CI or ./mvnw verify.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
out="$root/bench/target/soak"
port=18480
driver=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --minutes|--threads|--think-ms|--import-every-s|--sample-every-s) driver+=("$1" "$2"); shift 2 ;;
    *) echo "run-soak: unknown option $1" >&2; exit 2 ;;
  esac
done

jar="$root/bench/target/maillon-benchmarks.jar"
if [ ! -f "$jar" ] || [ -n "$(find "$root/bench/src" "$root/core/src" "$root/bench/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "run-soak: building the benchmarks…" >&2
  (cd "$root" && ./mvnw -q -Pbench -pl bench -am package -DskipTests) >&2
fi

rm -rf "$out"
mkdir -p "$out"
data="$out/data"
log="$out/server.log"
# The launcher builds the server's jar first when it is missing or older than its sources.
"$root/maillon" serve --port "$port" --data "$data" \
  --maillon.demo=true --maillon.demo.model="$root/examples/sme.yaml" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

echo "run-soak: server process $pid on port $port, log in $log" >&2
for ((waited = 0; ; waited += 2)); do
  kill -0 "$pid" 2>/dev/null || { echo "run-soak: the server stopped; see $log" >&2; exit 1; }
  if curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness" && grep -q "Maillon demo" "$log"; then
    break
  fi
  [ "$waited" -lt 900 ] || { echo "run-soak: the server was not ready after 15 minutes; see $log" >&2; exit 1; }
  sleep 2
done

status=0
java -cp "$jar" org.maillon.bench.soak.Soak --base "http://localhost:$port/" --pid "$pid" --server-log "$log" \
  --data "$data" --model "$root/examples/sme.yaml" --out "$out" ${driver[@]+"${driver[@]}"} || status=$?
echo "run-soak: figures in $out (summary.md, requests-by-kind.csv, requests-by-endpoint.csv, memory.csv, misses.csv)" >&2
exit "$status"
