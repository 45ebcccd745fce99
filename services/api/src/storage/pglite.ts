import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { appRoleGrants, migrateToLatest } from '../migrations/migrator.ts';
import { EMBEDDED_APP_ROLE, type Storage } from './storage.ts';
import type { Tables } from './tables.ts';

/**
 * Opens (or creates) an embedded PGlite database, migrates it, and switches its one connection to
 * the unprivileged service role. `dataDir` undefined keeps the database in memory (tests).
 *
 * @example
 * const storage = await openPgliteStorage({ dataDir: '.retrace/pglite' });
 */
export async function openPgliteStorage(options: { dataDir?: string }): Promise<Storage> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await pglite.waitReady;
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
  await migrateToLatest(db);
  await sql`do $$ begin
      if not exists (select from pg_roles where rolname = ${sql.lit(EMBEDDED_APP_ROLE)}) then
        create role ${sql.id(EMBEDDED_APP_ROLE)} nologin;
      end if;
    end $$`.execute(db);
  for (const grant of appRoleGrants(EMBEDDED_APP_ROLE)) await sql.raw(grant).execute(db);
  // PGlite has a single connection: from here on every query runs as the service role.
  await sql`set role ${sql.id(EMBEDDED_APP_ROLE)}`.execute(db);
  return {
    db,
    backend: 'pglite',
    // Destroying the Kysely instance closes PGlite too.
    close: () => db.destroy(),
  };
}
