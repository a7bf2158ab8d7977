#!/usr/bin/env bash
# Starts a MongoDB-compatible server on 127.0.0.1 and waits until it answers
# `ping`: `mongod` if it is on PATH, otherwise FerretDB 1.24.2 (SQLite
# backend) through our launcher, built once with `go build`.
# Prints `MONGODB_URI=mongodb://host:port` on stdout; everything else to stderr.
#
# Env: MONGODB_URI (if set: only check it answers, start nothing),
#      MONGO_PORT (27017), MONGO_IMPL (auto | mongod | ferretdb),
#      MONGO_START_TIMEOUT seconds (60), COOPNEWS_CACHE, COOPNEWS_DATA.
set -euo pipefail
LOG_TAG=mongo
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
MDIR="$INFRA_DIR/mongo"
need_node

if [[ -n "${MONGODB_URI:-}" ]]; then
  log "MONGODB_URI is set: not starting anything, checking it answers"
  node "$MDIR/probe.mjs" --uri "$MONGODB_URI" --wait "${MONGO_START_TIMEOUT:-30}" \
    || die "MONGODB_URI does not answer"
  echo "MONGODB_URI=$MONGODB_URI"
  exit 0
fi

PORT="${MONGO_PORT:-27017}"
URI="mongodb://127.0.0.1:$PORT"
TIMEOUT="${MONGO_START_TIMEOUT:-60}"
RUN="$COOPNEWS_DATA/mongo"          # pid file, lock, logs
PIDFILE="$RUN/server.pid"
PATTERN='mongod\|ferretdb-launcher'
mkdir -p "$RUN"
take_lock "$RUN/.lock"

if pid="$(live_pid "$PIDFILE" "$PATTERN")"; then
  log "already running (pid $pid), checking it answers"
  node "$MDIR/probe.mjs" --uri "$URI" --wait "$TIMEOUT" --pid "$pid" \
    || { tail_log "$RUN/server.log"; die "pid $pid runs but does not answer on $URI"; }
  echo "MONGODB_URI=$URI"
  exit 0
fi
if node "$MDIR/probe.mjs" --uri "$URI" --wait 0 2>/dev/null; then
  log "a server not started from $RUN already answers on $URI; using it"
  echo "MONGODB_URI=$URI"
  exit 0
fi

IMPL="${MONGO_IMPL:-auto}"
if [[ "$IMPL" == auto ]]; then
  if command -v mongod >/dev/null 2>&1; then IMPL=mongod; else IMPL=ferretdb; fi
fi

LOGFILE="$RUN/server.log"
echo "=== start $IMPL $(date -u +%FT%TZ) ===" >>"$LOGFILE"
case "$IMPL" in
  mongod)
    need mongod "MONGO_IMPL=mongod but no mongod on PATH"
    DBPATH="$COOPNEWS_DATA/mongod"
    mkdir -p "$DBPATH"
    log "starting $(mongod --version 2>/dev/null | head -1) on $URI, dbpath $DBPATH"
    setsid nohup mongod --dbpath "$DBPATH" --bind_ip 127.0.0.1 --port "$PORT" \
      >>"$LOGFILE" 2>&1 </dev/null 9>&- &
    pid=$!
    ;;
  ferretdb)
    LAUNCHER_SRC="$MDIR/ferretdb-launcher"
    FERRET_VERSION="$(sed -n 's/.*github.com\/FerretDB\/FerretDB \(v[0-9.]*\).*/\1/p' "$LAUNCHER_SRC/go.mod" | head -1)"
    BIN_DIR="$COOPNEWS_CACHE/ferretdb-$FERRET_VERSION-$(hash_files "$LAUNCHER_SRC/main.go" "$LAUNCHER_SRC/go.mod" "$LAUNCHER_SRC/go.sum")"
    BIN="$BIN_DIR/ferretdb-launcher"
    if [[ ! -x "$BIN" ]]; then
      need go "install Go 1.24+ (https://go.dev/dl/); it builds the FerretDB launcher once (no mongod on PATH)"
      log "building FerretDB $FERRET_VERSION launcher into $BIN_DIR (first run only; a few minutes on 2 cores)"
      mkdir -p "$BIN_DIR"
      t0=$SECONDS
      # ferretdb_no_postgresql: we only use the SQLite backend; skipping pgx saves build time.
      (cd "$LAUNCHER_SRC" && go build -trimpath -buildvcs=false -tags ferretdb_no_postgresql \
          -o "$BIN.tmp.$$" .) >&2 \
        || { rm -f "$BIN.tmp.$$"; die "go build of the FerretDB launcher failed (network to the Go module proxy?)"; }
      mv "$BIN.tmp.$$" "$BIN"
      log "built in $((SECONDS - t0))s"
    fi
    DBDIR="$COOPNEWS_DATA/ferretdb"
    mkdir -p "$DBDIR"
    log "starting FerretDB $FERRET_VERSION (SQLite in $DBDIR) on $URI"
    setsid nohup "$BIN" -listen "127.0.0.1:$PORT" -data "$DBDIR" \
      >>"$LOGFILE" 2>&1 </dev/null 9>&- &
    pid=$!
    ;;
  *) die "MONGO_IMPL must be auto, mongod or ferretdb (got '$IMPL')" ;;
esac
echo "$pid" >"$PIDFILE"

t0=$SECONDS
if ! node "$MDIR/probe.mjs" --uri "$URI" --wait "$TIMEOUT" --pid "$pid"; then
  tail_log "$LOGFILE" 40
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    die "$IMPL did not answer on $URI within ${TIMEOUT}s (stopped it; log above, full log $LOGFILE)"
  fi
  rm -f "$PIDFILE"
  die "$IMPL exited during start (log above, full log $LOGFILE)"
fi
log "$IMPL up (pid $pid) after $((SECONDS - t0))s"
# Callers stop only what they started (a server found running belongs to someone else).
echo "STARTED_MONGO=1"
echo "MONGODB_URI=$URI"
