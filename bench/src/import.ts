/**
 * Import throughput: N synthetic rows (the caseload generator, interchange CSV) imported into real
 * PostgreSQL through the same path as `pnpm admin import` and the API (the file stored in the
 * database, an `import` job run from its chunks in batches, records + history + blocking keys).
 *
 *   RETRACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:55432/postgres pnpm bench:import --rows 1000000
 *
 * (RETRACE_TEST_PG_URL is used when RETRACE_BENCH_PG_URL is absent.) Prints rows/s, the time of
 * each phase and the peak resident memory of this process.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BulkLoader, importJob, openPostgresStorage, storeUpload } from '@retrace/api';
import { writeSyntheticCaseload } from '@retrace/api/testing';
import { JobRunner } from '../../services/api/src/jobs/runner.ts';
import { enqueueJob } from '../../services/api/src/jobs/store.ts';

const { values } = parseArgs({ options: { rows: { type: 'string' }, batch: { type: 'string' }, again: { type: 'boolean' } } });
const ROWS = Number(values.rows ?? 100_000);
const BATCH = Number(values.batch ?? 2000);
const serverUrl = process.env.RETRACE_BENCH_PG_URL ?? process.env.RETRACE_TEST_PG_URL;
if (!serverUrl) throw new Error('set RETRACE_BENCH_PG_URL (or RETRACE_TEST_PG_URL) to a PostgreSQL superuser URL');
const database = 'retrace_bench_import';
const appUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}`, username: 'retrace_bench_app', password: 'bench' }).toString();
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (since: number) => (performance.now() - since) / 1000;

async function importOnce(label: string, path: string): Promise<number> {
  const storage = await openPostgresStorage({ url: appUrl, poolSize: 4 });
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const file = await storeUpload(storage.db, { agencyId: 'bench', userId: 'bench-bench', name: 'caseload.csv', maxBytes: Number.MAX_SAFE_INTEGER }, createReadStream(path));
    const stored = seconds(started);
    const job = await enqueueJob(storage.db, { kind: importJob.kind, params: { file_id: file.id, mapping: 'interchange', batch_size: BATCH }, agencyId: 'bench', createdBy: 'bench-bench' });
    const runner = new JobRunner(storage, { registry: new Map([[importJob.kind, importJob]]) });
    const done = await runner.runNext({ id: job.id });
    const total = seconds(started);
    if (done?.status !== 'succeeded') throw new Error(`import ${done?.status}: ${JSON.stringify(done?.error)}`);
    const result = done.result as Record<string, number>;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    log(`${label}: ${ROWS} rows in ${total.toFixed(1)} s (${(ROWS / total).toFixed(0)} rows/s; storing the upload ${stored.toFixed(1)} s; this process's CPU ${cpuSeconds.toFixed(1)} s) — created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}`);
    return total;
  } finally {
    await storage.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'retrace-bench-import-'));
try {
  const path = join(dir, 'caseload.csv');
  let started = performance.now();
  await writeSyntheticCaseload(path, ROWS);
  log(`generated ${ROWS} rows (${(statSync(path).size / 1e6).toFixed(0)} MB) in ${seconds(started).toFixed(1)} s`);
  started = performance.now();
  const loader = await BulkLoader.open(serverUrl, database, appUrl);
  await loader.reset(['bench']);
  await loader.close();
  log(`fresh database in ${seconds(started).toFixed(1)} s`);
  await importOnce('first import', path);
  if (values.again) await importOnce('same file again', path);
  log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
