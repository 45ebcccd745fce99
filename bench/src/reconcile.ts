/**
 * End-to-end reconciliation benchmark on a real PostgreSQL server: loads N children (agency
 * `north`) and M tracing requests (agency `south`) generated with a known truth, runs the
 * reconciliation job (every core, pages written with their checkpoint), and prints time, scored
 * pairs per second, process CPU time, the load average (the machine is shared), peak memory while
 * reconciling and recall. For comparison it then runs a pg_trgm trigram similarity join on the
 * same records in the same database and prints its time and recall.
 *
 *   RETRACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:55433/postgres \
 *     pnpm bench:reconcile --children 100000 --requests 100000
 *
 * (RETRACE_TEST_PG_URL is used when RETRACE_BENCH_PG_URL is absent.)
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { validateRow } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';
import { BulkLoader, openPostgresStorage, type BulkRecord } from '@retrace/api';
import { JobRunner } from '../../services/api/src/jobs/runner.ts';
import { enqueueJob } from '../../services/api/src/jobs/store.ts';
import { reconcileJob } from '../../services/api/src/reconcile/job.ts';
import type { ReconcileReport } from '../../services/api/src/reconcile/schemas.ts';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

const { values: args } = parseArgs({
  options: {
    children: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '10000' },
    'trigram-timeout': { type: 'string', default: '600' },
  },
});
const CHILDREN = Number(args.children);
const REQUESTS = Number(args.requests);
const serverUrl = process.env.RETRACE_BENCH_PG_URL ?? process.env.RETRACE_TEST_PG_URL;
if (!serverUrl) throw new Error('set RETRACE_BENCH_PG_URL (or RETRACE_TEST_PG_URL) to a PostgreSQL superuser URL');
const database = `retrace_reconcile_${CHILDREN}_${REQUESTS}`;
const appUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}`, username: 'retrace_bench_app', password: 'bench' }).toString();
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

/** Loads the caseload (always afresh, so the truth matches); returns the true (request, child) pairs. */
async function load(loader: BulkLoader): Promise<Set<string>> {
  await loader.reset(['north', 'south']);
  const started = performance.now();
  const truth = new Set<string>();
  let batch: BulkRecord[] = [];
  let count = 0;
  for (const event of generateCaseload({ seed: 7, children: CHILDREN, requests: REQUESTS, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') {
      truth.add(`${event.left_id}|${event.right_id}`);
      continue;
    }
    const record = validateRow({ ...event.record, kind: event.kind }, count + 1).record;
    if (!record) continue;
    const { id, kind: _kind, ...fields } = record;
    batch.push({ id, agencyId: event.kind === 'child' ? 'north' : 'south', kind: event.kind, fieldsJson: JSON.stringify(fields), sex: null, keys: [] });
    if (batch.length === 5_000) {
      await loader.insert(batch);
      count += batch.length;
      batch = [];
    }
  }
  await loader.insert(batch);
  await loader.analyze();
  log(`loaded ${count + batch.length} records in ${seconds(started)} s`);
  return truth;
}

const recallOf = (found: Iterable<string>, truth: Set<string>) => {
  let hits = 0;
  for (const pair of found) if (truth.has(pair)) hits++;
  return truth.size === 0 ? 0 : Math.round((1000 * hits) / truth.size) / 1000;
};

async function reconcile(truth: Set<string>) {
  const storage = await openPostgresStorage({ url: appUrl, poolSize: 4 });
  try {
    const job = await enqueueJob(storage.db, { kind: reconcileJob.kind, params: { scope: 'link', agency_a: 'north', agency_b: 'south' }, agencyId: null, createdBy: null });
    const started = performance.now();
    const cpu = process.cpuUsage();
    const load = loadavg()[0]!;
    let firstBatch: number | null = null;
    // The process's peak while reconciling (maxRSS would include generating the caseload).
    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 250);
    const runner = new JobRunner(storage, { registry: new Map([[reconcileJob.kind, reconcileJob]]), onProgress: (_, p) => {
        firstBatch ??= p.done > 0 ? seconds(started) : null;
        if (p.total && p.done % 20_000 < 2_000) log(`  ${p.done}/${p.total} ${p.message ?? ''}`);
      } });
    const done = await runner.runNext({ id: job.id }).finally(() => clearInterval(sampler));
    const elapsed = seconds(started);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = Math.round((used.user + used.system) / 1e5) / 10;
    const loadAverage = [load, loadavg()[0]!].map((l) => Math.round(l * 100) / 100);
    if (done?.status !== 'succeeded') throw new Error(`reconciliation ${done?.status}: ${JSON.stringify(done?.error)}`);
    const report = done.result as ReconcileReport;
    const pairs = await storage.db.selectFrom('matches').select(['record_a', 'record_b']).where('job_id', '=', job.id).execute();
    const found = pairs.map((p) => (truth.has(`${p.record_a}|${p.record_b}`) ? `${p.record_a}|${p.record_b}` : `${p.record_b}|${p.record_a}`));
    return { elapsed, firstBatch, cpuSeconds, loadAverage, report, recall: recallOf(found, truth), peakRssMb: Math.round(peakRss / 2 ** 20) };
  } finally {
    await storage.close();
  }
}

/** The same linkage as a trigram similarity join in SQL (what a team writes first on PostgreSQL). */
async function trigram(adminUrl: string, truth: Set<string>) {
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 1 }) }) });
  // Only immutable functions may appear in an index expression (concat_ws is not).
  const nameOf = (t: string) => sql.raw(`(coalesce(${t}.fields->>'full_name', '') || ' ' || coalesce(${t}.fields->>'given_name', '') || ' ' || coalesce(${t}.fields->>'family_name', ''))`);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    const started = performance.now();
    await sql`drop index if exists bench_child_name_trgm`.execute(db);
    await sql`create index bench_child_name_trgm on records using gin (${nameOf('records')} gin_trgm_ops) where kind = 'child'`.execute(db);
    await sql`set statement_timeout = ${sql.lit(`${Number(args['trigram-timeout'])}s`)}`.execute(db);
    await sql`set pg_trgm.similarity_threshold = 0.5`.execute(db);
    const rows = await sql<{ request_id: string; child_id: string }>`
      select r.id as request_id, c.id as child_id
      from records r join records c on c.kind = 'child' and ${nameOf('c')} % ${nameOf('r')}
      where r.kind = 'request'`.execute(db);
    return { elapsed: seconds(started), load_average_end: Math.round(loadavg()[0]! * 100) / 100, pairs: rows.rows.length, recall: recallOf(rows.rows.map((r: { request_id: string; child_id: string }) => `${r.request_id}|${r.child_id}`), truth) };
  } catch (error) {
    if ((error as { code?: string }).code === '57014') return { elapsed: Number(args['trigram-timeout']), pairs: null, recall: null, timedOut: true };
    throw error;
  } finally {
    await db.destroy();
  }
}

const loader = await BulkLoader.open(serverUrl, database, appUrl);
const truth = await load(loader);
await loader.close();
log('reconciling…');
const retrace = await reconcile(truth);
log('trigram join…');
const baseline = await trigram(loader.adminUrl, truth);
const perSecond = Math.round(retrace.report.pairs_scored / retrace.elapsed);
process.stdout.write(
  `${JSON.stringify({ children: CHILDREN, requests: REQUESTS, truth_pairs: truth.size, retrace: { seconds: retrace.elapsed, first_batch_written_at: retrace.firstBatch, cpu_seconds: retrace.cpuSeconds, load_average_start_end: retrace.loadAverage, pairs_scored: retrace.report.pairs_scored, pairs_per_second: perSecond, records_per_second: Math.round(REQUESTS / retrace.elapsed), proposed: retrace.report.proposed, recall: retrace.recall, peak_rss_mb: retrace.peakRssMb }, trigram: baseline }, null, 2)}\n`,
);
