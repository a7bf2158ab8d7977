#!/usr/bin/env bash
# Exit 0 if Kafka answers (KAFKA_BROKERS, else 127.0.0.1:$KAFKA_PORT), 1 if not.
set -euo pipefail
LOG_TAG=kafka
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_node
BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
if node "$INFRA_DIR/kafka/probe.mjs" --brokers "$BROKERS" --wait "${CHECK_WAIT:-0}"; then
  echo "KAFKA_BROKERS=$BROKERS"
else
  exit 1
fi
