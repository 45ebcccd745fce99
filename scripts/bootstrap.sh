#!/usr/bin/env bash
# Installs pnpm (if missing) and the workspace's dependencies. Needs only Node.js 20 and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pnpm >/dev/null 2>&1; then
  echo "retrace: installing pnpm with npm" >&2
  npm install -g pnpm@12 >/dev/null
fi
pnpm install --frozen-lockfile=false --reporter=silent
