import { parse } from 'csv-parse';
import { readHead, type ByteSource } from './byte-source.ts';
import { InputFileError } from './input-file-error.ts';
import { cellsByColumn, type HeaderOptions, type SourceRow } from './table-row.ts';

const SNIFF_BYTES = 64 * 1024;

/** Reads the file's first bytes to refuse what is not UTF-8 text and to find the delimiter. */
async function sniff(source: ByteSource): Promise<{ delimiter: ',' | ';' }> {
  const path = source.label;
  const head = await readHead(source, SNIFF_BYTES);
  if (head.length === 0 || head.toString('utf8').replace(/^\uFEFF/, '').trim() === '') {
    throw new InputFileError('file.empty', `${path}: the file is empty (expected a header row)`);
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new InputFileError('file.encoding', `${path}: the file is UTF-16; save it as UTF-8 CSV`);
  }
  if (head.includes(0)) throw new InputFileError('file.binary', `${path}: not a UTF-8 CSV file (it contains binary data)`);
  try {
    // The sample may end inside a multi-byte character: decode it as a stream, which leaves an
    // incomplete last character pending instead of calling it an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length === SNIFF_BYTES });
  } catch {
    throw new InputFileError('file.encoding', `${path}: not a UTF-8 CSV file (invalid UTF-8; re-save the export as "CSV UTF-8")`);
  }
  const header = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.replace(/"[^"]*"/g, '');
  const count = (ch: string) => header.split(ch).length - 1;
  const [commas, semicolons, tabs, pipes] = [count(','), count(';'), count('\t'), count('|')];
  if (Math.max(tabs, pipes) > Math.max(commas, semicolons)) {
    const kind = tabs > pipes ? 'tab' : 'pipe (|)';
    throw new InputFileError('file.delimiter', `${path}: the file is ${kind}-separated; Retrace reads comma- or semicolon-separated CSV`);
  }
  return { delimiter: semicolons > commas ? ';' : ',' };
}

/** Refuses a header without the columns the caller needs, naming what it has instead. */
export function checkHeader(label: string, header: readonly string[], raw: readonly string[], options: HeaderOptions): void {
  for (const column of options.requiredColumns ?? []) {
    if (header.includes(column)) continue;
    const found = header.filter(Boolean).slice(0, 12).join(', ') || '(none)';
    const hint = raw.length === 1 && /[,;\t|]/.test(raw[0] ?? '') ? ' — is the delimiter right?' : '';
    throw new InputFileError('file.no_id_column', `${label}: no "${column}" column; the header has: ${found}${hint}`);
  }
}

/**
 * Streams the rows of a CSV file (UTF-8, optional BOM, `,` or `;` sniffed from the header, RFC 4180
 * quoting with newlines inside quotes) with lowercase column names. Throws InputFileError, before
 * any row, when the file as a whole cannot be read; single bad rows are the caller's.
 *
 * @example
 * for await (const { row, cells } of readCsvRows(fileSource('children.csv'), { requiredColumns: ['id'] })) …
 */
export async function* readCsvRows(source: ByteSource, options: HeaderOptions = {}): AsyncGenerator<SourceRow> {
  const { delimiter } = await sniff(source);
  const parser = source.open().pipe(parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }));
  let header: string[] | null = null;
  let row = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) {
        header = cells.map((c) => c.trim().toLowerCase());
        checkHeader(source.label, header, cells, options);
        continue;
      }
      row++;
      yield cellsByColumn(header, cells, row);
    }
  } finally {
    parser.destroy();
  }
  if (!header) throw new InputFileError('file.empty', `${source.label}: the file has no header row`);
}
