import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputFileError, readCsvRows } from './csv-source.ts';

const dir = mkdtempSync(join(tmpdir(), 'retrace-csv-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const rows = async (path: string) => {
  const out = [];
  for await (const row of readCsvRows(path)) out.push(row);
  return out;
};

describe('readCsvRows', () => {
  it('reads quoted fields, embedded newlines and mixed-case headers, numbering rows like a spreadsheet', async () => {
    const path = file('quoted.csv', 'ID,Full_Name,Place_Of_Origin\nR1,"Mahamat ""Hamat"" Issa","Goz Beida, Sila"\nR2,"Khadidja\nHaroun",Adré\n');
    const read = await rows(path);
    expect(read.map((r) => r.row)).toEqual([2, 3]);
    expect(read[0]!.cells).toEqual({ id: 'R1', full_name: 'Mahamat "Hamat" Issa', place_of_origin: 'Goz Beida, Sila' });
    expect(read[1]!.cells.full_name).toBe('Khadidja\nHaroun');
  });

  it('flags rows with more cells than the header', async () => {
    const read = await rows(file('extra.csv', 'id,full_name\nR1,Issa,Abakar,2016\nR2,Adam\n'));
    expect(read[0]!.extraCells).toBe(2);
    expect(read[1]!.extraCells).toBeUndefined();
  });

  it.each([65_512, 65_513, 65_514, 65_515])('accepts a file whose sniffed first 64 KiB end inside a multi-byte character (filler %i)', async (fill) => {
    // The Arabic name starts 3 + fill + 17 bytes in: the sample's end falls inside or between its two-byte letters.
    const path = file(`boundary-${fill}.csv`, `id,full_name\nR0,${'x'.repeat(fill)}\nR1,محمد\n`);
    const read = await rows(path);
    expect(read.at(-1)!.cells.full_name).toBe('محمد');
  });

  it('refuses invalid UTF-8 with a clear error', async () => {
    const path = file('latin1.csv', Buffer.concat([Buffer.from('id,full_name\nR1,Traor'), Buffer.from([0xe9]), Buffer.from('\n')]));
    await expect(rows(path)).rejects.toThrow(InputFileError);
    await expect(rows(path)).rejects.toThrow(/not a UTF-8 CSV file/);
  });
});
