#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 (the project's machines have one, with
# trust authentication, a database "test" and the users root and postgres): starts the installed
# cluster when it is stopped, installs Debian's postgresql first when there is none. Exits non-zero
# when the server still cannot be reached, so that what needs it fails instead of skipping.
set -euo pipefail
up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
wait_up() { for _ in $(seq 60); do up && return 0; sleep 0.5; done; return 1; }

up && exit 0
if ! command -v pg_ctlcluster >/dev/null 2>&1 || [[ -z $(ls /etc/postgresql 2>/dev/null) ]]; then
  echo "postgresql-up: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
  installed=1
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
if [[ ${installed:-0} == 1 ]]; then
  # As on the project's machines: loopback clients are trusted (a test machine, never a server).
  hba=/etc/postgresql/$version/main/pg_hba.conf
  printf 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n' | cat - "$hba" >"$hba.new" && mv "$hba.new" "$hba"
fi
echo "postgresql-up: starting cluster $version/main" >&2
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
if ! wait_up; then
  echo "postgresql-up: no PostgreSQL server answers on 127.0.0.1:5432" >&2
  exit 1
fi
if [[ ${installed:-0} == 1 ]]; then
  psql -q -h 127.0.0.1 -U postgres -c 'CREATE DATABASE test' postgres
fi
