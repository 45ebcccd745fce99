import { prepareRecord } from '@retrace/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type TestDatabase } from '../../testing/backends.ts';
import type { Tables } from '../../storage/tables.ts';
import { writeBlockingKeysOfMany, type CandidateScope } from '../candidates.ts';
import { ResidentFinder } from './resident-finder.ts';

interface Stored {
  readonly id: string;
  readonly agency: string;
  readonly consent?: boolean;
  readonly fields: Record<string, string>;
}

/** Stores records; without `keys`, not their blocking keys: only the in-memory index can find them then. */
async function store(db: Kysely<Tables>, records: readonly Stored[], { keys = true } = {}): Promise<void> {
  for (const r of records) {
    await db
      .insertInto('records')
      .values({ id: r.id, agency_id: r.agency, external_id: r.id, kind: 'child', consent_for_tracing: r.consent ?? true, status: 'open', stage: 'tracing', fields: JSON.stringify(r.fields), version: 1, created_by: `${r.agency}-cw` })
      .execute();
  }
  if (!keys) return;
  await writeBlockingKeysOfMany(
    db,
    records.map((r) => ({ record: { id: r.id, kind: 'child' as const, agency_id: r.agency, consent_for_tracing: r.consent ?? true }, prepared: prepareRecord({ ...r.fields, id: r.id, kind: 'child' }) })),
    { replace: false },
  );
}

const namesakes = ['Achta', 'Hawa', 'Khadidja', 'Fatimé', 'Zara', 'Mariam', 'Hadjé', 'Kaltouma'].map((mother, i) => ({
  id: `namesake-${i}`,
  agency: 'north',
  fields: { full_name: 'Mahamat Abakar', date_of_birth: '2016-03', mother_name: `${mother} Ousmane`, place_of_separation: 'Adré, Ouaddaï' },
}));
const sought = { id: 'sought', agency: 'north', fields: { full_name: 'Mahamat Abakar Issa', date_of_birth: '2016-05', mother_name: 'Zenaba Tidjani', place_of_separation: 'Adré, Ouaddaï' } };
const probe = prepareRecord({ id: 'search', full_name: 'Mohammed Abubakar', date_of_birth: '2016', mother_name: 'Zenaba Tidjani', place_of_separation: 'Adre' });
const north: CandidateScope = { agencyId: 'north', acrossAgencies: false, kinds: ['child'] };
const ids = (found: readonly { record: { id: string } }[]) => found.map((c) => c.record.id);

describe.each(BACKENDS)('ResidentFinder on $name', (backend) => {
  let database: TestDatabase;
  let db: Kysely<Tables>;
  let finder: ResidentFinder;
  beforeAll(async () => {
    database = await backend.open();
    db = database.storage.db;
    for (const agency of ['north', 'south']) {
      await db.insertInto('agencies').values({ id: agency, name: agency }).execute();
      await db.insertInto('users').values({ id: `${agency}-cw`, agency_id: agency, username: `${agency}.cw`, role: 'caseworker' }).execute();
    }
    await store(db, [...namesakes, sought]);
    await store(db, [{ id: 'unkeyed', agency: 'north', fields: sought.fields }], { keys: false });
    finder = new ResidentFinder(db, { pageSize: 3 });
  });
  afterAll(async () => {
    finder?.close();
    await database?.dispose();
  });

  it('answers from the stored keys until its index is built, then from memory, alike', async () => {
    expect(finder.status()).toEqual({ source: 'memory', state: 'building' });
    const fromDatabase = await finder.find(db, probe, north);
    expect(fromDatabase[0]?.record.id).toBe('sought');
    expect(ids(fromDatabase)).not.toContain('unkeyed');
    await finder.start();
    expect(finder.status()).toEqual({ source: 'memory', state: 'ready', records: 10 });
    const fromMemory = await finder.find(db, probe, north);
    expect(ids(fromMemory).slice(0, 2).sort()).toEqual(['sought', 'unkeyed']);
    const soughtInMemory = fromMemory.find((c) => c.record.id === 'sought')!;
    expect(soughtInMemory.pair.score).toBeCloseTo(fromDatabase[0]!.pair.score, 10);
    expect(soughtInMemory.pair.summary).toBe(fromDatabase[0]!.pair.summary);
    // Asked for the best two, it returns exactly those.
    expect(ids(await finder.find(db, probe, north, 2))).toEqual(ids(fromMemory).slice(0, 2));
  });

  it("reaches another agency's records only with their consent, and only when the search may", async () => {
    await store(db, [
      { id: 'south-consenting', agency: 'south', fields: { ...sought.fields } },
      { id: 'south-private', agency: 'south', consent: false, fields: { ...sought.fields } },
    ]);
    expect(ids(await finder.find(db, probe, north))).not.toContain('south-consenting');
    const across = ids(await finder.find(db, probe, { ...north, acrossAgencies: true }));
    expect(across).toContain('south-consenting');
    expect(across).not.toContain('south-private');
    expect(ids(await finder.find(db, probe, { ...north, kinds: ['request'] }))).toEqual([]);
    expect(ids(await finder.find(db, probe, { ...north, excludeId: 'sought' }))).not.toContain('sought');
  });

  it('finds a record written after it was built at the very next search, whoever wrote it', async () => {
    // Written straight to the database, as another instance's write would be (without keys: the
    // stored keys cannot be what finds it).
    await store(db, [{ id: 'late', agency: 'north', fields: { full_name: 'Abakar Mahamat Tidjani', date_of_birth: '2016', mother_name: 'Zenaba Tidjani' } }], { keys: false });
    expect(ids(await finder.find(db, probe, north))).toContain('late');
  });

  it('drops a record closed since, and scores a changed one as it is now', async () => {
    await db.updateTable('records').set({ status: 'closed', version: 2, updated_at: sql`now()` }).where('id', '=', 'late').execute();
    const renamed = { ...sought.fields, mother_name: 'Achta Ousmane' };
    await db.updateTable('records').set({ fields: JSON.stringify(renamed), version: 2, updated_at: sql`now()` }).where('id', '=', 'sought').execute();
    const found = await finder.find(db, probe, north);
    expect(ids(found)).not.toContain('late');
    const now = found.find((c) => c.record.id === 'sought');
    expect(now?.record.version).toBe(2);
    expect(now?.pair.summary).toContain('Achta Ousmane');
    expect(now?.pair.summary).not.toContain('agrees (Zenaba Tidjani');
  });

  it('matches a record being written against the index and the stored keys, and keeps nothing of the write', async () => {
    // Committed by another instance since the index last looked: only the stored keys know it yet.
    await store(db, [{ id: 'keyed-late', agency: 'north', fields: { ...sought.fields, mother_name: 'Zenaba Tidjani' } }]);
    const indexed = finder.status().records;
    const found = await db
      .transaction()
      .execute(async (trx) => {
        await store(trx, [{ id: 'being-written', agency: 'north', fields: sought.fields }], { keys: false });
        const candidates = ids(await finder.findWhileWriting(trx, probe, { ...north, excludeId: 'being-written' }));
        throw Object.assign(new Error('roll back'), { candidates });
      })
      .catch((error: { candidates?: string[] }) => error.candidates ?? []);
    expect(found).toContain('keyed-late'); // from the stored keys
    expect(found).toContain('unkeyed'); // from the index (it has no stored keys)
    expect(found).not.toContain('being-written');
    expect(finder.status().records).toBe(indexed);
    expect(ids(await finder.find(db, probe, north))).not.toContain('being-written');
  });

  it('falls back to the stored keys when too much changed at once, and builds itself again', async () => {
    const events: unknown[] = [];
    const busy = new ResidentFinder(db, { abandonAfter: 2, log: (line) => events.push(line.event) });
    await busy.start();
    await db.updateTable('records').set({ version: sql`version + 1`, updated_at: sql`now()` }).where('id', 'like', 'namesake-%').execute();
    const found = await busy.find(db, probe, north);
    // The search was answered from the stored keys while the index was built again.
    expect(events.slice(0, 2)).toEqual(['search_index.ready', 'search_index.stale']);
    expect(ids(found)).toContain('sought');
    await busy.start();
    expect(events.at(-1)).toBe('search_index.ready');
    expect(busy.status().state).toBe('ready');
    busy.close();
    expect(busy.status().state).toBe('closed');
  });

  it('tries to build again some time after a build failed', async () => {
    let refusals = 1;
    // The first query fails, as it would with the database unreachable at start.
    const flaky = db.withPlugin({
      transformQuery: (args) => {
        if (refusals-- > 0) throw new Error('the database is away');
        return args.node;
      },
      transformResult: async (args) => args.result,
    });
    const events: unknown[] = [];
    const retrying = new ResidentFinder(flaky, { retryMs: 50, log: (line) => events.push(line.event) });
    await retrying.start();
    expect(events).toEqual(['search_index.build_failed']);
    expect(retrying.status().state).toBe('building');
    for (let i = 0; i < 1500 && retrying.status().state !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(retrying.status().state).toBe('ready');
    expect(events).toEqual(['search_index.build_failed', 'search_index.ready']);
    retrying.close();
  });

  it('builds itself again only once the writes have calmed down', async () => {
    const slackMs = 5_000;
    const calm = new ResidentFinder(db, { abandonAfter: 2, calmCheckMs: 0, slackMs });
    await calm.start();
    await db.updateTable('records').set({ version: sql`version + 1`, updated_at: sql`now()` }).where('id', 'like', 'namesake-%').execute();
    await calm.find(db, probe, north);
    expect(calm.status().state).toBe('stale');
    // Eight records changed within the slack: building now would be stale again at once.
    await calm.find(db, probe, north);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calm.status().state).toBe('stale');
    await new Promise((resolve) => setTimeout(resolve, slackMs + 200));
    await calm.find(db, probe, north);
    for (let i = 0; i < 1500 && calm.status().state !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calm.status().state).toBe('ready');
    calm.close();
  });
});
