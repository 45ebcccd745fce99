/**
 * The deduplication benchmark: generates children files in which some children are registered
 * twice (another site, another caseworker, months later), runs `retrace dedupe` on each exactly as
 * a user would, and prints one table against the true duplicate pairs. Usage:
 *   pnpm bench:dedupe [--seeds 21,22,23] [--children 20000] [--duplicates 0.05] [--noise default,hard]
 * The hardest look-alikes are the same as when linking: brothers and sisters registered together.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFiles } from '../../data/src/generator/cli.ts';
import { dedupeFigures, type DedupeFigures, type RankedPair } from './metrics.ts';
import { parseFlags } from './stats.ts';

const flags = parseFlags(process.argv.slice(2));
const seeds = (flags.get('seeds') ?? '21,22,23').split(',').map(Number);
const noises = (flags.get('noise') ?? 'default,hard').split(',') as ('easy' | 'default' | 'hard')[];
const children = Number(flags.get('children') ?? 20_000);
const duplicates = Number(flags.get('duplicates') ?? 0.05);
const root = join(import.meta.dirname, '..', '..');

const csvBody = (path: string): string[][] =>
  readFileSync(path, 'utf8').trim().split('\n').slice(1).filter((line) => line.length > 0).map((line) => line.split(','));

interface Row { noise: string; seed: number; records: number; figures: DedupeFigures; seconds: number }
const rows: Row[] = [];

for (const noise of noises) {
  for (const seed of seeds) {
    const dir = join(root, '.tmp', 'bench', `dedupe-${noise}-${seed}-${children}`);
    await generateFiles({ children, requests: 0, orphans: 0, noise, seed, out: dir, duplicates });
    const out = join(dir, 'pairs.csv');
    const started = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'services/cli/src/main.ts'), 'dedupe', join(dir, 'children.csv'), '--out', out, '--no-progress'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = (performance.now() - started) / 1000;
    // Pair ids and scores hold no commas; the explanation after them is not read.
    const pairs: RankedPair[] = csvBody(out).map(([leftId, rightId, score, band]) => ({ leftId: leftId!, rightId: rightId!, score: Number(score), band: band as RankedPair['band'] }));
    const truth = csvBody(join(dir, 'duplicates.csv')).map(([a, b]) => [a!, b!] as const);
    const ids = csvBody(join(dir, 'children.csv')).map(([id]) => id!);
    rows.push({ noise, seed, records: ids.length, figures: dedupeFigures(ids, truth, pairs), seconds });
    process.stderr.write(`done: ${noise} seed ${seed}\n`);
  }
}

const f = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));
console.log(`\n${children} children, ${Math.round(duplicates * 100)}% of the registered children registered twice\n`);
console.log('| noise | seed | records | true pairs | found | likely precision | likely recall | review precision | review recall | singles in a likely pair | time (s) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const x = r.figures;
  console.log(`| ${r.noise} | ${r.seed} | ${r.records} | ${x.duplicates} | ${f(x.found)} | ${f(x.likelyPrecision)} | ${f(x.likelyRecall)} | ${f(x.reviewPrecision)} | ${f(x.reviewRecall)} | ${f(x.singlesWithLikely)} | ${r.seconds.toFixed(1)} |`);
}
