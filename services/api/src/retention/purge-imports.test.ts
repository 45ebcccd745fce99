import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeUpload } from '../imports/files.ts';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { createJobDirectly } from '../testing/jobs.ts';
import { seedWorld } from '../testing/world.ts';
import { purgeImportLeftovers } from './purge-imports.ts';

const SYSTEM = { userId: null, role: 'system', agencyId: null };
const csv = (text: string) => [Buffer.from(text)];

describe.each(BACKENDS)('purgeImportLeftovers on $name', (backend) => {
  let database: TestDatabase;
  const db = () => database.storage.db;
  const upload = (name: string) => storeUpload(db(), { agencyId: 'north', userId: null, name, maxBytes: 1_000_000 }, csv('id,kind,full_name\nA1,child,Mahamat Abakar\n'));
  const age = (table: 'import_files' | 'jobs', column: 'created_at' | 'finished_at', id: string, interval: string) =>
    sql`update ${sql.table(table)} set ${sql.ref(column)} = now() - ${interval}::interval where id = ${id}`.execute(db());
  const fileIds = async () => (await db().selectFrom('import_files').select('id').orderBy('id').execute()).map((r) => r.id);

  beforeAll(async () => {
    database = await backend.open();
    await seedWorld(db());
  });
  afterAll(() => database?.dispose());

  it('deletes old uploads no unfinished import needs, and keeps recent ones and those still being imported', async () => {
    const recent = await upload('recent.csv');
    const abandoned = await upload('abandoned.csv');
    const inUse = await upload('in-use.csv');
    const failed = await upload('failed.csv');
    for (const file of [abandoned, inUse, failed]) await age('import_files', 'created_at', file.id, '3 days');
    const running = await createJobDirectly(db(), { agencyId: 'north', kind: 'import', status: 'running' });
    const gaveUp = await createJobDirectly(db(), { agencyId: 'north', kind: 'import', status: 'failed' });
    await db().updateTable('jobs').set({ params: JSON.stringify({ file_id: inUse.id, mapping: 'interchange' }) }).where('id', '=', running).execute();
    await db().updateTable('jobs').set({ params: JSON.stringify({ file_id: failed.id, mapping: 'interchange' }) }).where('id', '=', gaveUp).execute();

    const counts = await purgeImportLeftovers(db(), { retentionDays: 365, uploadHours: 24 }, SYSTEM);

    expect(counts.uploads).toBe(2);
    expect(await fileIds()).toEqual([recent.id, inUse.id].sort());
    const chunks = await db().selectFrom('import_file_chunks').select('file_id').distinct().execute();
    expect(chunks.map((c) => c.file_id).sort()).toEqual([recent.id, inUse.id].sort());
    const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'import.purge').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(audit.detail).toMatchObject({ uploads: 2, files: [abandoned.id, failed.id].sort() });
    expect(JSON.stringify(audit.detail)).not.toContain('abandoned.csv');
  });

  it('deletes the issue lists of imports finished longer ago than the retention period only', async () => {
    const old = await createJobDirectly(db(), { agencyId: 'north', kind: 'import', status: 'succeeded' });
    const fresh = await createJobDirectly(db(), { agencyId: 'north', kind: 'import', status: 'succeeded' });
    const stillRunning = await createJobDirectly(db(), { agencyId: 'north', kind: 'import', status: 'running' });
    await age('jobs', 'finished_at', old, '400 days');
    await age('jobs', 'finished_at', fresh, '2 days');
    for (const importId of [old, old, fresh, stillRunning]) {
      await db().insertInto('import_issues').values({ import_id: importId, row: 2, field: 'date_of_birth', code: 'date.invalid', message: "cannot read '31/02/2019' as a date", severity: 'rejected' }).execute();
    }

    const counts = await purgeImportLeftovers(db(), { retentionDays: 365, uploadHours: 24 }, SYSTEM);

    expect(counts.issues).toBe(2);
    const left = await db().selectFrom('import_issues').select('import_id').execute();
    expect(left.map((r) => r.import_id).sort()).toEqual([fresh, stillRunning].sort());
    expect(await purgeImportLeftovers(db(), { retentionDays: 365, uploadHours: 24 }, SYSTEM)).toEqual({ uploads: 0, issues: 0 });
  });
});
