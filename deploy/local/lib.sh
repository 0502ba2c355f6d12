# Shared by deploy/local scripts. Everything this directory starts keeps its logs, pids and data in
# $GOVOPEN_LOCAL_HOME (default: <repo>/.local).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${GOVOPEN_LOCAL_HOME:-$ROOT/.local}
LOGS=$STATE/logs
PIDS=$STATE/pids
KAFKA_HOME=$STATE/kafka
KAFKA_PORT=${GOVOPEN_KAFKA_PORT:-9092}
KAFKA_CONTROLLER_PORT=${GOVOPEN_KAFKA_CONTROLLER_PORT:-9093}
KAFKA_CLASSPATH_FILE=$ROOT/deploy/local/kafka-broker/target/kafka-classpath.txt
SERVICES=(catalog request sentiment interaction)
declare -A PORT=([catalog]=8081 [request]=8082 [sentiment]=8083 [interaction]=8084)
TOPICS=(govopen.catalog.events govopen.reference.calendar govopen.request.events govopen.interaction.events
        govopen.sentiment.events govopen.inbound.hotline govopen.inbound.signals govopen.alerts
        govopen.dlq.catalog govopen.dlq.request govopen.dlq.sentiment govopen.dlq.interaction)

log() { printf '\033[1m[govopen]\033[0m %s\n' "$*"; }
die() { printf '\033[31m[govopen] %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

kafka_classpath() {
  if [ ! -s "$KAFKA_CLASSPATH_FILE" ]; then
    log "fetching Apache Kafka's jars through Maven (cached in ~/.m2)"
    (cd "$ROOT" && ./mvnw -B -q -f deploy/local/kafka-broker/pom.xml generate-resources) || die "could not fetch Kafka's jars"
  fi
  cat "$KAFKA_CLASSPATH_FILE"
}
