#!/usr/bin/env bash
# Stops the disposable test server started by ensure-postgres.sh, if it runs.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-paths.sh
[ -f "$data/postmaster.pid" ] || exit 0
for dir in /usr/lib/postgresql/*/bin; do
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$dir/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1
  else "$dir/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1; fi
  break
done
