import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BACKENDS, insertCaseload, seedWorld, type TestDatabase } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const postgres = BACKENDS.find((b) => b.name === 'postgres')!;

/** `pnpm admin …` as a real process on the test database; resolves with its exit code and output. */
function admin(database: TestDatabase, args: string[]) {
  const child = spawn('node', ['--import', 'tsx', 'services/api/src/cli/admin.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: database.appUrl!, DATABASE_ADMIN_URL: '', JOB_LEASE_SECONDS: '2', RETRACE_RECONCILE_WORKERS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}

describe('a reconciliation killed with SIGKILL', () => {
  let database: TestDatabase;
  const db = () => database.storage.db;
  const pairsOf = async (jobId: string) =>
    (await db().selectFrom('matches').select(['record_a', 'record_b', 'score', 'band', 'status', 'agreeing_fields']).where('job_id', '=', jobId).orderBy('record_a').orderBy('record_b').execute());
  const latestJob = () => db().selectFrom('jobs').selectAll().orderBy('seq', 'desc').executeTakeFirst();

  beforeAll(async () => {
    database = await postgres.open();
    const users = await seedWorld(db());
    await insertCaseload(db(), { seed: 47, children: 700, requests: 520, agencies: ['north', 'south'], creators: { north: users['north.caseworker']!, south: users['south.caseworker']! } });
  });
  afterAll(async () => database?.dispose());

  it('resumes from its last committed batch and ends with exactly the pairs of an uninterrupted run', async () => {
    const args = ['reconcile', 'link', '--agency', 'north', '--with', 'south', '--page-size', '40'];
    const whole = await admin(database, args).exited;
    expect(whole.code, whole.stderr).toBe(0);
    const reference = (await latestJob())!;
    const expected = await pairsOf(reference.id);
    expect(expected.length).toBeGreaterThan(100);
    await db().deleteFrom('matches').where('job_id', '=', reference.id).execute();

    const killed = admin(database, args);
    let running;
    for (;;) {
      running = await latestJob();
      const done = (running?.checkpoint as { doneInPass?: number; pass?: number } | null) ?? null;
      if (running && running.id !== reference.id && done && ((done.pass ?? 0) > 0 || (done.doneInPass ?? 0) >= 120)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    killed.child.kill('SIGKILL');
    expect((await killed.exited).signal).toBe('SIGKILL');
    const afterKill = (await db().selectFrom('jobs').selectAll().where('id', '=', running.id).executeTakeFirstOrThrow());
    expect(afterKill.status).toBe('running');
    const partial = await pairsOf(running.id);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(expected.length);

    // Until its lease runs out the job belongs to the dead process; then a new runner resumes it.
    while ((await db().selectFrom('jobs').select('lease_expires_at').where('id', '=', running.id).executeTakeFirstOrThrow()).lease_expires_at! > new Date()) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 300));
    const resumed = await admin(database, ['jobs', 'run', '--id', running.id]).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    const final = await db().selectFrom('jobs').selectAll().where('id', '=', running.id).executeTakeFirstOrThrow();
    expect(final).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await pairsOf(running.id)).toEqual(expected);
    expect(final.result).toEqual(reference.result);
  }, 120_000);
});
