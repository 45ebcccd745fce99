/**
 * Load benchmark of the API's search: loads N synthetic records into a real PostgreSQL database
 * (once; later runs reuse it), starts the API as its own process, and drives POST /search over
 * HTTP with a fixed number of concurrent keep-alive clients. Prints p50/p95/p99 latency,
 * throughput, throughput per core-second of the API process, and how often the search returns
 * the child a request seeks (the generator's truth).
 *
 *   RETRACE_BENCH_PG_URL=postgres://postgres@127.0.0.1:55432/postgres \
 *     pnpm tsx bench/src/api-load.ts --records 1000000 --requests 3000 --concurrency 8 [--search-index memory|database]
 *
 * (RETRACE_TEST_PG_URL is used when RETRACE_BENCH_PG_URL is absent.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { blockingKeys, prepareRecord, validateRow, type RawRecord } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';
import { BulkLoader, type BulkRecord } from '@retrace/api';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '8' },
    port: { type: 'string', default: '3917' },
    // Where the API finds candidates: its in-memory index (the default) or the stored keys.
    'search-index': { type: 'string', default: 'memory' },
  },
});
const RECORDS = Number(args.records);
const REQUESTS = Number(args.requests);
const CONCURRENCY = Number(args.concurrency);
const PORT = Number(args.port);
const SEARCH_INDEX = args['search-index'] === 'database' ? 'database' : 'memory';
const PASSWORD = 'bench password, not secret';
const BATCH = 5000;
/** About 2,000 descriptions, whatever the size. */
const DESCRIPTION_STRIDE = Math.max(1, Math.floor((RECORDS * 0.2) / 2000));

const serverUrl = process.env.RETRACE_BENCH_PG_URL ?? process.env.RETRACE_TEST_PG_URL;
if (!serverUrl) throw new Error('set RETRACE_BENCH_PG_URL (or RETRACE_TEST_PG_URL) to a PostgreSQL superuser URL');
const database = `retrace_bench_${RECORDS}`;
const appUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}`, username: 'retrace_bench_app', password: 'bench' }).toString();
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Partial descriptions a family would give: the sought child's fields from generated requests. */
const descriptions: { readonly requestId: string; readonly fields: Record<string, string> }[] = [];
/** The generator's truth: which registered child each request seeks (orphan requests have none). */
const soughtChild = new Map<string, string>();

function fieldsOf(record: RawRecord): Record<string, string> {
  const { id: _id, kind: _kind, extra: _extra, ...fields } = record;
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
}

/** Loads the synthetic caseload unless a complete one is there; keeps request descriptions either way. */
async function ensureLoaded(loader: BulkLoader): Promise<void> {
  const children = Math.round(RECORDS * 0.8);
  const caseload = generateCaseload({ seed: 11, children, requests: RECORDS - children, orphanShare: 0.3, noise: 'default' });
  const present = await loader.countRecords();
  const load = present < RECORDS;
  if (load) {
    log(`loading ${RECORDS} records into ${database}…`);
    await loader.reset(['children', 'requests']);
  } else log(`reusing ${database} (${present} records)`);
  const started = performance.now();
  let requestsSeen = 0;
  let batch: BulkRecord[] = [];
  let count = 0;
  for (const event of caseload) {
    if (event.kind === 'truth') {
      soughtChild.set(event.left_id, event.right_id);
      continue;
    }
    const record = validateRow({ ...event.record, kind: event.kind }, count + 1).record;
    if (!record) continue;
    // Every k-th request, spread over the whole caseload: the first ones generated seek the first
    // children stored, which a search that favours old records would find too easily.
    if (event.kind === 'request' && requestsSeen++ % DESCRIPTION_STRIDE === 0) descriptions.push({ requestId: record.id, fields: fieldsOf(record) });
    if (!load) continue;
    const prepared = prepareRecord(record);
    batch.push({ id: record.id, agencyId: event.kind === 'child' ? 'children' : 'requests', kind: event.kind, fieldsJson: JSON.stringify(fieldsOf(record)), sex: prepared.sex, keys: [...new Set(blockingKeys(prepared))] });
    if (batch.length === BATCH) {
      await loader.insert(batch);
      count += batch.length;
      batch = [];
      if (count % 100_000 === 0) log(`  ${count} records, ${Math.round((performance.now() - started) / 1000)} s`);
    }
  }
  if (batch.length > 0) await loader.insert(batch);
  if (load) {
    await loader.analyze();
    log(`loaded in ${Math.round((performance.now() - started) / 1000)} s`);
  }
}

/** Resident memory of a process, from /proc. */
function rssBytes(pid: number): number {
  const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
  return pages * 4096;
}

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function startApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/main.ts'], {
    env: { ...process.env, DATABASE_URL: appUrl, DATABASE_ADMIN_URL: '', PORT: String(PORT), RATE_LIMIT_PER_MINUTE: '100000000', DATABASE_POOL_SIZE: '10', SEARCH_INDEX },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => (d.toString().includes('listening') ? resolve(child) : undefined));
    child.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(path: string, body: unknown, token?: string): Promise<{ status: number; text: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Waits until the API says where its searches come from and that it is ready; returns that and the wait. */
async function searchReady(): Promise<{ status: { source: string; state: string; records?: number }; seconds: number }> {
  const started = performance.now();
  for (;;) {
    const status = await new Promise<{ source: string; state: string; records?: number }>((resolve, reject) => {
      // A connection of its own: an instance busy building its index must not reset the clients'.
      request({ host: '127.0.0.1', port: PORT, path: '/health', agent: false }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('error', reject);
        res.on('end', () => resolve((JSON.parse(text) as { search: { source: string; state: string; records?: number } }).search));
      }).on('error', reject).end();
    });
    if (status.state === 'ready') return { status, seconds: (performance.now() - started) / 1000 };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface DriveResult {
  latencies: number[];
  seconds: number;
  errors: number;
  candidates: number;
  /** Searches whose child is registered, and how many found it first / among the ten returned. */
  sought: number;
  foundFirst: number;
  foundInTen: number;
}

async function drive(token: string, total: number): Promise<DriveResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let candidates = 0;
  let sought = 0;
  let foundFirst = 0;
  let foundInTen = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const { requestId, fields } = descriptions[next++ % descriptions.length]!;
      const t0 = performance.now();
      const res = await post('/search', { description: fields, kinds: ['child'], limit: 10, min_band: 'unlikely' }, token);
      latencies.push(performance.now() - t0);
      if (res.status !== 200) {
        errors++;
        continue;
      }
      const found = (JSON.parse(res.text) as { candidates: { record_id: string }[] }).candidates;
      candidates += found.length;
      const child = soughtChild.get(requestId);
      if (child === undefined) continue;
      sought++;
      if (found[0]?.record_id === child) foundFirst++;
      if (found.some((c) => c.record_id === child)) foundInTen++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { latencies, seconds: (performance.now() - started) / 1000, errors, candidates, sought, foundFirst, foundInTen };
}

const loader = await BulkLoader.open(serverUrl, database, appUrl);
await ensureLoaded(loader);
await loader.setPassword('requests', PASSWORD);
await loader.close();
const api = await startApi();
try {
  const ready = await searchReady();
  log(`search from ${ready.status.source}${ready.status.records === undefined ? '' : ` (${ready.status.records} records indexed, ready ${ready.seconds.toFixed(0)} s after the API listened)`}`);
  const login = await post('/auth/login', { username: 'bench.requests', password: PASSWORD });
  const token = (JSON.parse(login.text) as { token: string }).token;
  await drive(token, Math.min(200, REQUESTS));
  const cpuBefore = cpuSeconds(api.pid!);
  const run = await drive(token, REQUESTS);
  const apiCpu = cpuSeconds(api.pid!) - cpuBefore;
  const sorted = [...run.latencies].sort((a, b) => a - b);
  const throughput = REQUESTS / run.seconds;
  console.log(`api search load: ${RECORDS} records on PostgreSQL, candidates from ${ready.status.source}, ${REQUESTS} searches, ${CONCURRENCY} concurrent clients, ${cpus().length} cores on the machine`);
  if (ready.status.source === 'memory') console.log(`  index        ${ready.status.records} records, built ${ready.seconds.toFixed(0)} s after the API listened; API process resident memory ${(rssBytes(api.pid!) / 2 ** 20).toFixed(0)} MiB`);
  console.log(`  latency ms   p50 ${percentile(sorted, 50).toFixed(1)}   p95 ${percentile(sorted, 95).toFixed(1)}   p99 ${percentile(sorted, 99).toFixed(1)}   max ${sorted[sorted.length - 1]!.toFixed(1)}`);
  console.log(`  throughput   ${throughput.toFixed(1)} req/s   (API process: ${apiCpu.toFixed(1)} CPU-s → ${(REQUESTS / apiCpu).toFixed(1)} req per CPU-second)`);
  console.log(`  errors ${run.errors}, mean candidates returned ${(run.candidates / REQUESTS).toFixed(1)}`);
  // Requests are the families' descriptions; the truth says which registered child each seeks.
  console.log(`  accuracy     ${run.sought} searches for a registered child: found first ${(run.foundFirst / run.sought).toFixed(3)}, among the ten returned ${(run.foundInTen / run.sought).toFixed(3)}`);
} finally {
  api.kill('SIGTERM');
  agent.destroy();
}
