#!/usr/bin/env bash
# Exit 0 if MongoDB/FerretDB answers ping (MONGODB_URI, else 127.0.0.1:$MONGO_PORT), 1 if not.
set -euo pipefail
LOG_TAG=mongo
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
need_node
URI="${MONGODB_URI:-mongodb://127.0.0.1:${MONGO_PORT:-27017}}"
if node "$INFRA_DIR/mongo/probe.mjs" --uri "$URI" --wait "${CHECK_WAIT:-0}"; then
  echo "MONGODB_URI=$URI"
else
  exit 1
fi
