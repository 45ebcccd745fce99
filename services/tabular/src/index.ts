/**
 * @retrace/tabular — streamed rows of CSV and .xlsx files with spreadsheet row numbers, shared by
 * the `retrace` CLI and the API's imports. Never loads a whole file.
 */
export { InputFileError, type InputFileErrorCode } from './input-file-error.ts';
export { chunkSource, fileSource, readHead, type ByteSource } from './byte-source.ts';
export type { HeaderOptions, SourceRow } from './table-row.ts';
export { readCsvRows } from './csv-rows.ts';
export { readXlsxRows } from './xlsx-rows.ts';
export { detectFormat, readTable, type TableFormat } from './read-table.ts';
export { csvCell, csvLine } from './csv-line.ts';
