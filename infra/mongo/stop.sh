#!/usr/bin/env bash
# Stops the mongod/FerretDB that start.sh started (pid file). A server given
# by MONGODB_URI or started elsewhere is left alone.
set -euo pipefail
LOG_TAG=mongo
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
RUN="$COOPNEWS_DATA/mongo"
[[ -d "$RUN" ]] || { log "nothing to stop (no $RUN)"; exit 0; }
take_lock "$RUN/.lock"
stop_pidfile "$RUN/server.pid" 'mongod\|ferretdb-launcher' "${MONGO_STOP_TIMEOUT:-20}"
