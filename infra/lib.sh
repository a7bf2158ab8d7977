# Shared helpers for infra/*/{start,check,stop}.sh. Sourced, not executed.
# Everything human-readable goes to stderr so that stdout stays parseable
# (start scripts print only KEY=value lines there).

INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$INFRA_DIR/.." && pwd)"
COOPNEWS_CACHE="${COOPNEWS_CACHE:-$HOME/.cache/coopnews}"
COOPNEWS_DATA="${COOPNEWS_DATA:-$REPO_ROOT/.data}"

log() { printf '[infra %s] %s\n' "${LOG_TAG:-}" "$*" >&2; }
die() { printf '[infra %s] ERROR: %s\n' "${LOG_TAG:-}" "$*" >&2; exit 1; }

need() {
  # $1 = command, $2 = why we need it / how to get it
  command -v "$1" >/dev/null 2>&1 || die "missing prerequisite '$1': $2"
}

need_node() {
  need node "Node.js 20+ is needed for the readiness checks (infra/*/probe.mjs)"
}

# Prints the pid from $1 if that process is alive and its command line
# contains $2; removes a stale pid file otherwise (a reboot or a kill -9
# leaves one behind, and pids get reused).
live_pid() {
  local pidfile="$1" pattern="$2" pid
  [[ -f "$pidfile" ]] || return 1
  pid="$(cat "$pidfile" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
     && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern"; then
    echo "$pid"
    return 0
  fi
  rm -f "$pidfile"
  return 1
}

# Graceful stop: SIGTERM, wait up to $3 seconds, then SIGKILL.
stop_pidfile() {
  local pidfile="$1" pattern="$2" grace="${3:-30}" pid i
  if ! pid="$(live_pid "$pidfile" "$pattern")"; then
    log "not running (no live process in $pidfile)"
    return 0
  fi
  log "stopping pid $pid (SIGTERM, up to ${grace}s)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; log "stopped"; return 0; }
    sleep 0.1
  done
  log "pid $pid still alive after ${grace}s, sending SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  rm -f "$pidfile"
  log "killed"
}

# Serialises concurrent starts/stops of one server (parallel test runs
# would otherwise both find nothing running and both start one).
take_lock() {
  local lockfile="$1"
  mkdir -p "$(dirname "$lockfile")"
  exec 9>"$lockfile"
  if ! flock -w "${INFRA_LOCK_TIMEOUT:-900}" 9; then
    die "could not get $lockfile within ${INFRA_LOCK_TIMEOUT:-900}s (another start or stop of this server is running, or a process holds the lock)"
  fi
}

# Last lines of a log file, to stderr, for failure messages.
tail_log() {
  local file="$1" n="${2:-40}"
  if [[ -f "$file" ]]; then
    printf -- '----- last %s lines of %s -----\n' "$n" "$file" >&2
    tail -n "$n" "$file" >&2
    printf -- '-----\n' >&2
  fi
}

# Content hash of some files, to key caches on what produced them.
hash_files() {
  cat "$@" | sha256sum | cut -c1-12
}
