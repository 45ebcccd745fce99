import { csvLine } from '@retrace/tabular';
import type { RowIssue } from '@retrace/core';
import { sql, type Kysely, type Transaction } from 'kysely';
import { z } from 'zod';
import type { Tables } from '../storage/tables.ts';

/** Where an import stands: saved with every batch, so a resumed run goes on from exactly there. */
export const ImportCheckpointSchema = z.object({
  /** Data rows of the source consumed so far (committed). */
  rows_done: z.number().int().min(0),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  rejected: z.number().int().min(0),
  /** Rows kept with a value left out. */
  values_ignored: z.number().int().min(0),
  /** Columns the mapping names that the file's header lacks. */
  missing_columns: z.array(z.string()),
  finished: z.boolean(),
});
export type ImportCheckpoint = z.infer<typeof ImportCheckpointSchema>;

export const emptyCheckpoint = (): ImportCheckpoint => ({ rows_done: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, values_ignored: 0, missing_columns: [], finished: false });

/** The import's outcome. `rows_read = created + updated + unchanged + rejected`, always. */
export const ImportReportSchema = z.object({
  import_id: z.string(),
  /** False for an import cancelled or failed part-way: the counts cover the rows committed. */
  complete: z.boolean(),
  mapping: z.string(),
  rows_read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  values_ignored: z.number().int(),
  missing_columns: z.array(z.string()),
  issues: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string(), severity: z.enum(['rejected', 'field_ignored']) })),
  /** Set when `issues` lists only the first ones (the CSV report has them all). */
  issues_truncated: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** Stores a batch's issues in the batch's transaction (a rolled-back batch leaves none behind). */
export async function saveIssues(trx: Transaction<Tables>, importId: string, issues: readonly RowIssue[]): Promise<void> {
  if (issues.length === 0) return;
  await sql`insert into import_issues (import_id, row, field, code, message, severity)
    select ${importId}, * from unnest(${issues.map((i) => i.row)}::int[], ${issues.map((i) => i.field.slice(0, 200))}::text[], ${issues.map((i) => i.code)}::text[],
                                     ${issues.map((i) => i.message.slice(0, 500))}::text[], ${issues.map((i) => i.severity)}::text[])`.execute(trx);
}

const ISSUES_IN_JSON = 1000;

/** The report of an import from its checkpoint and its stored issues (the first 1,000 inline). */
export async function buildReport(db: Kysely<Tables>, importId: string, mapping: string, cp: ImportCheckpoint, limit = ISSUES_IN_JSON): Promise<ImportReport> {
  const issues = await db.selectFrom('import_issues').select(['row', 'field', 'code', 'message', 'severity']).where('import_id', '=', importId).orderBy('seq').limit(limit + 1).execute();
  return {
    import_id: importId,
    complete: cp.finished,
    mapping,
    rows_read: cp.rows_done,
    created: cp.created,
    updated: cp.updated,
    unchanged: cp.unchanged,
    rejected: cp.rejected,
    values_ignored: cp.values_ignored,
    missing_columns: cp.missing_columns,
    issues: issues.slice(0, limit),
    issues_truncated: issues.length > limit,
  };
}

export const ISSUE_CSV_HEADER = ['row', 'field', 'code', 'severity', 'message'];

/**
 * Every issue of an import as CSV lines, read page by page (an import of a million bad rows has a
 * million lines; they are never all in memory).
 */
export async function* issueCsvLines(db: Kysely<Tables>, importId: string, pageSize = 5000): AsyncGenerator<string> {
  yield csvLine(ISSUE_CSV_HEADER);
  let after = '0';
  for (;;) {
    const page = await db
      .selectFrom('import_issues')
      .select(['seq', 'row', 'field', 'code', 'message', 'severity'])
      .where('import_id', '=', importId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const i of page) yield csvLine([String(i.row), i.field, i.code, i.severity, i.message]);
    if (page.length < pageSize) return;
    after = String(page.at(-1)!.seq);
  }
}
