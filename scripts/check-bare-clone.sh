#!/usr/bin/env bash
# Proves that the repo stands alone: clones HEAD into an empty temp folder (no ../shared beside
# it), runs `npm ci --offline` there (packages from npm's cache, which the outer `npm ci` filled)
# and the README's main command `npm start -- --exit`; with --test also `npm test`.
#   bash scripts/check-bare-clone.sh [--test]
# Kafka and MongoDB: KAFKA_BROKERS / MONGODB_URI when set (with a topic prefix and database of
# its own), else npm start starts them as on a user's machine.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
clone="$work/coopnews"
git clone --quiet "$repo" "$clone"
[[ ! -e "$work/shared" ]] || { echo "check-bare-clone: $work/shared exists; the check needs a folder with nothing beside the clone" >&2; exit 1; }
cd "$clone"
echo "== bare clone of $(git rev-parse --short HEAD) in $clone"
start=$SECONDS
npm ci --offline --no-audit --no-fund --loglevel=error
echo "== npm ci: $((SECONDS - start)) s"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
export TOPIC_PREFIX="bare-clone-$$." MONGODB_DB="bare_clone_$$"
start=$SECONDS
npm start --silent -- --exit --port "$port"
echo "== npm start -- --exit: $((SECONDS - start)) s"
if [[ "${1:-}" == "--test" ]]; then
  start=$SECONDS
  npm test --silent
  echo "== npm test: $((SECONDS - start)) s"
fi
if [[ -n "${MONGODB_URI:-}" ]]; then
  node -e 'const {MongoClient}=require("mongodb");const c=new MongoClient(process.env.MONGODB_URI);c.db(process.env.MONGODB_DB).dropDatabase().finally(()=>c.close())' || true
fi
