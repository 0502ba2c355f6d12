#!/usr/bin/env bash
# operator-console benchmarks against the whole stack running locally (deploy/local/up):
#   1. intake from govopen.alerts: alerts/s sustained (COUNT alerts of as many cases, 1 in 20 delivered twice;
#      target ≥ 5,000/s);
#   2. the open list with those 100,000 open groups stored: p95 per query (target < 100 ms);
#   3. end to end, a deadline's firing in request-service → its row on an open page in Chromium: p99 (target < 1 s).
# ONLY=intake|list|lag runs one part (list needs intake's alerts: KEEP=1 keeps them afterwards); COUNT, N, DUE change
# the sizes. Builds and measurements take the Maven lock (MAVEN_LOCK, default /tmp/govopen-maven.lock).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ONLY=${ONLY:-all}
COUNT=${COUNT:-100000}
N=${N:-500}
DUE=${DUE:-150}
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/govopen-maven.lock}
flock -o "$MAVEN_LOCK" "$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && flock -o "$MAVEN_LOCK" ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
CONSOLE_DB=jdbc:postgresql://127.0.0.1:5432/govopen_console
REQUEST_DB=jdbc:postgresql://127.0.0.1:5432/govopen_request
OPERATOR=$("$ROOT/deploy/local/token" operator nanning bench-operator)
measure() { flock -o "$MAVEN_LOCK" "$@"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); running: $(ps -eo comm=,args= | grep -cE '^java .*quarkus-run.jar') services"

if [ "$ONLY" = all ] || [ "$ONLY" = intake ]; then
  # the alerts are published while the console is stopped (the producer would otherwise take one of the two cores),
  # then the console is started and takes them in
  STATE=${GOVOPEN_LOCAL_HOME:-$ROOT/.local}
  kill "$(cat "$STATE/pids/console.pid")" 2>/dev/null || true
  while kill -0 "$(cat "$STATE/pids/console.pid")" 2>/dev/null; do sleep 1; done
  measure java -cp "$CP" org.govopen.benchmarks.ConsoleIntakeBench "$CONSOLE_DB" 127.0.0.1:9092 publish "$COUNT"
  "$ROOT/deploy/local/up" > /dev/null
  measure java -cp "$CP" org.govopen.benchmarks.ConsoleIntakeBench "$CONSOLE_DB" 127.0.0.1:9092 await "$COUNT"
fi
if [ "$ONLY" = all ] || [ "$ONLY" = list ]; then
  measure java -cp "$CP" org.govopen.benchmarks.ConsoleListBench http://127.0.0.1:8085 "$OPERATOR" "$N"
fi
if [ "$ONLY" = all ] && [ -z "${KEEP:-}" ]; then
  java -cp "$CP" org.govopen.benchmarks.ConsoleIntakeBench "$CONSOLE_DB" - cleanup
fi
if [ "$ONLY" = all ] || [ "$ONLY" = lag ]; then
  measure java -cp "$CP" org.govopen.benchmarks.ConsoleLagBench "$REQUEST_DB" "$CONSOLE_DB" http://127.0.0.1:8085 "$OPERATOR" "$DUE"
fi
