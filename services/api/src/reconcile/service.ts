import type { Kysely } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { ServiceError } from '../http/errors.ts';
import type { JsonValue } from '../jobs/handler.ts';
import { enqueueJob } from '../jobs/store.ts';
import { ownJob, toJobView, type JobView } from '../jobs/view.ts';
import type { Tables } from '../storage/tables.ts';
import { reconcileJob } from './job.ts';
import type { ReconcileParams, ReconcileReport } from './schemas.ts';

/**
 * Queues a reconciliation for the caller's agency. An agency reconciles its own caseload, alone
 * or against one other agency's; every agency against every other is an operator's run
 * (`pnpm admin reconcile all`), since no one agency may start work on two others' records.
 */
export async function startReconciliation(db: Kysely<Tables>, actor: Actor, params: ReconcileParams): Promise<JobView> {
  if (params.scope === 'all') throw new ServiceError('forbidden', 'Reconciling every agency against every other is done by an operator with `pnpm admin reconcile all`.');
  const involved = params.scope === 'link' ? [params.agency_a, params.agency_b] : [params.agency];
  if (!involved.includes(actor.agencyId)) throw new ServiceError('forbidden', "A reconciliation must include your agency's caseload.");
  return db.transaction().execute(async (trx) => {
    const other = involved.find((a) => a !== actor.agencyId);
    if (other && !(await trx.selectFrom('agencies').select('id').where('id', '=', other).executeTakeFirst())) throw new ServiceError('not_found', 'No such agency.');
    const row = await enqueueJob(trx, { kind: reconcileJob.kind, params: params as unknown as JsonValue, agencyId: actor.agencyId, createdBy: actor.userId });
    await writeAudit(trx, subjectOf(actor), 'job.create', [], { job_id: row.id, kind: row.kind, scope: params.scope, agencies: involved });
    return toJobView(row);
  });
}

/** The report of a finished reconciliation of the caller's agency (it names clustered record ids: audited). */
export async function reconciliationReport(db: Kysely<Tables>, actor: Actor, id: string): Promise<ReconcileReport> {
  return db.transaction().execute(async (trx) => {
    const job = await ownJob(trx, actor, id);
    if (job.kind !== reconcileJob.kind) throw new ServiceError('not_found', 'No such reconciliation.');
    if (job.status !== 'succeeded') throw new ServiceError('conflict', `The reconciliation is ${job.status}; its report comes when it succeeds.`, { status: job.status });
    const report = job.result as ReconcileReport;
    await writeAudit(trx, subjectOf(actor), 'job.report', report.duplicate_clusters.flatMap((c) => c.record_ids), { job_id: id });
    return report;
  });
}
