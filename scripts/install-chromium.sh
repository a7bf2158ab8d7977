#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (tests/e2e/ui.e2e.test.ts) if it is missing.
# The tests drive it with playwright-core and never download a browser of their own.
set -euo pipefail

BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$BIN" ]; then
  echo "chromium already installed: $("$BIN" --version 2>/dev/null || echo "$BIN")"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-chromium: need root (or sudo) to apt-get install chromium" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core

if [ ! -x "$BIN" ]; then
  echo "install-chromium: chromium installed but $BIN is missing" >&2
  exit 1
fi
echo "chromium installed: $("$BIN" --version 2>/dev/null || echo "$BIN")"
