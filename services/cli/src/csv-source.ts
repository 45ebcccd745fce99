import { fileSource, readCsvRows as readTableCsv, type SourceRow } from '@retrace/tabular';

export { InputFileError, type SourceRow } from '@retrace/tabular';

/**
 * Streams the rows of an interchange CSV file with lowercase column names (the reader itself lives
 * in @retrace/tabular, shared with the API's imports). Throws InputFileError, before any row, when
 * the file as a whole cannot be read or has no `id` column; single bad rows are the caller's.
 */
export function readCsvRows(path: string): AsyncGenerator<SourceRow> {
  return readTableCsv(fileSource(path), { requiredColumns: ['id'] });
}
