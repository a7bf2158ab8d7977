#!/usr/bin/env bash
# Stops what infra/up.sh started (Kafka and MongoDB/FerretDB). Data and caches stay.
set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rc=0
"$INFRA_DIR/kafka/stop.sh" || rc=$?
"$INFRA_DIR/mongo/stop.sh" || rc=$?
exit $rc
