import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Background jobs (reconciliations, imports) kept in the database, so that any instance can run
 * them and a job whose process died is picked up again from its last checkpoint. Matches remember
 * the job that proposed them, so a resumed job can tell its own earlier proposals from older ones.
 */
export const jobsSchema: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity().unique())
      .addColumn('agency_id', 'text', (c) => c.references('agencies.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('params', 'jsonb', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')`))
      .addColumn('progress', 'jsonb')
      .addColumn('checkpoint', 'jsonb')
      .addColumn('result', 'jsonb')
      .addColumn('error', 'jsonb')
      .addColumn('cancel_requested', 'boolean', (c) => c.notNull().defaultTo(false))
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'timestamptz')
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_by', 'text', (c) => c.references('users.id'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('started_at', 'timestamptz')
      .addColumn('finished_at', 'timestamptz')
      .execute();
    await db.schema.createIndex('jobs_agency_seq').on('jobs').columns(['agency_id', 'seq']).execute();
    // What a runner scans for work: only unfinished jobs.
    await db.schema.createIndex('jobs_runnable').on('jobs').columns(['status', 'seq']).where(sql.ref('status'), 'in', ['queued', 'running']).execute();

    await db.schema.alterTable('matches').addColumn('job_id', 'text', (c) => c.references('jobs.id')).execute();
    await db.schema.createIndex('matches_job').on('matches').columns(['job_id', 'seq']).where(sql.ref('job_id'), 'is not', null).execute();
  },
};
