import { blockingKeys, blockingKeysFingerprint, prepareRecord } from '@retrace/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRegistry } from '../jobs/handler.ts';
import { JobRunner } from '../jobs/runner.ts';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { insertCaseload } from '../testing/caseload.ts';
import { seedWorld } from '../testing/world.ts';
import { rawOf } from './candidates.ts';
import { ensureBlockingKeysCurrent, rekeyJob, storedKeyRules } from './rekey.ts';

const registry: JobRegistry = new Map([[rekeyJob.kind, rekeyJob]]);

describe.each(BACKENDS)('rewriting blocking keys after the rules changed, on $name', (backend) => {
  let database: TestDatabase;
  const db = () => database.storage.db;

  /** The stored form of keys: their hashes, as the database computes them. */
  const hashesOf = async (keys: readonly string[]) =>
    (await sql<{ h: string }>`select hashtextextended(k, 0)::text as h from unnest(${[...new Set(keys)]}::text[]) as k`.execute(db())).rows.map((r) => r.h).sort();

  /** Each open record's stored keys, and the keys the running code makes for it. */
  const keysByRecord = async () => {
    const stored = new Map<string, string[]>();
    const rows = await db().selectFrom('record_keys').innerJoin('records', 'records.seq', 'record_keys.record_seq').select(['records.id', 'record_keys.keys']).execute();
    // PGlite reads a bigint as a BigInt, pg as a string.
    for (const row of rows) stored.set(row.id, row.keys.map(String));
    const records = await db().selectFrom('records').select(['id', 'kind', 'fields']).where('status', '=', 'open').orderBy('id').execute();
    const result = [];
    for (const r of records) result.push({ id: r.id, stored: (stored.get(r.id) ?? []).sort(), expected: await hashesOf(blockingKeys(prepareRecord(rawOf(r)))) });
    return result;
  };

  /** A key no rules make (keys are stored as 64-bit hashes). */
  const OLD_KEY = '1';
  /** Gives every record a key of "old rules" and marks the store as made by them. */
  const ageTheKeys = async () => {
    await db().deleteFrom('record_keys').execute();
    const records = await db().selectFrom('records').select(['seq', 'kind', 'agency_id', 'consent_for_tracing']).execute();
    await db()
      .insertInto('record_keys')
      .values(records.map((r) => ({ keys: [OLD_KEY], kind: r.kind, record_seq: r.seq, agency_id: r.agency_id, consent: r.consent_for_tracing })))
      .execute();
    await db().updateTable('blocking_key_rules').set({ fingerprint: 'k1-00000000' }).execute();
  };

  beforeAll(async () => {
    database = await backend.open();
    const users = await seedWorld(db());
    await insertCaseload(db(), { seed: 7, children: 60, requests: 30, agencies: ['north', 'south'], creators: { north: users['north.caseworker']!, south: users['south.caseworker']! } });
  });
  afterAll(async () => database?.dispose());

  it('finds a new database stamped with the running rules, and queues nothing', async () => {
    expect(await storedKeyRules(db())).toBe(blockingKeysFingerprint());
    expect(await ensureBlockingKeysCurrent(db())).toBeNull();
  });

  it('queues one rekey job when the keys were made by other rules, which rewrites every open record\'s keys and records the rules', async () => {
    await ageTheKeys();
    const jobId = await ensureBlockingKeysCurrent(db());
    expect(jobId).not.toBeNull();
    expect(await ensureBlockingKeysCurrent(db()), 'a second start while the job is queued').toBeNull();

    const done = await new JobRunner(database.storage, { registry }).runNext({ id: jobId! });
    expect(done?.status, JSON.stringify(done?.error)).toBe('succeeded');
    expect(done?.result).toEqual({ records: 90, fingerprint: blockingKeysFingerprint() });
    for (const record of await keysByRecord()) expect(record.stored, record.id).toEqual(record.expected);
    expect(await storedKeyRules(db())).toBe(blockingKeysFingerprint());
    expect(await ensureBlockingKeysCurrent(db())).toBeNull();
  });

  it('resumes from its checkpoint: records before it are not read again', async () => {
    await ageTheKeys();
    const jobId = (await ensureBlockingKeysCurrent(db()))!;
    const ids = (await db().selectFrom('records').select('id').orderBy('id').execute()).map((r) => r.id);
    // As if an earlier run had committed the first 40 records and then died.
    await db().updateTable('jobs').set({ checkpoint: JSON.stringify({ after: ids[39], records: 40 }), params: JSON.stringify({ batch_size: 7 }) }).where('id', '=', jobId).execute();

    const done = await new JobRunner(database.storage, { registry }).runNext({ id: jobId });
    expect(done?.status, JSON.stringify(done?.error)).toBe('succeeded');
    expect(done?.result).toMatchObject({ records: 90 });
    const after = await keysByRecord();
    expect(after.slice(0, 40).every((r) => r.stored.join() === OLD_KEY)).toBe(true);
    for (const record of after.slice(40)) expect(record.stored, record.id).toEqual(record.expected);
  });

  it('leaves closed records without keys', async () => {
    const [closed] = await db().selectFrom('records').select(['id', 'seq']).orderBy('id').limit(1).execute();
    await db().updateTable('records').set({ status: 'closed' }).where('id', '=', closed!.id).execute();
    await ageTheKeys();
    await db().deleteFrom('record_keys').where('record_seq', '=', closed!.seq).execute();
    const jobId = (await ensureBlockingKeysCurrent(db()))!;
    const done = await new JobRunner(database.storage, { registry }).runNext({ id: jobId });
    expect(done?.result).toMatchObject({ records: 89 });
    expect(await db().selectFrom('record_keys').select('keys').where('record_seq', '=', closed!.seq).execute()).toEqual([]);
  });
});
