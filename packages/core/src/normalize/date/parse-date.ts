import { fail, ok, type Result } from '../../errors/result.ts';
import { asciiDigits } from '../name/arabic.ts';
import { calendarDate, dayNumber, daysInMonth } from './day.ts';
import type { DayInterval, ParsedDate } from './types.ts';
import { fullYear, readWrittenDate } from './written-date.ts';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

type DateError = 'date.unparseable' | 'date.impossible' | 'date.out_of_range';

const yearInterval = (y: number): DayInterval => ({ from: dayNumber(y, 1, 1), to: dayNumber(y, 12, 31) });
const monthInterval = (y: number, m: number): DayInterval => ({ from: dayNumber(y, m, 1), to: dayNumber(y, m, daysInMonth(y, m)) });
const dayInterval = (y: number, m: number, d: number): DayInterval => ({ from: dayNumber(y, m, d), to: dayNumber(y, m, d) });

const isRealDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

function checkYear(input: string, year: number): Result<null, DateError> {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail('date.out_of_range', `${input}: year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
  return ok(null);
}

/**
 * A full date given day-first (or year-first when `yearFirst`). When the written order is
 * impossible but the other is real (03/25/2015), the other is taken; when both are real and
 * differ, the other is kept as `swapped` for comparators to consider.
 */
function fullDate(input: string, year: number, first: number, second: number, yearFirst: boolean): Result<ParsedDate, DateError> {
  const [month, day] = yearFirst ? [first, second] : [second, first];
  const yearCheck = checkYear(input, year);
  if (!yearCheck.ok) return yearCheck;
  const asWritten = isRealDay(year, month, day);
  const asSwapped = isRealDay(year, day, month);
  if (!asWritten && !asSwapped) return fail('date.impossible', `${input} is not a date (no day ${day} in month ${month})`);
  if (!asWritten) return ok({ interval: dayInterval(year, day, month), precision: 'day' });
  const parsed: ParsedDate = { interval: dayInterval(year, month, day), precision: 'day' };
  return asSwapped && day !== month ? ok({ ...parsed, swapped: dayInterval(year, day, month) }) : ok(parsed);
}

function partialDate(input: string, year: number, month?: number): Result<ParsedDate, DateError> {
  const yearCheck = checkYear(input, year);
  if (!yearCheck.ok) return yearCheck;
  if (month === undefined) return ok({ interval: yearInterval(year), precision: 'year' });
  if (month < 1 || month > 12) return fail('date.impossible', `${input}: there is no month ${month}`);
  return ok({ interval: monthInterval(year, month), precision: 'month' });
}

/**
 * Reads a full or partial date: YYYY, YYYY-MM, MM/YYYY, YYYY-MM-DD (with or without a time),
 * DD/MM/YYYY (also with - or .), YYYYMMDD; Arabic-Indic digits accepted.
 *
 * @example
 * parseDate('12/03/2015') // ok: 2015-03-12, swapped reading 2015-12-03
 * parseDate('2015')       // ok: the whole year 2015
 */
export function parseDate(input: string): Result<ParsedDate, DateError> {
  let parsed = parsedDates.get(input);
  if (!parsed) {
    parsed = parseDateUncached(input);
    if (parsedDates.size >= 100_000) parsedDates.clear();
    parsedDates.set(input, parsed);
  }
  return parsed;
}

/** Dates repeat across a caseload (registration days, years of birth): each text is read once. */
const parsedDates = new Map<string, Result<ParsedDate, DateError>>();

/** Excel's day 0 is 1899-12-30; serials of 1950–2099 are the only five-digit dates a record holds. */
const EXCEL_EPOCH = dayNumber(1899, 12, 30);
const EXCEL_SERIALS = { from: dayNumber(1950, 1, 1) - EXCEL_EPOCH, to: dayNumber(2099, 12, 31) - EXCEL_EPOCH };
const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})${TIME}$`);
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);

function parseNumeric(text: string): Result<ParsedDate, DateError> | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return partialDate(text, +m[1]!);
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return partialDate(text, +m[1]!, +m[2]!);
  if ((m = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) return partialDate(text, +m[2]!, +m[1]!);
  if ((m = YEAR_FIRST.exec(text))) return fullDate(text, +m[1]!, +m[2]!, +m[3]!, true);
  if ((m = DAY_FIRST.exec(text))) return fullDate(text, fullYear(+m[3]!, m[3]!.length), +m[1]!, +m[2]!, false);
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) return fullDate(text, +m[1]!, +m[2]!, +m[3]!, true);
  if ((m = /^(\d{5})(?:\.0+)?$/.exec(text)) && +m[1]! >= EXCEL_SERIALS.from && +m[1]! <= EXCEL_SERIALS.to) {
    const day = EXCEL_EPOCH + +m[1]!;
    return ok({ interval: { from: day, to: day }, precision: 'day' });
  }
  return null;
}

function parseDateUncached(input: string): Result<ParsedDate, DateError> {
  const text = asciiDigits(input).trim();
  const numeric = parseNumeric(text);
  if (numeric) return numeric;
  const written = readWrittenDate(text, (rest) => {
    const inner = parseNumeric(rest);
    return inner?.ok ? inner.value : null;
  });
  if (written) {
    const from = calendarDate(written.interval.from).year;
    const to = calendarDate(written.interval.to).year;
    if (from < MIN_YEAR || to > MAX_YEAR) return fail('date.out_of_range', `${text}: outside ${MIN_YEAR}–${MAX_YEAR}`);
    return ok(written);
  }
  return fail('date.unparseable', `${input.slice(0, 40)} is not a date (expected e.g. 2015, 2015-03, 2015-03-12, 12/03/2015, 20150312, 12 mars 2015, vers 2015)`);
}
