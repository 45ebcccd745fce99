import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Blocking keys as one row per record holding an array of the keys' hashes, under a GIN index,
 * instead of one row per key under a B-tree. An import writes about 30 keys per record: at a
 * million records the B-tree primary key held 30 million entries (2 GB) and every one was a
 * random insert into it; that was most of an import's database time. A GIN index collects new
 * entries in a pending list and merges them into the index in sorted runs, and stores each
 * key's records as a compressed list. Measured on the test server (fsync off, 128 MB of shared
 * buffers), 200,000 records of 30 keys in batches of 2,000: 57 s into the B-tree table with its
 * `record_seq` index, 45 s without that index, 17 s into the GIN-indexed arrays; 890 MB on disk
 * against 155 MB.
 *
 * What a search needs is unchanged: the records holding a key (a bitmap scan of the GIN index,
 * checked against the kind, agency and consent kept beside the keys) and whether a given record
 * holds a key (its row, by primary key). Erasing or rewriting a record's keys is one row.
 *
 * Existing keys are moved as they are (same hashes, same rules: the stored fingerprint stays
 * valid).
 */
export const recordKeys: Migration = {
  async up(db: Kysely<any>) {
    await sql`create table record_keys (
      record_seq bigint primary key,
      kind text collate "C" not null,
      agency_id text collate "C" not null,
      consent boolean not null,
      keys bigint[] not null)`.execute(db);
    await sql`insert into record_keys (record_seq, kind, agency_id, consent, keys)
      select record_seq, min(kind), min(agency_id), bool_and(consent), array_agg(distinct key)
      from blocking_keys group by record_seq`.execute(db);
    await sql`drop table blocking_keys`.execute(db);
    // Built after the rows are in: one sorted build instead of an insert per record.
    await sql`create index record_keys_keys on record_keys using gin (keys)`.execute(db);
  },
};
