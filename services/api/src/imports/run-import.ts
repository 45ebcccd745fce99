import { pipeline, Transform } from 'node:stream';
import type { RowIssue } from '@retrace/core';
import { readTable, type ByteSource, type SourceRow } from '@retrace/tabular';
import { sql, type Kysely, type Transaction } from 'kysely';
import { writeAudit } from '../audit/audit.ts';
import type { ProgressReport } from '../jobs/handler.ts';
import type { Tables } from '../storage/tables.ts';
import { prepareRow, writeBatch, type BatchContext, type PreparedRow } from './keyed-write.ts';
import { columnsUsed, mapRow } from './mapping/apply.ts';
import type { Mapping } from './mapping/schema.ts';
import { buildReport, emptyCheckpoint, saveIssues, type ImportCheckpoint, type ImportReport } from './report.ts';

/** Everything one import needs; the callbacks let a job runner (or a test) observe and fence it. */
export interface ImportRun {
  readonly db: Kysely<Tables>;
  /** Names this import's issues and seen ids (the job's id). */
  readonly importId: string;
  readonly source: ByteSource;
  /** The file's size, to estimate the rows still to come. */
  readonly sizeBytes?: number;
  readonly mapping: Mapping;
  readonly agencyId: string;
  readonly userId: string;
  /** Where an earlier, interrupted run of this import stopped. */
  readonly checkpoint?: ImportCheckpoint | null;
  readonly batchSize?: number;
  onProgress?(report: ProgressReport): Promise<void> | void;
  /** Called inside each batch's transaction, last: the checkpoint commits with the batch or not at all. */
  saveCheckpoint?(trx: Transaction<Tables>, checkpoint: ImportCheckpoint): Promise<void>;
  /** Called between batches; throws to stop (the committed batches stay, the run can resume). */
  throwIfCancelled?(): Promise<void>;
}

export const DEFAULT_BATCH_SIZE = 2000;

/** Counts the bytes a reader pulls from a source, for a progress estimate. */
function countingSource(source: ByteSource): { source: ByteSource; bytes: () => number } {
  let bytes = 0;
  const open = () => {
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    return pipeline(source.open(), counter, () => undefined);
  };
  return { source: { label: source.label, open }, bytes: () => bytes };
}

interface Header {
  readonly unmapped: string[];
  readonly missing: string[];
}

function headerOf(mapping: Mapping, first: SourceRow): Header {
  const columns = Object.keys(first.cells);
  const used = columnsUsed(mapping);
  return { unmapped: columns.filter((c) => !used.has(c)), missing: [...used].filter((c) => !columns.includes(c)).sort() };
}

/** What a batch is before it is written: records ready to write, issues, and rows refused. */
interface PreparedBatch {
  readonly rows: number;
  readonly records: PreparedRow[];
  readonly issues: RowIssue[];
  readonly refused: number;
}

/**
 * Maps and derives a batch's rows. It yields to the event loop every few rows, so that it runs
 * while the previous batch's statements are in the database instead of holding them up.
 */
async function prepareBatch(mapping: Mapping, header: Header | null, rows: readonly SourceRow[], today: Date): Promise<PreparedBatch> {
  const out: PreparedBatch = { rows: rows.length, records: [], issues: [], refused: 0 };
  let refused = 0;
  for (const [i, { row, cells, extraCells }] of rows.entries()) {
    if (i % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
    if (extraCells) {
      refused++;
      out.issues.push({ row, field: 'row', code: 'row.extra_cells', severity: 'rejected', message: `the row has ${extraCells} more cell(s) than the header: its values may be shifted` });
      continue;
    }
    const mapped = mapRow(mapping, cells, row, header?.unmapped ?? []);
    out.issues.push(...mapped.issues);
    if (mapped.record) out.records.push(prepareRow(mapped.record, today));
    else refused++;
  }
  return { ...out, refused };
}

/**
 * Imports a table (CSV or .xlsx, streamed) into an agency's records through a mapping, keyed by
 * source id, in batches. Each batch commits its records, its issues and the checkpoint together,
 * so a run killed at any moment and resumed from its last checkpoint ends exactly as an
 * uninterrupted run: no record twice, no row lost, counts that add up to the rows read.
 *
 * @example
 * const report = await runImport({ db, importId, source: fileSource('kobo.csv'), mapping, agencyId, userId });
 */
export async function runImport(run: ImportRun): Promise<ImportReport> {
  let checkpoint = run.checkpoint ?? emptyCheckpoint();
  if (checkpoint.finished) return buildReport(run.db, run.importId, run.mapping.name, checkpoint);
  const ctx: BatchContext = { importId: run.importId, agencyId: run.agencyId, userId: run.userId };
  const today = new Date();
  const batchSize = run.batchSize ?? DEFAULT_BATCH_SIZE;
  const counted = countingSource(run.source);
  const idColumns = run.mapping.source_id.column ? [run.mapping.source_id.column] : run.mapping.source_id.columns!;
  const progress = (final: boolean) => {
    const done = checkpoint.rows_done;
    const read = counted.bytes();
    const estimate = run.sizeBytes && read > 0 && !final ? Math.max(done, Math.round((done * run.sizeBytes) / read)) : null;
    return run.onProgress?.({ done, total: final ? done : estimate, unit: 'rows', message: final ? 'imported' : 'importing' });
  };

  const commit = async (batch: PreparedBatch, header: Header | null, final: boolean) => {
    await run.throwIfCancelled?.();
    checkpoint = await run.db.transaction().execute(async (trx) => {
      // Durability of each commit may lag a server crash by a moment: the checkpoint lags with
      // its batch, so the import resumes from an earlier batch and still ends the same. A batch's
      // statements are planned afresh each time: compiling them (JIT) cost more than it saved, and
      // sorting a batch's blocking keys needs more than the default memory to stay off the disk.
      await sql`select set_config('synchronous_commit', 'off', true), set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`.execute(trx);
      const outcome = await writeBatch(trx, ctx, batch.records);
      const issues = [...batch.issues, ...outcome.rejected].sort((a, b) => a.row - b.row);
      await saveIssues(trx, run.importId, issues);
      const next: ImportCheckpoint = {
        rows_done: checkpoint.rows_done + batch.rows,
        created: checkpoint.created + outcome.created,
        updated: checkpoint.updated + outcome.updated,
        unchanged: checkpoint.unchanged + outcome.unchanged,
        rejected: checkpoint.rejected + batch.refused + outcome.rejected.length,
        values_ignored: checkpoint.values_ignored + issues.filter((i) => i.severity === 'field_ignored').length,
        missing_columns: header?.missing ?? checkpoint.missing_columns,
        finished: final,
      };
      if (final) await finish(trx, run, next);
      await run.saveCheckpoint?.(trx, next);
      return next;
    });
    // Let queries waiting for the connection go first: an embedded database has one connection,
    // and an import that takes it back at once would leave the API unanswered until it ends.
    await new Promise((resolve) => setImmediate(resolve));
    await progress(final);
  };

  // One batch is written while the next is read and prepared: the database and this process work
  // at the same time, and batches still commit strictly in order.
  let writing: Promise<void> = Promise.resolve();
  const enqueue = async (rows: SourceRow[], final: boolean) => {
    const batch = await prepareBatch(run.mapping, header, rows, today);
    await writing;
    writing = commit(batch, header, final);
    // Surface a failed write now rather than after the next batch is prepared.
    writing.catch(() => undefined);
  };

  let header: Header | null = null;
  let index = 0;
  let rows: SourceRow[] = [];
  try {
    for await (const row of readTable(counted.source, { requiredColumns: idColumns })) {
      header ??= headerOf(run.mapping, row);
      // Rows committed by an earlier run are read again (the stream cannot seek) but not written.
      if (++index <= checkpoint.rows_done) continue;
      rows.push(row);
      if (rows.length >= batchSize) {
        await enqueue(rows, false);
        rows = [];
      }
    }
    await enqueue(rows, true);
  } finally {
    // Never leave a batch's transaction running behind a failure.
    await writing.catch(() => undefined);
  }
  await writing;
  return buildReport(run.db, run.importId, run.mapping.name, checkpoint);
}

/** The last batch's extras: the seen-id scratch rows go, the audit gets the counts (never data). */
async function finish(trx: Transaction<Tables>, run: ImportRun, cp: ImportCheckpoint): Promise<void> {
  await trx.deleteFrom('import_seen').where('import_id', '=', run.importId).execute();
  const role = await trx.selectFrom('users').select('role').where('id', '=', run.userId).executeTakeFirst();
  await writeAudit(trx, { userId: run.userId, role: role?.role ?? null, agencyId: run.agencyId }, 'import.finish', [], {
    import_id: run.importId,
    mapping: run.mapping.name,
    rows_read: cp.rows_done,
    created: cp.created,
    updated: cp.updated,
    unchanged: cp.unchanged,
    rejected: cp.rejected,
  });
}
