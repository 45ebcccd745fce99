import ExcelJS from 'exceljs';
import type { ByteSource } from './byte-source.ts';
import { checkHeader } from './csv-rows.ts';
import { InputFileError } from './input-file-error.ts';
import { cellsByColumn, type HeaderOptions, type SourceRow } from './table-row.ts';

/** A date cell as the interchange writes dates; a whole-day date loses its midnight. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** One cell's value as text: rich text joined, a formula's cached result, a link's text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return '';
  }
  return String(value);
}

/** Row values from exceljs are 1-based and sparse; make them a dense 0-based list of texts. */
function rowTexts(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const texts: string[] = [];
  for (let i = 1; i < values.length; i++) texts.push(cellText(values[i]).trim());
  return texts;
}

/**
 * Streams the first worksheet of an .xlsx workbook with exceljs's streaming reader: the zip is read
 * entry by entry and the sheet's XML parsed as it arrives; only the shared-strings table (distinct
 * texts) is kept in memory, and a sheet stored before that table is spooled to a temporary file.
 * The first non-blank row is the header; blank rows are skipped but keep the sheet's numbering;
 * a merged cell's value sits in its first cell only, as Excel stores it.
 *
 * @example
 * for await (const { row, cells } of readXlsxRows(fileSource('kobo.xlsx'))) …
 */
export async function* readXlsxRows(source: ByteSource, options: HeaderOptions = {}): AsyncGenerator<SourceRow> {
  const stream = source.open();
  // Styles are read so that date-formatted numbers come back as dates.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
  let header: string[] | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const texts = rowTexts(row.values);
        if (texts.every((t) => t === '')) continue;
        if (!header) {
          header = texts.map((t) => t.toLowerCase());
          checkHeader(source.label, header, texts, options);
          continue;
        }
        yield cellsByColumn(header, texts, row.number);
      }
      break; // the first worksheet holds the records; later ones (Kobo repeat groups) are not read
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError('file.format', `${source.label}: not a readable .xlsx workbook (${(error as Error).name})`);
  } finally {
    stream.destroy();
  }
  if (!header) throw new InputFileError('file.empty', `${source.label}: the workbook's first sheet has no header row`);
}
