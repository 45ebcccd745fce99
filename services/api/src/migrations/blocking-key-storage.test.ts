import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { blockingKeys, prepareRecord } from '@retrace/core';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import { describe, expect, it } from 'vitest';
import { teardownSafePool, testServerUrl } from '../testing/backends.ts';
import { migrateTo, migrateToLatest } from './migrator.ts';

/** An empty database as its owner, on each back end. */
const OWNERS = [
  {
    name: 'pglite',
    open: async () => {
      const db = new Kysely<any>({ dialect: new PGliteDialect(new PGlite()) });
      return { db, dispose: () => db.destroy() };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      const server = new Kysely<any>({ dialect: new PostgresDialect({ pool: teardownSafePool(testServerUrl()) }) });
      const name = `retrace_migration_${randomBytes(6).toString('hex')}`;
      await sql`create database ${sql.id(name)}`.execute(server);
      const url = Object.assign(new URL(testServerUrl()), { pathname: `/${name}` }).toString();
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: teardownSafePool(url) }) });
      return {
        db,
        dispose: async () => {
          await db.destroy();
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(server);
          await server.destroy();
        },
      };
    },
  },
] as const;

const CHILDREN = [
  { id: 'rec-1', fields: { full_name: 'Mahamat Abakar Issa', date_of_birth: '2016-03', mother_name: 'Achta Moussa', place_of_origin: 'Goz Beida, Sila, Tchad' } },
  { id: 'rec-2', fields: { full_name: 'Khadidja Haroun', approximate_age: '7', place_of_separation: 'Adré' } },
];
const keysOf = (record: (typeof CHILDREN)[number]) => [...new Set(blockingKeys(prepareRecord({ ...record.fields, id: record.id, kind: 'child' } as never)))];

/** A database at migration 006 holding CHILDREN and their keys as text, as it was then stored. */
async function keysAsText(db: Kysely<any>): Promise<void> {
  await migrateTo(db, '006-blocking-key-rules');
  await db.insertInto('agencies').values({ id: 'north', name: 'North' }).execute();
  await db.insertInto('users').values({ id: 'u1', agency_id: 'north', username: 'north.caseworker', role: 'caseworker' }).execute();
  for (const child of CHILDREN) {
    await db
      .insertInto('records')
      .values({ id: child.id, agency_id: 'north', external_id: child.id, kind: 'child', consent_for_tracing: true, status: 'open', stage: 'tracing', fields: JSON.stringify(child.fields), version: 1, created_by: 'u1' })
      .execute();
    await db
      .insertInto('blocking_keys')
      .values(keysOf(child).map((key) => ({ key, kind: 'child', record_id: child.id, agency_id: 'north', consent: true })))
      .execute();
  }
}

describe.each(OWNERS)('migration 007 (blocking keys as hashes) on $name', (owner) => {
  it('converts keys stored as text into the hashes a search looks up, record by record', async () => {
    const { db, dispose } = await owner.open();
    try {
      await keysAsText(db);
      await migrateTo(db, '007-blocking-keys-compact');

      for (const child of CHILDREN) {
        const stored = await sql<{ key: string }>`select bk.key::text as key from blocking_keys bk join records r on r.seq = bk.record_seq where r.id = ${child.id} order by 1`.execute(db);
        const expected = await sql<{ key: string }>`select hashtextextended(k, 0)::text as key from unnest(${keysOf(child)}::text[]) as k order by 1`.execute(db);
        expect(stored.rows.length, child.id).toBe(keysOf(child).length);
        expect(stored.rows, child.id).toEqual(expected.rows);
      }
      // The search's lookup (an index-only scan on the primary key) meets them.
      const [someKey] = keysOf(CHILDREN[1]!);
      const found = await sql<{ id: string }>`select r.id from blocking_keys bk join records r on r.seq = bk.record_seq
        where bk.key = hashtextextended(${someKey}, 0) and bk.kind = 'child'`.execute(db);
      expect(found.rows.map((r) => r.id)).toContain('rec-2');
      const primaryKey = await sql<{ def: string }>`select pg_get_indexdef(indexrelid) as def from pg_index where indrelid = 'blocking_keys'::regclass and indisprimary`.execute(db);
      expect(primaryKey.rows[0]?.def).toMatch(/\(key, kind, record_seq\) INCLUDE \(agency_id, consent\)/);
    } finally {
      await dispose();
    }
  });
});

describe.each(OWNERS)('migration 009 (one row of keys per record) on $name', (owner) => {
  it('moves each record\'s hashed keys into its row, where the GIN index finds them', async () => {
    const { db, dispose } = await owner.open();
    try {
      await keysAsText(db);
      await migrateToLatest(db);

      for (const child of CHILDREN) {
        const stored = await sql<{ key: string }>`select k::text as key from record_keys rk join records r on r.seq = rk.record_seq, unnest(rk.keys) as k
          where r.id = ${child.id} order by 1`.execute(db);
        const expected = await sql<{ key: string }>`select hashtextextended(k, 0)::text as key from unnest(${keysOf(child)}::text[]) as k order by 1`.execute(db);
        expect(stored.rows.length, child.id).toBe(keysOf(child).length);
        expect(stored.rows, child.id).toEqual(expected.rows);
      }
      const row = await sql<{ kind: string; agency_id: string; consent: boolean }>`select rk.kind, rk.agency_id, rk.consent from record_keys rk join records r on r.seq = rk.record_seq where r.id = 'rec-2'`.execute(db);
      expect(row.rows).toEqual([{ kind: 'child', agency_id: 'north', consent: true }]);
      const [someKey] = keysOf(CHILDREN[1]!);
      const found = await sql<{ id: string }>`select r.id from record_keys rk join records r on r.seq = rk.record_seq
        where rk.keys @> array[hashtextextended(${someKey}, 0)]`.execute(db);
      expect(found.rows.map((r) => r.id)).toContain('rec-2');
      const index = await sql<{ def: string }>`select indexdef as def from pg_indexes where tablename = 'record_keys' and indexname = 'record_keys_keys'`.execute(db);
      expect(index.rows[0]?.def).toMatch(/USING gin \(keys\)/);
      const old = await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'blocking_keys'`.execute(db);
      expect(old.rows[0]?.n).toBe(0);
    } finally {
      await dispose();
    }
  });
});
