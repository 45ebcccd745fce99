import { nameTokenKeys, nameTokenTypoKeys } from '../normalize/name/index.ts';
import type { NameToken } from '../normalize/name/types.ts';
import { placeKeys } from '../normalize/place/index.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import type { BirthEvidence } from '../normalize/date/index.ts';

const DAYS_PER_YEAR = 365.2425;
/** Birth-year buckets are two years wide and each interval is widened by half a year, so an age
 * off by a year still meets the date of birth in at least one bucket. */
const YEAR_BUCKET = 2;
const BIRTH_SLACK_DAYS = 183;
/** Intervals wider than this (an age given as "5-12") say too little to block on. */
const MAX_BUCKETS = 4;

function birthBuckets(birth: BirthEvidence | null): number[] {
  if (!birth) return [];
  const fromYear = 1970 + (birth.interval.from - BIRTH_SLACK_DAYS) / DAYS_PER_YEAR;
  const toYear = 1970 + (birth.interval.to + BIRTH_SLACK_DAYS) / DAYS_PER_YEAR;
  const first = Math.floor(fromYear / YEAR_BUCKET);
  const last = Math.floor(toYear / YEAR_BUCKET);
  if (last - first + 1 > MAX_BUCKETS) return [];
  const buckets: number[] = [];
  for (let b = first; b <= last; b++) buckets.push(b);
  return buckets;
}

const keysOf = (tokens: readonly NameToken[]): string[] => tokens.flatMap((t) => nameTokenKeys(t));

/**
 * Candidate-generation keys of a record. Two records that describe the same child should share
 * several keys even when names are spelled differently, one part of the chain is missing, or the
 * given name is garbled: single-token keys for rare names, and compound keys (given name with
 * father's line, birth years, mother, origin; father's line with mother) that stay selective
 * when the given name is very common.
 */
export function blockingKeys(record: PreparedRecord): string[] {
  const keys = new Set<string>();
  const givens = [record.name[0], ...record.aliases.map((a) => a[0])].filter((t): t is NameToken => !!t);
  const givenKeys = [...new Set(keysOf(givens))];
  const givenTypoKeys = [...new Set(givens.flatMap((t) => nameTokenTypoKeys(t)))];
  const lineKeys = [...new Set(keysOf(record.paternalLine))];
  const motherKeys = [...new Set(keysOf(record.motherLine.slice(0, 1)))];
  // Origin and place of separation: requests often know only where the child was lost.
  const places = [...new Set([record.origin, record.separationPlace].flatMap((place) => (place ? placeKeys(place) : [])))];

  const nameTokens = [...record.name, ...record.aliases.flat()];
  for (const key of keysOf(nameTokens)) keys.add(`n:${key}`);
  // Unordered pairs of names: survive a chain written in another order ("Ugeti Jean-Pierre"), a
  // given name swapped with the father's, and a request that gives only the child's first name
  // next to the requester's own chain.
  const skeletonOf = (t: NameToken) => t.skeleton || t.canonical;
  const pairSkeletons = nameTokens.slice(0, 4).map(skeletonOf);
  const withLine = [...pairSkeletons, ...record.paternalLine.map(skeletonOf)];
  pairSkeletons.forEach((a, i) => {
    // A name may repeat in a chain (Mahamat Mahamat): pairs are of positions, not of spellings.
    withLine.forEach((b, j) => {
      if (i !== j) keys.add(a < b ? `nn:${a}|${b}` : `nn:${b}|${a}`);
    });
  });
  // The father's own names together, as a request filed by the father (or naming him) gives them
  // while the child's record carries them in its chain: "Mohamed Abdulkarim" finds "Zara Mahamat
  // Abdelkerim" when the request knows the child only as "Zahra".
  const line = record.paternalLine.slice(0, 3).map(skeletonOf);
  line.forEach((a, i) => {
    for (let j = i + 1; j < line.length; j++) {
      const b = line[j]!;
      keys.add(a < b ? `nn:${a}|${b}` : `nn:${b}|${a}`);
    }
  });
  // The mother's own two names, and the child's names with the mother's: they find a child whose
  // request came from the mother and gives little else.
  const mother = record.motherLine.slice(0, 2).map(skeletonOf);
  if (mother.length === 2) keys.add(`mm:${[...mother].sort().join('|')}`);
  if (mother[0]) for (const a of pairSkeletons.slice(0, 2)) keys.add(`nm:${a}|${mother[0]}`);
  for (const g of givenKeys) {
    for (const m of motherKeys) keys.add(`gm:${g}|${m}`);
    for (const p of places) keys.add(`gp:${g}|${p}`);
  }
  const buckets = birthBuckets(record.birth);
  for (const g of givenTypoKeys) for (const y of buckets) keys.add(`gy:${g}|${y}`);
  // A request often knows where the child was lost but not when it was born: the misspelt given
  // name ("Fatoumsta") also meets its child through the place of separation. Not the origin too:
  // each place adds as many keys as the name has consonants.
  const lostAt = record.separationPlace ? placeKeys(record.separationPlace) : [];
  for (const g of givenTypoKeys) for (const p of lostAt) keys.add(`gp:${g}|${p}`);
  for (const l of lineKeys) for (const m of motherKeys) keys.add(`lm:${l}|${m}`);
  // A full date of birth, and its day/month swap: a few children per day even in a large
  // caseload, and it meets a child whose names were all written too differently to share a key.
  const birth = record.birth;
  if (birth?.precision === 'day') {
    keys.add(`bd:${birth.interval.from}`);
    if (birth.swapped) keys.add(`bd:${birth.swapped.from}`);
  }
  return [...keys];
}

/**
 * What a key says beyond the query's other keys of the same kind: the given name's typo variants
 * in one birth bucket, a name and its shortened form, a given name's spellings with one mother or
 * place, one name of the father's line with the mother's spellings. A record sharing a name
 * spelled exactly as the query meets every variant; one spelled differently meets one. Counted in
 * full, the variants would rank a namesake above the child whose name is misspelled but whose
 * other fields agree.
 */
function keyGroup(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  switch (kind) {
    case 'n':
      // A skeleton ("n:mhmd") and the same skeleton less its last letter ("n:mhm~"): one name.
      return key.slice(0, -1);
    case 'gy':
    case 'gm':
    case 'gp':
      return `${kind}:${key.slice(key.indexOf('|') + 1)}`;
    case 'lm':
      // One name of the father's line ("mhmd" and "mhm~": its skeleton less its last letter, as
      // for "n") with every spelling of the mother's name: one piece of evidence.
      return `${kind}:${key.slice(colon + 1, key.indexOf('|') - 1)}`;
    default:
      return key;
  }
}

/** A weight factor per key: 1/√k for each of the k keys of one group (see `keyGroup`). */
export function keyShares(keys: readonly string[]): number[] {
  const groups = keys.map(keyGroup);
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group, (counts.get(group) ?? 0) + 1);
  return groups.map((group) => 1 / Math.sqrt(counts.get(group)!));
}
