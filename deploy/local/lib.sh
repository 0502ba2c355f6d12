# Shared by deploy/local scripts. Everything this directory starts keeps its logs, pids and data in
# $GOVOPEN_LOCAL_HOME (default: <repo>/.local).
#
# Convention: a function's stdout is its result (callers capture it with $(...)); everything said to the
# user — log, die, tool and Maven output — goes to stderr or to a file in $LOGS, never to stdout.
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

log() { printf '\033[1m[govopen]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[govopen] %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [ -f "$PIDS/$1.pid" ] && kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null; }

# True when the cached classpath file exists and every jar in it is still there (~/.m2 may have been cleaned).
kafka_classpath_usable() {
  [ -s "$KAFKA_CLASSPATH_FILE" ] || return 1
  local jar
  while IFS= read -r -d : jar || [ -n "$jar" ]; do
    jar=${jar%$'\n'}
    [ -z "$jar" ] || [ -f "$jar" ] || return 1
  done < "$KAFKA_CLASSPATH_FILE"
}

# Prints the broker's classpath (and nothing else) on stdout; fetches the jars through Maven when needed.
kafka_classpath() {
  if ! kafka_classpath_usable; then
    mkdir -p "$LOGS"
    log "fetching Apache Kafka's jars through Maven (cached in ~/.m2; output in $LOGS/kafka-fetch.log)"
    if ! (cd "$ROOT" && ./mvnw -B -q -f deploy/local/kafka-broker/pom.xml generate-resources) \
        > "$LOGS/kafka-fetch.log" 2>&1; then
      tail -n 30 "$LOGS/kafka-fetch.log" >&2
      die "could not fetch Kafka's jars; see $LOGS/kafka-fetch.log"
    fi
    kafka_classpath_usable || die "Maven did not write a usable classpath to $KAFKA_CLASSPATH_FILE"
  fi
  tr -d '\n' < "$KAFKA_CLASSPATH_FILE"
}

# A log4j2 configuration for Kafka's command-line tools: warnings and errors to stderr, so a tool's stdout is
# only its answer (a cluster id, a topic list).
kafka_tools_log4j() {
  local f=$KAFKA_HOME/tools-log4j2.properties
  if [ ! -f "$f" ]; then
    mkdir -p "$KAFKA_HOME"
    cat > "$f" <<'PROPS'
rootLogger.level = WARN
rootLogger.appenderRef.stderr.ref = stderr
appender.stderr.type = Console
appender.stderr.name = stderr
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = [%d] %p %m (%c)%n
PROPS
  fi
  printf '%s' "$f"
}
