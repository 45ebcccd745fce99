# Sourced by ensure-postgres.sh and stop-postgres.sh: where this checkout's test server lives.
# Outside the checkout, under /tmp, because the postgres user must be able to reach it wherever
# the checkout is (a private temporary directory, a home directory).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
checkout_id=$(printf '%s' "$root" | cksum | cut -d' ' -f1)
data=${RETRACE_TEST_PG_DIR:-/tmp/retrace-test-pg-$checkout_id}
port_file=$data.port
