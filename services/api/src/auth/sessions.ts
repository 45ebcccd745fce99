import { sql, type Kysely } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import { ServiceError } from '../http/errors.ts';
import type { Tables } from '../storage/tables.ts';
import type { Actor } from './actor.ts';
import { verifyPassword } from './passwords.ts';
import { hashSecret, newId, newSecret, SESSION_PREFIX } from './secrets.ts';

export interface LoginPolicy {
  readonly sessionTtlMinutes: number;
  readonly lockoutThreshold: number;
  readonly lockoutMinutes: number;
}

export interface Session {
  readonly token: string;
  readonly expiresAt: Date;
}

type LoginOutcome = { ok: true; session: Session } | { ok: false };

/**
 * Checks a username and password and opens an expiring session. Failed attempts count towards a
 * lockout; every attempt, failed or not, is audited in the same transaction as its effect.
 * Unknown users, wrong passwords, locked and disabled accounts all give the same answer.
 */
export async function login(db: Kysely<Tables>, policy: LoginPolicy, credentials: { username: string; password: string }): Promise<Session> {
  const outcome = await db.transaction().execute(async (trx): Promise<LoginOutcome> => {
    const user = await trx
      .selectFrom('users')
      .selectAll()
      .select(sql<boolean>`coalesce(locked_until > now(), false)`.as('locked'))
      .where('username', '=', credentials.username)
      .forUpdate()
      .executeTakeFirst();
    const passwordMatches = await verifyPassword(credentials.password, user?.password_hash ?? null);
    if (!user) {
      await writeAudit(trx, { userId: null, role: null, agencyId: null }, 'login.failed', [], { reason: 'unknown_user' });
      return { ok: false };
    }
    const subject = { userId: user.id, role: user.role, agencyId: user.agency_id };
    if (user.disabled || user.locked) {
      await writeAudit(trx, subject, 'login.failed', [], { reason: user.disabled ? 'disabled' : 'locked' });
      return { ok: false };
    }
    if (!passwordMatches) {
      const failures = user.failed_logins + 1;
      const locks = failures >= policy.lockoutThreshold;
      await trx
        .updateTable('users')
        .set({
          failed_logins: locks ? 0 : failures,
          locked_until: locks ? sql<Date>`now() + make_interval(mins => ${policy.lockoutMinutes})` : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      await writeAudit(trx, subject, 'login.failed', [], { reason: 'wrong_password', locked: locks });
      return { ok: false };
    }
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const token = newSecret(SESSION_PREFIX);
    const created = await trx
      .insertInto('credentials')
      .values({
        id: newId(),
        kind: 'session',
        user_id: user.id,
        secret_hash: hashSecret(token),
        label: null,
        expires_at: sql<Date>`now() + make_interval(mins => ${policy.sessionTtlMinutes})`,
      })
      .returning(['id', 'expires_at'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subject, 'login', [], { credential_id: created.id });
    return { ok: true, session: { token, expiresAt: created.expires_at! } };
  });
  if (!outcome.ok) throw new ServiceError('invalid_credentials', 'Invalid username or password, or the account is locked or disabled.');
  return outcome.session;
}

/** The actor behind a bearer secret, or null when it is unknown, expired, revoked or disabled. */
export async function authenticate(db: Kysely<Tables>, secret: string): Promise<Actor | null> {
  const row = await db
    .selectFrom('credentials')
    .innerJoin('users', 'users.id', 'credentials.user_id')
    .select(['credentials.id as credentialId', 'credentials.kind', 'users.id as userId', 'users.username', 'users.role', 'users.agency_id'])
    .where('credentials.secret_hash', '=', hashSecret(secret))
    .where('credentials.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('credentials.expires_at', 'is', null), eb('credentials.expires_at', '>', sql<Date>`now()`)]))
    .where('users.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return null;
  return { userId: row.userId, username: row.username, role: row.role, agencyId: row.agency_id, credentialId: row.credentialId, credentialKind: row.kind };
}

/** Ends the caller's session (or revokes the API key it used). */
export async function logout(db: Kysely<Tables>, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('credentials').set({ revoked_at: sql<Date>`now()` }).where('id', '=', actor.credentialId).execute();
    await writeAudit(trx, subjectOf(actor), 'logout', [], { credential_id: actor.credentialId });
  });
}
