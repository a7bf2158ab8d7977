#!/usr/bin/env bash
# Stops the Kafka that start.sh started (pid file in the data dir). A broker
# given by KAFKA_BROKERS or started elsewhere is left alone.
set -euo pipefail
LOG_TAG=kafka
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
if [[ -n "${KAFKA_BROKERS:-}" ]]; then
  # start.sh started nothing for this caller; do not stop a broker others may use.
  log "KAFKA_BROKERS is set: leaving Kafka alone (unset it to stop the local broker)"
  exit 0
fi
DATA="$COOPNEWS_DATA/kafka"
[[ -d "$DATA" ]] || { log "nothing to stop (no $DATA)"; exit 0; }
take_lock "$DATA/.lock"
# Controlled shutdown of a KRaft node takes a few seconds; 30 s before SIGKILL.
stop_pidfile "$DATA/kafka.pid" kafka.Kafka "${KAFKA_STOP_TIMEOUT:-30}"
