import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCaseload } from './caseload.ts';
import { csvRow, RECORD_COLUMNS } from './csv.ts';
import { NOISE_PROFILES } from './noise.ts';

const USAGE = `Usage: generate --children N --requests M [--orphans 0.3] [--noise easy|default|hard] [--seed 7] [--duplicates 0.05] --out DIR
Writes DIR/children.csv, DIR/requests.csv and DIR/truth.csv (request id, child id); with
--duplicates, that share of the registered children is registered twice, and DIR/duplicates.csv
lists the pairs (first id, second id).`;

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function generateFiles(options: { children: number; requests: number; orphans: number; noise: keyof typeof NOISE_PROFILES; seed: number; out: string; duplicates?: number }) {
  mkdirSync(options.out, { recursive: true });
  const children = createWriteStream(join(options.out, 'children.csv'));
  const requests = createWriteStream(join(options.out, 'requests.csv'));
  const truth = createWriteStream(join(options.out, 'truth.csv'));
  await write(children, csvRow(RECORD_COLUMNS));
  await write(requests, csvRow(RECORD_COLUMNS));
  await write(truth, csvRow(['left_id', 'right_id']));
  const duplicateShare = options.duplicates ?? 0;
  const duplicates = duplicateShare > 0 ? createWriteStream(join(options.out, 'duplicates.csv')) : null;
  if (duplicates) await write(duplicates, csvRow(['left_id', 'right_id']));
  const events = generateCaseload({ seed: options.seed, children: options.children, requests: options.requests, orphanShare: options.orphans, noise: options.noise, duplicateShare });
  for (const event of events) {
    if (event.kind === 'truth') await write(truth, csvRow([event.left_id, event.right_id]));
    else await write(event.kind === 'child' ? children : requests, csvRow(RECORD_COLUMNS.map((c) => event.record[c] ?? '')));
    if (event.kind === 'child' && event.duplicateOf !== undefined) await write(duplicates!, csvRow([event.duplicateOf, event.record.id!]));
  }
  await Promise.all([children, requests, truth, ...(duplicates ? [duplicates] : [])].map(async (s) => { s.end(); await once(s, 'finish'); }));
}

/** The command line: the exit code for `argv` (the arguments after the command's name). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { children: { type: 'string' }, requests: { type: 'string' }, duplicates: { type: 'string' }, orphans: { type: 'string' }, noise: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean' } },
  });
  const children = Number(values.children);
  const requests = Number(values.requests);
  const orphans = Number(values.orphans ?? 0.3);
  const noise = (values.noise ?? 'default') as keyof typeof NOISE_PROFILES;
  const seed = Number(values.seed ?? 7);
  const duplicates = Number(values.duplicates ?? 0);
  if (!(duplicates >= 0 && duplicates <= 1)) {
    process.stderr.write(`--duplicates must be a share between 0 and 1, not "${values.duplicates}"\n${USAGE}\n`);
    return 2;
  }
  if (values.help || !values.out || !Number.isInteger(children) || !Number.isInteger(requests) || children < 0 || requests < 0 || !(orphans >= 0 && orphans <= 1) || !(noise in NOISE_PROFILES) || !Number.isInteger(seed)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  await generateFiles({ children, requests, orphans, noise, seed, out: values.out, duplicates });
  process.stderr.write(`generated ${children} children and ${requests} requests in ${values.out} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => (process.exitCode = code));
