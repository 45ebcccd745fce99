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

/** Number words up to twenty, French and English, by value: caseworkers write small ages out. */
const NUMBER_WORDS_BY_VALUE: ReadonlyArray<readonly string[]> = [
  ['zero'], ['un', 'une', 'one'], ['deux', 'two'], ['trois', 'three'], ['quatre', 'four'], ['cinq', 'five'], ['six'],
  ['sept', 'seven'], ['huit', 'eight'], ['neuf', 'nine'], ['dix', 'ten'], ['onze', 'eleven'], ['douze', 'twelve'],
  ['treize', 'thirteen'], ['quatorze', 'fourteen'], ['quinze', 'fifteen'], ['seize', 'sixteen'], ['dix sept', 'seventeen'],
  ['dix huit', 'eighteen'], ['dix neuf', 'nineteen'], ['vingt', 'twenty'],
];
const NUMBER_WORDS: Readonly<Record<string, number>> = Object.fromEntries(NUMBER_WORDS_BY_VALUE.flatMap((words, value) => words.map((word) => [word, value])));
const NUMBER_WORD = new RegExp(`\\b(${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
const WEEKS = /\b(semaines?|sem|weeks?|wks?)\b/;
const DAYS = /\b(jours?|days?)\b/;
/** "under 5", "moins de 1 an", "<1": from birth up to that age. */
const UNDER = /^(?:<|moins d(?:e|')\s*|under|less than|below)\s*/;
/** "10+", "plus de 10", "over 10", "10 and above", "10 ans et plus": that age or older, still a child. */
const OVER = /^(?:>|plus de|over|more than|above)\s*|\s*(?:\+|and (?:above|older|over)|et plus|ou plus)$/;
/** The oldest a record about a child can mean by "10 and over". */
const OLDEST_CHILD = 17;

/** Lowercase, accents and parentheses gone, number words as digits, units apart from numbers. */
function simplifyAge(input: string): string {
  return asciiDigits(input)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .replace(/,/g, '.')
    .replace(/½/g, '.5')
    .replace(/(\d)(?=[a-z])/g, '$1 ')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/(\d) ish\b/g, '$1 ~')
    .replace(/d'un(e)?\b/g, 'de 1')
    .replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word]))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads "7", "~7", "about 7", "environ 7 ans", "6-8", "6 à 8 ans", "8 mois", "7.5", "7 ans et
 * demi", "sept ans", "7yrs", "3 semaines", "7 ± 1", "moins de 1 an", "10+".
 */
export function readAge(input: string): Result<ParsedAge, AgeError> {
  let text = simplifyAge(input);
  const unparseable = fail('age.unparseable', `${input.slice(0, 40)} is not an age (expected e.g. 7, ~7, 6-8, "8 mois")`);
  // "7 ans et demi", "7 and a half": a half year more.
  const half = /\s*(?:et demie?|and a half|and half)\b/.exec(text);
  if (half) text = text.replace(half[0], '');
  const plusMinus = /^(\d+(?:\.\d+)?)\s*(?:±|\+\/-|\+-)\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(text);
  const under = !plusMinus && UNDER.exec(text);
  const over = !plusMinus && !under && OVER.exec(text);
  if (plusMinus) text = `${plusMinus[1]} ${plusMinus[3]}`;
  if (under) text = text.replace(under[0], '');
  if (over) text = text.replace(over[0], ' ').trim();
  const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const leftover = text
    .replace(new RegExp(APPROXIMATE.source, 'g'), ' ')
    .replace(new RegExp(MONTHS.source, 'g'), ' ')
    .replace(new RegExp(YEARS.source, 'g'), ' ')
    .replace(new RegExp(WEEKS.source, 'g'), ' ')
    .replace(new RegExp(DAYS.source, 'g'), ' ')
    .replace(/\d+(?:\.\d+)?/g, ' ')
    .replace(/\b(to|a|et|and|or|ou|old)\b|[-–/]/g, ' ')
    .trim();
  if (numbers.length === 0 || numbers.length > 2 || leftover.length > 0) return unparseable;
  if ((half || plusMinus || under || over) && numbers.length > 1) return unparseable;
  // Weeks and days are read as fractions of a month.
  const perMonth = WEEKS.test(text) ? 4.345 : DAYS.test(text) ? 30.44 : 1;
  const unit = perMonth !== 1 || MONTHS.test(text) ? 'months' : 'years';
  const values = numbers.map((n) => n / perMonth + (half ? 0.5 : 0));
  const [a, b = a] = values as [number, number?];
  let youngest = Math.min(a, b!);
  let oldest = Math.max(a, b!);
  if (plusMinus) {
    youngest = Math.max(0, a - Number(plusMinus[2]));
    oldest = a + Number(plusMinus[2]);
  }
  if (under) {
    // "under 5" is 0 to 4 whole years; "moins de 1 an" the first year of life.
    youngest = 0;
    oldest = Number.isInteger(a) && a >= 1 ? a - 1 : a;
  }
  if (over) oldest = Math.max(a, unit === 'years' ? OLDEST_CHILD : a);
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
  // Whole months, rounded down: a fraction ("7.5", "3 semaines") is read to the month it falls in.
  const toMonths = (n: number) => Math.floor((unit === 'months' ? n : n * 12) + 1e-9);
  const youngestMonths = Math.max(0, toMonths(youngest) - toMonths(slack));
  // A whole number of years covers that whole year of life; a fraction is read to the month.
  const oldestMonths = toMonths(oldest + slack) + (Number.isInteger(oldest) ? toMonths(1) : 1);
  const from = shiftBack(asOf.from, Math.floor(oldestMonths / 12), oldestMonths % 12) + 1;
  const to = shiftBack(asOf.to, Math.floor(youngestMonths / 12), youngestMonths % 12);
  return ok({ from, to: Math.max(from, to) });
}
