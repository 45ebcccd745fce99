import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'retrace-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Runs an executable from the repository root; resolves with the exit code and both streams. */
async function runCommand(file: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs the real command as a user would. */
const retrace = (...args: string[]) => runCommand(process.execPath, ['--import', 'tsx', join(root, 'services/cli/src/main.ts'), ...args]);

const csvRows = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1);

const children = file(
  'children.csv',
  [
    'id,full_name,sex,date_of_birth,mother_name,place_of_origin,place_of_separation,registered_on',
    'C1,Mahamat Issa Abakar,m,2016,Fatimé Adoum,"Goz Beida, Sila, Tchad",Adré,2024-05-02',
    'C2,Adam Issa Abakar,m,2012,Fatimé Adoum,"Goz Beida, Sila, Tchad",Adré,2024-05-02',
    'C3,Khadidja Haroun Youssouf,f,31/02/2015,Achta Mahamat,El Geneina,,2024-03-10',
    ',Nobody,m,,,,,',
    'C1,Mahamat again,m,,,,,',
    'C4,Jean-Pierre Lokwa,m,2014,Marie Dheda,"Djugu, Ituri",,2024-01-15',
  ].join('\n'),
);
// A French spreadsheet export: BOM, semicolons, French codes, surname first in capitals.
const requests = file(
  'requests.csv',
  '\uFEFFID;Full_Name;Sex;Age;Age_As_Of;Requester_Name;Requester_Relationship;Mother_Name;Place_of_Origin\n' +
    'R1;Mohammed;garçon;~8;2024-06-01;Issa Abakar;père;Fatima Adam;Goz Beïda\n' +
    'R2;HAROUN Khadija;fille;9;2024-06-01;Aisha Mohammed;mère;Aisha Mohammed;Al-Junaynah\n' +
    'R3;Jean Pierre Lokwa;M;10;2024-06-01;Joseph Lokwa;father;Marie Dheda;Djugu\n',
);

describe('retrace link (end to end)', () => {
  it('links a semicolon export with a BOM, ranks the true child first, and reports bad rows', async () => {
    const out = join(dir, 'pairs.csv');
    const { code, stderr } = await retrace('link', requests, children, '--top', '3', '--out', out, '--no-progress');
    expect(code).toBe(0);
    const pairs = csvRows(out).map((line) => line.split(','));
    const best = (id: string) => pairs.find((p) => p[0] === id)?.[1];
    expect(best('R1')).toBe('C1');
    expect(best('R2')).toBe('C3');
    expect(best('R3')).toBe('C4');
    for (const p of pairs) expect(['likely', 'possible', 'unlikely']).toContain(p[3]);

    const rejects = csvRows(`${out}.rejects.csv`);
    expect(rejects).toHaveLength(3);
    expect(rejects.join('\n')).toMatch(/children\.csv,4,date_of_birth,date\.impossible,field_ignored/);
    expect(rejects.join('\n')).toMatch(/children\.csv,5,id,id\.missing,rejected/);
    expect(rejects.join('\n')).toMatch(/children\.csv,6,id,id\.duplicate,rejected,.*already used on row 2/);
    expect(stderr).toMatch(/children\.csv: 6 rows read, 4 used, 2 rejected/);
    expect(stderr).toMatch(/requests\.csv: 3 rows read, 3 used, 0 rejected/);
  });

  it('deduplicates one file, each pair once', async () => {
    const twice = file('twice.csv', 'id,full_name,sex,date_of_birth,mother_name\nA,Mahamat Issa Abakar,m,2016,Fatimé Adoum\nB,Mouhammad Issa Abakar,m,2016-04,Fatime Adoum\nC,Khadija Haroun,f,2015,Achta Mahamat\n');
    const out = join(dir, 'dupes.csv');
    const { code } = await retrace('dedupe', twice, '--out', out, '--no-progress');
    expect(code).toBe(0);
    const pairs = csvRows(out).map((l) => l.split(',').slice(0, 2).sort().join('|'));
    expect(pairs[0]).toBe('A|B');
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it.each([
    ['an empty file', '', /is empty/],
    ['a file without an id column', 'name,sex\nMahamat,m\n', /no "id" column; the header has: name, sex/],
    ['a tab-separated file', 'id\tfull_name\nR1\tMahamat\n', /tab-separated/],
    ['binary garbage', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), /not a UTF-8 CSV file/],
  ])('refuses %s with a clear message and exit code 2', async (_, content, message) => {
    const bad = file(`bad-${Math.random().toString(36).slice(2)}.csv`, content);
    const { code, stderr } = await retrace('link', bad, children, '--out', join(dir, 'never.csv'));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('explains usage mistakes', async () => {
    expect((await retrace('link', requests, '--out', 'x.csv')).stderr).toMatch(/link takes 2 file\(s\), got 1/);
    expect((await retrace('link', requests, children)).stderr).toMatch(/--out is required/);
    expect((await retrace('link', requests, join(dir, 'missing.csv'), '--out', join(dir, 'x.csv'))).stderr).toMatch(/missing\.csv: cannot be read \(no such file\)/);
    expect((await retrace('--help')).code).toBe(0);
  });

  it('runs as the binary pnpm links into every workspace package, exit codes kept', async () => {
    const bin = (name: string, ...args: string[]) => runCommand(join(root, 'tests', 'node_modules', '.bin', name), args);
    const help = await bin('retrace', '--help');
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('retrace link LEFT.csv RIGHT.csv')]);
    expect(await bin('retrace', 'link', requests)).toMatchObject({ code: 2, stderr: expect.stringMatching(/link takes 2 file\(s\), got 1/) });
    const out = join(dir, 'generated');
    expect((await bin('retrace-generate', '--children', '30', '--requests', '10', '--seed', '3', '--out', out)).code).toBe(0);
    expect(csvRows(join(out, 'children.csv'))).toHaveLength(30);
  });
});
