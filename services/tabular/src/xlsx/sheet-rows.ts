import type { Readable } from 'node:stream';
import { XlsxFormatError } from './format-error.ts';
import type { WorkbookParts } from './workbook-parts.ts';
import { parseXml, unescapeOoxml } from './xml-events.ts';

/** One row of a sheet: its number in the sheet and its cells as texts, dense from column A. */
export interface SheetRow {
  readonly number: number;
  readonly texts: string[];
}

const DAY_MS = 86_400_000;
/** Excel's last column is XFD; a reference past it is a broken file, not a reason to grow a row without end. */
const MAX_COLUMNS = 16_384;
/** Day 0 of each date system, as a UTC timestamp: 1899-12-30 (so that 1900's phantom 29 February is absorbed) and 1904-01-01. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date as the interchange writes dates; a whole-day date loses its midnight. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** `C12` → 2 (0-based column); undefined when the reference has no letters. */
function columnIndex(reference: string): number | undefined {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i) | 0x20; // lower case
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return i === 0 ? undefined : column - 1;
}

interface CellState {
  type: string;
  style: number;
  value: string[];
  inline: string[];
}

/**
 * Streams a worksheet's rows (`<row>` of `<c>` cells) as texts: shared and inline strings, numbers
 * as written, date-formatted numbers as dates, booleans as true/false, a formula's cached result,
 * an error as empty. Rows arrive in chunks as the XML is parsed; the sheet is never held whole.
 */
export async function* readSheetRows(stream: Readable, parts: WorkbookParts): AsyncGenerator<SheetRow> {
  const epoch = parts.date1904 ? EPOCH_1904 : EPOCH_1900;
  const ready: SheetRow[] = [];
  let rowNumber = 0;
  let texts: string[] | null = null;
  let column = -1;
  let cell: CellState | null = null;
  let target: string[] | null = null; // where text goes: a value, an inline string's text, or nowhere
  let inPhonetic = false;

  const cellText = (c: CellState): string => {
    const raw = c.value.join('');
    switch (c.type) {
      case 's':
        return parts.sharedStrings[Number(raw)] ?? '';
      case 'inlineStr':
        return unescapeOoxml(c.inline.join(''));
      case 'str':
        return unescapeOoxml(raw);
      case 'b':
        return raw === '' ? '' : String(raw === '1' || raw.toLowerCase() === 'true');
      case 'e':
        return '';
      case 'd': {
        const date = new Date(raw);
        return Number.isNaN(date.getTime()) ? raw : dateText(date);
      }
      default: {
        if (raw.trim() === '') return '';
        const number = Number(raw);
        if (!Number.isFinite(number)) return raw;
        if (parts.dateStyles[c.style]) return dateText(new Date(epoch + Math.round(number * DAY_MS)));
        return String(number);
      }
    }
  };

  const handler = {
    open(name: string, attributes: Record<string, string>) {
      switch (name) {
        case 'row':
          rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
          texts = [];
          column = -1;
          break;
        case 'c':
          column = (attributes.r ? columnIndex(attributes.r) : undefined) ?? column + 1;
          if (column >= MAX_COLUMNS) throw new XlsxFormatError(`row ${rowNumber} has a cell beyond column XFD, the last Excel allows`);
          cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: [], inline: [] };
          break;
        case 'v':
          if (cell) target = cell.value;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (cell && !inPhonetic) target = cell.inline;
          break;
      }
    },
    text(text: string) {
      target?.push(text);
    },
    close(name: string) {
      switch (name) {
        case 'v':
        case 't':
          target = null;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          if (cell && texts) {
            while (texts.length < column) texts.push('');
            texts[column] = cellText(cell);
          }
          cell = null;
          break;
        case 'row':
          if (texts) ready.push({ number: rowNumber, texts });
          texts = null;
          break;
      }
    },
  };
  yield* parseXml(parts.firstSheet, stream, handler, () => ready.splice(0));
}
