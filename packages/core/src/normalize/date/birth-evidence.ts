import { fail, ok, type Result } from '../../errors/result.ts';
import { parseAge } from './parse-age.ts';
import { parseDate } from './parse-date.ts';
import type { DatePrecision, DayInterval } from './types.ts';

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
