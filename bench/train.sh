#!/usr/bin/env bash
# Records the JDK 25 AOT cache (JEP 514, one step) from a short scripted journey through the app,
# instead of the start-only recording that the AOT build makes (pom.xml: quarkus.package.jar.aot.*,
# which exits right after the framework's static init: no database, no HTTP request).
#
# Usage: JAVA_HOME=/path/to/jdk-25 ./mvnw package -DskipTests -Dquarkus.package.jar.aot.enabled=true
#        JAVA=/path/to/jdk-25/bin/java bench/train.sh [APP_DIR]      (default target/quarkus-app)
# It starts APP_DIR/quarkus-run.jar with the production settings (deploy/jvm.options) and
# -XX:AOTCacheOutput, on a scratch data folder and a copy of the shipped lessons and quizzes, then
# ROUNDS times (default 3): an instructor (HTTP Basic) creates a class; a learner signs up, signs in
# with the form, reads /lessons/overview and /, starts overview-quiz, saves an answer to each
# question, submits; the instructor reads the class's scoreboard (API and page). Then SIGTERM: the
# JVM writes the cache as it exits, into APP_DIR/app.aot (replacing the build's one only on success).
# Use the same JDK build to run the app (deploy/agora.sh picks app.aot up by itself).
# Settings (environment): JAVA (else $JAVA_HOME/bin/java, else java), ROUNDS=3, PORT=18390.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
APP=$(cd "${1:-$ROOT/target/quarkus-app}" && pwd)
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
JAVA=${JAVA:-java}
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-18390}
BASE=http://127.0.0.1:$PORT
ADMIN=admin ADMIN_PASS=train-admin-pass-1
log() { printf '%s train: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

feature=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
((${feature:-0} >= 25)) || die "$JAVA is Java ${feature:-?}: the one-step AOT cache (-XX:AOTCacheOutput) needs JDK 25 or newer"
[[ -f $APP/quarkus-run.jar ]] || die "no $APP/quarkus-run.jar: package the app first"
unzip -p "$APP/quarkus-run.jar" META-INF/MANIFEST.MF | grep '^Class-Path:' >/dev/null \
  || log "WARNING: $APP is not the aot-jar packaging (build with -Dquarkus.package.jar.aot.enabled=true): most classes come from Quarkus's own class loader, which the cache cannot hold"
for t in curl jq; do command -v $t >/dev/null || die "$t is needed"; done

work=$(mktemp -d /tmp/agora-train.XXXXXX)
pid=
cleanup() {
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$work" "$APP/app.aot.training"
}
trap cleanup EXIT
cp -r "$ROOT/lessons" "$ROOT/quizzes" "$work"/
log "recording with $("$JAVA" -version 2>&1 | head -1); app $APP; scratch $work"
# shellcheck disable=SC2086 # JAVA_OPTS is a word list on purpose
(cd "$work" && exec env AGORA_LESSONS_DIR="$work/lessons" AGORA_QUIZZES_DIR="$work/quizzes" \
  AGORA_SESSION_KEY=train-session-key-0123456789abcdef AGORA_ADMIN_USERNAME=$ADMIN AGORA_ADMIN_PASSWORD=$ADMIN_PASS \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$work/data/agora;WRITE_DELAY=0" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  "$JAVA" "@$ROOT/deploy/jvm.options" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$APP/app.aot.training" \
  -jar "$APP/quarkus-run.jar" >"$work/app.log" 2>&1) &
pid=$!
start=$(date +%s)
until curl -fso /dev/null "$BASE/"; do
  kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/app.log" >&2; die "the app exited during start"; }
  (($(date +%s) - start < 180)) || die "no answer within 180 s"
  sleep 0.1
done
log "first answer after $(($(date +%s) - start)) s; $ROUNDS rounds of the journey"

# want CODE curl-args...: the request must answer CODE; its body goes to stdout.
want() {
  local code=$1 got; shift
  got=$(curl -s -o "$work/body" -w '%{http_code}' "$@") || true
  [[ $got == "$code" ]] || die "expected $code, got $got: curl $* ($(head -c 300 "$work/body"))"
  cat "$work/body"
}
json=(-H 'Content-Type: application/json' -H 'Accept: application/json')
for round in $(seq 1 "$ROUNDS"); do
  class=$(want 201 -u "$ADMIN:$ADMIN_PASS" "${json[@]}" -d "{\"name\":\"Training class $round\"}" "$BASE/api/v1/classes" | jq -r .code)
  user=trainee$round pass=train-learner-pass-$round
  want 201 "${json[@]}" -d "{\"classCode\":\"$class\",\"username\":\"$user\",\"password\":\"$pass\",\"displayName\":\"Trainee $round\"}" \
    "$BASE/api/v1/signup" >/dev/null
  session=$(curl -s -o /dev/null -D - --data-urlencode "j_username=$user" --data-urlencode "j_password=$pass" \
    "$BASE/j_security_check" | tr -d '\r' | sed -n 's/^set-cookie: agora-session=\([^;]*\).*/\1/Ip')
  [[ -n $session ]] || die "form sign-in failed for $user"
  cookie=(-H "Cookie: agora-session=$session")
  want 200 "${cookie[@]}" "$BASE/lessons/overview" | grep signout >/dev/null || die "the lesson page is not signed in"
  want 200 "${cookie[@]}" "$BASE/" >/dev/null
  attempt=$(want 201 -X POST "${cookie[@]}" -H 'Accept: application/json' "$BASE/api/v1/quizzes/overview-quiz/attempts")
  a=$(jq -r .attempt <<<"$attempt")
  # An answer of the right shape to every question (right or wrong does not matter for training).
  while IFS=$'\t' read -r q answer; do
    want 204 -X PUT "${cookie[@]}" "${json[@]}" -d "$answer" "$BASE/api/v1/attempts/$a/answers/$q" >/dev/null
  done < <(jq -r '.questions[] | [.id, (
      if (.type == "single" or .type == "multiple" or .type == "truefalse") then {choices: [.options[0].id]}
      elif .type == "order" then {order: [.options[].id]}
      elif .type == "match" then .right as $r
        | {pairs: ([.left | to_entries[] | select($r[.key] != null) | {key: .value.id, value: $r[.key].id}] | from_entries)}
      else {text: "1"} end | tojson)] | @tsv' <<<"$attempt")
  want 200 -X POST "${cookie[@]}" -H 'Accept: application/json' "$BASE/api/v1/attempts/$a/submit" >/dev/null
  want 200 -u "$ADMIN:$ADMIN_PASS" -H 'Accept: application/json' "$BASE/api/v1/classes/$class/scoreboard" >/dev/null
  want 200 -u "$ADMIN:$ADMIN_PASS" "$BASE/classes/$class/scoreboard" >/dev/null
done
log "journey done; stopping the app (SIGTERM): the JVM writes the cache as it exits"
kill -TERM "$pid"
wait "$pid" || true
pid=
[[ -s $APP/app.aot.training ]] || { tail -n 20 "$work/app.log" >&2; die "no cache was written"; }
mv "$APP/app.aot.training" "$APP/app.aot"
log "wrote $APP/app.aot ($(du -h "$APP/app.aot" | cut -f1)); check it with: $JAVA @deploy/jvm.options -XX:AOTCache=$APP/app.aot -XX:AOTMode=on -Xlog:aot -jar $APP/quarkus-run.jar"
