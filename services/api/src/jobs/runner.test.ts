import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { JobFailure, type JobHandler, type JobRegistry } from './handler.ts';
import { JobRunner } from './runner.ts';
import { claimJob, enqueueJob, requestCancel, writeCheckpoint } from './store.ts';

const CountParams = z.object({ batches: z.number().int().positive(), failAt: z.number().int().optional(), crashAt: z.number().int().optional() });
type CountParams = z.infer<typeof CountParams>;

/**
 * A job that counts batches: each batch adds one row to a scratch table and saves `{ next }` in
 * the same transaction, so the table tells exactly which batches committed and how often.
 */
const counting: JobHandler<CountParams> = {
  kind: 'test.count',
  params: CountParams,
  async run(ctx) {
    const start = (ctx.job.checkpoint as { next: number } | null)?.next ?? 0;
    for (let batch = start; batch < ctx.job.params.batches; batch++) {
      await ctx.throwIfCancelled();
      if (batch === ctx.job.params.failAt) throw new JobFailure('bad_input', 'Batch refused.');
      if (batch === ctx.job.params.crashAt) throw new TypeError('Mahamat Abakar is not a number');
      await ctx.storage.db.transaction().execute(async (trx) => {
        await sql`insert into job_test_batches (job_id, batch) values (${ctx.job.id}, ${batch})`.execute(trx);
        await ctx.saveCheckpoint(trx, { next: batch + 1 });
      });
      await ctx.progress({ done: batch + 1, total: ctx.job.params.batches, unit: 'batches', pairsScored: (batch + 1) * 10 });
      await new Promise((r) => setTimeout(r, 20));
    }
    return { batches: ctx.job.params.batches, resumedAt: start };
  },
};
const registry: JobRegistry = new Map([[counting.kind, counting]]);

describe.each(BACKENDS)('job runner on $name', (backend) => {
  let database: TestDatabase;
  const db = () => database.storage.db;
  const batchesOf = async (id: string) => (await sql<{ batch: number }>`select batch from job_test_batches where job_id = ${id} order by batch`.execute(db())).rows.map((r) => r.batch);
  const queue = (params: CountParams) => enqueueJob(db(), { kind: 'test.count', params, agencyId: null, createdBy: null });
  const row = (id: string) => db().selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    database = await backend.open();
    await database.asOwner('create table job_test_batches (job_id text not null, batch int not null, primary key (job_id, batch))');
    await database.asOwner(`grant select, insert on job_test_batches to ${backend.name === 'pglite' ? 'retrace_app' : 'public'}`);
  });
  afterAll(async () => database?.dispose());

  it('runs a queued job to success with its result and final progress', async () => {
    const job = await queue({ batches: 5 });
    expect(job.status).toBe('queued');
    const done = await new JobRunner(database.storage, { registry, progressIntervalMs: 0 }).runNext({ id: job.id });
    expect(done).toMatchObject({ status: 'succeeded', result: { batches: 5, resumedAt: 0 }, attempts: 1, lease_owner: null, error: null });
    expect(done!.progress).toMatchObject({ done: 5, total: 5, percent: 100, pairs_scored: 50, unit: 'batches' });
    expect(done!.finished_at).not.toBeNull();
    expect(await batchesOf(job.id)).toEqual([0, 1, 2, 3, 4]);
  });

  it('cancels a queued job at once and a running one between batches', async () => {
    const queued = await queue({ batches: 3 });
    expect((await requestCancel(db(), queued.id))!.status).toBe('cancelled');
    expect(await new JobRunner(database.storage, { registry }).runNext({ id: queued.id })).toBeNull();

    const job = await queue({ batches: 200 });
    const runner = new JobRunner(database.storage, { registry, leaseSeconds: 3 });
    const running = runner.runNext({ id: job.id });
    while ((await batchesOf(job.id)).length < 3) await new Promise((r) => setTimeout(r, 10));
    await requestCancel(db(), job.id);
    const final = await running;
    expect(final!.status).toBe('cancelled');
    const committed = await batchesOf(job.id);
    expect(committed.length).toBeLessThan(200);
    expect(committed).toEqual(committed.map((_, i) => i));
  });

  it('re-runs a job whose runner died from its last checkpoint, once its lease expires', async () => {
    const job = await queue({ batches: 6 });
    // A runner claims it, commits two batches, then dies (it never heartbeats again).
    const dead = await claimJob(db(), { owner: 'dead-runner', leaseSeconds: 1, kinds: ['test.count'], id: job.id });
    expect(dead!.status).toBe('running');
    await db().transaction().execute(async (trx) => {
      await sql`insert into job_test_batches (job_id, batch) values (${job.id}, 0), (${job.id}, 1)`.execute(trx);
      await trx.updateTable('jobs').set({ checkpoint: JSON.stringify({ next: 2 }) }).where('id', '=', job.id).execute();
    });
    const runner = new JobRunner(database.storage, { registry });
    expect(await runner.runNext({ id: job.id })).toBeNull(); // the lease still holds
    await new Promise((r) => setTimeout(r, 1100));
    const final = await runner.runNext({ id: job.id });
    expect(final).toMatchObject({ status: 'succeeded', attempts: 2, result: { resumedAt: 2 } });
    expect(await batchesOf(job.id)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("refuses a stalled runner's checkpoint once another has taken the job over", async () => {
    const job = await queue({ batches: 2 });
    await claimJob(db(), { owner: 'stalled', leaseSeconds: 1, kinds: ['test.count'], id: job.id });
    await new Promise((r) => setTimeout(r, 1100));
    expect((await claimJob(db(), { owner: 'fresh', leaseSeconds: 30, kinds: ['test.count'], id: job.id }))!.lease_owner).toBe('fresh');
    expect(await db().transaction().execute((trx) => writeCheckpoint(trx, job.id, 'stalled', { next: 9 }))).toBe(false);
    expect(await db().transaction().execute((trx) => writeCheckpoint(trx, job.id, 'fresh', { next: 1 }))).toBe(true);
  });

  it('records failures with a code, never the text of an unexpected error', async () => {
    const runner = new JobRunner(database.storage, { registry });
    const refused = await runner.runNext({ id: (await queue({ batches: 4, failAt: 2 })).id });
    expect(refused).toMatchObject({ status: 'failed', error: { code: 'bad_input', message: 'Batch refused.' } });
    const crashed = await runner.runNext({ id: (await queue({ batches: 4, crashAt: 1 })).id });
    expect(crashed).toMatchObject({ status: 'failed', error: { code: 'internal' } });
    expect(JSON.stringify(crashed!.error)).not.toContain('Mahamat');
    const invalid = await enqueueJob(db(), { kind: 'test.count', params: { batches: 'many' }, agencyId: null, createdBy: null });
    expect(await runner.runNext({ id: invalid.id })).toMatchObject({ status: 'failed', error: { code: 'invalid_params' } });
  });

  it('hands a running job back to the queue when its runner stops, and leaves unknown kinds alone', async () => {
    const other = await enqueueJob(db(), { kind: 'test.unknown', params: {}, agencyId: null, createdBy: null });
    const job = await queue({ batches: 500 });
    const runner = new JobRunner(database.storage, { registry, pollMs: 20 });
    runner.start();
    while ((await batchesOf(job.id)).length < 2) await new Promise((r) => setTimeout(r, 10));
    await runner.stop();
    const after = await row(job.id);
    expect(after.status).toBe('queued');
    expect((after.checkpoint as { next: number }).next).toBe((await batchesOf(job.id)).length);
    expect((await row(other.id)).status).toBe('queued');
    await requestCancel(db(), job.id);
  });
});
