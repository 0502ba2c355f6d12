#!/usr/bin/env bash
# interaction-service benchmarks against the whole stack running locally (deploy/local/up):
#   1. hotline intake from govopen.inbound.hotline: tickets/s sustained (target ≥ 2,000/s);
#   2. message registration (POST /api/v1/messages): p50/p99 at a fixed rate (default 200/s for 60 s, open model;
#      target p99 < 50 ms), and the most it sustains at 16 concurrent connections (closed loop).
# The statistics benchmark is run-interaction-statistics.sh. ONLY=hotline|registration runs one part; TICKETS, RATE,
# SECONDS_ change the sizes. The benchmark's tickets are deleted afterwards; registered messages stay (unit nanning/qingxiu).
# Builds and measurements take the Maven lock (MAVEN_LOCK, default /tmp/govopen-maven.lock); the caller holds the
# stack's lock (/tmp/govopen-stack.lock) if it shares one.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
ONLY=${ONLY:-all}
TICKETS=${TICKETS:-120000}
RATE=${RATE:-200}
SECONDS_=${SECONDS_:-60}
CONNECTIONS=${CONNECTIONS:-16}
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/govopen-maven.lock}
flock -o "$MAVEN_LOCK" "$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && flock -o "$MAVEN_LOCK" ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
JDBC=jdbc:postgresql://127.0.0.1:5432/govopen_interaction
URL=http://127.0.0.1:8084/api/v1/messages
SERVICE_PID=$(cat "${GOVOPEN_LOCAL_HOME:-$ROOT/.local}/pids/interaction.pid" 2>/dev/null || true)
CLERK=$("$ROOT/deploy/local/token" clerk nanning/qingxiu bench-clerk)
measure() { flock -o "$MAVEN_LOCK" "$@"; }
load() { measure java -Dload.body=message -Dservice.pid="$SERVICE_PID" -Dpostgres.db=govopen_interaction -cp "$CP" \
  org.govopen.benchmarks.RegistrationLoad "$@"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); running: $(ps -eo comm=,args= | grep -cE '^java .*quarkus-run.jar') services"

if [ "$ONLY" = all ] || [ "$ONLY" = hotline ]; then
  measure java -cp "$CP" org.govopen.benchmarks.HotlineIntakeBench "$JDBC" 127.0.0.1:9092 "$TICKETS"
fi
if [ "$ONLY" = all ] || [ "$ONLY" = registration ]; then
  load rate "$URL" "$CLERK" "$RATE" "$SECONDS_"
  load closed "$URL" "$CLERK" "$CONNECTIONS" "$SECONDS_"
fi
