#!/usr/bin/env bash
# The one demo command: installs everything, then runs the main job on demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm -s demo
