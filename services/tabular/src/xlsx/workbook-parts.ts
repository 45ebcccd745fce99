import { posix } from 'node:path';
import { XlsxFormatError } from './format-error.ts';
import { attribute, readXml, unescapeOoxml } from './xml-events.ts';
import type { ZipArchive } from './zip-archive.ts';

/** What a sheet's cells need from the rest of the workbook. */
export interface WorkbookParts {
  /** The zip entry of the first worksheet in the workbook's tab order. */
  readonly firstSheet: string;
  /** The shared-strings table (distinct texts): the only part kept whole in memory. */
  readonly sharedStrings: readonly string[];
  /** For each cell style index, whether its number format shows a date or a time. */
  readonly dateStyles: readonly boolean[];
  /** Mac workbooks count days from 1904 instead of 1900. */
  readonly date1904: boolean;
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

/** A relationships part as Id → type and target (resolved against `base`, the folder it describes). */
async function readRelationships(zip: ZipArchive, path: string, base: string): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  if (!zip.has(path)) return relationships;
  await readXml(path, await zip.open(path), {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      const target = attributes.Target ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(base, target));
      relationships.set(attributes.Id ?? '', { type: attributes.Type ?? '', target: resolved });
    },
  });
  return relationships;
}

const ofType = (relationships: Map<string, Relationship>, type: string) => [...relationships.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

/** The shared strings: each `<si>` is its runs' texts joined, phonetic guides (`<rPh>`) left out. */
async function readSharedStrings(zip: ZipArchive, path: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!path || !zip.has(path)) return strings;
  let current: string[] | null = null;
  let inText = false;
  let inPhonetic = false;
  await readXml(path, await zip.open(path), {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = !inPhonetic;
    },
    text(text) {
      if (inText && current) current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        strings.push(unescapeOoxml(current.join('')));
        current = null;
      }
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when a date or time code is left once quoted text, escapes and colours are set aside. */
export function isDateFormat(code: string): boolean {
  const codes = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '')
    .replace(/General/gi, '');
  return /[dmyhs]/i.test(codes);
}

async function readDateStyles(zip: ZipArchive, path: string | undefined): Promise<boolean[]> {
  const styles: boolean[] = [];
  if (!path || !zip.has(path)) return styles;
  const customFormats = new Map<number, string>();
  let inCellFormats = false;
  await readXml(path, await zip.open(path), {
    open(name, attributes) {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attributes.numFmtId ?? 0);
        const custom = customFormats.get(id);
        styles.push(custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return styles;
}

/**
 * Reads what the first sheet's cells depend on, following the package's relationships from
 * `_rels/.rels` (usual paths are the fallback when a writer left a relationship out).
 */
export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const root = await readRelationships(zip, '_rels/.rels', '');
  const workbookPath = ofType(root, 'officeDocument') ?? 'xl/workbook.xml';
  if (!zip.has(workbookPath)) throw new XlsxFormatError(`no workbook part (${workbookPath})`);
  const folder = posix.dirname(workbookPath);
  const relationships = await readRelationships(zip, posix.join(folder, '_rels', `${posix.basename(workbookPath)}.rels`), folder);

  let firstSheetId: string | undefined;
  let date1904 = false;
  await readXml(workbookPath, await zip.open(workbookPath), {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
      else if (name === 'sheet' && firstSheetId === undefined) firstSheetId = attribute(attributes, 'id') ?? '';
    },
  });
  if (firstSheetId === undefined) throw new XlsxFormatError('the workbook lists no sheet');
  const firstSheet = relationships.get(firstSheetId)?.target ?? posix.join(folder, 'worksheets', 'sheet1.xml');
  if (!zip.has(firstSheet)) throw new XlsxFormatError(`its first sheet (${firstSheet}) is missing`);

  return {
    firstSheet,
    sharedStrings: await readSharedStrings(zip, ofType(relationships, 'sharedStrings') ?? posix.join(folder, 'sharedStrings.xml')),
    dateStyles: await readDateStyles(zip, ofType(relationships, 'styles') ?? posix.join(folder, 'styles.xml')),
    date1904,
  };
}
