#!/usr/bin/env bash
# request-service benchmarks against the whole stack running locally (deploy/local/up):
#   1. registration: (a) the most it sustains at 16 concurrent connections (closed loop), with the service's CPU
#      per registration; (b) p50/p99 at a fixed rate (default 200/s for 60 s, open model); (c) 8 concurrent
#      registrations by one applicant (closed loop); (d) pgbench replaying one registration's statements
#      (benchmarks/pgbench/registration.sql) in a scratch copy of the schema, for the database's own bound;
#   2. the annual report over 100,000 applications;
#   3. alert lag (due time -> alert on govopen.alerts) with 100,000 open deadlines.
# ONLY=registration|report|alerts runs one part. Seeded rows are deleted afterwards; registered applications stay
# (they are in unit nanning/qingxiu).
# Builds take the Maven lock (MAVEN_LOCK, default /tmp/govopen-maven.lock), and so does every measurement, so no
# build steals the CPU while it runs. The caller holds the stack's lock (/tmp/govopen-stack.lock) if it shares one.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RATE=${RATE:-200}
SECONDS_=${SECONDS_:-60}
CONNECTIONS=${CONNECTIONS:-16}
SAME=${SAME:-8}
ONLY=${ONLY:-all}
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/govopen-maven.lock}
PGHOST=${PGHOST:-127.0.0.1}
flock -o "$MAVEN_LOCK" "$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && flock -o "$MAVEN_LOCK" ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
CLERK=$("$ROOT/deploy/local/token" clerk nanning/qingxiu bench-clerk)
SUPERVISOR=$("$ROOT/deploy/local/token" supervisor nanning/qingxiu bench-supervisor)
JDBC=jdbc:postgresql://127.0.0.1:5432/govopen_request
URL=http://127.0.0.1:8082/api/v1/applications
SERVICE_PID=$(cat "${GOVOPEN_LOCAL_HOME:-$ROOT/.local}/pids/request.pid" 2>/dev/null || true)
measure() { flock -o "$MAVEN_LOCK" "$@"; }
load() { measure java -Dservice.pid="$SERVICE_PID" -Dpostgres.db=govopen_request -cp "$CP" org.govopen.benchmarks.RegistrationLoad "$@"; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "load $(cut -d' ' -f1-3 /proc/loadavg); autovacuum $(psql -h "$PGHOST" -U postgres -Atc 'show autovacuum' postgres);" \
  "running: $(ps -eo comm=,args= | grep -cE '^java .*quarkus-run.jar') services, kafka $(pgrep -f kafka.Kafka > /dev/null && echo yes || echo no)"

if [ "$ONLY" = all ] || [ "$ONLY" = registration ]; then
  # (a) closed loop at 16 connections; (b) fixed rate, open model; (c) one applicant, SAME at once. Each prints the
  # CPU per registration of the service and of PostgreSQL and how busy the machine was (warm-up excluded).
  load closed "$URL" "$CLERK" "$CONNECTIONS" "$SECONDS_"
  load rate "$URL" "$CLERK" "$RATE" "$SECONDS_"
  load same-applicant "$URL" "$CLERK" "$SAME" "$((SECONDS_ / 2 > 10 ? SECONDS_ / 2 : 10))"
  # (d) the same statements straight into PostgreSQL, in a scratch database with the service's schema
  psql -h "$PGHOST" -U postgres -qc "drop database if exists govopen_pgbench" postgres
  psql -h "$PGHOST" -U postgres -qc "create database govopen_pgbench" postgres
  pg_dump -h "$PGHOST" -U postgres -s govopen_request | psql -h "$PGHOST" -U postgres -q govopen_pgbench > /dev/null
  psql -h "$PGHOST" -U postgres -qc "create sequence if not exists case_number_$(date +%Y)" govopen_pgbench
  tps=$(measure pgbench -h "$PGHOST" -U postgres -n -c "$CONNECTIONS" -j 2 -T 30 -D year="$(date +%Y)" \
    -f "$ROOT/benchmarks/pgbench/registration.sql" govopen_pgbench 2>&1 | grep -E '^tps' | head -1)
  echo "pgbench registration.sql, $CONNECTIONS connections, 30 s: $tps"
  psql -h "$PGHOST" -U postgres -qc "drop database govopen_pgbench" postgres
fi
if [ "$ONLY" = all ] || [ "$ONLY" = report ]; then
  measure java -cp "$CP" org.govopen.benchmarks.AnnualReportBench "$JDBC" http://127.0.0.1:8082 "$SUPERVISOR" 100000
fi
if [ "$ONLY" = all ] || [ "$ONLY" = alerts ]; then
  measure java -cp "$CP" org.govopen.benchmarks.AlertLagBench "$JDBC" 127.0.0.1:9092 100000 2000
fi
