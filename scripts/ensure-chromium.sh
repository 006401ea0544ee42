#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests (tests/browser) when it is missing.
# Idempotent: does nothing when chromium is already on PATH. Needs root (or sudo-less apt).
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

echo "ensure-chromium: chromium not found, installing it with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
command -v chromium >/dev/null
