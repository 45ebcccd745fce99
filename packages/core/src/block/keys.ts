import { nameTokenKeys } from '../normalize/name/index.ts';
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
  const lineKeys = [...new Set(keysOf(record.paternalLine))];
  const motherKeys = [...new Set(keysOf(record.motherLine.slice(0, 1)))];
  const places = record.origin ? placeKeys(record.origin) : [];

  for (const key of keysOf([...record.name, ...record.aliases.flat()])) keys.add(`n:${key}`);
  for (const g of givenKeys) {
    for (const l of lineKeys) keys.add(`gl:${g}|${l}`);
    for (const y of birthBuckets(record.birth)) keys.add(`gy:${g}|${y}`);
    for (const m of motherKeys) keys.add(`gm:${g}|${m}`);
    for (const p of places) keys.add(`gp:${g}|${p}`);
  }
  for (const l of lineKeys) for (const m of motherKeys) keys.add(`lm:${l}|${m}`);
  return [...keys];
}
