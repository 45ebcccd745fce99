import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openPgliteStorage } from '../storage/pglite.ts';
import { openPostgresStorage } from '../storage/postgres.ts';
import { EMBEDDED_APP_ROLE, type Storage } from '../storage/storage.ts';

/** A fresh database for one test file, connected as the service role, plus an owner's handle. */
export interface TestDatabase {
  readonly storage: Storage;
  /** The service role's URL, for another process to connect with (PostgreSQL only). */
  readonly appUrl: string | null;
  /** Runs a statement as the schema owner (to break things on purpose, or to age a session). */
  asOwner(statement: string): Promise<void>;
  /** A second, independent connection pool to the same database, as another API instance has. */
  connectAgain(): Promise<Storage>;
  dispose(): Promise<void>;
}

export interface TestBackend {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<TestDatabase>;
}

const pgliteBackend: TestBackend = {
  name: 'pglite',
  async open() {
    const storage = await openPgliteStorage({});
    return {
      storage,
      appUrl: null,
      // PGlite has one connection: step out of the service role for one statement, then back.
      asOwner: async (statement) => {
        await sql`reset role`.execute(storage.db);
        try {
          await sql.raw(statement).execute(storage.db);
        } finally {
          await sql`set role ${sql.id(EMBEDDED_APP_ROLE)}`.execute(storage.db);
        }
      },
      connectAgain: () => Promise.reject(new Error('an embedded PGlite database serves one process; use PostgreSQL for several instances')),
      dispose: () => storage.close(),
    };
  },
};

/** The superuser URL of the disposable test server that scripts/test.sh starts. */
export function testServerUrl(): string {
  const url = process.env.RETRACE_TEST_PG_URL;
  if (!url) {
    throw new Error('RETRACE_TEST_PG_URL is not set: run the tests through scripts/test.sh, or start a server with `bash scripts/ensure-postgres.sh` and export the URL it prints.');
  }
  return url;
}

const withDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u;
};

/**
 * A pool whose connections may be cut by `drop database … with (force)` at teardown: a client
 * still closing when the server terminates it emits an error that must not crash the run.
 */
export function teardownSafePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 1 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

const postgresBackend: TestBackend = {
  name: 'postgres',
  async open() {
    const server = testServerUrl();
    const suffix = randomBytes(6).toString('hex');
    const database = `retrace_test_${suffix}`;
    const role = `retrace_app_${suffix}`;
    const superuser = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: teardownSafePool(server) }) });
    await sql`create database ${sql.id(database)}`.execute(superuser);
    const adminUrl = withDatabase(server, database).toString();
    const appUrl = withDatabase(server, database);
    appUrl.username = role;
    appUrl.password = randomBytes(12).toString('hex');
    const storage = await openPostgresStorage({ url: appUrl.toString(), adminUrl, poolSize: 5 });
    const others: Storage[] = [];
    const owner = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: teardownSafePool(adminUrl) }) });
    return {
      storage,
      appUrl: appUrl.toString(),
      asOwner: async (statement) => {
        await sql.raw(statement).execute(owner);
      },
      connectAgain: async () => {
        const again = await openPostgresStorage({ url: appUrl.toString(), poolSize: 3 });
        others.push(again);
        return again;
      },
      dispose: async () => {
        for (const other of others) await other.close();
        await storage.close();
        await owner.destroy();
        await sql`drop database if exists ${sql.id(database)} with (force)`.execute(superuser);
        await sql`drop role if exists ${sql.id(role)}`.execute(superuser);
        await superuser.destroy();
      },
    };
  },
};

/** Both back ends, for `describe.each`: the same tests run on embedded PGlite and on PostgreSQL. */
export const BACKENDS: readonly TestBackend[] = [pgliteBackend, postgresBackend];
