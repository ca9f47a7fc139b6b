#!/usr/bin/env bash
# Startup benchmark: time from launching the packaged app to the first HTTP answer of `/`.
# Usage: ./mvnw -DskipTests package && bench/startup.sh [RUNS] [extra java options...]
# Each run uses a scratch directory with the shipped lessons/quizzes; the first run starts on a
# fresh database (Flyway migrates, the first instructor is created), later runs reuse it.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}; shift || true
port=${PORT:-18190}
app=$PWD/target/quarkus-app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r lessons quizzes "$work"/
# Run from the app's folder (an AppCDS archive names its jars relative to it); data goes to $work.
cd "$app"
export AGORA_LESSONS_DIR=$work/lessons AGORA_QUIZZES_DIR=$work/quizzes AGORA_SESSION_KEY=startup-bench-session-key-0123456789
export QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-"jdbc:h2:file:$work/data/agora;WRITE_DELAY=0"}
all=()
for i in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    AGORA_ADMIN_USERNAME=admin AGORA_ADMIN_PASSWORD=startup-bench-1 QUARKUS_HTTP_PORT=$port \
        java "$@" -jar quarkus-run.jar >"$work/log-$i.txt" 2>&1 &
    pid=$!
    until curl -fso /dev/null "http://localhost:$port/"; do
        kill -0 "$pid" 2>/dev/null || { echo "the app exited; see its log:"; cat "$work/log-$i.txt"; exit 1; }
        sleep 0.02
    done
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 )); all+=("$ms")
    cpu=$(awk '{printf "%d", ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat")
    echo "run $i: first answer after $ms ms, $cpu ms of CPU"
    kill "$pid"; wait "$pid" 2>/dev/null || true
done
printf '%s\n' "${all[@]}" | sort -n | awk '{v[NR]=$1} END {printf "median %d ms, best %d ms, worst %d ms over %d runs\n", v[int((NR+1)/2)], v[1], v[NR], NR}'
