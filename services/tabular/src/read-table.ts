import { readHead, type ByteSource } from './byte-source.ts';
import { readCsvRows } from './csv-rows.ts';
import { InputFileError } from './input-file-error.ts';
import type { HeaderOptions, SourceRow } from './table-row.ts';
import { readXlsxRows } from './xlsx-rows.ts';

export type TableFormat = 'csv' | 'xlsx';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Tells a workbook from a CSV file by its first bytes (a file's name may lie). */
export async function detectFormat(source: ByteSource): Promise<TableFormat> {
  const head = await readHead(source, 8);
  if (head.subarray(0, 4).equals(ZIP_MAGIC)) return 'xlsx';
  if (head.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new InputFileError('file.format', `${source.label}: an old .xls workbook; save it as .xlsx or CSV UTF-8`);
  }
  return 'csv';
}

/**
 * Streams a table's rows whatever its format (CSV or .xlsx, detected from its content).
 *
 * @example
 * for await (const row of readTable(fileSource(path))) …
 */
export async function* readTable(source: ByteSource, options: HeaderOptions = {}): AsyncGenerator<SourceRow> {
  const format = await detectFormat(source);
  yield* format === 'xlsx' ? readXlsxRows(source, options) : readCsvRows(source, options);
}
