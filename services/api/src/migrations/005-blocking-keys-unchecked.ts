import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Blocking keys no longer carry a foreign key to `records`. The check ran a trigger for every key
 * written (about 26 per record) and was a third of an import's time in the database. Nothing
 * needs it: a record's keys are written only in the transaction that writes the record, records
 * are never deleted (erasure blanks their fields and deletes their keys explicitly, see
 * retention/purge.ts), and a search reads a key's record from `records`, so a key without one
 * would find nothing. The `record_id` index stays: replacing or erasing a record's keys uses it.
 */
export const blockingKeysUnchecked: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table blocking_keys drop constraint if exists blocking_keys_record_id_fkey`.execute(db);
  },
};
