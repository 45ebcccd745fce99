import type { NameToken } from '../normalize/name/types.ts';
import type { PreparedRecord } from '../normalize/record.ts';

/**
 * How common each name is in the data being linked, so that agreeing on "Mahamat" counts for
 * less than agreeing on a rare name. Given names and the other names of a chain (father's line,
 * mother) are counted apart: the share of boys called Mahamat is not the share of fathers.
 */
export interface TermFrequencies {
  readonly given: ReadonlyMap<string, number>;
  readonly givenTotal: number;
  readonly family: ReadonlyMap<string, number>;
  readonly familyTotal: number;
}

/** Names are counted by spelling class, so Mahamat and Mohammed add to one count. */
export const frequencyKey = (token: NameToken): string => token.skeleton || token.text;

/** Counts name frequencies over one or more sets of records. */
export function countTermFrequencies(...recordSets: Iterable<PreparedRecord>[]): TermFrequencies {
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  let givenTotal = 0;
  let familyTotal = 0;
  const bump = (map: Map<string, number>, token: NameToken) => {
    const key = frequencyKey(token);
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (const records of recordSets) {
    for (const record of records) {
      const first = record.name[0];
      if (first) {
        bump(given, first);
        givenTotal++;
      }
      for (const token of record.paternalLine) {
        bump(family, token);
        familyTotal++;
      }
      for (const token of record.motherLine) {
        bump(family, token);
        familyTotal++;
      }
    }
  }
  return { given, givenTotal, family, familyTotal };
}

/** Relative frequency of a token, never below one occurrence in the data. */
export function relativeFrequency(frequencies: TermFrequencies, table: 'given' | 'family', token: NameToken): number {
  const map = table === 'given' ? frequencies.given : frequencies.family;
  const total = table === 'given' ? frequencies.givenTotal : frequencies.familyTotal;
  if (total === 0) return 1;
  return Math.max(map.get(frequencyKey(token)) ?? 1, 1) / total;
}
