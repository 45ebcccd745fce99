import { blockingKeysFingerprint, prepareRecord } from '@retrace/core';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { JobHandler } from '../jobs/handler.ts';
import { enqueueJob } from '../jobs/store.ts';
import type { Tables } from '../storage/tables.ts';
import { rawOf, writeBlockingKeysOfMany } from './candidates.ts';

export const REKEY_JOB = 'rekey';

export const RekeyParamsSchema = z.object({
  /** Records per transaction (and per checkpoint). */
  batch_size: z.number().int().min(1).max(20_000).optional(),
});
export type RekeyParams = z.infer<typeof RekeyParamsSchema>;

const RekeyCheckpointSchema = z.object({ after: z.string(), records: z.number().int().min(0) });

/** Serialises the check-and-queue of services starting at the same time (one rekey job, not two). */
const REKEY_LOCK = 0x52_4b_59; // "RKY"

/** The fingerprint the stored keys were made with; null when unknown (keys older than migration 006). */
export async function storedKeyRules(db: Kysely<Tables>): Promise<string | null> {
  const row = await db.selectFrom('blocking_key_rules').select('fingerprint').executeTakeFirst();
  return row?.fingerprint ?? null;
}

/**
 * Queues a `rekey` job when the stored blocking keys were made by other rules than the running
 * code's, unless one is already queued or running; stamps an empty database with the current
 * rules. Returns the queued job's id, or null when nothing needed doing. Called when the service
 * starts, so an upgrade that changes the key rules rewrites the keys by itself.
 */
export async function ensureBlockingKeysCurrent(db: Kysely<Tables>): Promise<string | null> {
  const current = blockingKeysFingerprint();
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${REKEY_LOCK})`.execute(trx);
    const stored = await storedKeyRules(trx);
    if (stored === current) return null;
    const pending = await trx.selectFrom('jobs').select('id').where('kind', '=', REKEY_JOB).where('status', 'in', ['queued', 'running']).executeTakeFirst();
    if (pending) return null;
    const anyRecord = await trx.selectFrom('records').select('id').where('fields', 'is not', null).limit(1).executeTakeFirst();
    if (!anyRecord) {
      await stampKeyRules(trx, current);
      return null;
    }
    const job = await enqueueJob(trx, { kind: REKEY_JOB, params: {}, agencyId: null, createdBy: null });
    return job.id;
  });
}

async function stampKeyRules(db: Kysely<Tables>, fingerprint: string): Promise<void> {
  await db
    .insertInto('blocking_key_rules')
    .values({ fingerprint })
    .onConflict((oc) => oc.column('singleton').doUpdateSet({ fingerprint, updated_at: sql`now()` }))
    .execute();
}

/**
 * The `rekey` job: rewrites the blocking keys of every open record with the running code's rules,
 * in id order, one batch per transaction with its checkpoint, then records those rules. Each
 * batch locks its records, so an edit made at the same time either lands first (and is rekeyed
 * here) or waits and writes its own keys. A search during the job still finds records through
 * their old keys until their batch is rewritten.
 */
export const rekeyJob: JobHandler<RekeyParams> = {
  kind: REKEY_JOB,
  params: RekeyParamsSchema,
  async run(ctx) {
    const db = ctx.storage.db;
    const batchSize = ctx.job.params.batch_size ?? 2000;
    const resumed = ctx.job.checkpoint === null ? null : RekeyCheckpointSchema.parse(ctx.job.checkpoint);
    let after = resumed?.after ?? '';
    let records = resumed?.records ?? 0;
    const total = await db.selectFrom('records').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'open').where('fields', 'is not', null).executeTakeFirstOrThrow();
    for (;;) {
      await ctx.throwIfCancelled();
      const done = await db.transaction().execute(async (trx) => {
        const batch = await trx
          .selectFrom('records')
          .select(['id', 'kind', 'agency_id', 'consent_for_tracing', 'fields'])
          .where('id', '>', after)
          .where('status', '=', 'open')
          .where('fields', 'is not', null)
          .orderBy('id')
          .limit(batchSize)
          .forUpdate()
          .execute();
        if (batch.length === 0) return true;
        const prepared = batch.map((record) => ({ record, prepared: prepareRecord(rawOf(record)) }));
        await writeBlockingKeysOfMany(trx, prepared, { replace: true });
        after = batch[batch.length - 1]!.id;
        records += batch.length;
        await ctx.saveCheckpoint(trx, { after, records });
        return false;
      });
      if (done) break;
      await ctx.progress({ done: records, total: Number(total.n), unit: 'records', message: 'rewriting blocking keys' });
    }
    const fingerprint = blockingKeysFingerprint();
    await stampKeyRules(db, fingerprint);
    return { records, fingerprint };
  },
};
