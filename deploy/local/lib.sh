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
# The one list of topics and their settings (see the file's header).
TOPICS_FILE=$ROOT/commons/src/main/resources/govopen/topics.tsv
SERVICES=(catalog request sentiment interaction console)
declare -A PORT=([catalog]=8081 [request]=8082 [sentiment]=8083 [interaction]=8084 [console]=8085)
# module_of SERVICE: the Maven module (and directory) of a service: catalog-service, …, operator-console
module_of() { if [ "$1" = console ]; then echo operator-console; else echo "$1-service"; fi; }

# Replicas (deploy/local/up --replicas N): N instances of each service behind HAProxy on the service's port. The
# number is remembered in $REPLICAS_FILE while the stack runs (deploy/local/down forgets it); instance 1 of a service
# is named after it (catalog: pids/catalog.pid, logs/catalog.log), the others catalog-2, catalog-3, …
REPLICAS_FILE=$STATE/replicas
replicas() { if [ -s "$REPLICAS_FILE" ]; then cat "$REPLICAS_FILE"; else echo 1; fi; }
# instances SERVICE: its instances' names, one per line
instances() {
  local r
  echo "$1"
  for r in $(seq 2 "$(replicas)"); do echo "$1-$r"; done
}
# instance_port INSTANCE: the port it listens on: the service's own when it runs alone, else 10000 × r + that port
# (catalog 18081 and 28081, behind HAProxy on 8081)
instance_port() {
  local instance=$1 service=${1%%-*} r=1
  [[ $instance == *-* ]] && r=${instance##*-}
  if [ "$(replicas)" -gt 1 ]; then echo $((10000 * r + PORT[$service])); else echo "${PORT[$service]}"; fi
}

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

# The topics of $TOPICS_FILE, one per line: name, partitions, cleanup.policy, retention.ms ('-' = broker
# default), tab-separated, with "{service}" expanded to each service's short name.
topic_specs() {
  [ -r "$TOPICS_FILE" ] || die "topic list $TOPICS_FILE is missing"
  local topic partitions cleanup retention rest s
  while IFS=$'\t' read -r topic partitions cleanup retention rest; do
    topic=${topic%$'\r'}
    [ -z "$topic" ] && continue
    [[ $topic == \#* ]] && continue
    [[ $partitions =~ ^[1-9][0-9]*$ ]] || die "$TOPICS_FILE: topic $topic: partitions '$partitions' is not a number"
    [[ $cleanup =~ ^(delete|compact|compact,delete|delete,compact)$ ]] \
      || die "$TOPICS_FILE: topic $topic: cleanup.policy '$cleanup' is not delete or compact"
    [[ $retention == - || $retention =~ ^-?[0-9]+$ ]] \
      || die "$TOPICS_FILE: topic $topic: retention.ms '$retention' is not a number or '-'"
    if [[ $topic == *'{service}'* ]]; then
      for s in "${SERVICES[@]}"; do
        printf '%s\t%s\t%s\t%s\n' "${topic//\{service\}/$s}" "$partitions" "$cleanup" "$retention"
      done
    else
      printf '%s\t%s\t%s\t%s\n' "$topic" "$partitions" "$cleanup" "$retention"
    fi
  done < "$TOPICS_FILE"
}
