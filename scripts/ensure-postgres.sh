#!/usr/bin/env bash
# Makes a disposable PostgreSQL server available on 127.0.0.1 for the test suite and prints its URL.
# Installs PostgreSQL from Debian packages when absent. The server lives in .tmp/pg and is stopped
# by scripts/stop-postgres.sh (the test command does it on exit).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

find_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
  done
  return 1
}

if ! bindir=$(find_bin); then
  echo "retrace: installing PostgreSQL from Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  bindir=$(find_bin)
fi

data=$root/.tmp/pg
port=${RETRACE_TEST_PG_PORT:-55432}
run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi

if [ -f "$data/postmaster.pid" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  echo "postgres://postgres@127.0.0.1:$port/postgres"
  exit 0
fi
rm -rf "$data"
mkdir -p "$data"
[ "$(id -u)" = 0 ] && chown -R postgres "$root/.tmp/pg"
# The server user must be able to reach the data directory.
[ "$(id -u)" = 0 ] && chmod o+x "$root" "$root/.tmp" 2>/dev/null || true
"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off -c max_connections=200" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/postgres"
