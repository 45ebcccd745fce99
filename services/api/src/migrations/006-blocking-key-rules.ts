import { blockingKeysFingerprint } from '@retrace/core';
import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Which rules made the stored blocking keys (`blockingKeysFingerprint`). A search computes its
 * probe's keys with the rules of the running code, so keys stored by older rules stop meeting
 * them after an upgrade and true matches silently drop out of searches. The service compares
 * this row with its own rules when it starts and queues a `rekey` job when they differ
 * (search/rekey.ts). A database without records is stamped with the rules of the code migrating
 * it, which are the rules its first keys will be written with; one with records is left
 * unstamped, so its keys are rewritten once.
 */
export const blockingKeyRules: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('blocking_key_rules')
      .addColumn('singleton', 'boolean', (c) => c.primaryKey().defaultTo(true).check(sql`singleton`))
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await sql`insert into blocking_key_rules (fingerprint) select ${blockingKeysFingerprint()} where not exists (select 1 from records)`.execute(db);
  },
};
