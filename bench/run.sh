#!/usr/bin/env bash
# Agora load benchmark: not part of the tests (nothing in .ci/run calls it). See bench/README.md.
#
# Packages the app, starts it on a free loopback port with a fresh data folder, seeds one class of
# LEARNERS learners (each signed in with the form, holding a session cookie and open attempts),
# then measures with wrk, in one run and signed in:
#   static    GET /css/agora.css             the "trivial page": a static file, no DB, no template
#   home      GET /                          the cheapest server-rendered page (Qute, account lookup)
#   lesson    GET /lessons/overview          a lesson page
#   save      PUT /api/v1/attempts/{a}/answers/{q}   saving an answer (204), written to the file before the 204
#   save-delayed  the same after a restart with H2's default 500 ms write delay (what durability costs)
#   submit    POST /api/v1/attempts/{a}/submit       each fresh attempt submitted (scored) once
#   resubmit  POST /api/v1/attempts/{a}/submit       attempts submitted before: the stored result
# and prints requests/s, p50/p99 latency, errors, CPU per request, the app's peak RSS in each run,
# the save/trivial ratio and the cold start. Exits non-zero if any run had a non-2xx response or a socket error.
#
# Usage: bench/run.sh            (from anywhere; about 11 minutes on a quiet 2-core machine)
# Settings (environment): LEARNERS=1000 CONNECTIONS=32 THREADS=2 DURATION=15s WARMUP=30s TIMEOUT=10s
#   PORT=18080 (the first free port from there up), SKIP_BUILD=1 to reuse target/quarkus-app,
#   APP_DIR=/some/quarkus-app to measure a packaged app kept elsewhere (implies SKIP_BUILD=1),
#   SEED_PARALLEL=8, FRESH_PER_LEARNER=6 (fresh attempts per learner for the submit run),
#   RUNS="static home lesson save save-delayed submit resubmit" (a subset, in this order),
#   JAVA_OPTS="..." (passed to java), JAVA=/path/to/bin/java (default: java on the PATH),
#   SETTINGS=small for the production JVM settings (deploy/jvm.options, before JAVA_OPTS),
#   KEEP=1 to keep the temp folder,
#   PROFILE=1 to record each measured run with Java Flight Recorder into the temp folder (NAME.jfr;
#   implies KEEP=1; see bench/README.md for reading it),
#   APP_ENV="NAME=value ..." extra environment for the app (e.g. Quarkus settings to try),
#   DB=postgresql to measure the PostgreSQL flavour (packaged with -Ppostgresql) on the server at
#   127.0.0.1:5432 (PG_URL, PG_USER), in a fresh schema that is dropped afterwards (kept with KEEP=1;
#   save-delayed, an H2 setting, is skipped),
#   REUSE=/tmp/agora-bench.XXXXXX to start again on a folder kept from an earlier run (its database
#   and learners, no seeding; the app is copied afresh). Runs that submit close the attempts that
#   `save` writes to, so keep a seeded folder for saving with e.g. KEEP=1 RUNS="static home".
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
LEARNERS=${LEARNERS:-1000}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
DURATION=${DURATION:-15s}
# The JIT compiles the hot paths while the load runs; on two busy cores that takes tens of seconds,
# and a 5 s warm-up left saving at a third of its steady rate.
WARMUP=${WARMUP:-30s}
# wrk drops a request that takes longer than its timeout from the latency figures (it counts it
# as a socket error instead): a long one keeps slow answers in the p99.
TIMEOUT=${TIMEOUT:-10s}
PORT=${PORT:-18080}
SEED_PARALLEL=${SEED_PARALLEL:-8}
RUNS=${RUNS:-static home lesson save save-delayed submit resubmit}
FRESH_PER_LEARNER=${FRESH_PER_LEARNER:-6}
JAVA_OPTS=${JAVA_OPTS:-}
JAVA=${JAVA:-java}
case ${SETTINGS:-} in
  "") ;;
  small) JAVA_OPTS="@$ROOT/deploy/jvm.options $JAVA_OPTS";;
  *) echo "SETTINGS is small or unset" >&2; exit 1;;
esac
APP_ENV=${APP_ENV:-}
DB=${DB:-h2}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
ADMIN_USER=admin
ADMIN_PASS=bench-admin-$RANDOM$RANDOM
LEARNER_PASS=bench-learner-pass-1
LESSON=overview
QUIZ=overview-quiz
TARGET_RPS=3000
TARGET_P99_MS=25

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# --- Tools ----------------------------------------------------------------------------------------
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v jq >/dev/null || need+=(jq)
command -v curl >/dev/null || need+=(curl)
if ((${#need[@]})); then
  log "installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- Package --------------------------------------------------------------------------------------
case $DB in
  h2) FLAVOUR=() ;;
  postgresql) FLAVOUR=(-Ppostgresql) ;;
  *) die "DB=$DB: h2 or postgresql" ;;
esac
APP_DIR=${APP_DIR:-}
[[ -n $APP_DIR ]] && SKIP_BUILD=1
APP_DIR=${APP_DIR:-$ROOT/target/quarkus-app}
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  log "packaging (./mvnw -q -DskipTests package ${FLAVOUR[*]})"
  (cd "$ROOT" && ./mvnw -q -DskipTests package "${FLAVOUR[@]}")
fi
driver=$([[ $DB == postgresql ]] && echo '^org.postgresql' || echo '^com.h2database')
# (grep without -q reads all of ls's output: with -q it may exit first, and pipefail then fails the check)
ls "$APP_DIR/lib/main" | grep "$driver" >/dev/null \
  || die "$APP_DIR is not the $DB flavour (./mvnw -DskipTests package ${FLAVOUR[*]})"
JAR="$APP_DIR/quarkus-run.jar"
[[ -f $JAR ]] || die "$JAR is missing"

# --- Start the app --------------------------------------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while port_busy "$PORT"; do PORT=$((PORT + 1)); done
BASE="http://127.0.0.1:$PORT"

if [[ -n ${REUSE:-} ]]; then
  [[ -f $REUSE/learners.tsv && -d $REUSE/data ]] || { echo "REUSE=$REUSE is not a kept bench folder" >&2; exit 1; }
  WORK=$REUSE KEEP=1
  rm -rf "$WORK/app"
else
  WORK=$(mktemp -d /tmp/agora-bench.XXXXXX)
fi
APP_PID=
stop_app() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
cleanup() {
  local rc=$?
  stop_app
  if [[ -n ${PG_SCHEMA:-} && ${KEEP:-0} != 1 && ${PROFILE:-0} != 1 && $rc == 0 ]]; then
    psql -q -h 127.0.0.1 -U "$PG_USER" -d test -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" >/dev/null 2>&1 || true
  fi
  if ((rc != 0)) && [[ -f $WORK/app.log ]]; then
    log "last lines of the app log ($WORK/app.log):"; tail -n 30 "$WORK/app.log" >&2 || true
  fi
  if [[ ${KEEP:-0} == 1 || ${PROFILE:-0} == 1 || $rc != 0 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private copy of the packaged app under a name of its own: a rebuild in the worktree cannot change
# it mid-run, and a broad "pkill -f quarkus-run" elsewhere on a shared machine does not hit it.
cp -r "$APP_DIR" "$WORK/app"
mv "$WORK/app/quarkus-run.jar" "$WORK/app/agora-bench.jar"
JAR="$WORK/app/agora-bench.jar"
ln -sfn "$ROOT/lessons" "$WORK/lessons"
ln -sfn "$ROOT/quizzes" "$WORK/quizzes"
# PostgreSQL: a schema of the bench's own (a kept folder names it), given to Flyway and the pool.
if [[ $DB == postgresql ]]; then
  "$ROOT/deploy/postgresql-up.sh"
  if [[ -f $WORK/postgresql-schema ]]; then
    PG_SCHEMA=$(cat "$WORK/postgresql-schema")
  else
    PG_SCHEMA=agora_bench_$(date +%Y%m%d_%H%M%S)
    echo "$PG_SCHEMA" >"$WORK/postgresql-schema"
  fi
  APP_ENV="QUARKUS_DATASOURCE_JDBC_URL=$PG_URL?currentSchema=$PG_SCHEMA QUARKUS_DATASOURCE_USERNAME=$PG_USER QUARKUS_FLYWAY_SCHEMAS=$PG_SCHEMA $APP_ENV"
  log "PostgreSQL flavour, schema $PG_SCHEMA"
fi
# start_app [NAME=value ...]: starts the app with these extra settings and waits for its first answer.
start_app() {
  log "starting the app on $BASE (work folder $WORK) $*"
  START_NS=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS and APP_ENV are word lists on purpose
  (cd "$WORK" && exec env AGORA_ADMIN_USERNAME=$ADMIN_USER AGORA_ADMIN_PASSWORD="$ADMIN_PASS" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" $APP_ENV "$@" \
    "$JAVA" $JAVA_OPTS -jar "$JAR" >>"$WORK/app.log" 2>&1) &
  APP_PID=$!
  until curl -s -o /dev/null -f "$BASE/"; do
    kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start"
    (( ($(date +%s%N) - START_NS) < 180000000000 )) || die "the app did not answer within 180 s"
    sleep 0.05
  done
}
start_app
COLD_MS=$(( ($(date +%s%N) - START_NS) / 1000000 ))
log "first successful response after $COLD_MS ms"

# --- Seed -----------------------------------------------------------------------------------------
LEARNER_FILE="$WORK/learners.tsv"
if [[ -n ${REUSE:-} ]]; then
  LEARNERS=$(wc -l <"$LEARNER_FILE") CLASS=reused FRESH_QUIZZES=reused
else
  CLASS=$(curl -sf -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' \
    -d '{"name":"Benchmark class"}' "$BASE/api/v1/classes" | jq -r .code)
  [[ -n $CLASS && $CLASS != null ]] || die "could not create a class"
  # Quizzes for the submit run: each learner gets one open attempt at each, submitted exactly once.
  FRESH_QUIZZES=$(curl -sf "$BASE/api/v1/quizzes" | jq -r --arg q "$QUIZ" --argjson n "$FRESH_PER_LEARNER" \
    '[.[] | select(.id != $q and .timeLimitSeconds == null) | .id][:$n] | join(" ")')
  log "class $CLASS: signing up and signing in $LEARNERS learners ($SEED_PARALLEL at a time; bcrypt makes this slow)"
fi

# One learner: sign up, sign in with the form, open the lesson page once (which both proves the
# session works and hands out the CSRF cookie a browser would then keep), start an attempt at
# $QUIZ and one at each of $FRESH_QUIZZES, and answer the first question of each (the answer to
# $QUIZ's is what the save run sends again and again). Prints one tab-separated line (see
# bench/common.lua).
seed_one() {
  local n=$1 user body headers session csrf quiz a q ans urls=() starts attempts=() lines=() line puts=() more
  user=$(printf 'bench%05d' "$n")
  body=$(printf '{"classCode":"%s","username":"%s","password":"%s","displayName":"Bench Learner %d"}' \
    "$CLASS" "$user" "$LEARNER_PASS" "$n")
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/signup" \
    || { echo "signup failed for $user" >&2; return 1; }
  headers=$(curl -s -o /dev/null -D - --data-urlencode "j_username=$user" --data-urlencode "j_password=$LEARNER_PASS" \
    "$BASE/j_security_check" | tr -d '\r')
  session=$(sed -n 's/^set-cookie: agora-session=\([^;]*\).*/\1/Ip' <<<"$headers")
  [[ -n $session ]] || { echo "sign-in failed for $user" >&2; return 1; }
  headers=$(curl -sf -o "$WORK/page.$n" -D - -H "Cookie: agora-session=$session" "$BASE/lessons/$LESSON" | tr -d '\r')
  csrf=$(sed -n 's/^set-cookie: agora-csrf=\([^;]*\).*/\1/Ip' <<<"$headers")
  grep -q 'signout' "$WORK/page.$n" || { echo "lesson page is not signed in for $user" >&2; return 1; }
  rm -f "$WORK/page.$n"
  # One curl for all the starts; jq reads the stream of responses: attempt, first question, answer.
  for quiz in $QUIZ $FRESH_QUIZZES; do urls+=("$BASE/api/v1/quizzes/$quiz/attempts"); done
  starts=$(curl -s -X POST -H "Cookie: agora-session=$session" -H 'Accept: application/json' "${urls[@]}")
  mapfile -t lines < <(jq -r '[.attempt, .questions[0].id, (.questions[0]
      | if (.type == "single" or .type == "multiple" or .type == "truefalse") then {choices: [.options[0].id]}
        elif .type == "order" then {order: [.options[].id]}
        elif .type == "match" then .right as $r
          | {pairs: ([.left | to_entries[] | select($r[.key] != null) | {key: .value.id, value: $r[.key].id}] | from_entries)}
        else {text: "1"} end | tojson)] | @tsv' <<<"$starts" 2>/dev/null)
  ((${#lines[@]} == ${#urls[@]})) && ! grep -q '^null' < <(printf '%s\n' "${lines[@]}") \
    || { echo "starting attempts failed for $user: $(head -c 300 <<<"$starts")" >&2; return 1; }
  # Answer the first question of each fresh attempt too, so that scoring has something to score.
  for line in "${lines[@]:1}"; do
    IFS=$'\t' read -r a q ans <<<"$line"
    attempts+=("$a")
    ((${#puts[@]} == 0)) || puts+=(--next)
    puts+=(-s -o /dev/null -w '%{http_code}\n' -X PUT -H "Cookie: agora-session=$session" -H 'Content-Type: application/json'
      -d "$ans" "$BASE/api/v1/attempts/$a/answers/$q")
  done
  if ((${#puts[@]})); then
    [[ -z $(curl "${puts[@]}" | grep -v '^204$') ]] || { echo "saving answers failed for $user" >&2; return 1; }
  fi
  more=$(IFS=,; echo "${attempts[*]}")
  printf '%s\t%s\t%s\t%s\n' "$user" "$session" "$csrf" "${lines[0]}"$'\t'"$more"
}
export -f seed_one
export BASE CLASS LEARNER_PASS LESSON QUIZ WORK FRESH_QUIZZES

if [[ -z ${REUSE:-} ]]; then
  SEED_START=$(date +%s)
  # The first learner goes alone: the first start of a quiz stores its version, and concurrent first
  # starts of one quiz race on that insert (a unique-key violation answered with 500).
  seed_one 1 >"$LEARNER_FILE" || die "seeding failed"
  seq 2 "$LEARNERS" | xargs -P "$SEED_PARALLEL" -I{} bash -c 'seed_one {}' >>"$LEARNER_FILE" \
    || die "seeding failed"
  [[ $(wc -l <"$LEARNER_FILE") -eq $LEARNERS ]] || die "seeded $(wc -l <"$LEARNER_FILE") of $LEARNERS learners"
  log "seeded $LEARNERS learners in $(( $(date +%s) - SEED_START )) s"
  # The newest cookies are from now: the first refresh waits until they too are due for re-issue.
  date +%s >"$WORK/last-refresh"
fi

# A check of each kind of request before measuring it: the status must be the expected one.
IFS=$'\t' read -r _ S1 C1 A1 Q1 ANS1 <"$LEARNER_FILE"
check() {
  local want=$1 got; shift
  got=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: agora-session=$S1; agora-csrf=$C1" "$@")
  [[ $got == "$want" ]] || die "expected $want, got $got: curl $*"
}
check 200 "$BASE/css/agora.css"
check 200 "$BASE/"
check 200 "$BASE/lessons/$LESSON"
check 204 -X PUT -H 'Content-Type: application/json' -d "$ANS1" "$BASE/api/v1/attempts/$A1/answers/$Q1"

# --- Measure --------------------------------------------------------------------------------------
RESULTS="$WORK/results.txt"
: >"$RESULTS"
TICK=$(getconf CLK_TCK)
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
# Peak RSS: writing 5 to clear_refs resets the process's high-water mark (VmHWM, Linux 4.0+), so
# VmHWM at the end of a run is that run's peak (warm-up included); where the reset is refused it
# is the peak since the app started.
reset_peak_rss() { echo 5 >"/proc/$APP_PID/clear_refs" 2>/dev/null || true; }
peak_rss_kb() { awk '/^VmHWM:/ {print $2}' "/proc/$APP_PID/status"; }
# CPU idle share of the whole machine over 2 s, with the app idle: anything else running (builds,
# tests, browsers) competes with the app and wrk for the 2 cores and skews every figure.
cpu_idle() {
  local a b
  a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
  local total=0 i
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( 100 * (b[4] - a[4]) / (total > 0 ? total : 1) ))
}
IDLE_BEFORE=$(cpu_idle)
((IDLE_BEFORE >= 90)) || log "WARNING: the machine is only ${IDLE_BEFORE}% idle before measuring: other work is running, figures will be low"
# A browser stores the session cookie that the app re-issues once the old one is a minute old
# (quarkus.http.auth.form.new-cookie-interval); wrk cannot, and the cookies from the seeding are
# older than that, so without this every measured request would pay a re-issue that a browser pays
# once a minute. Before each run, each learner makes one signed-in request and keeps the new cookie.
refresh_one() {
  local user session rest new
  IFS=$'\t' read -r user session rest <<<"$1"
  new=$(curl -s -o /dev/null -D - -H "Cookie: agora-session=$session" "$BASE/api/v1/me/progress" | tr -d '\r' \
    | sed -n 's/^set-cookie: agora-session=\([^;]*\).*/\1/Ip')
  printf '%s\t%s\t%s\n' "$user" "${new:-$session}" "$rest"
}
export -f refresh_one
# The app re-issues only cookies older than that minute, so a cookie from the previous refresh
# would come back unchanged and then expire mid-run: wait until they are all due.
LAST_REFRESH=$(cat "$WORK/last-refresh" 2>/dev/null || echo 0)
refresh_sessions() {
  local fresh="$LEARNER_FILE.fresh" wait=$(( LAST_REFRESH + 62 - $(date +%s) ))
  if ((wait > 0)); then log "waiting ${wait}s until every session cookie is due for re-issue"; sleep "$wait"; fi
  tr '\n' '\0' <"$LEARNER_FILE" | xargs -0 -P "$SEED_PARALLEL" -I{} bash -c 'refresh_one "$1"' _ {} >"$fresh"
  [[ $(wc -l <"$fresh") -eq $(wc -l <"$LEARNER_FILE") ]] || die "refreshing the session cookies failed"
  mv "$fresh" "$LEARNER_FILE"
  LAST_REFRESH=$(date +%s)
  echo "$LAST_REFRESH" >"$WORK/last-refresh"
}
# run NAME SCRIPT WARM-UP-ARG ARG: a warm-up (discarded), then the measured run; the ARG goes to
# the script after the learner file and the thread count (a path for page.lua, a mode for submit.lua).
run() {
  local name=$1 script=$2 warm_arg=$3 arg=$4 out t0 cpu_ms wrk_cpu_ms rss_kb
  log "wrk $name: warm-up $WARMUP, then $DURATION ($THREADS threads, $CONNECTIONS connections)"
  reset_peak_rss
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s "$BENCH/$script" "$BASE" -- "$LEARNER_FILE" "$THREADS" "$warm_arg" >/dev/null
  refresh_sessions
  [[ ${PROFILE:-0} != 1 ]] || jcmd "$APP_PID" JFR.start name="$name" settings=profile >/dev/null
  t0=$(app_ticks)
  # `times` prints, on its second line, the CPU time of the subshell's children: wrk's own.
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$BENCH/$script" "$BASE" -- "$LEARNER_FILE" "$THREADS" "$arg"; times)
  cpu_ms=$(( ($(app_ticks) - t0) * 1000 / TICK ))
  rss_kb=$(peak_rss_kb)
  [[ ${PROFILE:-0} != 1 ]] || jcmd "$APP_PID" JFR.stop name="$name" filename="$WORK/$name.jfr" >/dev/null
  wrk_cpu_ms=$(tail -n 1 <<<"$out" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%d", t * 1000 }')
  printf '%s\n' "$out" >"$WORK/wrk-$name.txt"
  grep '^WRK_RESULT ' <<<"$out" | sed "s/^WRK_RESULT /$name /; s/\$/ app_cpu_ms=$cpu_ms wrk_cpu_ms=$wrk_cpu_ms peak_rss_kb=$rss_kb/" >>"$RESULTS"
}
for r in $RUNS; do
  case $r in
    static) run static page.lua /css/agora.css /css/agora.css;;
    home) run home page.lua / /;;
    lesson) run lesson page.lua "/lessons/$LESSON" "/lessons/$LESSON";;
    save) run save save.lua - -;;
    # The same, on the same data, with H2's default write delay (commits reach the file up to
    # 500 ms after they are acknowledged, and a crash loses them): what durable saving costs.
    save-delayed)
      [[ $DB == h2 ]] || { log "save-delayed skipped: an H2 setting"; continue; }
      stop_app; start_app "QUARKUS_DATASOURCE_JDBC_URL=jdbc:h2:file:./data/agora;WRITE_DELAY=500"
      run save-delayed save.lua - -
      stop_app; start_app;;
    # After save: the warm-up submits the attempts that save wrote to (scoring each once, then
    # returning stored results); the measured run submits every fresh attempt exactly once.
    submit) [[ -n $FRESH_QUIZZES ]] || die "no quiz for fresh attempts"; run submit submit.lua again fresh;;
    resubmit) run resubmit submit.lua again again;;
    *) die "unknown run '$r' in RUNS";;
  esac
done
# --- Report ---------------------------------------------------------------------------------------
# One results line per run: NAME requests=.. rps=.. p50_us=.. p99_us=.. non2xx=.. app_cpu_ms=.. ...
REPORT="$WORK/report.txt"
awk -v learners="$LEARNERS" -v conns="$CONNECTIONS" -v threads="$THREADS" -v dur="$DURATION" \
    -v cores="$(nproc)" -v idle="$IDLE_BEFORE" -v cold="$COLD_MS" -v reused="$([[ -n ${REUSE:-} ]] && echo 1 || echo 0)" -v lesson="$LESSON" \
    -v java="$("$JAVA" -version 2>&1 | head -1)" -v opts="${JAVA_OPTS:-none}" -v rev="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" \
    -v trps="$TARGET_RPS" -v tp99="$TARGET_P99_MS" -v db="$DB" \
    -v fresh="$(awk -F'\t' '$7 != "" { n += split($7, a, ",") } END { print n + 0 }' "$LEARNER_FILE")" '
  {
    n = $1; order[++runs] = n
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[n, kv[1]] = kv[2] }
  }
  END {
    what["static"] = "GET /css/agora.css (trivial)"; what["home"] = "GET / (home page)"
    what["lesson"] = "GET /lessons/" lesson; what["save"] = "PUT /api/v1/attempts/{a}/answers/{q}"
    what["save-delayed"] = "the same, H2 write delay 500 ms (old)"
    what["submit"] = "POST /api/v1/attempts/{a}/submit (new)"; what["resubmit"] = "POST .../submit (submitted before)"
    printf "\nAgora benchmark: %d learners, %d connections, %d wrk threads, %s per run, %d cores\n", learners, conns, threads, dur, cores
    printf "%s; JVM options: %s; app %s (%s); machine idle before measuring: %d%%%s\n", java, opts, rev, db, idle, idle < 90 ? " (BUSY: other work skews every figure)" : ""
    printf "%-8s %-39s %8s %7s %7s %7s %7s %9s %9s %9s %8s\n", "run", "request", "req/s", "p50 ms", "p99 ms", "non2xx", "sockerr", "app us/r", "wrk us/r", "ceiling", "peak MB"
    for (r = 1; r <= runs; r++) {
      n = order[r]; req = v[n, "requests"]
      app = v[n, "app_cpu_ms"] * 1000 / req; wrk = v[n, "wrk_cpu_ms"] * 1000 / req
      printf "%-8s %-39s %8.0f %7.2f %7.2f %7d %7d %9.0f %9.0f %9.0f %8.0f\n", n, what[n], v[n, "rps"], v[n, "p50_us"] / 1000,
        v[n, "p99_us"] / 1000, v[n, "non2xx"], v[n, "socket_errors"], app, wrk, cores * 1e6 / (app + wrk), v[n, "peak_rss_kb"] / 1024
      if (v[n, "peak_rss_kb"] > peak) peak = v[n, "peak_rss_kb"]
    }
    for (r = 1; r <= runs; r++)
      if (v[order[r], "reissued"] > 0)
        printf "%s: %d answers re-issued the session cookie (a browser would have kept the new one)\n", order[r], v[order[r], "reissued"]
    print "app us/r, wrk us/r: CPU time per request of the app and of wrk; ceiling: the req/s at which"
    print "  they would fill every core (an upper bound, less sensitive to other load than req/s)"
    print "peak MB: the highest resident memory of the app in the run, warm-up included (VmHWM)"
    if (peak > 0) printf "highest peak RSS: %.0f MB (target for a small machine, with SETTINGS=small: <= 384 MB): %s\n", peak / 1024, peak <= 384 * 1024 ? "MET" : "NOT MET"
    if (v["save", "rps"] != "" && v["static", "rps"] != "")
      printf "ratio save/trivial: %.3f (req/s of saving an answer / req/s of the static file)\n", v["save", "rps"] / v["static", "rps"]
    if (v["save", "rps"] != "" && v["save-delayed", "rps"] != "")
      printf "durable saving (WRITE_DELAY=0) against the old 500 ms write delay: %.0f vs %.0f req/s (%+.0f%%), p99 %.2f vs %.2f ms\n",
        v["save", "rps"], v["save-delayed", "rps"], 100 * (v["save", "rps"] / v["save-delayed", "rps"] - 1),
        v["save", "p99_us"] / 1000, v["save-delayed", "p99_us"] / 1000
    if (v["save", "rps"] != "" && v["home", "rps"] != "")
      printf "ratio save/home page: %.3f\n", v["save", "rps"] / v["home", "rps"]
    if (v["submit", "rps"] != "")
      printf "submit: %d of the %d fresh attempts submitted, each scored once (the run ends early when all are done)\n", v["submit", "requests"], fresh
    if (v["resubmit", "rps"] != "")
      print "resubmit: submitting attempts already submitted, which returns the stored result and changes nothing"
    printf "cold start (launch to first 200 on /, %s): %d ms\n", reused ? "existing database" : "empty database", cold
    if (v["save", "rps"] != "") {
      ok = v["save", "rps"] >= trps && v["save", "p99_us"] / 1000 <= tp99
      printf "target for save (>= %d req/s with p99 <= %d ms at 32 connections): %s\n", trps, tp99, ok ? "MET" : "NOT MET"
    }
  }' "$RESULTS" | tee "$REPORT"
ERRORS=$(awk '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "non2xx" || kv[1] == "socket_errors") e += kv[2] } } END { print e + 0 }' "$RESULTS")
if ((ERRORS > 0)); then
  log "$ERRORS errors (non-2xx responses or socket errors); wrk outputs are in $WORK"
  exit 1
fi
