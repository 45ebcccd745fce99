import { fail, ok, type Result } from '../../errors/result.ts';
import { asciiDigits } from '../name/arabic.ts';
import { shiftBack } from './day.ts';
import type { DayInterval } from './types.ts';

/** Older than this, the person sought is not a child and the value is more likely a typo. */
export const MAX_CHILD_AGE = 30;

type AgeError = 'age.unparseable' | 'age.out_of_range';

const APPROXIMATE = /(~|≈|\?|±|\+\/-|\babout\b|\baround\b|\bapprox\w*\.?|\bcirca\b|\bca\.|\benv(iron)?\b\.?|\bvers\b|\bpres de\b|\bpresque\b|\bestimated\b|\best\.)/;
const MONTHS = /\b(mois|months?|mos?|mths?)\b/;
const YEARS = /\b(ans?|années?|annees?|years?|yrs?|y|a)\b/;

export interface ParsedAge {
  /** Youngest and oldest age meant, in years (fractions for months). */
  readonly youngest: number;
  readonly oldest: number;
  readonly approximate: boolean;
  readonly unit: 'years' | 'months';
}

/** Reads "7", "~7", "about 7", "environ 7 ans", "6-8", "6 à 8 ans", "8 mois", "7.5". */
export function readAge(input: string): Result<ParsedAge, AgeError> {
  const text = asciiDigits(input)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/,/g, '.')
    .trim();
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const leftover = text
    .replace(new RegExp(APPROXIMATE.source, 'g'), ' ')
    .replace(new RegExp(MONTHS.source, 'g'), ' ')
    .replace(new RegExp(YEARS.source, 'g'), ' ')
    .replace(/\d+(?:\.\d+)?/g, ' ')
    .replace(/\b(to|a|et|and|or|ou)\b|[-–/]/g, ' ')
    .trim();
  if (numbers.length === 0 || numbers.length > 2 || leftover.length > 0) {
    return fail('age.unparseable', `${input.slice(0, 40)} is not an age (expected e.g. 7, ~7, 6-8, "8 mois")`);
  }
  const unit = MONTHS.test(text) ? 'months' : 'years';
  const [a, b = a] = numbers as [number, number?];
  const youngest = Math.min(a, b!);
  const oldest = Math.max(a, b!);
  const inYears = unit === 'months' ? oldest / 12 : oldest;
  if (inYears > MAX_CHILD_AGE) {
    return fail('age.out_of_range', `${input.slice(0, 40)}: an age over ${MAX_CHILD_AGE} is not a child's`);
  }
  return ok({ youngest, oldest, approximate: APPROXIMATE.test(text), unit });
}

/**
 * The interval of possible birth dates for an age given on a date. An exact age n on day d means
 * born in (d − (n+1) years, d − n years]; an approximate one widens by a year on each side.
 *
 * @example
 * parseAge('~7', { from: dayNumber(2024, 5, 2), to: dayNumber(2024, 5, 2) })
 */
export function parseAge(input: string, asOf: DayInterval): Result<DayInterval, AgeError> {
  const age = readAge(input);
  if (!age.ok) return age;
  const { youngest, oldest, approximate, unit } = age.value;
  const slack = approximate ? (unit === 'months' ? 2 : 1) : 0;
  const toMonths = (n: number) => Math.round(unit === 'months' ? n : n * 12);
  const youngestMonths = Math.max(0, toMonths(youngest) - toMonths(slack));
  // A whole number of years covers that whole year of life; a fraction is read to the month.
  const oldestMonths = toMonths(oldest + slack) + (Number.isInteger(oldest) ? toMonths(1) : 1);
  const from = shiftBack(asOf.from, Math.floor(oldestMonths / 12), oldestMonths % 12) + 1;
  const to = shiftBack(asOf.to, Math.floor(youngestMonths / 12), youngestMonths % 12);
  return ok({ from, to: Math.max(from, to) });
}
