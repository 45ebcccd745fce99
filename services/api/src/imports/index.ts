/** Imports: files of the field (CSV, .xlsx, Kobo, Primero) through a mapping into an agency's records. */
export { runImport, DEFAULT_BATCH_SIZE, type ImportRun } from './run-import.ts';
export { storeUpload, storedFileSource, type StoredFile } from './files.ts';
export { importJob, ImportParamsSchema, type ImportParams } from './job.ts';
export { loadMapping, parseMapping, parseMappingText, MappingError, SHIPPED_MAPPINGS } from './mapping/load.ts';
export { MappingSchema, type Mapping, type MappingInput } from './mapping/schema.ts';
export { ImportReportSchema, ImportCheckpointSchema, buildReport, issueCsvLines, type ImportReport, type ImportCheckpoint } from './report.ts';
