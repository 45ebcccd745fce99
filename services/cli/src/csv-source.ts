import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';

/** A problem with a whole input file: it cannot be read as interchange CSV at all. */
export class InputFileError extends Error {
  constructor(
    readonly code: 'file.missing' | 'file.empty' | 'file.binary' | 'file.encoding' | 'file.delimiter' | 'file.no_id_column',
    message: string,
  ) {
    super(message);
  }
}

const SNIFF_BYTES = 64 * 1024;

/** Reads the file's first bytes to refuse what is not UTF-8 text and to find the delimiter. */
async function sniff(path: string): Promise<{ delimiter: ',' | ';' }> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputFileError('file.missing', `${path}: cannot be read (${reason})`);
  }
  if (head.length === 0 || head.toString('utf8').replace(/^\uFEFF/, '').trim() === '') {
    throw new InputFileError('file.empty', `${path}: the file is empty (expected a header row with at least an "id" column)`);
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

export interface SourceRow {
  /** Spreadsheet row number: the header is row 1, the first record row 2. */
  readonly row: number;
  readonly cells: Record<string, string>;
  /** Set when the row has more cells than the header has columns. */
  readonly extraCells?: number;
}

/**
 * Streams the rows of an interchange CSV file with lowercase column names. Throws InputFileError
 * (before any row) when the file as a whole cannot be read; single bad rows are the caller's.
 */
export async function* readCsvRows(path: string): AsyncGenerator<SourceRow> {
  const { delimiter } = await sniff(path);
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true }),
  );
  let header: string[] | null = null;
  let row = 1;
  for await (const cells of parser as AsyncIterable<string[]>) {
    if (!header) {
      header = cells.map((c) => c.trim().toLowerCase());
      if (!header.includes('id')) {
        const found = header.filter(Boolean).slice(0, 12).join(', ') || '(none)';
        const hint = header.length === 1 && /[,;\t|]/.test(cells[0] ?? '') ? ' — is the delimiter right?' : '';
        throw new InputFileError('file.no_id_column', `${path}: no "id" column; the header has: ${found}${hint}`);
      }
      continue;
    }
    row++;
    const record: Record<string, string> = {};
    header.forEach((column, i) => {
      if (column && !(column in record)) record[column] = cells[i] ?? '';
    });
    const extraCells = cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '') ? cells.length - header.length : 0;
    yield extraCells ? { row, cells: record, extraCells } : { row, cells: record };
  }
  if (!header) throw new InputFileError('file.empty', `${path}: the file has no header row`);
}
