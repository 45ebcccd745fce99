import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { chunkSource, fileSource, type ByteSource } from '../byte-source.ts';
import { readTable } from '../read-table.ts';
import { isDateFormat } from './workbook-parts.ts';

const dir = mkdtempSync(join(tmpdir(), 'retrace-xlsx-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const rows = async (source: ByteSource) => {
  const out = [];
  for await (const row of readTable(source)) out.push(row);
  return out;
};

/** A zip of the given parts, stored in exactly this order (writers differ; readers must not care). */
async function zipOf(parts: ReadonlyArray<readonly [string, string]>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, xml] of parts) zip.addBuffer(Buffer.from(xml), name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const rels = (items: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

/**
 * A workbook as another writer might store it: workbook.xml and the shared strings after the
 * sheets, sheet2.xml before sheet1.xml, the first tab being sheet2.xml, `x:` prefixes on every tag.
 */
async function unusualWorkbook(sheet: string, options: { date1904?: boolean } = {}): Promise<Buffer> {
  return zipOf([
    ['xl/worksheets/sheet1.xml', `<x:worksheet xmlns:x="${NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>not this sheet</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`],
    ['xl/worksheets/sheet2.xml', sheet],
    ['_rels/.rels', rels(rel('rId1', 'officeDocument', 'xl/workbook.xml'))],
    ['xl/_rels/workbook.xml.rels', rels(rel('rId7', 'worksheet', 'worksheets/sheet1.xml') + rel('rId8', 'worksheet', '/xl/worksheets/sheet2.xml') + rel('rId9', 'sharedStrings', 'sharedStrings.xml') + rel('rId10', 'styles', 'styles.xml'))],
    [
      'xl/styles.xml',
      `<x:styleSheet xmlns:x="${NS}"><x:numFmts count="2"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><x:numFmt numFmtId="165" formatCode="&quot;day&quot; 0"/></x:numFmts>` +
        `<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>` +
        `<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="165"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
    ],
    ['xl/sharedStrings.xml', `<x:sst xmlns:x="${NS}"><x:si><x:t>id</x:t></x:si><x:si><x:t>full_name</x:t></x:si><x:si><x:r><x:t>Mah</x:t></x:r><x:r><x:t>amat</x:t></x:r><x:rPh><x:t>ruby</x:t></x:rPh></x:si><x:si><x:t>note</x:t></x:si><x:si><x:t>dob</x:t></x:si><x:si><x:t>n</x:t></x:si></x:sst>`],
    ['xl/workbook.xml', `<x:workbook xmlns:x="${NS}" xmlns:r="${REL}"><x:workbookPr${options.date1904 ? ' date1904="1"' : ''}/><x:sheets><x:sheet name="children" sheetId="2" r:id="rId8"/><x:sheet name="other" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`],
  ]);
}

const SHEET = (cells: string) =>
  `<x:worksheet xmlns:x="${NS}"><x:sheetData>` +
  `<x:row r="2"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="s"><x:v>1</x:v></x:c><x:c r="C2" t="s"><x:v>4</x:v></x:c><x:c r="D2" t="s"><x:v>3</x:v></x:c><x:c r="E2" t="s"><x:v>5</x:v></x:c></x:row>` +
  cells +
  `</x:sheetData></x:worksheet>`;

describe('reading an .xlsx workbook', () => {
  it('reads the first tab whatever order the parts are stored in, with prefixes, rich and inline text, dates by style', async () => {
    const sheet = SHEET(
      `<x:row r="4"><x:c r="A4" t="str"><x:v>R1</x:v></x:c><x:c r="B4" t="s"><x:v>2</x:v></x:c><x:c r="C4" s="1"><x:v>42441</x:v></x:c><x:c r="D4" t="inlineStr"><x:is><x:t>line_x000D_two</x:t></x:is></x:c><x:c r="E4" s="2"><x:v>7</x:v></x:c></x:row>` +
        `<x:row><x:c t="inlineStr"><x:is><x:r><x:t>R2</x:t></x:r></x:is></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c s="3"><x:v>42441.5</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c><x:f>1+1</x:f><x:v>2</x:v></x:c></x:row>` +
        `<x:row r="9"><x:c r="A9" t="str"><x:v>R3</x:v></x:c><x:c r="E9"><x:v>1.5E+3</x:v></x:c></x:row>`,
    );
    const read = await rows(fileSource(write('unusual.xlsx', await unusualWorkbook(sheet))));
    expect(read.map((r) => r.row)).toEqual([4, 5, 9]);
    expect(read[0]!.cells).toEqual({ id: 'R1', full_name: 'Mahamat', dob: '2016-03-12', note: 'line\rtwo', n: '7' });
    expect(read[1]!.cells).toEqual({ id: 'R2', full_name: 'true', dob: '2016-03-12 12:00:00', note: '', n: '2' });
    expect(read[2]!.cells).toEqual({ id: 'R3', full_name: '', dob: '', note: '', n: '1500' });
  });

  it('counts days from 1904 when the workbook says so', async () => {
    const sheet = SHEET(`<x:row r="3"><x:c r="A3" t="str"><x:v>R1</x:v></x:c><x:c r="C3" s="1"><x:v>40979</x:v></x:c></x:row>`);
    const [row] = await rows(fileSource(write('mac.xlsx', await unusualWorkbook(sheet, { date1904: true }))));
    expect(row!.cells.dob).toBe('2016-03-12');
  });

  it('reads an upload from stored chunks every time, never losing the workbook part stored last', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('children').addRows([['id', 'full_name'], ['K1', 'Aisha Jibril']]);
    book.addWorksheet('repeat_group').addRow(['_parent_index']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    // exceljs's own streaming reader lost xl/workbook.xml (stored last) in about one read in a hundred here.
    const spool = mkdtempSync(join(dir, 'spool-'));
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = spool; // where the upload's temporary copy goes
    for (let i = 0; i < 150; i++) {
      const source = chunkSource('upload.xlsx', async function* () {
        await new Promise((resolve) => setTimeout(resolve, i % 3));
        for (let at = 0; at < bytes.length; at += 1000 + i) yield bytes.subarray(at, at + 1000 + i);
      });
      expect((await rows(source)).map((r) => r.cells)).toEqual([{ id: 'K1', full_name: 'Aisha Jibril' }]);
    }
    process.env.TMPDIR = tmp;
    expect(readdirSync(spool)).toEqual([]); // each copy was removed once the zip was open
  });

  it('refuses a broken workbook with the part at fault, never quoting its content', async () => {
    const broken = SHEET(`<x:row r="3"><x:c r="A3" t="str"><x:v>Khadidja</x:v></x:c></x:rowz>`);
    const error = await rows(fileSource(write('broken.xlsx', await unusualWorkbook(broken)))).catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'file.format', message: expect.stringContaining('malformed XML in xl/worksheets/sheet2.xml') });
    expect((error as Error).message).not.toContain('Khadidja');

    const wide = SHEET(`<x:row r="3"><x:c r="ZZZZ3" t="str"><x:v>x</x:v></x:c></x:row>`);
    await expect(rows(fileSource(write('wide.xlsx', await unusualWorkbook(wide))))).rejects.toMatchObject({ code: 'file.format', message: expect.stringContaining('beyond column XFD') });

    const noWorkbook = await zipOf([['xl/worksheets/sheet1.xml', SHEET('')]]);
    await expect(rows(fileSource(write('nobook.xlsx', noWorkbook)))).rejects.toMatchObject({ code: 'file.format', message: expect.stringContaining('no workbook part') });
    const truncated = (await unusualWorkbook(SHEET(''))).subarray(0, 900);
    await expect(rows(chunkSource('cut.xlsx', async function* () { yield truncated; }))).rejects.toMatchObject({ code: 'file.format', message: expect.stringContaining('not a valid zip') });
  });

  it('reads a workbook written by openpyxl (fixtures/openpyxl-export.py): inline strings, no shared strings, dates, booleans', async () => {
    const read = await rows(fileSource(join(import.meta.dirname, 'fixtures', 'openpyxl-export.xlsx')));
    expect(read.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(read[0]!.cells).toEqual({ _uuid: 'k-1', 'child_info/first_name': 'Khadidja', 'child_info/family_name': 'Haroun', 'child_info/dob': '2016-03-12', 'child_info/age': '7', consent: 'true', note: 'line one\nline two', total: '' });
    expect(read[1]!.cells).toEqual({ _uuid: 'k-2', 'child_info/first_name': 'Mahamat', 'child_info/family_name': 'أبكر', 'child_info/dob': '2015-01-01', 'child_info/age': '9.5', consent: 'false', note: '', total: '' });
    expect(read[2]!.cells).toMatchObject({ _uuid: 'k-3', 'child_info/dob': '2014', note: 'merged', total: '' });
  });

  it("reads a workbook written by XlsxWriter, KoboToolbox's export library (fixtures/xlsxwriter-export.py)", async () => {
    const read = await rows(fileSource(join(import.meta.dirname, 'fixtures', 'xlsxwriter-export.xlsx')));
    expect(read.map((r) => r.cells)).toEqual([
      { _uuid: 'x-1', 'child_info/first_name': 'Aisha', 'child_info/sex': '2', 'child_info/dob': '2015-06-01', 'registration/date': '2024-05-02 09:30:00', 'consent/consent_tracing': '1', _index: '1' },
      { _uuid: 'x-2', 'child_info/first_name': 'Mohammed', 'child_info/sex': '1', 'child_info/dob': '', 'registration/date': '2024-05-03', 'consent/consent_tracing': '2', _index: '2' },
      { _uuid: 'x-3', 'child_info/first_name': 'Zara', 'child_info/sex': '2', 'child_info/dob': '2016', 'registration/date': '', 'consent/consent_tracing': '', _index: '3' },
    ]);
  });

  it('tells date formats from number formats', () => {
    for (const code of ['dd/mm/yyyy', 'yyyy-mm-dd', 'd-mmm-yy', '[$-409]mmmm d, yyyy', 'h:mm AM/PM', '[h]:mm:ss']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '0.00', '#,##0', '"day" 0', '[Red]0.0', '0.00E+00', '_(* #,##0_)', '@']) expect(isDateFormat(code), code).toBe(false);
  });
});

function write(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
