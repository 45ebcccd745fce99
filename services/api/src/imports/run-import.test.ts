import { fileURLToPath } from 'node:url';
import { fileSource } from '@retrace/tabular';
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { seedWorld } from '../testing/world.ts';
import { loadMapping } from './mapping/load.ts';
import { issueCsvLines, type ImportCheckpoint } from './report.ts';
import { runImport, type ImportRun } from './run-import.ts';
import { tempFile as csvFile } from '../testing/import-files.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
let sequence = 0;

describe.each(BACKENDS)('runImport on $name', (backend) => {
  let database: TestDatabase;
  let userId: string;
  const db = () => database.storage.db;
  const run = async (path: string, mappingName: string, extra: Partial<ImportRun> = {}) =>
    runImport({ db: db(), importId: `import-${++sequence}`, source: fileSource(path), mapping: await loadMapping(mappingName), agencyId: 'north', userId, ...extra });
  const recordOf = (externalId: string) => db().selectFrom('records').selectAll().where('agency_id', '=', 'north').where('external_id', '=', externalId).executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await backend.open();
    userId = (await seedWorld(db()))['north.agency_admin']!;
  });
  afterAll(() => database?.dispose());

  it('maps a Kobo export (BOM, `;`, grouped columns, codes) and accounts for every row', async () => {
    const report = await run(fixture('kobo-children.csv'), 'kobo-child-registration');
    expect(report).toMatchObject({ rows_read: 6, created: 4, updated: 0, unchanged: 0, rejected: 2 });
    expect(report.created + report.updated + report.unchanged + report.rejected).toBe(report.rows_read);
    const rejected = report.issues.filter((i) => i.severity === 'rejected').map((i) => [i.row, i.field, i.code]);
    expect(rejected).toEqual([
      [5, 'id', 'id.missing'],
      [7, 'id', 'id.duplicate'],
    ]);
    expect(report.issues.find((i) => i.code === 'id.duplicate')!.message).toMatch(/row 2/);
    const ignored = report.issues.filter((i) => i.severity === 'field_ignored').map((i) => [i.row, i.field]);
    expect(ignored).toEqual(expect.arrayContaining([[4, 'date_of_birth'], [6, 'sex']]));

    const mahamat = await recordOf('5d1e0c4a-0001-4000-8000-000000000001');
    expect(mahamat).toMatchObject({ kind: 'child', consent_for_tracing: true, sex: 'm', version: 1 });
    expect(mahamat.fields).toMatchObject({ full_name: 'Mahamat Abakar Issa', other_names: 'Hamat', date_of_birth: '2016-03', place_of_origin: 'Goz Beïda, Goz Beïda, Sila, Tchad', extra: { kobo_id: '1001' } });
    const khadidja = await recordOf('5d1e0c4a-0001-4000-8000-000000000002');
    expect(khadidja).toMatchObject({ consent_for_tracing: false, sex: 'f' });
    expect((await recordOf('5d1e0c4a-0001-4000-8000-000000000003')).fields).toMatchObject({ full_name: 'Djibrine\nMoussa Saleh' });
    const keys = await db().selectFrom('record_keys').select('keys').where('record_seq', '=', mahamat.seq).executeTakeFirstOrThrow();
    expect(keys.keys.length).toBeGreaterThan(5);
    const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'import.finish').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ rows_read: 6, created: 4, rejected: 2 });
    expect(JSON.stringify(audit.detail)).not.toMatch(/Mahamat|Abakar/);
  });

  it('maps a Kobo tracing-request export (`,`, codes for relationship and consent) into requests', async () => {
    const report = await run(fixture('kobo-tracing-requests.csv'), 'kobo-tracing-request');
    expect(report).toMatchObject({ rows_read: 3, created: 3, rejected: 0, missing_columns: [] });
    expect(report.issues.map((i) => [i.row, i.field, i.severity])).toEqual([[4, 'requester_relationship', 'field_ignored']]);
    const mahamat = await recordOf('7c2e0000-0000-4000-8000-000000000001');
    expect(mahamat).toMatchObject({ kind: 'request', consent_for_tracing: true, sex: 'm' });
    expect(mahamat.fields).toMatchObject({ full_name: 'Mahamat Abakar', requester_name: 'Achta Brahim', requester_relationship: 'mother', age: '7', age_as_of: '2023-06', place_of_origin: 'Goz Beïda, Goz Beïda, Sila' });
    expect((await recordOf('7c2e0000-0000-4000-8000-000000000002')).consent_for_tracing).toBe(false);
  });

  it('changes nothing when the same file is imported again, and updates only a changed row with its history', async () => {
    const path = csvFile('idempotent.csv', 'id,kind,full_name,sex,date_of_birth\nA1,child,Mahamat Abakar,m,2016\nA2,child,Khadidja Haroun,f,2017\nA3,request,Achta Brahim,f,\n');
    expect(await run(path, 'interchange')).toMatchObject({ rows_read: 3, created: 3 });
    const before = await db().selectFrom('record_history').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(await run(path, 'interchange')).toMatchObject({ rows_read: 3, created: 0, updated: 0, unchanged: 3, rejected: 0 });
    const after = await db().selectFrom('record_history').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);

    const changed = csvFile('idempotent-2.csv', 'id,kind,full_name,sex,date_of_birth\nA1,child,Mahamat Abakar,m,2016\nA2,child,Khadidja Haroun Adam,f,2017-04\nA3,request,Achta Brahim,f,\n');
    expect(await run(changed, 'interchange')).toMatchObject({ rows_read: 3, created: 0, updated: 1, unchanged: 2 });
    const a2 = await recordOf('A2');
    expect(a2.version).toBe(2);
    const history = await db().selectFrom('record_history').select(['version', 'action', 'changed_fields']).where('record_id', '=', a2.id).orderBy('version').execute();
    expect(history).toEqual([
      { version: 1, action: 'create', changed_fields: ['date_of_birth', 'full_name', 'sex'] },
      { version: 2, action: 'update', changed_fields: ['date_of_birth', 'full_name'] },
    ]);
  });

  it('refuses a changed kind and a closed record with a reason, and repeats across batches', async () => {
    await run(csvFile('kinds.csv', 'id,kind,full_name\nK1,child,Oumar Ba\nK2,child,Awa Ba\n'), 'interchange');
    await db().updateTable('records').set({ status: 'closed' }).where('external_id', '=', 'K2').execute();
    const report = await run(csvFile('kinds-2.csv', 'id,kind,full_name\nK1,request,Oumar Ba\nK2,child,Awa Ba Sow\nK3,child,Ali\nK3,child,Ali Sow\n'), 'interchange', { batchSize: 1 });
    expect(report).toMatchObject({ rows_read: 4, created: 1, rejected: 3 });
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'kind.changed'],
      [3, 'record.closed'],
      [5, 'id.duplicate'],
    ]);
  });

  it('accounts for every row of any mix of good and bad rows, and a second import changes nothing', async () => {
    const cell = fc.oneof(fc.constantFrom('', 'Mahamat Abakar', 'Fatimé', 'محمد', '"quoted, with comma"', 'x'.repeat(600), '\u0001bad'), fc.string({ maxLength: 12 }));
    const row = fc.record({
      id: fc.oneof(fc.constantFrom('', ' '), fc.integer({ min: 1, max: 12 }).map(String)),
      kind: fc.constantFrom('child', 'request', 'Enfant', '', 'adult'),
      name: cell,
      dob: fc.constantFrom('', '2015', '2015-02-30', '31/12/2016', 'not a date'),
      extra: fc.boolean(),
    });
    const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 25 }), async (rows) => {
        const run_ = ++sequence;
        const lines = rows.map((r) => [r.id.trim() ? `P${run_}-${r.id}` : r.id, r.kind, r.name, r.dob, ...(r.extra ? ['surplus'] : [])].map(quote).join(','));
        const path = csvFile(`property-${run_}.csv`, `id,kind,full_name,date_of_birth\n${lines.join('\n')}\n`);
        const first = await run(path, 'interchange', { batchSize: 4 });
        expect(first.rows_read).toBe(rows.length);
        expect(first.created + first.updated + first.unchanged + first.rejected).toBe(rows.length);
        const rejectedRows = new Set(first.issues.filter((i) => i.severity === 'rejected').map((i) => i.row));
        expect(rejectedRows.size).toBe(first.rejected);
        const second = await run(path, 'interchange', { batchSize: 7 });
        expect(second).toMatchObject({ rows_read: rows.length, created: 0, updated: 0, unchanged: first.created, rejected: first.rejected });
        const csv: string[] = [];
        for await (const line of issueCsvLines(db(), second.import_id, 3)) csv.push(line);
        expect(csv.length - 1).toBe(second.issues.length);
      }),
      { numRuns: 12 },
    );
  });

  it('resumes from its last checkpoint after a crash and ends as an uninterrupted run', async () => {
    const lines = Array.from({ length: 23 }, (_, i) => `R${i},${i % 2 ? 'child' : 'request'},Name ${i} Abakar,${i % 3 === 0 ? 'z' : 'f'},201${i % 10}`);
    lines.splice(7, 0, 'R3,child,Repeated Id,m,2015');
    const path = csvFile('resume.csv', `id,kind,full_name,sex,date_of_birth\n${lines.join('\n')}\n`);
    const committed: ImportCheckpoint[] = [];
    let calls = 0;
    const crashing = {
      batchSize: 5,
      saveCheckpoint: async (_trx: unknown, cp: ImportCheckpoint) => {
        if (++calls === 3) throw new Error('killed');
        committed.push(cp);
      },
    };
    const importId = `import-${++sequence}`;
    await expect(run(path, 'interchange', { importId, ...crashing })).rejects.toThrow('killed');
    expect(committed.at(-1)!.rows_done).toBe(10);
    const resumed = await run(path, 'interchange', { importId, checkpoint: committed.at(-1)!, batchSize: 5 });
    expect(resumed).toMatchObject({ rows_read: 24, created: 23, rejected: 1 });
    const ids = await db().selectFrom('records').select('external_id').where('external_id', 'like', 'R%').execute();
    expect(ids.map((r) => r.external_id).sort()).toEqual(Array.from({ length: 23 }, (_, i) => `R${i}`).sort());
    const issues = await db().selectFrom('import_issues').select(['row', 'code']).where('import_id', '=', importId).orderBy('seq').execute();
    expect(issues.filter((i) => i.code === 'id.duplicate')).toEqual([{ row: 9, code: 'id.duplicate' }]);
    expect(issues.filter((i) => i.code === 'sex.unrecognised')).toHaveLength(8);
  });
});

describe('two imports of overlapping files at once (PostgreSQL: separate connections)', () => {
  const postgres = BACKENDS.find((b) => b.name === 'postgres')!;
  let database: TestDatabase;
  let userId: string;

  beforeAll(async () => {
    database = await postgres.open();
    userId = (await seedWorld(database.storage.db))['north.agency_admin']!;
  });
  afterAll(() => database?.dispose());

  it('both finish, every source id ends as one record, and every row is accounted for', async () => {
    const db = database.storage.db;
    // The same new source ids in the same order, one row per batch: the two imports reach each id
    // at nearly the same moment, again and again.
    const rows = Array.from({ length: 150 }, (_, i) => `O${i},child,Overlap ${i} Abakar,m,2015`);
    const first = csvFile('overlap-a.csv', `id,kind,full_name,sex,date_of_birth\n${rows.join('\n')}\n`);
    const second = csvFile('overlap-b.csv', `id,kind,full_name,sex,date_of_birth\n${rows.join('\n')}\n`);
    const mapping = await loadMapping('interchange');
    const start = (path: string, importId: string) => runImport({ db, importId, source: fileSource(path), mapping, agencyId: 'north', userId, batchSize: 1 });
    const [a, b] = await Promise.all([start(first, 'overlap-a'), start(second, 'overlap-b')]);
    for (const report of [a, b]) expect(report.created + report.updated + report.unchanged + report.rejected).toBe(150);
    expect(a.created + b.created).toBe(150);
    expect(a.unchanged + b.unchanged).toBe(150);
    const stored = await db.selectFrom('records').select('external_id').where('agency_id', '=', 'north').where('external_id', 'like', 'O%').execute();
    expect(stored).toHaveLength(150);
  });
});
