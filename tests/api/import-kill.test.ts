import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKENDS, seedWorld, tempFile, writeSyntheticCaseload, type TestDatabase } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const postgres = BACKENDS.find((b) => b.name === 'postgres')!;
const ROWS = 3000;
const BATCH = '100';

/** `pnpm admin import …` as a real process on the test database. */
function adminImport(database: TestDatabase, agency: string, file: string, report: string) {
  const args = ['import', '--agency', agency, '--file', file, '--mapping', 'interchange', '--batch', BATCH, '--report', report];
  const child = spawn('node', ['--import', 'tsx', 'services/api/src/cli/admin.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.appUrl!, DATABASE_ADMIN_URL: '', JOB_LEASE_SECONDS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, exited };
}

describe('an import killed with SIGKILL', () => {
  let database: TestDatabase;
  let file: string;
  const db = () => database.storage.db;
  /** An agency's records as an import leaves them, without what differs between agencies (ids, times). */
  const recordsOf = async (agency: string) => {
    const rows = await db()
      .selectFrom('records')
      .leftJoin('record_keys', 'record_keys.record_seq', 'records.seq')
      .select(['records.external_id', 'records.kind', 'records.consent_for_tracing', 'records.fields', 'records.sex', 'records.age_band', 'records.version', 'record_keys.keys'])
      .where('records.agency_id', '=', agency)
      .orderBy('records.external_id')
      .execute();
    return rows;
  };
  const historyCount = async (agency: string) =>
    (await db().selectFrom('record_history').innerJoin('records', 'records.id', 'record_history.record_id').select(({ fn }) => fn.countAll<string>().as('n')).where('records.agency_id', '=', agency).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    database = await postgres.open();
    await seedWorld(db());
    file = tempFile('kill.csv', '');
    await writeSyntheticCaseload(file, ROWS, 23);
  });
  afterAll(async () => database?.dispose());

  it('resumes from its last committed batch and ends with exactly the records and report of an uninterrupted run', async () => {
    const referenceReport = tempFile('reference.json', '');
    const whole = await adminImport(database, 'south', file, referenceReport).exited;
    expect(whole.code, whole.stderr).toBe(0);

    const resumedReport = tempFile('resumed.json', '');
    const killed = adminImport(database, 'north', file, resumedReport);
    let job;
    for (;;) {
      job = await db().selectFrom('jobs').selectAll().where('agency_id', '=', 'north').where('kind', '=', 'import').executeTakeFirst();
      const done = (job?.checkpoint as { rows_done?: number } | null)?.rows_done ?? 0;
      if (done >= 3 * Number(BATCH)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    const afterKill = await db().selectFrom('jobs').selectAll().where('id', '=', job!.id).executeTakeFirstOrThrow();
    expect(afterKill.status).toBe('running');
    const partial = (afterKill.checkpoint as { rows_done: number }).rows_done;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ROWS);

    const again = await adminImport(database, 'north', file, resumedReport).exited;
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(`import ${job!.id}: resuming`);

    const [expected, actual] = [await recordsOf('south'), await recordsOf('north')];
    expect(expected.length).toBe(ROWS);
    expect(expected.filter((r) => !r.keys || r.keys.length === 0).map((r) => r.external_id), 'records without blocking keys').toEqual([]);
    expect(actual).toEqual(expected);
    expect(await historyCount('north')).toEqual(await historyCount('south'));
    const [reference, resumed] = [referenceReport, resumedReport].map((p) => JSON.parse(readFileSync(p, 'utf8')));
    const counts = (r: Record<string, number>) => [r.rows_read, r.created, r.updated, r.unchanged, r.rejected];
    expect(counts(resumed)).toEqual(counts(reference));
    expect(resumed.rows_read).toBe(ROWS);
    expect(resumed.created + resumed.updated + resumed.unchanged + resumed.rejected).toBe(resumed.rows_read);
    expect(readFileSync(resumedReport.replace(/\.json$/, '.csv'), 'utf8')).toEqual(readFileSync(referenceReport.replace(/\.json$/, '.csv'), 'utf8'));
  });
});
