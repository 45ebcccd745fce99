import { sql, type Kysely } from 'kysely';
import type { z } from '@hono/zod-openapi';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import { ServiceError } from '../http/errors.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import type { Tables } from '../storage/tables.ts';
import type { Actor } from './actor.ts';
import { hashPassword } from './passwords.ts';
import type { ApiKeyView, NewApiKeyBodySchema, NewUserBodySchema, UserListQuerySchema, UserUpdateBodySchema, UserView } from './schemas.ts';
import { API_KEY_PREFIX, hashSecret, newId, newSecret } from './secrets.ts';

const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

const userColumns = ['id', 'agency_id', 'username', 'role', 'disabled', 'created_at'] as const;
const lockedColumn = sql<boolean>`coalesce(locked_until > now(), false)`.as('locked');

function userView(row: { id: string; agency_id: string; username: string; role: UserView['role']; disabled: boolean; locked: boolean; created_at: Date }): UserView {
  return { id: row.id, agency_id: row.agency_id, username: row.username, role: row.role, disabled: row.disabled, locked: row.locked, created_at: iso(row.created_at)! };
}

/** Creates a user in the administrator's own agency. */
export async function createUser(db: Kysely<Tables>, actor: Actor, body: z.infer<typeof NewUserBodySchema>): Promise<UserView> {
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('username', '=', body.username).executeTakeFirst();
    if (taken) throw new ServiceError('conflict', 'That username is taken.');
    const row = await trx
      .insertInto('users')
      .values({ id: newId(), agency_id: actor.agencyId, username: body.username, role: body.role, password_hash: passwordHash })
      .returning([...userColumns, lockedColumn])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subjectOf(actor), 'user.create', [], { user_id: row.id, role: row.role });
    return userView(row);
  });
}

/** The administrator's agency's users, in creation order. */
export async function listUsers(db: Kysely<Tables>, actor: Actor, filter: z.infer<typeof UserListQuerySchema>, page: PageQuery): Promise<Page<UserView>> {
  let query = db.selectFrom('users').select([...userColumns, lockedColumn, sql<string>`seq::text`.as('seq')]).where('agency_id', '=', actor.agencyId);
  if (filter.role) query = query.where('role', '=', filter.role);
  const result = await paginate(query, 'users.seq', page);
  return { items: result.items.map(userView), next: result.next };
}

/** Changes a user of the administrator's agency; disabling or a new password ends their sessions. */
export async function updateUser(db: Kysely<Tables>, actor: Actor, userId: string, body: z.infer<typeof UserUpdateBodySchema>): Promise<UserView> {
  const passwordHash = body.password ? await hashPassword(body.password) : undefined;
  return db.transaction().execute(async (trx) => {
    const changes = {
      ...(body.role ? { role: body.role } : {}),
      ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
      ...(passwordHash ? { password_hash: passwordHash } : {}),
      ...(body.unlock ? { locked_until: null, failed_logins: 0 } : {}),
    };
    const row = await trx
      .updateTable('users')
      .set(changes)
      .where('id', '=', userId)
      .where('agency_id', '=', actor.agencyId)
      .returning([...userColumns, lockedColumn])
      .executeTakeFirst();
    if (!row) throw new ServiceError('not_found', 'No such user in your agency.');
    if (body.disabled || passwordHash || body.role) {
      await trx.updateTable('credentials').set({ revoked_at: sql<Date>`now()` }).where('user_id', '=', userId).where('kind', '=', 'session').where('revoked_at', 'is', null).execute();
    }
    await writeAudit(trx, subjectOf(actor), 'user.update', [], { user_id: userId, changed: Object.keys(body).filter((k) => k !== 'password').concat(passwordHash ? ['password'] : []) });
    return userView(row);
  });
}

const apiKeyColumns = ['credentials.id', 'credentials.user_id', 'credentials.label', 'credentials.expires_at', 'credentials.revoked_at', 'credentials.created_at'] as const;
function apiKeyView(row: { id: string; user_id: string; label: string | null; expires_at: Date | null; revoked_at: Date | null; created_at: Date }): ApiKeyView {
  return { id: row.id, user_id: row.user_id, label: row.label, expires_at: iso(row.expires_at), revoked_at: iso(row.revoked_at), created_at: iso(row.created_at)! };
}

/** Issues an API key for a (machine) user of the administrator's agency; the key is shown once. */
export async function createApiKey(db: Kysely<Tables>, actor: Actor, body: z.infer<typeof NewApiKeyBodySchema>): Promise<ApiKeyView & { key: string }> {
  return db.transaction().execute(async (trx) => {
    const user = await trx.selectFrom('users').select('id').where('id', '=', body.user_id).where('agency_id', '=', actor.agencyId).executeTakeFirst();
    if (!user) throw new ServiceError('not_found', 'No such user in your agency.');
    const key = newSecret(API_KEY_PREFIX);
    const row = await trx
      .insertInto('credentials')
      .values({
        id: newId(),
        kind: 'api_key',
        user_id: user.id,
        secret_hash: hashSecret(key),
        label: body.label,
        expires_at: body.expires_in_days ? sql<Date>`now() + make_interval(days => ${body.expires_in_days})` : null,
      })
      .returning(['id', 'user_id', 'label', 'expires_at', 'revoked_at', 'created_at'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subjectOf(actor), 'api_key.create', [], { credential_id: row.id, user_id: user.id });
    return { ...apiKeyView(row), key };
  });
}

/** The agency's API keys (never their secrets). */
export async function listApiKeys(db: Kysely<Tables>, actor: Actor, page: PageQuery): Promise<Page<ApiKeyView>> {
  const query = db
    .selectFrom('credentials')
    .innerJoin('users', 'users.id', 'credentials.user_id')
    .select([...apiKeyColumns, sql<string>`credentials.seq::text`.as('seq')])
    .where('credentials.kind', '=', 'api_key')
    .where('users.agency_id', '=', actor.agencyId);
  const result = await paginate(query, 'credentials.seq', page);
  return { items: result.items.map(apiKeyView), next: result.next };
}

/** Revokes one of the agency's API keys at once. */
export async function revokeApiKey(db: Kysely<Tables>, actor: Actor, keyId: string): Promise<ApiKeyView> {
  return db.transaction().execute(async (trx) => {
    const owned = await trx
      .selectFrom('credentials')
      .innerJoin('users', 'users.id', 'credentials.user_id')
      .select('credentials.id')
      .where('credentials.id', '=', keyId)
      .where('credentials.kind', '=', 'api_key')
      .where('users.agency_id', '=', actor.agencyId)
      .executeTakeFirst();
    if (!owned) throw new ServiceError('not_found', 'No such API key in your agency.');
    const row = await trx
      .updateTable('credentials')
      .set({ revoked_at: sql<Date>`coalesce(revoked_at, now())` })
      .where('id', '=', keyId)
      .returning(['id', 'user_id', 'label', 'expires_at', 'revoked_at', 'created_at'])
      .executeTakeFirstOrThrow();
    await writeAudit(trx, subjectOf(actor), 'api_key.revoke', [], { credential_id: keyId });
    return apiKeyView(row);
  });
}
