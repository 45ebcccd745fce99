/**
 * The demo: a synthetic caseload of two agencies (children registered by one, tracing requests
 * filed with the other), linked as `retrace link` would, with the best candidates explained.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFiles } from '../../../data/src/generator/cli.ts';
import { linkFiles } from './link-files.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = join(root, '.retrace', 'demo');
mkdirSync(dir, { recursive: true });

process.stderr.write('retrace demo: generating a synthetic caseload (2,000 registered children, 600 tracing requests)\n');
await generateFiles({ children: 2000, requests: 600, orphans: 0.3, noise: 'default', seed: 2024, out: dir });
const out = join(dir, 'pairs.csv');
await linkFiles({ left: join(dir, 'requests.csv'), right: join(dir, 'children.csv'), top: 5, out, progress: Boolean(process.stderr.isTTY) });

const lines = readFileSync(out, 'utf8').trim().split('\n').slice(1);
const likely = lines.filter((l) => l.includes(',likely,'));
console.log(`\n${likely.length} request(s) have a likely candidate. The first five, as a focal point sees them:\n`);
for (const line of likely.slice(0, 5)) {
  const [left, right, score, band, ...explanation] = line.split(',');
  console.log(`  ${left} → ${right}  score ${score} (${band})\n    ${explanation.join(',').replace(/^"|"$/g, '')}\n`);
}
console.log(`Files are in ${dir}:
  requests.csv, children.csv   the caseload (synthetic: no real person)
  pairs.csv                    every request's best candidates, with explanations
  truth.csv                    which request is which child (the generator knows)

Try it on your own files (interchange format: docs/interchange.md):
  pnpm retrace link REQUESTS.csv CHILDREN.csv --top 10 --out pairs.csv
  pnpm retrace dedupe CHILDREN.csv --out duplicates.csv`);
