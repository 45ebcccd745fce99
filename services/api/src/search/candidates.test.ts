import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { textArrayLiteral } from './candidates.ts';

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
