import type { Transaction } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { Tables } from '../storage/tables.ts';

/** What happened, as a stable verb; the audit's only free-form part is `detail`, never personal. */
export type AuditAction =
  | 'login'
  | 'login.failed'
  | 'logout'
  | 'record.create'
  | 'record.update'
  | 'record.close'
  | 'record.view'
  | 'record.list'
  | 'record.history'
  | 'record.purge'
  | 'search'
  | 'match.propose'
  | 'match.view'
  | 'match.list'
  | 'match.confirm'
  | 'match.reject'
  | 'match.undo'
  | 'disclosure.request'
  | 'disclosure.approve'
  | 'disclosure.deny'
  | 'disclosure.list'
  | 'user.create'
  | 'user.update'
  | 'api_key.create'
  | 'api_key.revoke'
  | 'audit.read'
  | 'agency.create'
  | 'import'
  | 'import.upload'
  | 'import.start'
  | 'import.finish'
  | 'import.report'
  | 'import.purge'
  | 'job.create'
  | 'job.cancel'
  | 'job.report';

/** Facts safe to keep forever: numbers, booleans, ids, enumerated values. */
export type AuditDetail = Record<string, string | number | boolean | null | string[]>;

/** Who did it, when there is no authenticated actor yet (a failed login, the CLI). */
export interface AuditSubject {
  readonly userId: string | null;
  readonly role: string | null;
  readonly agencyId: string | null;
}

export const subjectOf = (actor: Actor): AuditSubject => ({ userId: actor.userId, role: actor.role, agencyId: actor.agencyId });

/**
 * Appends one audit row inside the caller's transaction, so the access and its trace commit or
 * fail together: if this insert fails, the whole request does.
 *
 * @example
 * await writeAudit(trx, subjectOf(actor), 'record.view', [record.id]);
 */
export async function writeAudit(
  trx: Transaction<Tables>,
  subject: AuditSubject,
  action: AuditAction,
  recordIds: readonly string[] = [],
  detail: AuditDetail = {},
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      user_id: subject.userId,
      role: subject.role,
      agency_id: subject.agencyId,
      action,
      record_ids: JSON.stringify(recordIds),
      detail: JSON.stringify(detail),
    })
    .execute();
}
