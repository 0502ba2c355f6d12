# Shared by the reliability scripts (sourced). They run against the product started by deploy/local/up from
# THIS worktree, hold the machine's stack lock for their whole run, build the harness under the Maven lock,
# and leave the stack as they found it: running if it ran, stopped if they had to start it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STACK_LOCK=/tmp/govopen-stack.lock
MAVEN_LOCK=/tmp/govopen-maven.lock
OUT=$ROOT/reliability/out
mkdir -p "$OUT"

say() { printf '[reliability] %s\n' "$*" >&2; }
die() { printf '[reliability] %s\n' "$*" >&2; exit 2; }

# True when the stack lock is held by this process or one of its ancestors (flock LOCK reliability/…).
lock_held_by_ancestor() {
  [ -e "$STACK_LOCK" ] || return 1
  local inode holders p
  inode=$(stat -c %i "$STACK_LOCK")
  holders=$(awk -v ino="$inode" '$2 == "FLOCK" { n = split($6, a, ":"); if (a[n] == ino) print $5 }' /proc/locks)
  p=$$
  while [ -n "$p" ] && [ "$p" -gt 1 ]; do
    for h in $holders; do [ "$h" = "$p" ] && return 0; done
    p=$(awk '{print $4}' "/proc/$p/stat" 2>/dev/null || echo 1)
  done
  return 1
}

# Re-runs the calling script under the stack lock unless an ancestor holds it (waits at most LOCK_WAIT s).
# GOVOPEN_STACK_LOCK_HELD=1: the caller holds it some other way (e.g. `flock LOCK sleep …` in the background).
hold_stack_lock() {
  if [ "${GOVOPEN_STACK_LOCK_HELD:-}" = 1 ] || lock_held_by_ancestor; then return 0; fi
  say "taking $STACK_LOCK (waiting at most ${LOCK_WAIT:-3600} s)"
  exec flock -o -w "${LOCK_WAIT:-3600}" "$STACK_LOCK" "$0" "$@"
}

# Builds the harness when its classes are missing or older than its sources.
build_harness() {
  local cp=$ROOT/reliability/target/classpath.txt
  if [ ! -s "$cp" ] || [ -n "$(find "$ROOT/reliability/src" "$ROOT/reliability/pom.xml" -newer "$cp" -type f -print -quit)" ]; then
    say "building the harness (./mvnw -f reliability/pom.xml package)"
    (cd "$ROOT" && flock -o -w 1800 "$MAVEN_LOCK" ./mvnw -B -q -f reliability/pom.xml package) > "$OUT/build.log" 2>&1 \
      || die "harness build failed: $OUT/build.log"
  fi
  CP="$ROOT/reliability/target/classes:$(cat "$cp")"
}

# deploy/local/up builds (and needs the Maven lock) only when a service jar is missing or older than its
# sources or the kernel's, or Kafka's classpath was never fetched: the same test as up's own.
up_needs_build() {
  [ -s "$ROOT/deploy/local/kafka-broker/target/kafka-classpath.txt" ] || return 0
  local m jar
  for m in catalog-service request-service sentiment-service interaction-service operator-console; do
    jar=$ROOT/$m/target/quarkus-app/quarkus-run.jar
    [ -f "$jar" ] || return 0
    [ -z "$(find "$ROOT/$m/src/main" "$ROOT/commons/src/main" -newer "$jar" -type f -print -quit)" ] || return 0
  done
  return 1
}

# deploy/local/up, under the Maven lock when it would build.
local_up() {
  if up_needs_build; then
    (cd "$ROOT" && flock -o -w 1800 "$MAVEN_LOCK" deploy/local/up)
  else
    (cd "$ROOT" && deploy/local/up)
  fi
}

pid_alive() { [ -f "$ROOT/.local/pids/$1.pid" ] && kill -0 "$(cat "$ROOT/.local/pids/$1.pid")" 2>/dev/null; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Who listens on a port, and from which directory it was started (another worktree's stack).
port_owner() {
  local pid
  pid=$(ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
  [ -n "$pid" ] && printf 'pid %s: %s' "$pid" "$(tr '\0' ' ' < "/proc/$pid/cmdline" | cut -c1-160)"
}

# Makes sure the stack of this worktree runs; starts it if nothing runs (and stops it again at exit).
STARTED_BY_US=false
ensure_stack() {
  local ours=true s
  for s in catalog request sentiment interaction; do pid_alive "$s" || ours=false; done
  if $ours && port_open 9092; then return 0; fi
  for port in 8081 8082 8083 8084 9092; do
    if port_open "$port"; then
      local mine=false
      for s in catalog request sentiment interaction kafka; do
        pid_alive "$s" && ss -Hltnp "sport = :$port" | grep -q "pid=$(cat "$ROOT/.local/pids/$s.pid")," && mine=true
      done
      $mine || die "port $port is taken by a stack not started from $ROOT ($(port_owner "$port")); stop it with that worktree's deploy/local/down (holding $STACK_LOCK), then run this again"
    fi
  done
  say "starting the stack of $ROOT (deploy/local/up)"
  local_up > "$OUT/up.log" 2>&1 || die "deploy/local/up failed: $OUT/up.log"
  STARTED_BY_US=true
  trap 'say "stopping the stack this script started (deploy/local/down)"; "$ROOT/deploy/local/down" > "$OUT/down.log" 2>&1' EXIT
}

tokens() {
  CLERK_TOKEN=$("$ROOT/deploy/local/token" clerk nanning/qingxiu reliab-clerk)
  ADMIN_TOKEN=$("$ROOT/deploy/local/token" admin nanning reliab-admin)
  STAFF_TOKEN=$("$ROOT/deploy/local/token" clerk,reviewer,handler,supervisor,operator,admin nanning reliab-staff)
  export CLERK_TOKEN ADMIN_TOKEN STAFF_TOKEN
}

harness() {
  local main=$1; shift
  java -Xmx768m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" "org.govopen.reliability.$main" "$ROOT" "$@"
}

prepare() {
  build_harness
  ensure_stack
  tokens
}
