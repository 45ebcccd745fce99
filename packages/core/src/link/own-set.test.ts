import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { defaultModel } from '../score/model.ts';
import { createScoringContext, nameAgreementCache } from '../score/score-pair.ts';
import { countTermFrequencies } from '../score/term-frequency.ts';
import { buildIndex } from './link.ts';
import { Matcher } from './matcher.ts';
import { searchOwnSet } from './own-set.ts';

const family = { sex: 'm', mother_name: 'Fatimé Adoum', place_of_origin: 'Goz Beida, Sila, Tchad', place_of_separation: 'Adré' } as const;
const records: RawRecord[] = [
  { id: 'A', kind: 'child', full_name: 'Mahamat Issa Abakar', date_of_birth: '2016-04-02', ...family },
  // A registered again, and again by a third caseworker who wrote less: B has two look-alikes, A and C.
  { id: 'B', kind: 'child', full_name: 'Mouhammad Issa Abakar', date_of_birth: '2016-04', ...family },
  { id: 'C', kind: 'child', full_name: 'Mouhamat Issa', date_of_birth: '2016', ...family },
  { id: 'D', kind: 'child', full_name: 'Adam Issa Abakar', date_of_birth: '2012', ...family },
  { id: 'E', kind: 'child', full_name: 'Khadidja Haroun Youssouf', sex: 'f', age: '9', registered_on: '2024-03-10', mother_name: 'Achta Mahamat', place_of_origin: 'El Geneina' },
  { id: 'F', kind: 'child', full_name: 'Khadija Haroun', sex: 'f', date_of_birth: '2015', mother_name: 'Aisha Mohammed', place_of_origin: 'Geneina' },
];

describe('searchOwnSet', () => {
  const prepared = records.map(prepareRecord);
  const frequencies = countTermFrequencies(prepared);
  const matcher = new Matcher(buildIndex(prepared), createScoringContext(defaultModel(), frequencies, nameAgreementCache(frequencies)));
  const options = { top: 5, minScore: 0.001 };
  const ownView = (from: number) => new Map(matcher.search(prepared[from]!, { ...options, exclude: from }).map((p) => [p.rightId, p.score]));
  const position = (id: string) => prepared.findIndex((r) => r.id === id);

  it('scores a pair both sides found as the lower of their two scores, the same from either side', () => {
    let lowered = 0;
    prepared.forEach((record, from) => {
      for (const pair of searchOwnSet(matcher, from, options)) {
        const mine = ownView(from).get(pair.rightId)!;
        const theirs = ownView(position(pair.rightId)).get(record.id);
        if (pair.score !== mine) lowered++;
        if (!pair.foundFromBoth) {
          // Unmarked: the other side does not return the pair, or one side puts it below review;
          // either way its score is the lower of the two sides' when both return it.
          expect(pair.score).toBe(theirs === undefined ? mine : Math.min(mine, theirs));
          expect(theirs === undefined || Math.min(mine, theirs) < 0.4, `${record.id}-${pair.rightId}`).toBe(true);
          continue;
        }
        expect(pair.score).toBe(Math.min(mine, theirs!));
        expect(Math.min(mine, theirs!)).toBeGreaterThanOrEqual(0.4);
        const back = searchOwnSet(matcher, position(pair.rightId), options).find((p) => p.rightId === record.id)!;
        expect([back.score, back.band, back.foundFromBoth]).toEqual([pair.score, pair.band, true]);
      }
    });
    // The case that matters is here: B weighs A against C, so it is less sure of A than A is of B,
    // and A's own search gives the pair B's lower score.
    expect(lowered).toBeGreaterThan(0);
  });
});
