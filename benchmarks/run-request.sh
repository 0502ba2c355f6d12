#!/usr/bin/env bash
# request-service benchmarks against the whole stack running locally (deploy/local/up):
#   1. registration throughput and p50/p99 latency at a fixed rate (default 200/s for 60 s);
#   2. the annual report over 100,000 applications;
#   3. alert lag (due time -> alert on govopen.alerts) with 100,000 open deadlines.
# Seeded rows are deleted afterwards; registered applications stay (they are in unit nanning/qingxiu).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RATE=${RATE:-200}
SECONDS_=${SECONDS_:-60}
"$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
CLERK=$("$ROOT/deploy/local/token" clerk nanning/qingxiu bench-clerk)
SUPERVISOR=$("$ROOT/deploy/local/token" supervisor nanning/qingxiu bench-supervisor)
JDBC=jdbc:postgresql://127.0.0.1:5432/govopen_request
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -cp "$CP" org.govopen.benchmarks.RegistrationLoad http://127.0.0.1:8082/api/v1/applications "$CLERK" "$RATE" "$SECONDS_"
java -cp "$CP" org.govopen.benchmarks.AnnualReportBench "$JDBC" http://127.0.0.1:8082 "$SUPERVISOR" 100000
java -cp "$CP" org.govopen.benchmarks.AlertLagBench "$JDBC" 127.0.0.1:9092 100000 2000
