import type { Kysely } from 'kysely';
import { newId } from '../auth/secrets.ts';
import type { JobStatus, Tables } from '../storage/tables.ts';

/** A job row written directly, in any state (no runner knows the kind `test.idle`, so it stays put). */
export async function createJobDirectly(db: Kysely<Tables>, job: { agencyId: string; kind?: string; status?: JobStatus; result?: unknown; checkpoint?: unknown }): Promise<string> {
  const id = newId();
  await db
    .insertInto('jobs')
    .values({ id, agency_id: job.agencyId, kind: job.kind ?? 'test.idle', params: '{}', status: job.status ?? 'queued', result: job.result === undefined ? null : JSON.stringify(job.result), checkpoint: job.checkpoint === undefined ? null : JSON.stringify(job.checkpoint) })
    .execute();
  return id;
}

/** A valid, empty reconciliation report. */
export const EMPTY_REPORT = {
  scope: 'dedupe', records_scored: 0, pairs_scored: 0, proposed: { likely: 0, possible: 0 }, already_in_queue: { pending: 0, confirmed: 0, rejected: 0 },
  by_agency_pair: [], duplicate_clusters: [], duplicate_clusters_total: 0,
};
