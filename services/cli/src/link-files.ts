import { readFile, writeFile } from 'node:fs/promises';
import { MatchModelSchema, type LinkResult, type MatchModel } from '@retrace/core';
import { linkInParallel } from './parallel-link.ts';
import { CsvWriter } from './csv-writer.ts';
import { InputFileError } from './csv-source.ts';
import { ProgressBar } from './progress.ts';
import { readRecords, type FileIssue, type ReadResult } from './read-records.ts';

export interface LinkFilesOptions {
  /** LEFT file (each of its records gets candidates). */
  readonly left: string;
  /** RIGHT file; absent for dedupe (LEFT against itself). */
  readonly right?: string;
  readonly top: number;
  readonly out: string;
  readonly rejects?: string;
  readonly modelPath?: string;
  readonly saveModel?: string;
  readonly progress?: boolean;
  readonly seed?: number;
  /** Worker threads (default: the machine's cores). */
  readonly workers?: number;
  /** Where messages for people go (standard error by default). */
  readonly log?: (line: string) => void;
}

export interface LinkFilesSummary {
  readonly files: readonly { path: string; rowsRead: number; rowsRejected: number }[];
  readonly recordsLinked: number;
  readonly pairsWritten: number;
  readonly issues: number;
  readonly rejectsPath: string;
  readonly seconds: number;
}

const PAIR_COLUMNS = ['left_id', 'right_id', 'score', 'band', 'explanation'] as const;
const REJECT_COLUMNS = ['file', 'row', 'column', 'code', 'severity', 'message'] as const;
const MAX_LISTED_ISSUES = 20;

async function loadModel(path: string): Promise<MatchModel> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputFileError('file.missing', `${path}: cannot read the model (${(error as Error).message})`);
  }
  const parsed = MatchModelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputFileError('file.encoding', `${path}: not a Retrace model (${issue.path.join('.')}: ${issue.message})`);
  }
  return parsed.data;
}

async function writeRejects(path: string, issues: readonly FileIssue[]): Promise<void> {
  const writer = new CsvWriter(path, REJECT_COLUMNS);
  for (const i of issues) await writer.write([i.file, i.row, i.field, i.code, i.severity, i.message]);
  await writer.close();
}

function reportIssues(issues: readonly FileIssue[], rejectsPath: string, log: (line: string) => void): void {
  for (const i of issues.slice(0, MAX_LISTED_ISSUES)) {
    log(`${i.file}:${i.row} ${i.field}: ${i.message} (${i.severity === 'rejected' ? 'row rejected' : 'value ignored'})`);
  }
  if (issues.length > MAX_LISTED_ISSUES) log(`… and ${issues.length - MAX_LISTED_ISSUES} more in ${rejectsPath}`);
}

/**
 * `retrace link` / `retrace dedupe` as a function: reads and validates the files, links, writes
 * the pairs and the rejects, and returns the counts.
 */
export async function linkFiles(options: LinkFilesOptions): Promise<LinkFilesSummary> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rejectsPath = options.rejects ?? `${options.out}.rejects.csv`;
  const model = options.modelPath ? await loadModel(options.modelPath) : undefined;

  const inputs: ReadResult[] = [await readRecords(options.left)];
  if (options.right) inputs.push(await readRecords(options.right));
  const issues = inputs.flatMap((input) => input.issues);
  await writeRejects(rejectsPath, issues);
  reportIssues(issues, rejectsPath, log);

  const bar = new ProgressBar(options.right ? 'linking' : 'deduplicating', options.progress ?? Boolean(process.stderr.isTTY));
  const linkOptions = {
    top: options.top,
    ...(model ? { model } : {}),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    onProgress: (done: number, total: number) => bar.update(done, total),
  };
  const result: LinkResult = await linkInParallel(inputs[0]!.records, options.right ? inputs[1]!.records : null, {
    ...linkOptions,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    evidence: false, // the pairs file holds the summary only
  });
  bar.finish();

  const writer = new CsvWriter(options.out, PAIR_COLUMNS);
  for (const pair of result.pairs) await writer.write([pair.leftId, pair.rightId, pair.score.toFixed(4), pair.band, pair.summary]);
  await writer.close();
  if (options.saveModel) await writeFile(options.saveModel, `${JSON.stringify(result.model, null, 2)}\n`);

  const seconds = (performance.now() - started) / 1000;
  const files = inputs.map((input, i) => ({ path: i === 0 ? options.left : options.right!, rowsRead: input.rowsRead, rowsRejected: input.rowsRejected }));
  const summary = { files, recordsLinked: inputs[0]!.records.length, pairsWritten: result.pairs.length, issues: issues.length, rejectsPath, seconds };
  for (const f of files) log(`${f.path}: ${f.rowsRead} rows read, ${f.rowsRead - f.rowsRejected} used, ${f.rowsRejected} rejected`);
  log(`${summary.recordsLinked} records linked, ${summary.pairsWritten} pairs written to ${options.out}, ${issues.length} issue(s) in ${rejectsPath}, ${seconds.toFixed(1)} s`);
  return summary;
}
