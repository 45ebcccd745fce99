import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/audit.ts';
import { ServiceError } from '../http/errors.ts';
import type { Role, Tables } from '../storage/tables.ts';
import { hashPassword } from './passwords.ts';
import { newId } from './secrets.ts';

/** Who acts outside any HTTP request (the admin CLI, the demo, scheduled retention). */
export const SYSTEM_SUBJECT = { userId: null, role: 'system', agencyId: null } as const;

/**
 * Creates an agency and its first user (normally an `agency_admin`) in one transaction. Used by
 * the admin CLI for the first agency, by the demo, and by tests; later users are created by the
 * agency's administrator through the API.
 *
 * @example
 * await createAgency(db, { id: 'north-camps', name: 'North Camps Child Protection' }, { username: 'amina', password });
 */
export async function createAgency(db: Kysely<Tables>, agency: { id: string; name: string }, admin?: { username: string; password: string }): Promise<void> {
  const passwordHash = admin ? await hashPassword(admin.password) : null;
  await db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('agencies').select('id').where('id', '=', agency.id).executeTakeFirst();
    if (exists) throw new ServiceError('conflict', `Agency ${agency.id} exists already.`);
    await trx.insertInto('agencies').values(agency).execute();
    await writeAudit(trx, { ...SYSTEM_SUBJECT, agencyId: agency.id }, 'agency.create', [], { agency_id: agency.id });
    if (!admin) return;
    // The agency and its first administrator exist together or not at all.
    const taken = await trx.selectFrom('users').select('id').where('username', '=', admin.username).executeTakeFirst();
    if (taken) throw new ServiceError('conflict', `The username ${admin.username} is taken.`);
    const id = newId();
    await trx.insertInto('users').values({ id, agency_id: agency.id, username: admin.username, role: 'agency_admin', password_hash: passwordHash }).execute();
    await writeAudit(trx, { ...SYSTEM_SUBJECT, agencyId: agency.id }, 'user.create', [], { user_id: id, role: 'agency_admin' });
  });
}

/** Creates a user in an agency outside the API (CLI, demo, tests). Returns the user's id. */
export async function createUserDirectly(db: Kysely<Tables>, user: { agencyId: string; username: string; password: string; role: Role }): Promise<string> {
  const passwordHash = await hashPassword(user.password);
  return db.transaction().execute(async (trx) => {
    const id = newId();
    await trx.insertInto('users').values({ id, agency_id: user.agencyId, username: user.username, role: user.role, password_hash: passwordHash }).execute();
    await writeAudit(trx, { ...SYSTEM_SUBJECT, agencyId: user.agencyId }, 'user.create', [], { user_id: id, role: user.role });
    return id;
  });
}
