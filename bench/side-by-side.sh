#!/usr/bin/env bash
# H2 and PostgreSQL side by side, and the small-machine JVM settings against the JVM's defaults
# (issue 14). Packages both flavours once, then ROUNDS times, in turn:
#   bench/run.sh RUNS="save submit"   H2, the JVM's defaults
#   bench/run.sh RUNS="save submit"   H2, SETTINGS=small (deploy/jvm.options)
#   bench/run.sh RUNS="save submit"   PostgreSQL, SETTINGS=small
#   bench/scoreboard.py               H2, then PostgreSQL, SETTINGS=small
# and prints one table: each figure's median over the rounds, with its spread (min-max).
# Usage: bench/side-by-side.sh   (about 13 minutes a round on a quiet 2-core machine)
# Settings (environment): ROUNDS=3, LEARNERS=200, VIEWERS=100, OUT (the folder for every report).
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
LEARNERS=${LEARNERS:-200}
VIEWERS=${VIEWERS:-100}
OUT=${OUT:-$(mktemp -d /tmp/agora-side-by-side.XXXXXX)}
mkdir -p "$OUT"
apps=$(mktemp -d /tmp/agora-flavours.XXXXXX)
trap 'rm -rf "$apps"' EXIT
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

log "packaging both flavours"
./mvnw -q -DskipTests package && cp -r target/quarkus-app "$apps/h2"
./mvnw -q -DskipTests -Ppostgresql package && cp -r target/quarkus-app "$apps/postgresql"

for r in $(seq "$ROUNDS"); do
  for config in h2-default h2-small postgresql-small; do
    db=${config%-*} settings=${config#*-}
    log "round $r: bench/run.sh, $db, settings $settings"
    APP_DIR=$apps/$db DB=$db SETTINGS=$([[ $settings == small ]] && echo small) LEARNERS=$LEARNERS \
      RUNS="save submit" bench/run.sh >"$OUT/run-$config-$r.txt" 2>&1 || log "  (exit $?: see $OUT/run-$config-$r.txt)"
  done
  for db in h2 postgresql; do
    log "round $r: bench/scoreboard.py, $db"
    APP_DIR=$apps/$db DB=$db SETTINGS=small LEARNERS=$LEARNERS VIEWERS=$VIEWERS PORT=18180 \
      python3 bench/scoreboard.py >"$OUT/board-$db-$r.txt" 2>&1 || log "  (exit $?: see $OUT/board-$db-$r.txt)"
  done
done

# One line per figure and configuration ("CONFIG FIGURE VALUE"), then per figure the median and the
# spread over the rounds. A run.sh table row ends: req/s p50 p99 non2xx sockerr app wrk ceiling peak.
{
  for config in h2-default h2-small postgresql-small; do
    for f in "$OUT"/run-$config-*.txt; do
      awk -v c="$config" '
        $1 == "save" || $1 == "submit" { print c, $1 "-req/s", $(NF-8); print c, $1 "-p99-ms", $(NF-6) }
        $1 == "save" { print c, "save-peak-RSS-MB", $NF }' "$f"
    done
  done
  for db in h2 postgresql; do
    for f in "$OUT"/board-$db-*.txt; do
      sed -nE "s/^scoreboard API.*RESULT rps=([0-9.]+) p50=[0-9.]+ p99=([0-9.]+).*/$db scoreboard-req\/s \1\n$db scoreboard-p99-ms \2/p;
               s/^projector: .*median ([0-9]+) ms, slowest ([0-9]+) ms.*/$db projector-median-ms \1\n$db projector-slowest-ms \2/p" "$f"
    done
  done
} >"$OUT/figures.txt"
echo "side by side: $ROUNDS rounds, $LEARNERS learners; every report is in $OUT"
awk '{ k = $1 " " $2; if (!(k in vals)) keys[++m] = k; vals[k] = vals[k] " " $3 }
  END {
    for (i = 1; i <= m; i++) {
      c = split(substr(vals[keys[i]], 2), a, " ")
      for (x = 1; x <= c; x++) for (y = x + 1; y <= c; y++) if (a[y] + 0 < a[x] + 0) { t = a[x]; a[x] = a[y]; a[y] = t }
      printf "%-40s median %9s   spread %s-%s   (%d rounds)\n", keys[i], a[int((c + 1) / 2)], a[1], a[c], c
    }
  }' "$OUT/figures.txt"
