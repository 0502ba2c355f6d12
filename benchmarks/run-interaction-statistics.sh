#!/usr/bin/env bash
# interaction-service public statistics (issue 10 §6): MESSAGES (default 1,000,000) messages received over the
# calendar year YEAR (default: last year) are generated straight into a scratch database (sql/interaction-statistics-
# seed.sql), an interaction-service of its own is started on it (port PORT, default 8094; no Kafka: its consumers are
# off, so it can run next to deploy/local without touching the stack's topics), its scheduler builds the rollup
# (timed), then GET /api/v1/statistics is measured for a year, a month, a week, a 366-day custom period and a year
# broken down by category, ROUNDS requests each (default 200, after 30 unmeasured), one at a time and CONCURRENCY
# (default 4) at a time: p50/p95/p99 and max in ms (curl's time_total). The scratch database is dropped at the end
# unless KEEP=1. Target: p95 < 200 ms for the year.
# Builds take the Maven lock (MAVEN_LOCK, default /tmp/govopen-maven.lock).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MESSAGES=${MESSAGES:-1000000}
YEAR=${YEAR:-$(( $(date +%Y) - 1 ))}
PORT=${PORT:-8094}
ROUNDS=${ROUNDS:-200}
CONCURRENCY=${CONCURRENCY:-4}
MAVEN_LOCK=${MAVEN_LOCK:-/tmp/govopen-maven.lock}
DB=${DB:-govopen_interaction_bench}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq)
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVICE_PID=

cleanup() {
  if [ -n "$SERVICE_PID" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" != 1 ]; then "${PSQL[@]}" -c "drop database if exists $DB" postgres || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$ROOT/interaction-service/target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/interaction-service/src/main" -newer "$JAR" -type f -print -quit)" ]; then
  echo "== building interaction-service" >&2
  (cd "$ROOT" && flock -o "$MAVEN_LOCK" ./mvnw -B -q -pl interaction-service package -DskipTests) >&2
fi

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(java -version 2>&1 | head -1);" \
  "PostgreSQL $("${PSQL[@]}" -c 'show server_version' postgres); load $(cut -d' ' -f1-3 /proc/loadavg)"

"${PSQL[@]}" -c "drop database if exists $DB" postgres
"${PSQL[@]}" -c "create database $DB" postgres

start_service() {
  java -Xms256m -Xmx512m -Dquarkus.profile=local -Dquarkus.http.port="$PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    -Dkafka.bootstrap.servers=127.0.0.1:1 -Dgovopen.kafka.create-topics=false \
    -Dmp.messaging.incoming.inbound-hotline.enabled=false -Dmp.messaging.incoming.govopen-calendar.enabled=false \
    -Dgovopen.deadlines.sweep-interval=1h "$@" \
    -jar "$JAR" > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$BASE/q/health/live" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 1
  done
  tail -n 40 "$WORK/service.log" >&2
  echo "interaction-service did not start" >&2
  exit 1
}

# the schema (Flyway) first; stopped before the seed (its rollup, if it ran, found nothing)
start_service
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=

echo "== seeding $MESSAGES messages received in $YEAR" >&2
t0=$(date +%s.%N)
"${PSQL[@]}" -v n="$MESSAGES" -v year="$YEAR" -f "$ROOT/benchmarks/sql/interaction-statistics-seed.sql" "$DB" > /dev/null
t1=$(date +%s.%N)
printf 'seed: %d messages in %.0f s; table message %s\n' "$MESSAGES" "$(echo "$t1 - $t0" | bc)" \
  "$("${PSQL[@]}" -c "select pg_size_pretty(pg_total_relation_size('message'))" "$DB")"

# the rollup: the scheduler's first run (5 s after start) recomputes every day and month
start_service
t0=$(date +%s.%N)
for _ in $(seq 1 600); do
  [ "$("${PSQL[@]}" -c "select refreshed_at is not null from message_stats_watermark" "$DB")" = t ] && break
  sleep 0.5
done
t1=$(date +%s.%N)
printf 'rollup: first run done %.1f s after start (5 s of it the scheduler'"'"'s delay): %s day rows, %s month rows, %s\n' \
  "$(echo "$t1 - $t0" | bc)" "$("${PSQL[@]}" -c "select count(*) from message_stats_day" "$DB")" \
  "$("${PSQL[@]}" -c "select count(*) from message_stats_month" "$DB")" \
  "$("${PSQL[@]}" -c "select pg_size_pretty(pg_total_relation_size('message_stats_day') + pg_total_relation_size('message_stats_month'))" "$DB")"
grep -m1 "statistics rollup:" "$WORK/service.log" || true

# p50/p95/p99/max of the times (seconds) on stdin, in ms
percentiles() {
  sort -n | awk '{t[NR] = $1 * 1000} END {
    if (NR == 0) { print "no samples"; exit }
    p50 = t[int(NR * 0.50 + 0.5)]; p95 = t[int(NR * 0.95 + 0.5)]; p99 = t[int(NR * 0.99 + 0.5)]
    printf "n=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f ms\n", NR, p50, p95, p99, t[NR] }'
}

measure() {
  local name=$1 url=$2
  local status
  status=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' "$url")
  [ "$status" = 200 ] || { echo "$name: HTTP $status" >&2; cat "$WORK/answer.json" >&2; exit 1; }
  for _ in $(seq 1 30); do curl -s -o /dev/null "$url"; done
  printf '%-34s 1 at a time:  %s\n' "$name" "$(for _ in $(seq 1 "$ROUNDS"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | percentiles)"
  printf '%-34s %d at a time:  %s\n' "$name" "$CONCURRENCY" "$(seq 1 "$ROUNDS" | xargs -P "$CONCURRENCY" -I{} \
    curl -s -o /dev/null -w '%{time_total}\n' "$url" | percentiles)"
}

API=$BASE/api/v1/statistics
curl -s "$API?period=year&from=$YEAR-01-01" > "$WORK/year.json"
python3 - "$WORK/year.json" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
t = a["totals"]
print("year %s..%s: %d units, received %d, replied %d, on time %d, overdue %d, onTimeRate %s, median %s wd / %s h, satisfaction %s; answer %d bytes"
      % (a["period"]["from"], a["period"]["to"], len(a["units"]), t["received"], t["replied"], t["repliedOnTime"],
         t["overdue"], t["onTimeRate"], t["medianWorkingDays"], t["medianHours"], t["satisfactionRate"], len(open(sys.argv[1]).read())))
PY
measure "year" "$API?period=year&from=$YEAR-01-01"
measure "month" "$API?period=month&from=$YEAR-06-01"
measure "week" "$API?period=week&from=$YEAR-06-10"
measure "custom 366 days (edges from days)" "$API?period=custom&from=$YEAR-01-16&to=$((YEAR + 1))-01-16"
measure "year, unit and category" "$API?period=year&from=$YEAR-01-01&by=unit,category"
measure "year, one district" "$API?period=year&from=$YEAR-01-01&unit=nanning/qingxiu"
measure "year as CSV" "$BASE/api/v1/statistics.csv?period=year&from=$YEAR-01-01&by=unit,category"
measure "year as the page" "$BASE/statistics?period=year&from=$YEAR-01-01"
echo "service CPU: $(ps -o times= -p "$SERVICE_PID") s since start"
