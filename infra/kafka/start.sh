#!/usr/bin/env bash
# Starts a single-node Apache Kafka 3.9 (KRaft, broker+controller) on
# 127.0.0.1 from jars fetched with mvn, and waits until it answers.
# Prints `KAFKA_BROKERS=host:port` on stdout; everything else goes to stderr.
#
# Env: KAFKA_BROKERS (if set: only check it answers, start nothing),
#      KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (KAFKA_PORT+1),
#      KAFKA_START_TIMEOUT seconds (120), KAFKA_HEAP_OPTS (-Xms256m -Xmx1g),
#      COOPNEWS_CACHE (~/.cache/coopnews), COOPNEWS_DATA (<repo>/.data).
set -euo pipefail
LOG_TAG=kafka
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
KDIR="$INFRA_DIR/kafka"
need_node

if [[ -n "${KAFKA_BROKERS:-}" ]]; then
  log "KAFKA_BROKERS is set ($KAFKA_BROKERS): not starting anything, checking it answers"
  node "$KDIR/probe.mjs" --brokers "$KAFKA_BROKERS" --wait "${KAFKA_START_TIMEOUT:-30}" \
    || die "KAFKA_BROKERS=$KAFKA_BROKERS does not answer"
  echo "KAFKA_BROKERS=$KAFKA_BROKERS"
  exit 0
fi

PORT="${KAFKA_PORT:-9092}"
CPORT="${KAFKA_CONTROLLER_PORT:-$((PORT + 1))}"
BROKERS="127.0.0.1:$PORT"
TIMEOUT="${KAFKA_START_TIMEOUT:-120}"
DATA="$COOPNEWS_DATA/kafka"
PIDFILE="$DATA/kafka.pid"
OUT="$DATA/logs/kafka.out"
mkdir -p "$DATA/logs"
take_lock "$DATA/.lock"

if pid="$(live_pid "$PIDFILE" kafka.Kafka)"; then
  log "already running (pid $pid), checking it answers"
  node "$KDIR/probe.mjs" --brokers "$BROKERS" --wait "$TIMEOUT" --pid "$pid" \
    || { tail_log "$DATA/logs/server.log"; die "kafka pid $pid runs but does not answer on $BROKERS"; }
  echo "KAFKA_BROKERS=$BROKERS"
  exit 0
fi
if node "$KDIR/probe.mjs" --brokers "$BROKERS" --wait 0 2>/dev/null; then
  # Someone else's broker (another checkout, a manual run): use it rather than fail on the port.
  log "a Kafka broker not started from $DATA already answers on $BROKERS; using it"
  echo "KAFKA_BROKERS=$BROKERS"
  exit 0
fi

need java "install a Java 17+ runtime (e.g. apt-get install openjdk-17-jre-headless)"
JAVA_MAJOR="$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)"
[[ "${JAVA_MAJOR:-0}" -ge 17 ]] || die "java ${JAVA_MAJOR:-?} found; Kafka 3.9 here needs Java 17+"

# --- jars: fetched once into the cache, keyed on the pom's content -----------
VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$KDIR/pom.xml")"
LIBS="$COOPNEWS_CACHE/kafka-$VERSION/libs"
POM_HASH="$(hash_files "$KDIR/pom.xml")"
if [[ "$(cat "$LIBS/.complete" 2>/dev/null || true)" != "$POM_HASH" ]]; then
  need mvn "install Apache Maven 3.8+ (e.g. apt-get install maven); it fetches the Kafka jars from Maven Central once"
  log "fetching Kafka $VERSION jars with mvn into $LIBS (first run only)"
  tmp="$LIBS.tmp.$$"
  rm -rf "$tmp"
  t0=$SECONDS
  # mvn's own output goes to stderr: stdout is reserved for KAFKA_BROKERS=.
  # (sed: Maven 3.8 prints colour resets even with -B.)
  mvn -B -q -Dstyle.color=never -f "$KDIR/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$tmp" 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2 \
    || { rm -rf "$tmp"; die "mvn could not fetch the Kafka jars (network to Maven Central? ~/.m2/settings.xml?)"; }
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  echo "$POM_HASH" >"$LIBS/.complete"
  log "fetched $(ls "$LIBS"/*.jar | wc -l) jars in $((SECONDS - t0))s"
fi

# --- config and storage ------------------------------------------------------
PROPS="$DATA/server.properties"
sed -e "s|@KAFKA_PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CPORT|g" \
    -e "s|@LOG_DIRS@|$DATA/log|g" -e "s|@METADATA_DIR@|$DATA/log|g" \
    "$KDIR/server.properties" >"$PROPS"

if [[ ! -s "$DATA/cluster.id" ]]; then
  # Kafka's Uuid: 16 random bytes, base64url without padding; never a leading '-' (StorageTool would read it as an option).
  head -c 16 /dev/urandom | base64 | tr '+/' 'A_' | tr -d '=\n' >"$DATA/cluster.id"
fi
CLUSTER_ID="$(cat "$DATA/cluster.id")"
CP="$LIBS/*"
LOG4J="-Dlog4j.configuration=file:$KDIR/log4j.properties -Dkafka.logs.dir=$DATA/logs"
if [[ ! -f "$DATA/log/meta.properties" ]]; then
  log "formatting storage in $DATA/log (cluster id $CLUSTER_ID)"
  # shellcheck disable=SC2086
  java $LOG4J -cp "$CP" kafka.tools.StorageTool format -t "$CLUSTER_ID" -c "$PROPS" --ignore-formatted >&2 \
    || die "kafka storage format failed"
fi

# --- run -----------------------------------------------------------------------
HEAP="${KAFKA_HEAP_OPTS:--Xms256m -Xmx1g}"
log "starting Kafka $VERSION on $BROKERS (controller 127.0.0.1:$CPORT), data $DATA"
echo "=== start $(date -u +%FT%TZ) ===" >>"$OUT"
# setsid: its own session, so a Ctrl-C in the caller's terminal does not kill it.
# shellcheck disable=SC2086
setsid nohup java $HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
  -Djava.net.preferIPv4Stack=true $LOG4J -cp "$CP" kafka.Kafka "$PROPS" \
  >>"$OUT" 2>&1 </dev/null 9>&- &
pid=$!
echo "$pid" >"$PIDFILE"

t0=$SECONDS
if ! node "$KDIR/probe.mjs" --brokers "$BROKERS" --wait "$TIMEOUT" --pid "$pid"; then
  tail_log "$OUT" 20
  tail_log "$DATA/logs/server.log" 40
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    die "Kafka did not answer on $BROKERS within ${TIMEOUT}s (stopped it; logs above, full logs in $DATA/logs)"
  fi
  rm -f "$PIDFILE"
  die "Kafka exited during start (logs above, full logs in $DATA/logs)"
fi
log "Kafka up (pid $pid) after $((SECONDS - t0))s"
# Callers stop only what they started (a server found running belongs to someone else).
echo "STARTED_KAFKA=1"
echo "KAFKA_BROKERS=$BROKERS"
