import { sql, type Kysely, type Transaction } from 'kysely';
import { newId } from '../auth/secrets.ts';
import type { JobRow, JobStatus, Tables } from '../storage/tables.ts';
import type { JsonValue } from './handler.ts';

/** What a new job needs. */
export interface NewJob {
  readonly kind: string;
  readonly params: JsonValue;
  readonly agencyId: string | null;
  readonly createdBy: string | null;
}

/**
 * Queues a job; any runner that knows its kind will claim it.
 *
 * @example
 * const id = await enqueueJob(db, { kind: 'reconcile.dedupe', params: { agency: 'north' }, agencyId: 'north', createdBy: null });
 */
export async function enqueueJob(db: Kysely<Tables> | Transaction<Tables>, job: NewJob): Promise<JobRow> {
  return db
    .insertInto('jobs')
    .values({ id: newId(), kind: job.kind, params: JSON.stringify(job.params), status: 'queued', agency_id: job.agencyId, created_by: job.createdBy })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ClaimOptions {
  readonly owner: string;
  readonly leaseSeconds: number;
  /** Only these kinds (the runner's registry). */
  readonly kinds: readonly string[];
  /** Only this job (the CLI runs the job it created, or the one it is told to resume). */
  readonly id?: string;
}

/**
 * Takes one runnable job: queued, or running under a lease that expired (its runner died). `skip
 * locked` lets several runners claim concurrently without waiting on each other.
 */
export async function claimJob(db: Kysely<Tables>, options: ClaimOptions): Promise<JobRow | null> {
  if (options.kinds.length === 0) return null;
  const onlyId = options.id === undefined ? sql`` : sql`and id = ${options.id}`;
  const result = await sql<JobRow>`
    update jobs set status = 'running', lease_owner = ${options.owner},
      lease_expires_at = now() + make_interval(secs => ${options.leaseSeconds}),
      attempts = attempts + 1, started_at = coalesce(started_at, now())
    where id = (
      select id from jobs
      where (status = 'queued' or (status = 'running' and lease_expires_at < now()))
        and kind in (${sql.join(options.kinds)}) ${onlyId}
      order by seq limit 1
      for update skip locked)
    returning *`.execute(db);
  return result.rows[0] ?? null;
}

/**
 * Extends the lease while the owner still holds it; returns whether it does and whether a
 * cancellation was asked for.
 */
export async function renewLease(db: Kysely<Tables>, id: string, owner: string, leaseSeconds: number): Promise<{ held: boolean; cancelRequested: boolean }> {
  const row = await db
    .updateTable('jobs')
    .set({ lease_expires_at: sql<Date>`now() + make_interval(secs => ${leaseSeconds})` })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'running')
    .returning('cancel_requested')
    .executeTakeFirst();
  return { held: row !== undefined, cancelRequested: row?.cancel_requested ?? false };
}

/** Writes a checkpoint only while `owner` holds the job (a fence against a runner that stalled). */
export async function writeCheckpoint(trx: Transaction<Tables>, id: string, owner: string, checkpoint: JsonValue): Promise<boolean> {
  const row = await trx
    .updateTable('jobs')
    .set({ checkpoint: JSON.stringify(checkpoint) })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .where('status', '=', 'running')
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function writeProgress(db: Kysely<Tables>, id: string, owner: string, progress: JsonValue): Promise<void> {
  await db.updateTable('jobs').set({ progress: JSON.stringify(progress) }).where('id', '=', id).where('lease_owner', '=', owner).execute();
}

export async function isCancelRequested(db: Kysely<Tables>, id: string): Promise<boolean> {
  const row = await db.selectFrom('jobs').select('cancel_requested').where('id', '=', id).executeTakeFirst();
  return row?.cancel_requested ?? false;
}

export type FinalStatus = Extract<JobStatus, 'succeeded' | 'failed' | 'cancelled'>;

/** Ends a run: the final status with its result or error, the lease released. */
export async function finishJob(
  db: Kysely<Tables>,
  id: string,
  owner: string,
  outcome: { status: FinalStatus; result?: JsonValue; error?: { code: string; message: string } },
): Promise<boolean> {
  const row = await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      result: outcome.result === undefined ? null : JSON.stringify(outcome.result),
      error: outcome.error === undefined ? null : JSON.stringify(outcome.error),
      lease_owner: null,
      lease_expires_at: null,
      finished_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Hands a job back to the queue (its runner is stopping); its checkpoint stays. */
export async function releaseJob(db: Kysely<Tables>, id: string, owner: string): Promise<void> {
  await db.updateTable('jobs').set({ status: 'queued', lease_owner: null, lease_expires_at: null }).where('id', '=', id).where('lease_owner', '=', owner).where('status', '=', 'running').execute();
}

/**
 * Asks a job to stop: a queued one is cancelled at once, a running one at its next batch.
 * Returns the job as it is now, or null when there is no such unfinished job.
 */
export async function requestCancel(db: Kysely<Tables> | Transaction<Tables>, id: string): Promise<JobRow | null> {
  const queued = await db
    .updateTable('jobs')
    .set({ status: 'cancelled', cancel_requested: true, finished_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  if (queued) return queued;
  const running = await db.updateTable('jobs').set({ cancel_requested: true }).where('id', '=', id).where('status', '=', 'running').returningAll().executeTakeFirst();
  return running ?? null;
}
