import { sql, type Kysely, type Migration } from 'kysely';

/**
 * An index on when each record last changed: an API instance that keeps the searchable records
 * in memory asks, every few seconds, which records changed since it loaded them (see
 * search/resident/). Without it that question reads the whole table.
 */
export const recordsChangedIndex: Migration = {
  async up(db: Kysely<any>) {
    await sql`create index if not exists records_updated_at on records (updated_at)`.execute(db);
  },
};
