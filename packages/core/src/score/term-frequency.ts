import type { NameToken } from '../normalize/name/types.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import type { Sex } from '../record/schema.ts';

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
  /**
   * Two names found together in one father's line ("Adam Abakar"), counted per line: sharing a
   * common pair is what cousins and namesakes do; sharing a rare one is what one family does.
   */
  readonly linePairs: ReadonlyMap<string, number>;
  readonly lines: number;
  /**
   * A given name and a name of the same record's father's line ("Kadiatou" with "Sangaré"), and
   * how many lines hold each name: names cluster by people and place, so a Malian given name and
   * a Malian family name meet far more often than their separate shares say.
   */
  readonly givenWithLine: ReadonlyMap<string, number>;
  readonly lineHolders: ReadonlyMap<string, number>;
  /**
   * Records of each stated sex per given name, by canonical spelling (Salim and Salma apart, as
   * the skeleton would not keep them): [male, female].
   */
  readonly givenSex: ReadonlyMap<string, readonly [number, number]>;
  /** Every name word as written (its normalised text), with how many times it occurs: to tell typos from names. */
  readonly spellings: ReadonlyMap<string, number>;
}

/** The key of two names counted together, in either order. */
const pairKey = (a: NameToken, b: NameToken): string => {
  const [x, y] = [frequencyKey(a), frequencyKey(b)];
  return x < y ? `${x}|${y}` : `${y}|${x}`;
};

/** Pairs are counted among the first names of a line: the father's and grandfather's. */
const PAIR_SPAN = 3;

/** Names are counted by spelling class, so Mahamat and Mohammed add to one count. */
export const frequencyKey = (token: NameToken): string => token.skeleton || token.text;

/** Counts name frequencies over one or more sets of records. */
export function countTermFrequencies(...recordSets: Iterable<PreparedRecord>[]): TermFrequencies {
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  const linePairs = new Map<string, number>();
  const givenWithLine = new Map<string, number>();
  const lineHolders = new Map<string, number>();
  const givenSex = new Map<string, [number, number]>();
  const spellings = new Map<string, number>();
  const spelt = (tokens: readonly NameToken[]) => {
    for (const token of tokens) spellings.set(token.text, (spellings.get(token.text) ?? 0) + 1);
  };
  let givenTotal = 0;
  let familyTotal = 0;
  let lines = 0;
  const countPairs = (line: readonly NameToken[]) => {
    const seen = new Set<string>();
    for (let i = 0; i < line.length && i < PAIR_SPAN; i++) {
      for (let j = i + 1; j < line.length && j < PAIR_SPAN; j++) {
        const key = pairKey(line[i]!, line[j]!);
        if (seen.has(key)) continue;
        seen.add(key);
        linePairs.set(key, (linePairs.get(key) ?? 0) + 1);
      }
    }
  };
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
        if (record.sex) {
          const counts = givenSex.get(first.canonical) ?? givenSex.set(first.canonical, [0, 0]).get(first.canonical)!;
          counts[record.sex === 'm' ? 0 : 1]++;
        }
      }
      for (const token of record.paternalLine) {
        bump(family, token);
        familyTotal++;
      }
      if (record.paternalLine.length >= 2) lines++;
      countPairs(record.paternalLine);
      const held = new Set<string>();
      for (let i = 0; i < record.paternalLine.length && i < PAIR_SPAN; i++) held.add(frequencyKey(record.paternalLine[i]!));
      for (const key of held) {
        lineHolders.set(key, (lineHolders.get(key) ?? 0) + 1);
        if (first) {
          const pair = `${frequencyKey(first)}|${key}`;
          givenWithLine.set(pair, (givenWithLine.get(pair) ?? 0) + 1);
        }
      }
      for (const token of record.motherLine) {
        bump(family, token);
        familyTotal++;
      }
      spelt(record.name);
      spelt(record.motherLine);
      spelt(record.paternalLine.filter((t) => !record.name.includes(t)));
    }
  }
  return { given, givenTotal, family, familyTotal, linePairs, lines, givenWithLine, lineHolders, givenSex, spellings };
}

/** Relative frequency of a token, never below one occurrence in the data. */
export function relativeFrequency(frequencies: TermFrequencies, table: 'given' | 'family', token: NameToken): number {
  const map = table === 'given' ? frequencies.given : frequencies.family;
  const total = table === 'given' ? frequencies.givenTotal : frequencies.familyTotal;
  if (total === 0) return 1;
  return Math.max(map.get(frequencyKey(token)) ?? 1, 1) / total;
}

/**
 * How many times more often records called `given` hold `line` in their father's line than the
 * names' separate shares say (at least 1, at most 16): the lift of the pair.
 */
export function givenLineLift(frequencies: TermFrequencies, given: NameToken, line: NameToken): number {
  const both = frequencies.givenWithLine.get(`${frequencyKey(given)}|${frequencyKey(line)}`) ?? 0;
  if (both < 2 || frequencies.givenTotal === 0) return 1;
  const withGiven = frequencies.given.get(frequencyKey(given)) ?? 0;
  const withLine = frequencies.lineHolders.get(frequencyKey(line)) ?? 0;
  if (withGiven === 0 || withLine === 0) return 1;
  return Math.min(16, Math.max(1, (both * frequencies.givenTotal) / (withGiven * withLine)));
}

/** Share of fathers' lines holding both names, never below one line in the data. */
export function linePairFrequency(frequencies: TermFrequencies, a: NameToken, b: NameToken): number {
  if (frequencies.lines === 0) return 1;
  return Math.max(frequencies.linePairs.get(pairKey(a, b)) ?? 1, 1) / frequencies.lines;
}

/** How often a name occurs as any name of a record (given, father's line, mother), by spelling class. */
export function nameCounter(frequencies: TermFrequencies): (token: NameToken) => number {
  return (token) => {
    const key = frequencyKey(token);
    return (frequencies.given.get(key) ?? 0) + (frequencies.family.get(key) ?? 0);
  };
}

/** A given name implies a sex when this share of the records stating one agree... */
const IMPLIED_SEX_SHARE = 0.95;
/** ...among at least this many: a few records say nothing about a name. */
const IMPLIED_SEX_RECORDS = 10;

/**
 * The sex a given name implies in the data being linked, or null: Salim is a boy's name and Salma
 * a girl's when nearly every record that states a sex says so. Names given to both (Nour, Adama in
 * some places) and names seen too rarely imply nothing.
 */
export function impliedSexOf(frequencies: TermFrequencies): (token: NameToken) => Sex | null {
  return (token) => {
    const counts = frequencies.givenSex.get(token.canonical);
    if (!counts) return null;
    const [male, female] = counts;
    const total = male + female;
    if (total < IMPLIED_SEX_RECORDS) return null;
    return male >= total * IMPLIED_SEX_SHARE ? 'm' : female >= total * IMPLIED_SEX_SHARE ? 'f' : null;
  };
}
