#!/usr/bin/env bash
# Makes a disposable PostgreSQL server available on 127.0.0.1 for the test suite and prints its URL.
# Installs PostgreSQL from Debian packages when absent. The server lives under /tmp (see
# pg-paths.sh) and is stopped by scripts/stop-postgres.sh (the test command does it on exit).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/pg-paths.sh

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

# Reuse this checkout's server when it is already running.
if [ -f "$data/postmaster.pid" ] && [ -f "$port_file" ]; then
  port=$(cat "$port_file")
else
  # The first free port from 55432 on: another checkout may run its own test server.
  port=${RETRACE_TEST_PG_PORT:-55432}
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi
run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(runuser -u postgres --); fi

if [ -f "$data/postmaster.pid" ] && [ -f "$port_file" ] && "${run_as[@]}" "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  echo "postgres://postgres@127.0.0.1:$port/postgres"
  exit 0
fi
rm -rf "$data" "$port_file"
mkdir -p "$data"
if [ "$(id -u)" = 0 ]; then chown -R postgres "$data"; fi
"${run_as[@]}" "$bindir/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${run_as[@]}" "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off -c max_connections=200" >/dev/null
echo "$port" > "$port_file"
echo "postgres://postgres@127.0.0.1:$port/postgres"
