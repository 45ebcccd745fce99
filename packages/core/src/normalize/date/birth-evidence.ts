import { fail, ok, type Result } from '../../errors/result.ts';
import { parseAge } from './parse-age.ts';
import { parseDate } from './parse-date.ts';
import { calendarDate, dayNumber } from './day.ts';
import type { DatePrecision, DayInterval } from './types.ts';

/**
 * Whether a day is 1 January. Registration systems that require a full date of birth write an
 * unknown birthday as 1 January of the year given or estimated from the age (UNHCR's practice,
 * followed by many case-management databases): such a date says the year, not the day. Read as
 * a day, two unrelated children "born" on 01/01/2015 would share a birthday, the strongest
 * agreement a birth field has. A year computed from an age (the year of registration less the
 * age) is the birth year or the one after it, so the date stands for that year and the year
 * before: a child born in March 2014 and registered as 9 in February 2024 is written 01/01/2015,
 * one born in June 2013 and registered as 10 in August 2023 is written 01/01/2013. A child truly
 * born on New Year's Day loses only the same-day level.
 */
const isNewYear = (day: number): boolean => {
  const { month, day: dayOfMonth } = calendarDate(day);
  return month === 1 && dayOfMonth === 1;
};
const placeholderYears = (day: number): DayInterval => {
  const { year } = calendarDate(day);
  return { from: dayNumber(year - 1, 1, 1), to: dayNumber(year, 12, 31) };
};

/** What a record says about when the child was born. */
export interface BirthEvidence {
  readonly interval: DayInterval;
  /** 'age' when the interval comes from an age rather than a date. */
  readonly precision: DatePrecision | 'age';
  readonly swapped?: DayInterval;
  readonly approximate: boolean;
}

export interface BirthFields {
  readonly date_of_birth?: string | undefined;
  readonly age?: string | undefined;
  readonly age_as_of?: string | undefined;
  readonly registered_on?: string | undefined;
}

/**
 * Birth evidence from a record's fields: the date of birth when there is one, else the age
 * anchored on the date it was given (age_as_of, else registered_on). Null when neither is given.
 */
export function birthEvidence(fields: BirthFields): Result<BirthEvidence | null> {
  if (fields.date_of_birth) {
    const date = parseDate(fields.date_of_birth);
    if (!date.ok) return date;
    const { interval, precision, swapped } = date.value;
    if (precision === 'day' && isNewYear(interval.from)) return ok({ interval: placeholderYears(interval.from), precision: 'year', approximate: true });
    return ok({ interval, precision, approximate: false, ...(swapped ? { swapped } : {}) });
  }
  if (!fields.age) return ok(null);
  const anchorText = fields.age_as_of || fields.registered_on;
  if (!anchorText) return fail('age.unanchored', 'an age needs the date it was given (age_as_of or registered_on)', { field: 'age' });
  const anchor = parseDate(anchorText);
  if (!anchor.ok) return anchor;
  const interval = parseAge(fields.age, anchor.value.interval);
  if (!interval.ok) return interval;
  return ok({ interval: interval.value, precision: 'age', approximate: true });
}
