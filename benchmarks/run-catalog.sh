#!/usr/bin/env bash
# catalog-service benchmarks against the whole stack running locally (deploy/local/up):
#   1. public search over 100,000 published entries and items (p50/p95/p99 over citizens' queries);
#   2. export of a 5,000-entry catalogue as XLSX and CSV;
#   3. the annual reports of 100 units as JSON, HTML and XLSX.
# Seeded rows are deleted afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
"$ROOT/deploy/local/up" > /dev/null
(cd "$ROOT" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
JDBC=jdbc:postgresql://127.0.0.1:5432/govopen_catalog
echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1)"
java -cp "$CP" org.govopen.benchmarks.CatalogSearchBench "$JDBC" http://127.0.0.1:8081 "${COUNT:-100000}" "${ROUNDS:-25}"
java -cp "$CP" org.govopen.benchmarks.CatalogExportBench "$JDBC" http://127.0.0.1:8081 "${ENTRIES:-5000}"
java -cp "$CP" org.govopen.benchmarks.CatalogAnnualReportBench "$JDBC" http://127.0.0.1:8081 "${UNITS:-100}" "${REPORT_ROUNDS:-3}"
