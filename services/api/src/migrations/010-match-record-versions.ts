import { sql, type Kysely, type Migration } from 'kysely';

/**
 * The versions of both records when a pair was proposed, so that the review queue can say when
 * either record was edited since: the stored score and evidence were computed from the old one.
 * Pairs proposed before this migration have none (unknown, never shown as changed).
 */
export const matchRecordVersions: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table matches add column if not exists version_a integer, add column if not exists version_b integer`.execute(db);
  },
};
