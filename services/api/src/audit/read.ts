import type { z } from '@hono/zod-openapi';
import { sql, type Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import type { Tables } from '../storage/tables.ts';
import { writeAudit, subjectOf } from './audit.ts';
import type { AuditEntry, AuditQuerySchema } from './schemas.ts';

/** The caller's agency's audit trail, oldest first; reading it is audited too. */
export async function readAudit(db: Kysely<Tables>, actor: Actor, filter: z.infer<typeof AuditQuerySchema>, page: PageQuery): Promise<Page<AuditEntry>> {
  return db.transaction().execute(async (trx) => {
    let query = trx
      .selectFrom('audit_log')
      .select(['at', 'user_id', 'role', 'agency_id', 'action', 'record_ids', 'detail', sql<string>`seq::text`.as('seq')])
      .where('agency_id', '=', actor.agencyId);
    if (filter.action) query = query.where('action', '=', filter.action);
    if (filter.user_id) query = query.where('user_id', '=', filter.user_id);
    if (filter.record_id) query = query.where(sql<boolean>`record_ids @> ${JSON.stringify([filter.record_id])}::jsonb`);
    if (filter.since) query = query.where('at', '>=', new Date(filter.since));
    if (filter.until) query = query.where('at', '<', new Date(filter.until));
    const result = await paginate(query, 'audit_log.seq', page);
    await writeAudit(trx, subjectOf(actor), 'audit.read', [], { count: result.items.length });
    return { items: result.items.map((e) => ({ ...e, at: new Date(e.at).toISOString() })), next: result.next };
  });
}
