/**
 * The speed benchmark: index memory per record and single-record search latency against an
 * index of N children, and a batch link of B requests × B children through the CLI.
 *   pnpm bench:speed [--index 1000000] [--queries 2000] [--batch 100000] [--seed 5]
 * Figures are printed; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generateCaseload } from '@retrace/data/generator';
import {
  CandidateIndex,
  Matcher,
  nameAgreementCache,
  countTermFrequencies,
  createScoringContext,
  prepareRecord,
  trainModel,
  validateRow,
  type PreparedRecord,
} from '@retrace/core';
import { generateFiles } from '../../data/src/generator/cli.ts';
import { formatMs, mib, parseFlags, percentile } from './stats.ts';

const flags = parseFlags(process.argv.slice(2));
const indexSize = Number(flags.get('index') ?? 1_000_000);
const queryCount = Number(flags.get('queries') ?? 2_000);
const batch = Number(flags.get('batch') ?? 100_000);
const seed = Number(flags.get('seed') ?? 5);
const root = join(import.meta.dirname, '..', '..');

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function searchFigures(): Promise<void> {
  if (!gc) process.stderr.write('note: run with node --expose-gc for a memory figure (pnpm bench:speed does)\n');
  const before = heap();
  const index = new CandidateIndex();
  const queries: PreparedRecord[] = [];
  let started = performance.now();
  for (const event of generateCaseload({ seed, children: indexSize, requests: queryCount, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    const record = validateRow(event.record, 0).record;
    if (!record) continue;
    if (event.kind === 'child') index.add(prepareRecord(record));
    else queries.push(prepareRecord(record));
  }
  index.freeze();
  const buildSeconds = (performance.now() - started) / 1000;
  // The queries (a few thousand) stay in the measured heap: a slight overestimate.
  const perRecord = (heap() - before) / indexSize;

  started = performance.now();
  const frequencies = countTermFrequencies(index.records, queries);
  const cache = nameAgreementCache(frequencies);
  const model = trainModel(queries, index, cache, { sameSet: false, seed });
  const matcher = new Matcher(index, createScoringContext(model, frequencies, cache));
  const setupSeconds = (performance.now() - started) / 1000;

  for (const q of queries.slice(0, 200)) matcher.search(q, { top: 10 }); // warm-up
  const times: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    matcher.search(q, { top: 10 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`\nsingle-record search, index of ${indexSize.toLocaleString('en')} children (generated, normalised and indexed in ${buildSeconds.toFixed(0)} s; model and name frequencies in ${setupSeconds.toFixed(1)} s)`);
  console.log(`  index memory: ${mib(perRecord * indexSize)} in all, ${(perRecord / 1024).toFixed(2)} KB per record (records, keys and lookup arrays)`);
  console.log(`  latency over ${times.length} queries, top 10: p50 ${formatMs(percentile(times, 50))} ms, p95 ${formatMs(percentile(times, 95))} ms, p99 ${formatMs(percentile(times, 99))} ms`);
}

async function batchFigures(): Promise<void> {
  const dir = join(root, '.tmp', 'bench', `batch-${batch}`);
  await generateFiles({ children: batch, requests: batch, orphans: 0.3, noise: 'default', seed, out: dir });
  const started = performance.now();
  const cli = [join(root, 'services/cli/src/main.ts'), 'link', join(dir, 'requests.csv'), join(dir, 'children.csv'), '--top', '10', '--out', join(dir, 'pairs.csv'), '--no-progress'];
  execFileSync(process.execPath, ['--import', 'tsx', ...cli], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nbatch link through the CLI, ${batch.toLocaleString('en')} requests × ${batch.toLocaleString('en')} children (reading, validation, estimation, linking on all cores, writing): ${seconds.toFixed(1)} s, ${(batch / seconds).toFixed(0)} requests/s`);
}

if (indexSize > 0) await searchFigures();
if (batch > 0) await batchFigures();
