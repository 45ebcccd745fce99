import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { appRoleGrants, migrateToLatest } from '../migrations/migrator.ts';
import type { Storage } from './storage.ts';
import type { Tables } from './tables.ts';

export interface PostgresOptions {
  /** The service's own (unprivileged) role's connection URL. */
  readonly url: string;
  /**
   * A schema owner's URL for migrations and grants. When absent, the schema must already be
   * migrated (e.g. by `pnpm admin migrate`).
   */
  readonly adminUrl?: string;
  readonly poolSize?: number;
}

const poolOf = (url: string, max: number) => new pg.Pool({ connectionString: url, max });

/**
 * Migrates the database as its owner, creates the service role named in `appUrl` when it does not
 * exist yet (with that URL's password), and grants it what it needs and nothing more.
 */
export async function prepareDatabase(adminUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  const password = decodeURIComponent(app.password);
  const admin = new Kysely<any>({ dialect: new PostgresDialect({ pool: poolOf(adminUrl, 1) }) });
  try {
    await migrateToLatest(admin);
    const exists = await sql<{ found: number }>`select 1 as found from pg_roles where rolname = ${role}`.execute(admin);
    if (exists.rows.length === 0) {
      const withPassword = password ? sql` password ${sql.lit(password)}` : sql``;
      await sql`create role ${sql.id(role)} login${withPassword}`.execute(admin);
    }
    for (const grant of appRoleGrants(role)) await sql.raw(grant).execute(admin);
  } finally {
    await admin.destroy();
  }
}

/**
 * Connects to a real PostgreSQL server as the service role, after preparing the schema when an
 * owner's URL is given.
 *
 * @example
 * const storage = await openPostgresStorage({ url: process.env.DATABASE_URL! });
 */
export async function openPostgresStorage(options: PostgresOptions): Promise<Storage> {
  if (options.adminUrl) await prepareDatabase(options.adminUrl, options.url);
  const pool = poolOf(options.url, options.poolSize ?? 10);
  // A client's network error (idle, or while closing) must not crash the process; the next
  // query reports it.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1 from audit_log limit 0`.execute(db);
  } catch (error) {
    await db.destroy();
    const reason = (error as { code?: string }).code === '42P01' ? 'the schema is not there yet' : `the database is not usable (${(error as Error).message})`;
    throw new Error(`${reason}: set DATABASE_ADMIN_URL (the schema owner's URL) so the service can migrate it, or run \`pnpm admin migrate\` with it`);
  }
  return { db, backend: 'postgres', close: () => db.destroy() };
}
