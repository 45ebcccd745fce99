#!/usr/bin/env bash
# The one test command: installs everything (pnpm, dependencies, PostgreSQL when absent), starts a
# disposable PostgreSQL on 127.0.0.1, type-checks, runs every test, and prints "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
RETRACE_TEST_PG_URL=$(bash scripts/ensure-postgres.sh)
export RETRACE_TEST_PG_URL
trap 'bash scripts/stop-postgres.sh' EXIT

echo "retrace: type-checking" >&2
pnpm exec tsc -p tsconfig.json

mkdir -p .tmp
report=.tmp/vitest-report.json
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || status=1
# Vitest also fails a run on an error no test caught (an unhandled rejection, a stray socket error).
[ "$status" -eq 0 ] || echo "retrace: the test run failed (exit $status): see the failed tests or 'Unhandled Errors' above" >&2
exit $status
