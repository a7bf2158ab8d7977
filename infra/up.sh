#!/usr/bin/env bash
# Starts (or finds) Kafka and MongoDB/FerretDB, both at once, and waits until
# both answer. Stdout: a `STARTED_KAFKA=1` / `STARTED_MONGO=1` line for each server
# this run started (none for a server found running), then exactly
#   KAFKA_BROKERS=...
#   MONGODB_URI=...
# and nothing else, so `eval "$(infra/up.sh)"` or a line parser
# works; progress and errors go to stderr. Exit code != 0 if either fails.
set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# In parallel: on a cold machine the Kafka jar download (network) and the
# FerretDB build (CPU) overlap well.
"$INFRA_DIR/kafka/start.sh" >"$tmp/kafka" &
kpid=$!
"$INFRA_DIR/mongo/start.sh" >"$tmp/mongo" &
mpid=$!
krc=0; mrc=0
wait "$kpid" || krc=$?
wait "$mpid" || mrc=$?
if [[ $krc -ne 0 || $mrc -ne 0 ]]; then
  [[ $krc -ne 0 ]] && echo "[infra up] ERROR: Kafka did not start (exit $krc), see above" >&2
  [[ $mrc -ne 0 ]] && echo "[infra up] ERROR: MongoDB/FerretDB did not start (exit $mrc), see above" >&2
  exit 1
fi
grep -h '^STARTED_' "$tmp/kafka" "$tmp/mongo" || true
grep '^KAFKA_BROKERS=' "$tmp/kafka" | tail -1
grep '^MONGODB_URI=' "$tmp/mongo" | tail -1
