#!/usr/bin/env bash
# Two Agora instances on one PostgreSQL database, behind nginx (deploy/nginx.conf) on loopback,
# driven through a scripted journey (deploy/two_nodes_journey.py): shared sign-in and sign-out,
# saves on one read on the other, twenty submits scored once, a projector on B seeing A's
# submission, and kill -9 of A during saves through nginx losing no acknowledged save.
#
# Usage: deploy/two-nodes.sh            (packages the PostgreSQL flavour first)
#        SKIP_BUILD=1 deploy/two-nodes.sh   (reuses target/quarkus-app, which must be that flavour)
# Needs PostgreSQL on 127.0.0.1:5432 (deploy/postgresql-up.sh), nginx, curl and python3; .ci/run
# installs what is missing. Exits non-zero when any check fails; the logs are printed then.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${PG_USER:-postgres}
NGINX_PORT=${NGINX_PORT:-18380}
A_PORT=${A_PORT:-18381}
B_PORT=${B_PORT:-18382}
ADMIN_USER=admin
ADMIN_PASS=two-nodes-admin-1

need=()
command -v nginx >/dev/null 2>&1 || need+=(nginx)
command -v curl >/dev/null 2>&1 || need+=(curl)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if ((${#need[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
deploy/postgresql-up.sh

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  ./mvnw -q -Ppostgresql -DskipTests package
fi
# (grep without -q reads all of ls's output: with -q it may exit first, and pipefail then fails the check)
ls target/quarkus-app/lib/main | grep '^org.postgresql' >/dev/null \
  || { echo "target/quarkus-app is not the PostgreSQL flavour (./mvnw -Ppostgresql package)" >&2; exit 1; }

work=$(mktemp -d /tmp/agora-two-nodes.XXXXXX)
chmod 755 "$work"
schema=agora_two_nodes_$(date +%Y%m%d_%H%M%S)_$$
pids=()
finish() {
  local rc=$?
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -f $work/nginx.pid ]] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  if ((rc != 0)); then
    for f in "$work"/a.log "$work"/b.log "$work"/nginx-error.log; do
      [[ -f $f ]] && { echo "----- $f (last 60 lines)"; tail -n 60 "$f"; }
    done
  fi
  psql -q -h 127.0.0.1 -U "$PG_USER" -d test -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
  rm -rf "$work"
  exit "$rc"
}
trap finish EXIT

# One copy of the app, one content folder (both instances read the same files, as they would from
# a shared volume), one fresh schema; each instance gets its own working folder for ./data.
cp -r target/quarkus-app "$work/app"
cp -r deploy/two-nodes/lessons deploy/two-nodes/quizzes "$work/"
export AGORA_LESSONS_DIR=$work/lessons AGORA_QUIZZES_DIR=$work/quizzes
export AGORA_SESSION_KEY="two-nodes-$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
export AGORA_ADMIN_USERNAME=$ADMIN_USER AGORA_ADMIN_PASSWORD=$ADMIN_PASS
export QUARKUS_DATASOURCE_JDBC_URL="$PG_URL?currentSchema=$schema" QUARKUS_DATASOURCE_USERNAME=$PG_USER
export QUARKUS_FLYWAY_SCHEMAS=$schema
start() { # name port
  mkdir -p "$work/$1"
  (cd "$work/$1" && QUARKUS_HTTP_PORT=$2 exec java -Xmx256m -jar "$work/app/quarkus-run.jar" >"$work/$1.log" 2>&1) &
  pids+=($!)
}
# Both at once on the empty schema, as a restart of a whole deployment would: one migrates, the
# other waits for Flyway's lock; one creates the first instructor, the other sees it made.
start a "$A_PORT"; a_pid=${pids[0]}
start b "$B_PORT"

sed -e "s/127.0.0.1:8081/127.0.0.1:$A_PORT/; s/127.0.0.1:8082/127.0.0.1:$B_PORT/; s/127.0.0.1:8080/127.0.0.1:$NGINX_PORT/" \
  deploy/nginx.conf >"$work/agora.conf"
mkdir -p "$work/nginx-tmp"
cat >"$work/nginx-main.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
$( ((EUID == 0)) && echo "user root;" )
events { worker_connections 512; }
http {
    log_format upstream '\$upstream_addr \$status';
    access_log $work/nginx-access.log upstream;
    client_body_temp_path $work/nginx-tmp/body;
    proxy_temp_path $work/nginx-tmp/proxy;
    fastcgi_temp_path $work/nginx-tmp/fastcgi;
    uwsgi_temp_path $work/nginx-tmp/uwsgi;
    scgi_temp_path $work/nginx-tmp/scgi;
    include $work/agora.conf;
}
EOF
nginx -c "$work/nginx-main.conf" -p "$work" 2>&1 | { grep -v 'could not open error log file' || true; }

echo "two-nodes: A on :$A_PORT, B on :$B_PORT, nginx on :$NGINX_PORT, schema $schema"
python3 deploy/two_nodes_journey.py "http://127.0.0.1:$NGINX_PORT" "http://127.0.0.1:$A_PORT" \
  "http://127.0.0.1:$B_PORT" "$a_pid" "$ADMIN_USER" "$ADMIN_PASS"
echo "two-nodes: requests through nginx by instance (and status):"
sort "$work/nginx-access.log" | uniq -c | sort -rn | head -n 12
# The killed instance's log shows it had served; the survivor's shows no errors of ours.
if grep -E ' ERROR ' "$work/b.log" | grep -v 'Connection reset\|Broken pipe' ; then
  echo "two-nodes: instance B logged errors (above)" >&2
  exit 1
fi
