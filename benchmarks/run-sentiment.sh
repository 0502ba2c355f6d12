#!/usr/bin/env bash
# sentiment-service benchmarks against the whole stack running locally (deploy/local/up):
#   1. alert lag of opinion windows (a window's end -> its breach alert on govopen.alerts) with 10,000 open
#      incidents (40,000 deadlines), 1,000 windows ending within one minute; the escalation alert's lag too;
#   2. signal intake from govopen.inbound.signals (dedup, masking, three warning rules on): signals/s sustained.
# ONLY=alerts|signals runs one part; INCIDENTS, DUE and SIGNALS change the sizes. Seeded rows are deleted afterwards.
# Builds and measurements take the Maven lock (MAVEN_LOCK, default /tmp/govopen-maven.lock); the caller holds the
# stack's lock (/tmp/govopen-stack.lock) if it shares one.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ONLY=${ONLY:-all}
INCIDENTS=${INCIDENTS:-10000}
DUE=${DUE:-1000}
SIGNALS=${SIGNALS:-60000}
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/govopen-maven.lock}
PGHOST=${PGHOST:-127.0.0.1}
flock -o "$MAVEN_LOCK" "$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && flock -o "$MAVEN_LOCK" ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
JDBC=jdbc:postgresql://127.0.0.1:5432/govopen_sentiment
measure() { flock -o "$MAVEN_LOCK" "$@"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); running: $(ps -eo comm=,args= | grep -cE '^java .*quarkus-run.jar') services"

if [ "$ONLY" = all ] || [ "$ONLY" = alerts ]; then
  measure java -cp "$CP" org.govopen.benchmarks.SentimentAlertLagBench "$JDBC" 127.0.0.1:9092 "$INCIDENTS" "$DUE"
fi
if [ "$ONLY" = all ] || [ "$ONLY" = signals ]; then
  measure java -cp "$CP" org.govopen.benchmarks.SignalIntakeBench "$JDBC" 127.0.0.1:9092 "$SIGNALS"
fi
