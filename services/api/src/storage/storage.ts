import type { Kysely } from 'kysely';
import type { Tables } from './tables.ts';

/**
 * Where the service keeps everything: a Kysely database connected as the service's own
 * unprivileged role, with the schema already migrated. Two implementations, chosen at the edge:
 * embedded PGlite (`openPgliteStorage`) and a real PostgreSQL server (`openPostgresStorage`).
 */
export interface Storage {
  readonly db: Kysely<Tables>;
  readonly backend: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** The role the service runs as inside an embedded database. */
export const EMBEDDED_APP_ROLE = 'retrace_app';
