#!/usr/bin/env bash
# Start-up benchmark: from launching the packaged app to its first HTTP answer of `/`, side by side:
#   jdk17   Agora, default (fast-jar) packaging, plain `java` 17
#   jdk25   the same folder on JDK 25
#   aot     Agora's AOT build (-Dquarkus.package.jar.aot.enabled=true) on JDK 25 with its cache,
#           trained by bench/train.sh (TRAIN=0: the build's own start-only recording)
#   floor   bench/floor (quarkus-rest, one GET endpoint) on JDK 17: the framework's floor
#   stack   bench/floor-stack (Agora's Quarkus extensions, an entity, a migration, one Qute page) on
#           JDK 17: the floor of the decided stack, so Agora / stack is what Agora's own code costs
# For each: the time to the first answer, the app's CPU time by then, its RSS then; RUNS starts
# each (after WARMUP unmeasured ones, which create its database and bring its files into the page
# cache), median and spread (min-max); then the two target ratios, and Agora / stack. All starts use
# the production JVM settings (deploy/jvm.options; SETTINGS=none for the JVM's defaults, JAVA_OPTS
# for more).
#
# Usage: bench/startup.sh [RUNS]     (builds everything first: a few minutes on 2 busy cores)
# Settings (environment): RUNS=5, WARMUP=1, CONFIGS="jdk17 jdk25 aot floor stack" (a subset, in any
#   order), SKIP_BUILD=1 (reuse the builds in target/startup-bench, bench/floor/target and
#   bench/floor-stack/target), TRAIN=1,
#   JAVA17 (default: java on the PATH), JAVA25 (default: $JAVA25_HOME/bin/java, else
#   /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), SETTINGS=small|none, JAVA_OPTS, PORT=18190.
#
# The old single measurement, of target/quarkus-app as built, with `java` and any options:
#   bench/startup.sh RUNS JAVA-OPTION...       e.g. bench/startup.sh 5 -XX:SharedArchiveFile=app-cds.jsa
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${1:-${RUNS:-5}}; shift || true
WARMUP=${WARMUP:-1}
PORT=${PORT:-18190}
CONFIGS=${CONFIGS:-jdk17 jdk25 aot floor stack}
SETTINGS=${SETTINGS:-small}
JAVA17=${JAVA17:-java}
JAVA25=${JAVA25:-${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java}
BUILDS=$ROOT/target/startup-bench
FLOOR=$ROOT/bench/floor/target/quarkus-app
STACK=$ROOT/bench/floor-stack/target/quarkus-app
TICK=$(getconf CLK_TCK)
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

work=$(mktemp -d /tmp/agora-startup.XXXXXX)
pid=
cleanup() {
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# start_once NAME APP_DIR JAVA [JAVA-OPTION...]: one start in $work/NAME (its own data folder;
# RUN_DIR: another working folder); writes "ms cpu_ms rss_kb" at the first answer of `/` to
# $work/last, then stops the app.
start_once() {
  local name=$1 app=$2 java=$3 start end; shift 3
  mkdir -p "$work/$name"
  start=$(date +%s%N)
  (cd "${RUN_DIR:-$work/$name}" && exec env AGORA_LESSONS_DIR="$work/lessons" AGORA_QUIZZES_DIR="$work/quizzes" \
    AGORA_SESSION_KEY=startup-bench-session-key-0123456789 AGORA_ADMIN_USERNAME=admin AGORA_ADMIN_PASSWORD=startup-bench-1 \
    QUARKUS_DATASOURCE_JDBC_URL="${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:h2:file:$work/$name/data/agora;WRITE_DELAY=0}" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT "$java" "$@" -jar "$app/quarkus-run.jar" >>"$work/$name/log.txt" 2>&1) &
  pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the app ($name) exited; its log:" >&2; tail -n 30 "$work/$name/log.txt" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  printf '%d %d %d\n' $(( (end - start) / 1000000 )) \
    "$(awk -v t="$TICK" '{printf "%d", ($14 + $15) * 1000 / t}' "/proc/$pid/stat")" \
    "$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")" >"$work/last"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
}
cp -r lessons quizzes "$work"/

# --- The old behaviour: one folder, `java` and the options given ----------------------------------
if (($# > 0)); then
  all=()
  for i in $(seq 1 "$RUNS"); do
    # From the app's folder, as before (an AppCDS archive names its jars relative to it).
    RUN_DIR=$ROOT/target/quarkus-app start_once old "$ROOT/target/quarkus-app" java "$@"
    read -r ms cpu _ <"$work/last"
    all+=("$ms"); echo "run $i: first answer after $ms ms, $cpu ms of CPU"
  done
  printf '%s\n' "${all[@]}" | sort -n | awk '{v[NR]=$1} END {printf "median %d ms, best %d ms, worst %d ms over %d runs\n", v[int((NR+1)/2)], v[1], v[NR], NR}'
  exit 0
fi

# --- Build ----------------------------------------------------------------------------------------
has() { [[ " $CONFIGS " == *" $1 "* ]]; }
[[ -x $JAVA25 ]] || ! { has jdk25 || has aot; } || die "no JDK 25 at $JAVA25 (set JAVA25 or JAVA25_HOME)"
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mkdir -p "$BUILDS"
  if has aot; then
    log "building the AOT package on JDK 25 (-Dquarkus.package.jar.aot.enabled=true)"
    JAVA_HOME=$(dirname "$(dirname "$JAVA25")") ./mvnw -q -o -DskipTests package -Dquarkus.package.jar.aot.enabled=true
    rm -rf "$BUILDS/aot"; cp -a target/quarkus-app "$BUILDS/aot"
    if [[ ${TRAIN:-1} == 1 ]]; then JAVA=$JAVA25 bench/train.sh "$BUILDS/aot"; fi
  fi
  if has jdk17 || has jdk25; then
    log "building the default package (fast-jar)"
    ./mvnw -q -o -DskipTests package
    rm -rf "$BUILDS/plain"; cp -a target/quarkus-app "$BUILDS/plain"
  fi
  if has floor; then
    log "building the floor (bench/floor)"
    ./mvnw -q -o -DskipTests -f bench/floor/pom.xml package
  fi
  if has stack; then
    log "building the stack's floor (bench/floor-stack)"
    ./mvnw -q -o -DskipTests -f bench/floor-stack/pom.xml package
  fi
fi

# --- Measure --------------------------------------------------------------------------------------
opts=()
[[ $SETTINGS == none ]] || opts+=("@$ROOT/deploy/jvm.options")
# shellcheck disable=SC2206 # JAVA_OPTS is a word list on purpose
opts+=(${JAVA_OPTS:-})
# CPU idle share of the whole machine over 2 s (as in bench/run.sh): other work skews every figure.
cpu_idle() {
  local a b total=0 i
  a=($(head -1 /proc/stat)); sleep 2; b=($(head -1 /proc/stat))
  for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
  echo $(( 100 * (b[4] - a[4]) / (total > 0 ? total : 1) ))
}
idle=$(cpu_idle)
echo "machine: $(nproc) cores, ${idle}% idle before measuring$( ((idle >= 90)) || echo ' (BUSY: other work skews every figure)')"
echo "JVM settings: ${opts[*]:-none, the JVM defaults}; $RUNS runs each after $WARMUP unmeasured"
results=$work/results.txt
: >"$results"
for c in $CONFIGS; do
  case $c in
    jdk17) app=$BUILDS/plain java=$JAVA17 extra=();;
    jdk25) app=$BUILDS/plain java=$JAVA25 extra=();;
    aot) app=$BUILDS/aot java=$JAVA25 extra=(-XX:AOTCache="$BUILDS/aot/app.aot" -XX:AOTMode=on)
      [[ -f $BUILDS/aot/app.aot ]] || die "no $BUILDS/aot/app.aot";;
    floor) app=$FLOOR java=$JAVA17 extra=();;
    stack) app=$STACK java=$JAVA17 extra=();;
    *) die "unknown configuration '$c' in CONFIGS";;
  esac
  [[ -f $app/quarkus-run.jar ]] || die "no $app/quarkus-run.jar (run without SKIP_BUILD=1)"
  log "$c: $("$java" -version 2>&1 | head -1), $app"
  for _ in $(seq 1 "$WARMUP"); do start_once "$c" "$app" "$java" "${opts[@]}" "${extra[@]}"; done
  for i in $(seq 1 "$RUNS"); do
    start_once "$c" "$app" "$java" "${opts[@]}" "${extra[@]}"
    read -r ms cpu rss <"$work/last"
    log "$c run $i: first answer after $ms ms, $cpu ms of CPU, RSS $((rss / 1024)) MB"
    echo "$c $ms $cpu $rss" >>"$results"
  done
done

# --- Report ---------------------------------------------------------------------------------------
awk -v order="$CONFIGS" '
  function median(list,   n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    lo = a[1]; hi = a[n]
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  { ms[$1] = ms[$1] " " $2; cpu[$1] = cpu[$1] " " $3; rss[$1] = rss[$1] " " $4 }
  END {
    what["jdk17"] = "Agora, JDK 17"; what["jdk25"] = "Agora, JDK 25"
    what["aot"] = "Agora, JDK 25 + AOT cache"; what["floor"] = "floor (quarkus-rest), JDK 17"
    what["stack"] = "stack floor, JDK 17"
    printf "\n%-30s %22s %22s %20s\n", "start-up (median, min-max)", "first answer ms", "CPU ms by then", "RSS then MB"
    n = split(order, cs, " ")
    for (k = 1; k <= n; k++) {
      c = cs[k]; if (ms[c] == "") continue
      m = median(ms[c]); mlo = lo; mhi = hi; med[c] = m
      u = median(cpu[c]); ulo = lo; uhi = hi
      r = median(rss[c]); rlo = lo; rhi = hi
      printf "%-30s %7d (%6d-%6d) %7d (%6d-%6d) %6d (%5d-%5d)\n", what[c], m, mlo, mhi, u, ulo, uhi, r / 1024, rlo / 1024, rhi / 1024
    }
    print ""
    if (med["aot"] && med["jdk17"])
      printf "AOT first answer / JDK 17 first answer: %.0f %% (target <= 40 %%): %s\n", 100 * med["aot"] / med["jdk17"], med["aot"] <= 0.4 * med["jdk17"] ? "MET" : "NOT MET"
    if (med["jdk17"] && med["floor"])
      printf "Agora JDK 17 / floor JDK 17 first answer: %.2fx (target <= 2.5x): %s\n", med["jdk17"] / med["floor"], med["jdk17"] <= 2.5 * med["floor"] ? "MET" : "NOT MET"
    if (med["jdk17"] && med["stack"])
      printf "Agora / stack floor on JDK 17: %.2fx (no target: what Agora adds to the same extensions)\n", med["jdk17"] / med["stack"]
  }' "$results"
