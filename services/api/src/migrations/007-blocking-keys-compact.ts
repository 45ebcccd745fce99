import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Blocking keys as two numbers instead of two strings: the key's 64-bit hash
 * (`hashtextextended`, computed by the database on every write and lookup) and the record's
 * `seq` instead of its text id. An import writes about 26 keys per record, so at a million
 * records the table and its primary key held 26 million rows of text (the key as written, a
 * 36-character record id): about 107 bytes per index entry, 2.8 GB for the primary key alone,
 * and writing them was most of an import's time. A key is only ever compared for equality, so
 * its hash serves as well; two keys sharing a hash (about one chance in 10^19 per pair) would
 * only bring one more candidate to be scored, never hide one.
 *
 * Existing keys are converted in place (same rules, so the stored fingerprint stays valid).
 */
export const blockingKeysCompact: Migration = {
  async up(db: Kysely<any>) {
    await sql`create table blocking_keys_compact (
      key bigint not null,
      kind text collate "C" not null,
      record_seq bigint not null,
      agency_id text collate "C" not null,
      consent boolean not null)`.execute(db);
    await sql`insert into blocking_keys_compact (key, kind, record_seq, agency_id, consent)
      select hashtextextended(bk.key, 0), bk.kind, r.seq, bk.agency_id, bk.consent
      from blocking_keys bk join records r on r.id = bk.record_id`.execute(db);
    await sql`drop table blocking_keys`.execute(db);
    await sql`alter table blocking_keys_compact rename to blocking_keys`.execute(db);
    await sql`alter table blocking_keys add constraint blocking_keys_pk primary key (key, kind, record_seq) include (agency_id, consent)`.execute(db);
    await sql`create index blocking_keys_record on blocking_keys (record_seq)`.execute(db);
  },
};
