import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../auth/passwords.ts';
import { prepareDatabase } from './postgres.ts';

/** One record ready for a bulk insert: its fields as JSON text and its blocking keys. */
export interface BulkRecord {
  readonly id: string;
  readonly agencyId: string;
  readonly kind: 'child' | 'request';
  readonly fieldsJson: string;
  readonly sex: 'm' | 'f' | null;
  readonly keys: readonly string[];
}

/**
 * Fills a PostgreSQL database fast, as its owner, for benchmarks: records and their blocking keys in
 * large batches (one statement each via `unnest`), bypassing per-record matching and audit. Never
 * used by the service itself.
 *
 * @example
 * const loader = await BulkLoader.open(superuserUrl, 'retrace_bench', appUrl);
 */
export class BulkLoader {
  private constructor(
    private readonly db: Kysely<any>,
    readonly adminUrl: string,
  ) {}

  /** Creates the database when absent, migrates it and grants the service role named in `appUrl`. */
  static async open(serverUrl: string, database: string, appUrl: string): Promise<BulkLoader> {
    const superuser = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }) });
    try {
      const exists = await sql`select 1 from pg_database where datname = ${database}`.execute(superuser);
      if (exists.rows.length === 0) await sql`create database ${sql.id(database)}`.execute(superuser);
    } finally {
      await superuser.destroy();
    }
    const adminUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
    await prepareDatabase(adminUrl, appUrl);
    return new BulkLoader(new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl, max: 2 }) }) }), adminUrl);
  }

  async countRecords(): Promise<number> {
    return (await sql<{ n: number }>`select count(*)::int as n from records`.execute(this.db)).rows[0]!.n;
  }

  /** Empties the database and creates the agencies, each with one caseworker `bench.<agency>`. */
  async reset(agencies: readonly string[]): Promise<void> {
    await sql`truncate records, record_keys, record_history, matches, match_decisions, disclosures, credentials, users, agencies cascade`.execute(this.db);
    for (const agency of agencies) {
      await this.db.insertInto('agencies').values({ id: agency, name: `${agency} (benchmark)` }).execute();
      await this.db.insertInto('users').values({ id: `bench-${agency}`, agency_id: agency, username: `bench.${agency}`, role: 'caseworker', password_hash: null }).execute();
    }
  }

  async setPassword(agency: string, password: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: await hashPassword(password), failed_logins: 0, locked_until: null }).where('id', '=', `bench-${agency}`).execute();
  }

  async insert(rows: readonly BulkRecord[]): Promise<void> {
    const column = <T>(pick: (r: BulkRecord) => T) => rows.map(pick);
    await sql`insert into records (id, agency_id, external_id, kind, consent_for_tracing, status, stage, fields, sex, version, created_by)
      select r.id, r.agency, r.id, r.kind, true, 'open', 'tracing', r.fields::jsonb, r.sex, 1, 'bench-' || r.agency
      from unnest(${column((r) => r.id)}::text[], ${column((r) => r.agencyId)}::text[], ${column((r) => r.kind)}::text[],
                  ${column((r) => r.fieldsJson)}::text[], ${column((r) => r.sex)}::text[]) as r(id, agency, kind, fields, sex)`.execute(this.db);
    const keys = rows.flatMap((r) => r.keys.map((k) => [k, r] as const));
    await sql`insert into record_keys (record_seq, kind, agency_id, consent, keys)
      select r.seq, r.kind, r.agency_id, true, k.hashes
      from (select k.record_id, array_agg(distinct hashtextextended(k.key, 0)) as hashes
            from unnest(${keys.map((k) => k[0])}::text[], ${keys.map((k) => k[1].id)}::text[]) as k(key, record_id)
            group by k.record_id) k
      join records r on r.id = k.record_id`.execute(this.db);
  }

  /** Statistics for the planner and a visibility map for index-only scans. */
  async analyze(): Promise<void> {
    await sql`vacuum analyze`.execute(this.db);
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
