import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { prepareRecord } from '@retrace/core';
import { findCandidates, textArrayLiteral, writeBlockingKeysOfMany } from './candidates.ts';

describe.each(BACKENDS)('textArrayLiteral on $name', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.open();
  });
  afterAll(() => database?.dispose());

  const roundTrip = async (values: string[]) =>
    (await sql<{ values: string[] }>`select ${textArrayLiteral(values)}::text[] as values`.execute(database.storage.db)).rows[0]!.values;

  it('reads back exactly the texts it was given, whatever they hold', async () => {
    expect(await roundTrip(['n:mhmd', '', 'NULL', 'a,b', '{x}', ' padded ', 'say "hi"', 'back\\slash', 'محمد'])).toEqual(['n:mhmd', '', 'NULL', 'a,b', '{x}', ' padded ', 'say "hi"', 'back\\slash', 'محمد']);
    const text = fc.string({ unit: 'grapheme' }).filter((s) => !s.includes('\u0000'));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 20 }), async (values) => {
        expect(await roundTrip(values)).toEqual(values);
      }),
      { numRuns: 40 },
    );
  });
});

describe.each(BACKENDS)('findCandidates on $name', (backend) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await backend.open();
    const db = database.storage.db;
    await db.insertInto('agencies').values({ id: 'north', name: 'North' }).execute();
    await db.insertInto('users').values({ id: 'north-cw', agency_id: 'north', username: 'north.cw', role: 'caseworker' }).execute();
    // Twelve boys called Mahamat Abakar born in 2016, stored first, and the sought one, stored
    // last: he alone has the mother the family names.
    const namesakes = ['Achta', 'Hawa', 'Khadidja', 'Fatimé', 'Zara', 'Mariam', 'Hadjé', 'Kaltouma', 'Amina', 'Halimé', 'Saadia', 'Mouna'];
    const children = [
      ...namesakes.map((mother, i) => ({ id: `namesake-${i}`, fields: { full_name: 'Mahamat Abakar', date_of_birth: '2016-03', mother_name: `${mother} Ousmane`, place_of_separation: 'Adré, Ouaddaï' } })),
      { id: 'sought', fields: { full_name: 'Mahamat Abakar', date_of_birth: '2016-05', mother_name: 'Zenaba Tidjani', place_of_separation: 'Adré, Ouaddaï' } },
    ];
    for (const child of children) {
      await db
        .insertInto('records')
        .values({ id: child.id, agency_id: 'north', external_id: child.id, kind: 'child', consent_for_tracing: true, status: 'open', stage: 'tracing', fields: JSON.stringify(child.fields), version: 1, created_by: 'north-cw' })
        .execute();
    }
    await writeBlockingKeysOfMany(
      db,
      children.map((child) => ({
        record: { id: child.id, kind: 'child' as const, agency_id: 'north', consent_for_tracing: true },
        prepared: prepareRecord({ ...child.fields, id: child.id, kind: 'child' }),
      })),
      { replace: false },
    );
  });
  afterAll(() => database?.dispose());

  const scope = { agencyId: 'north', acrossAgencies: false, kinds: ['child' as const] };
  const probe = prepareRecord({ id: 'search', full_name: 'Mohammed Abubakar', date_of_birth: '2016', mother_name: 'Zenaba Tidjani', place_of_separation: 'Adre' });

  it('ranks the record sharing a rare key first, though common keys each reach more records than it samples', async () => {
    // Three records per key at most: every name and birth-year key of the probe is "common" here,
    // and its sample is the three namesakes stored first. Counting shared keys ranked those first.
    const found = await findCandidates(database.storage.db, probe, scope, { perKey: 3, scored: 2 });
    expect(found[0]?.record.id).toBe('sought');
  });

  it('still finds records when every key of the probe is common', async () => {
    const vague = prepareRecord({ id: 'search', full_name: 'Mahamat Abakar', date_of_birth: '2016' });
    const found = await findCandidates(database.storage.db, vague, scope, { perKey: 3, scored: 5 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.record.id === 'sought' || c.record.id.startsWith('namesake-'))).toBe(true);
  });
});
