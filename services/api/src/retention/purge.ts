import { sql, type Kysely } from 'kysely';
import { writeAudit, type AuditSubject } from '../audit/audit.ts';
import { deleteBlockingKeys } from '../search/candidates.ts';
import type { Tables } from '../storage/tables.ts';

const BATCH = 500;

/**
 * Purges the personal fields of records closed more than `retentionDays` ago (all agencies, or one):
 * the fields and their history snapshots become null. The record's kind, status, sex, age band,
 * dates and the whole audit trail remain, so statistics survive. Each batch commits with its audit
 * row. Returns how many records were purged.
 *
 * @example
 * await purgeExpiredRecords(db, { retentionDays: 365 }, { userId: null, role: 'system', agencyId: null });
 */
export async function purgeExpiredRecords(db: Kysely<Tables>, options: { retentionDays: number; agencyId?: string }, subject: AuditSubject): Promise<number> {
  let total = 0;
  for (;;) {
    const purged = await db.transaction().execute(async (trx) => {
      let due = trx
        .selectFrom('records')
        .select('id')
        .where('status', '=', 'closed')
        .where('purged_at', 'is', null)
        .where('closed_at', '<=', sql<Date>`now() - make_interval(days => ${options.retentionDays})`)
        .orderBy('id')
        .limit(BATCH)
        .forUpdate()
        .skipLocked();
      if (options.agencyId) due = due.where('agency_id', '=', options.agencyId);
      const ids = (await due.execute()).map((r) => r.id);
      if (ids.length === 0) return 0;
      await trx.updateTable('records').set({ fields: sql`null`, purged_at: sql<Date>`now()` }).where('id', 'in', ids).execute();
      await trx.updateTable('record_history').set({ snapshot: sql`null` }).where('record_id', 'in', ids).execute();
      await deleteBlockingKeys(trx, ids);
      for (const id of ids) {
        await trx.insertInto('record_history').values({ record_id: id, version: 0, action: 'purge', changed_by: null, changed_fields: JSON.stringify(['fields']), snapshot: sql`null` }).execute();
      }
      await writeAudit(trx, subject, 'record.purge', ids, { count: ids.length, retention_days: options.retentionDays });
      return ids.length;
    });
    total += purged;
    if (purged < BATCH) return total;
  }
}
