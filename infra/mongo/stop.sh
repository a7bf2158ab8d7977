#!/usr/bin/env bash
# Stops the mongod/FerretDB that start.sh started (pid file). A server given
# by MONGODB_URI or started elsewhere is left alone.
set -euo pipefail
LOG_TAG=mongo
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
if [[ -n "${MONGODB_URI:-}" ]]; then
  # start.sh started nothing for this caller; do not stop a server others may use.
  log "MONGODB_URI is set: leaving MongoDB alone (unset it to stop the local server)"
  exit 0
fi
RUN="$COOPNEWS_DATA/mongo"
[[ -d "$RUN" ]] || { log "nothing to stop (no $RUN)"; exit 0; }
take_lock "$RUN/.lock"
stop_pidfile "$RUN/server.pid" 'mongod\|ferretdb-launcher' "${MONGO_STOP_TIMEOUT:-20}"
