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
# The shared steps are in bench/lib.sh.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

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
build_jar bench "$jar" -Pbench

rm -rf "$out"
mkdir -p "$out"
data="$out/data"
# The demo's users, admin among them, are made before the first admin would be: their passwords are
# read from the demo's banner in the log, which the driver reads too.
start_server "$port" "$data" "$out/server.log" --maillon.demo=true --maillon.demo.model="$root/examples/sme.yaml"
await_server 900 "Maillon demo"

status=0
java -cp "$jar" org.maillon.bench.soak.Soak --base "$base/" --pid "$server_pid" --server-log "$server_log" \
  --data "$data" --model "$root/examples/sme.yaml" --out "$out" ${driver[@]+"${driver[@]}"} || status=$?
say "figures in $out (summary.md, requests-by-kind.csv, requests-by-endpoint.csv, memory.csv, misses.csv)"
exit "$status"
