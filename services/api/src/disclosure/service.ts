import type { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { newId } from '../auth/secrets.ts';
import { ServiceError } from '../http/errors.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import type { DisclosureRow, Tables } from '../storage/tables.ts';
import type { DisclosureListQuerySchema, DisclosureRequestBodySchema, DisclosureView } from './schemas.ts';

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

function disclosureView(row: DisclosureRow): DisclosureView {
  return {
    id: row.id,
    record_id: row.record_id,
    owner_agency_id: row.owner_agency_id,
    requesting_agency_id: row.requesting_agency_id,
    requested_by: row.requested_by,
    reason: row.reason,
    status: row.status,
    decided_by: row.decided_by,
    decided_at: iso(row.decided_at),
    decision_reason: row.decision_reason,
    created_at: iso(row.created_at)!,
  };
}

/**
 * Asks another agency to disclose one of its records. Only records the caller could have found in
 * a search qualify (open, with consent for tracing); anything else is not found.
 */
export async function requestDisclosure(db: Kysely<Tables>, actor: Actor, body: z.infer<typeof DisclosureRequestBodySchema>): Promise<DisclosureView> {
  return db.transaction().execute(async (trx) => {
    const record = await trx
      .selectFrom('records')
      .select(['id', 'agency_id'])
      .where('id', '=', body.record_id)
      .where('status', '=', 'open')
      .where('consent_for_tracing', '=', true)
      .where('agency_id', '<>', actor.agencyId)
      .executeTakeFirst();
    if (!record) throw new ServiceError('not_found', 'No such record of another agency in reach.');
    const open = await trx
      .selectFrom('disclosures')
      .select(['id', 'status'])
      .where('record_id', '=', record.id)
      .where('requesting_agency_id', '=', actor.agencyId)
      .where('status', 'in', ['pending', 'approved'])
      .executeTakeFirst();
    if (open) throw new ServiceError('conflict', `A ${open.status} disclosure request for this record already exists.`, { disclosure_id: open.id });
    const row = await trx
      .insertInto('disclosures')
      .values({ id: newId(), record_id: record.id, owner_agency_id: record.agency_id, requesting_agency_id: actor.agencyId, requested_by: actor.userId, reason: body.reason, status: 'pending' })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subjectOf(actor), 'disclosure.request', [record.id], { disclosure_id: row.id, owner_agency_id: record.agency_id });
    return disclosureView(row);
  });
}

/** Requests to the caller's agency (incoming) or from it (outgoing). */
export async function listDisclosures(db: Kysely<Tables>, actor: Actor, filter: z.infer<typeof DisclosureListQuerySchema>, page: PageQuery): Promise<Page<DisclosureView>> {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('disclosures')
      .selectAll()
      .select(sql<string>`seq::text`.as('seq'))
      .where(filter.direction === 'incoming' ? 'owner_agency_id' : 'requesting_agency_id', '=', actor.agencyId);
    if (filter.status) query = query.where('status', '=', filter.status);
    const result = await paginate(query, 'disclosures.seq', page);
    await writeAudit(trx, subjectOf(actor), 'disclosure.list', result.items.map((d) => d.record_id), { count: result.items.length, direction: filter.direction });
    return { items: result.items.map(disclosureView), next: result.next };
  });
}

/** The owning agency's focal point approves or denies a pending request. */
export async function decideDisclosure(db: Kysely<Tables>, actor: Actor, id: string, approve: boolean, reason: string | undefined): Promise<DisclosureView> {
  return db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('disclosures').selectAll().where('id', '=', id).where('owner_agency_id', '=', actor.agencyId).forUpdate().executeTakeFirst();
    if (!current) throw new ServiceError('not_found', 'No such disclosure request to your agency.');
    if (current.status !== 'pending') throw new ServiceError('conflict', `The request is already ${current.status}.`, { status: current.status });
    const row = await trx
      .updateTable('disclosures')
      .set({ status: approve ? 'approved' : 'denied', decided_by: actor.userId, decided_at: sql<Date>`now()`, decision_reason: reason ?? null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subjectOf(actor), approve ? 'disclosure.approve' : 'disclosure.deny', [row.record_id], { disclosure_id: id, requesting_agency_id: row.requesting_agency_id });
    return disclosureView(row);
  });
}
