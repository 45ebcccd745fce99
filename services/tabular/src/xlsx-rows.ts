import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ByteSource } from './byte-source.ts';
import { checkHeader } from './csv-rows.ts';
import { InputFileError } from './input-file-error.ts';
import { cellsByColumn, type HeaderOptions, type SourceRow } from './table-row.ts';
import { readSheetRows } from './xlsx/sheet-rows.ts';
import { XlsxFormatError } from './xlsx/format-error.ts';
import { readWorkbookParts } from './xlsx/workbook-parts.ts';
import { openZip, type ZipArchive } from './xlsx/zip-archive.ts';

/**
 * A zip is read from its end (the central directory), so a source that is only a stream (an upload
 * stored in the database) is first copied to a private temporary file, removed as soon as the zip is
 * open (the open descriptor keeps it readable), so a child's record lingers on disk no longer than
 * needed. A file on disk is read in place.
 */
async function openLocalZip(source: ByteSource): Promise<ZipArchive> {
  if (source.path) return openZip(source.path);
  const dir = await mkdtemp(join(tmpdir(), 'retrace-xlsx-'));
  try {
    const path = join(dir, 'workbook.xlsx');
    try {
      await pipeline(source.open(), createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      throw new InputFileError('file.missing', `${source.label}: cannot be read (${(error as Error).message})`);
    }
    return await openZip(path);
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** Why a workbook cannot be read, in words that name no cell's content. */
function unreadable(label: string, error: unknown): InputFileError {
  if (error instanceof InputFileError) return error;
  // yauzl's reasons describe the zip's structure ("end of central directory record signature not found").
  const reason = error instanceof XlsxFormatError ? error.message : `not a valid zip: ${(error as Error).message}`;
  return new InputFileError('file.format', `${label}: not a readable .xlsx workbook (${reason})`);
}

/**
 * Streams the first worksheet (in the workbook's tab order) of an .xlsx workbook: the zip is opened
 * through its central directory, the workbook, shared strings and styles are read first, and the
 * sheet's XML is then parsed as it is inflated; only the shared-strings table (distinct texts) is
 * kept in memory. The first non-blank row is the header; blank rows are skipped but keep the sheet's
 * numbering; a merged cell's value sits in its first cell only, as Excel stores it. Later sheets
 * (Kobo repeat groups) are never read.
 *
 * @example
 * for await (const { row, cells } of readXlsxRows(fileSource('kobo.xlsx'))) …
 */
export async function* readXlsxRows(source: ByteSource, options: HeaderOptions = {}): AsyncGenerator<SourceRow> {
  const rows = (async function* () {
    let zip: ZipArchive | null = null;
    try {
      zip = await openLocalZip(source);
      const parts = await readWorkbookParts(zip);
      yield* readSheetRows(await zip.open(parts.firstSheet), parts);
    } catch (error) {
      throw unreadable(source.label, error);
    } finally {
      zip?.close();
    }
  })();
  let header: string[] | null = null;
  for await (const { number, texts: raw } of rows) {
    const texts = raw.map((t) => t.trim());
    if (texts.every((t) => t === '')) continue;
    if (!header) {
      header = texts.map((t) => t.toLowerCase());
      checkHeader(source.label, header, texts, options);
      continue;
    }
    yield cellsByColumn(header, texts, number);
  }
  if (!header) throw new InputFileError('file.empty', `${source.label}: the workbook's first sheet has no header row`);
}
