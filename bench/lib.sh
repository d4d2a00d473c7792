# shellcheck shell=bash
# Steps the bench scripts share, sourced by each (`source "$(dirname …)/lib.sh"`), never run: so that
# every script generates its model, builds a jar, starts and stops the server, imports, signs in and
# reads the memory the same way, and each step is written once. Safe under `set -euo pipefail`.
# Sets root (the repository), bench_password (the admin's, given to every server started here);
# start_server sets base, server_pid and server_log; sign_in sets cookies. Every process started
# here is stopped, and every path given to remove_on_exit removed, when the script exits.

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
bench_name="$(basename "$0" .sh)"
bench_password="bench-admin-password"
bench_pids=()
bench_trash=()

# say MESSAGE...: one line on stderr, after the script's name.
say() { echo "$bench_name: $*" >&2; }

# die MESSAGE...: says MESSAGE and exits with status 1.
die() { say "$@"; exit 1; }

# median: the median of the numbers read, one a line (the mean of the middle two for an even count).
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# stop_on_exit PID: the process PID is stopped when the script exits, the last one given first.
stop_on_exit() { bench_pids+=("$1"); }

# remove_on_exit PATH: PATH is removed when the script exits.
remove_on_exit() { bench_trash+=("$1"); }

# bench_exit: the EXIT trap; stops the processes of stop_on_exit and removes the paths of remove_on_exit.
bench_exit() {
  local i
  for ((i = ${#bench_pids[@]} - 1; i >= 0; i--)); do
    kill "${bench_pids[i]}" 2>/dev/null || true
    wait "${bench_pids[i]}" 2>/dev/null || true
  done
  rm -rf ${bench_trash[@]+"${bench_trash[@]}"}
}
trap bench_exit EXIT

# build_jar MODULE JAR [MAVEN_OPTION...]: packages MODULE, and the modules it needs, when JAR is missing
# or older than any source of MODULE, of the core or of the parent pom: a stale jar measures old code.
build_jar() {
  local module="$1" jar="$2"
  shift 2
  if [ -f "$jar" ] && [ -z "$(find "$root/pom.xml" "$root/core/src" "$root/core/pom.xml" "$root/$module/src" \
    "$root/$module/pom.xml" -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  say "building the $module (first run or sources changed)…"
  (cd "$root" && ./mvnw -q -DskipTests "$@" -pl "$module" -am package) >&2
}

# model_zip PEOPLE FOLDER ZIP: generates FOLDER, a model of PEOPLE people (`maillon generate --seed 1
# --format csv`: the same people on every run), and ZIP of its CSV files, unless both are there already.
model_zip() {
  local people="$1" folder zip
  folder="$(realpath -m "$2")"
  zip="$(realpath -m "$3")"
  [ -d "$folder" ] && [ -f "$zip" ] && return 0
  say "generating $people people…"
  rm -rf "$folder" "$zip" "$zip.part"
  "$root/maillon" generate --people "$people" --seed 1 --format csv --out "$folder" >&2
  (cd "$folder" && zip -q "$zip.part" ./*.csv)
  mv "$zip.part" "$zip"   # a zip is there only once whole
}

# start_server PORT DATA LOG [OPTION...]: starts `./maillon serve` on PORT and the data folder DATA, its
# output in LOG, with the launcher's heap unless MAILLON_JAVA_OPTS sets -Xmx; the launcher builds the
# server's jar first when it is older than its sources. Sets base, server_pid and server_log.
start_server() {
  local port="$1" data="$2"
  server_log="$3"
  shift 3
  MAILLON_ADMIN_PASSWORD="$bench_password" "$root/maillon" serve --port "$port" --data "$data" "$@" \
    > "$server_log" 2>&1 &
  server_pid=$!
  stop_on_exit "$server_pid"
  base="http://localhost:$port"
  say "server process $server_pid on port $port, log in $server_log"
}

# await_server SECONDS [PATTERN]: waits until the server answers its readiness probe and, when given,
# its log holds PATTERN; exits with status 1 when the server stops or SECONDS pass first.
await_server() {
  local deadline=$((SECONDS + $1)) pattern="${2:-}"
  until curl -sf -o /dev/null "$base/actuator/health/readiness" \
    && { [ -z "$pattern" ] || grep -q "$pattern" "$server_log"; }; do
    kill -0 "$server_pid" 2>/dev/null || die "the server stopped; see $server_log"
    [ "$SECONDS" -lt "$deadline" ] || die "the server was not ready after $1 s; see $server_log"
    sleep 1
  done
}

# import_model ZIP ANSWER: posts the model ZIP to /api/model as the admin, the answer's body in the file
# ANSWER; prints its HTTP status and seconds, "201 7.6" when it is imported.
import_model() {
  curl -s -o "$2" -w '%{http_code} %{time_total}' -u "admin:$bench_password" -X POST \
    -H 'Content-Type: application/zip' --data-binary "@$1" "$base/api/model"
}

# sign_in USERNAME PASSWORD COOKIES: signs in through /login's form with its CSRF token, as a browser
# does, the session in the new cookie jar COOKIES (sets cookies); exits with status 1 when refused.
sign_in() {
  local username="$1" password="$2" csrf location
  cookies="$3"
  rm -f "$cookies"
  csrf=$(curl -s -c "$cookies" "$base/login" | grep -o '<input[^>]*name="_csrf"[^>]*>' \
    | sed 's/.*value="\([^"]*\)".*/\1/' || true)
  [ -n "$csrf" ] || die "no CSRF token in the form of $base/login"
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" \
    --data-urlencode "username=$username" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    "$base/login")
  case "$location" in "" | */login*) die "signing in as $username was refused (sent to '$location')" ;; esac
}

# fetch PATH [CURL_OPTION...]: GET of PATH on the server with the session of sign_in; the body on stdout
# unless the options say otherwise.
fetch() {
  local path="$1"
  shift
  curl -s -b "$cookies" "$@" "$base$path"
}

# memory FIELD: the server's FIELD of /proc/PID/status in MiB: VmRSS (resident now) or VmHWM (its peak).
memory() { awk -v field="$1:" '$1 == field { print int($2 / 1024) }' "/proc/$server_pid/status"; }
