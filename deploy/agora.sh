#!/usr/bin/env bash
# Agora's production launcher: deploy/agora.sh [ARGS...]
#
# Starts the packaged app (AGORA_APP, default target/quarkus-app next to this folder) with the
# small-machine JVM settings of deploy/jvm.options (AGORA_JVM_OPTIONS for another file), then
# JAVA_OPTS, then the JDK 25 AOT cache APP/app.aot when there is one and the JVM is 25 or newer.
# The JVM: $JAVA, else $JAVA_HOME/bin/java, else java on the PATH. Run it from the folder that
# holds lessons/, quizzes/ and data/ (or set AGORA_LESSONS_DIR etc., see README.md); ARGS go to
# the app. exec: the JVM takes this process's place, so systemd or a container runtime signals it.
#
# The cache is only valid for the JDK build that made it (the AOT build, bench/train.sh): with
# another JVM the cache is refused with a warning and the app starts without it, as on JDK 17.
# AGORA_AOT=off never uses it; AGORA_AOT=on refuses to start without it (-XX:AOTMode=on).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
app=$(cd "${AGORA_APP:-$here/../target/quarkus-app}" && pwd)
options=${AGORA_JVM_OPTIONS:-$here/jvm.options}
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}
java=${java:-java}
[[ -f $app/quarkus-run.jar ]] || { echo "agora.sh: no $app/quarkus-run.jar (./mvnw package, or set AGORA_APP)" >&2; exit 1; }
[[ -f $options ]] || { echo "agora.sh: no JVM options file $options" >&2; exit 1; }

# The JDK's feature version from its release file (no extra JVM start), else from the JVM itself.
jdk=$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)
[[ -n $feature ]] || feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
aot=()
case ${AGORA_AOT:-auto} in
  off) ;;
  on) aot=(-XX:AOTCache="$app/app.aot" -XX:AOTMode=on);;
  auto) if [[ -f $app/app.aot ]] && ((${feature:-0} >= 25)); then aot=(-XX:AOTCache="$app/app.aot"); fi;;
  *) echo "agora.sh: AGORA_AOT is auto, on or off" >&2; exit 1;;
esac
using="no AOT cache"; ((${#aot[@]} == 0)) || using="AOT cache app.aot"
echo "agora.sh: Java ${feature:-?} ($java), $app, $using" >&2
# shellcheck disable=SC2086 # JAVA_OPTS is a word list on purpose
exec "$java" "@$options" ${JAVA_OPTS:-} "${aot[@]}" -jar "$app/quarkus-run.jar" "$@"
