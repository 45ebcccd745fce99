import { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { ServiceError } from '../http/errors.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import type { JobRow, Tables } from '../storage/tables.ts';
import { JobProgressSchema } from './progress.ts';
import { requestCancel } from './store.ts';

/** A job as its agency sees it: what, where it stands, how far; never its result (see the report). */
export const JobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['queued', 'running', 'succeeded', 'failed', 'cancelled']),
    params: z.unknown(),
    progress: JobProgressSchema.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    cancel_requested: z.boolean(),
    attempts: z.number().int(),
    created_by: z.string().nullable(),
    created_at: z.string(),
    started_at: z.string().nullable(),
    finished_at: z.string().nullable(),
  })
  .openapi('Job');
export type JobView = z.infer<typeof JobSchema>;

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function toJobView(row: JobRow): JobView {
  return {
    id: row.id, kind: row.kind, status: row.status, params: row.params, progress: (row.progress as JobView['progress']) ?? null, error: row.error,
    cancel_requested: row.cancel_requested, attempts: row.attempts, created_by: row.created_by,
    created_at: iso(row.created_at)!, started_at: iso(row.started_at), finished_at: iso(row.finished_at),
  };
}

/** One job of the caller's agency (another agency's is "not found", not "forbidden"). */
export async function ownJob(db: Kysely<Tables>, actor: Actor, id: string): Promise<JobRow> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).where('agency_id', '=', actor.agencyId).executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'No such job.');
  return row;
}

/** The caller's agency's jobs, oldest first. */
export async function listJobs(db: Kysely<Tables>, actor: Actor, page: PageQuery): Promise<Page<JobView>> {
  const query = db.selectFrom('jobs').selectAll().select(sql<string>`seq::text`.as('seq')).where('agency_id', '=', actor.agencyId);
  const result = await paginate(query, 'jobs.seq', page);
  return { items: result.items.map(toJobView), next: result.next };
}

/** Asks one of the caller's agency's jobs to stop (at once when queued, between batches when running). */
export async function cancelJob(db: Kysely<Tables>, actor: Actor, id: string): Promise<JobView> {
  return db.transaction().execute(async (trx) => {
    const current = await ownJob(trx, actor, id);
    const row = await requestCancel(trx, id);
    if (!row) throw new ServiceError('conflict', `A ${current.status} job cannot be cancelled.`, { status: current.status });
    await writeAudit(trx, subjectOf(actor), 'job.cancel', [], { job_id: id, kind: current.kind, status: row.status });
    return toJobView(row);
  });
}
