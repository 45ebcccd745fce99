import { sql, type Kysely, type Migration } from 'kysely';

/** Agencies, their users, and the hashed bearer secrets (sessions and API keys). */
async function createAccounts(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agencies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('caseworker', 'focal_point', 'agency_admin')`))
    .addColumn('password_hash', 'text')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'timestamptz')
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('session', 'api_key')`))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

/** Records with their history and the blocking keys that generate candidates. */
async function createRecords(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('child', 'request')`))
    .addColumn('consent_for_tracing', 'boolean', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('stage', 'text', (c) => c.notNull().check(sql`stage in ('tracing', 'reunification_follow_up')`))
    .addColumn('fields', 'jsonb')
    .addColumn('sex', 'text')
    .addColumn('age_band', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_reason', 'text')
    .addColumn('purged_at', 'timestamptz')
    .addUniqueConstraint('records_agency_external_id', ['agency_id', 'external_id'])
    .execute();
  await db.schema.createIndex('records_agency_seq').on('records').columns(['agency_id', 'seq']).execute();
  await db.schema.createIndex('records_retention').on('records').columns(['status', 'closed_at']).where(sql.ref('purged_at'), 'is', null).execute();

  await db.schema
    .createTable('record_history')
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.references('users.id'))
    .addColumn('changed_fields', 'jsonb', (c) => c.notNull())
    .addColumn('snapshot', 'jsonb')
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('record_history_record').on('record_history').columns(['record_id', 'seq']).execute();

  // Candidate generation lives here: a search looks up the probe's keys in this index. Only open
  // records have keys; kind, agency and consent are copied in so that a lookup is an index-only
  // scan that never visits the records table.
  await db.schema
    .createTable('blocking_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id').onDelete('cascade'))
    .addColumn('agency_id', 'text', (c) => c.notNull())
    .addColumn('consent', 'boolean', (c) => c.notNull())
    .execute();
  await sql`alter table blocking_keys add constraint blocking_keys_pk primary key (key, kind, record_id) include (agency_id, consent)`.execute(db);
  await db.schema.createIndex('blocking_keys_record').on('blocking_keys').column('record_id').execute();
}

/** The review queue, its decisions, and disclosure requests. */
async function createReview(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
    .addColumn('record_a', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('record_b', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('agency_a', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('agency_b', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('agreeing_fields', 'jsonb', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'confirmed', 'rejected')`))
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('matches_pair', ['record_a', 'record_b'])
    .addCheckConstraint('matches_canonical_order', sql`record_a < record_b`)
    .execute();
  await db.schema.createIndex('matches_agency_a').on('matches').columns(['agency_a', 'seq']).execute();
  await db.schema.createIndex('matches_agency_b').on('matches').columns(['agency_b', 'seq']).execute();
  await db.schema.createIndex('matches_record_b').on('matches').column('record_b').execute();

  await db.schema
    .createTable('match_decisions')
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('match_id', 'text', (c) => c.notNull().references('matches.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
    .addColumn('record_id', 'text', (c) => c.notNull().references('records.id'))
    .addColumn('owner_agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('requesting_agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'approved', 'denied')`))
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('disclosures_record').on('disclosures').columns(['record_id', 'requesting_agency_id']).execute();
}

/** The audit log: append-only, enforced by triggers as well as by grants. */
async function createAuditLog(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('user_id', 'text')
    .addColumn('role', 'text')
    .addColumn('agency_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_ids', 'jsonb', (c) => c.notNull())
    .addColumn('detail', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_agency').on('audit_log').columns(['agency_id', 'seq']).execute();
  // Append-only even for the schema owner: rows can be added, never changed or removed.
  await sql`
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only()`.execute(db);
  await sql`create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only()`.execute(db);
}

/**
 * The first schema: agencies, users, credentials, records with history and blocking keys, matches
 * with their decisions, disclosure requests and the append-only audit log. PostgreSQL 15 features
 * only, since the same migration runs on PGlite (PostgreSQL 18) and on a real server.
 */
export const initialSchema: Migration = {
  async up(db: Kysely<any>) {
    await createAccounts(db);
    await createRecords(db);
    await createReview(db);
    await createAuditLog(db);
  },
};
