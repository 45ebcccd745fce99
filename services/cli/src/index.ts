export { linkFiles, type LinkFilesOptions, type LinkFilesSummary } from './link-files.ts';
export { readRecords, type ReadResult, type FileIssue } from './read-records.ts';
export { readCsvRows, InputFileError, type SourceRow } from './csv-source.ts';
export { CsvWriter, csvCell, csvLine } from './csv-writer.ts';
export { ProgressBar } from './progress.ts';
