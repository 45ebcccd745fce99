import { validateRow, type RawRecord, type RowIssue } from '@retrace/core';
import { readCsvRows } from './csv-source.ts';

/** A row issue with the file it came from. */
export interface FileIssue extends RowIssue {
  readonly file: string;
}

export interface ReadResult {
  readonly records: RawRecord[];
  readonly issues: FileIssue[];
  readonly rowsRead: number;
  readonly rowsRejected: number;
}

/**
 * Reads and validates a whole interchange file. Every row ends in `records` or is rejected with a
 * reason in `issues` (rows kept with a field left out also have an issue).
 */
export async function readRecords(path: string, onRow?: (rowsRead: number) => void): Promise<ReadResult> {
  const records: RawRecord[] = [];
  const issues: FileIssue[] = [];
  const firstRowOfId = new Map<string, number>();
  let rowsRead = 0;
  let rowsRejected = 0;
  for await (const { row, cells, extraCells } of readCsvRows(path)) {
    rowsRead++;
    if (onRow && rowsRead % 10_000 === 0) onRow(rowsRead);
    if (extraCells) {
      issues.push({ file: path, row, field: 'row', code: 'row.extra_cells', severity: 'rejected', message: `the row has ${extraCells} more cell(s) than the header: its values may be shifted` });
      rowsRejected++;
      continue;
    }
    const { record, issues: rowIssues } = validateRow(cells, row);
    for (const issue of rowIssues) issues.push({ file: path, ...issue });
    if (!record) {
      rowsRejected++;
      continue;
    }
    const first = firstRowOfId.get(record.id);
    if (first !== undefined) {
      issues.push({ file: path, row, field: 'id', code: 'id.duplicate', severity: 'rejected', message: `id ${JSON.stringify(record.id)} is already used on row ${first}` });
      rowsRejected++;
      continue;
    }
    firstRowOfId.set(record.id, row);
    records.push(record);
  }
  return { records, issues, rowsRead, rowsRejected };
}
