import type { BirthEvidence } from '../normalize/date/birth-evidence.ts';
import type { DayInterval, ParsedDate } from '../normalize/date/types.ts';

/** Birth agreement levels, best first (see FIELDS.birth). */
export const BirthAgreement = { EXACT: 0, NARROW_OVERLAP: 1, OVERLAP: 2, SWAPPED: 3, WITHIN_1Y: 4, WITHIN_3Y: 5, DIFFERENT: 6 } as const;
export type BirthAgreement = (typeof BirthAgreement)[keyof typeof BirthAgreement];

/** Separation-date agreement levels, best first (see FIELDS.separation_date). */
export const DateAgreement = { OVERLAP: 0, WITHIN_3M: 1, WITHIN_1Y: 2, DIFFERENT: 3 } as const;
export type DateAgreement = (typeof DateAgreement)[keyof typeof DateAgreement];

const NARROW_DAYS = 400;
const width = (i: DayInterval): number => i.to - i.from + 1;

/** Days between two intervals; 0 when they overlap. */
export function gapDays(a: DayInterval, b: DayInterval): number {
  return Math.max(0, Math.max(a.from, b.from) - Math.min(a.to, b.to));
}

/**
 * Graded agreement of two birth intervals: an age "~7" and a birth year agree when the intervals
 * overlap; a day/month swap is recognised; otherwise the gap decides.
 */
export function compareBirth(a: BirthEvidence, b: BirthEvidence): BirthAgreement {
  const gap = gapDays(a.interval, b.interval);
  if (gap === 0) {
    const sameDay = a.precision === 'day' && b.precision === 'day' && a.interval.from === b.interval.from;
    if (sameDay) return BirthAgreement.EXACT;
    // Two births known to within a year that meet say more than an age range "6-8" that does.
    return width(a.interval) <= NARROW_DAYS && width(b.interval) <= NARROW_DAYS ? BirthAgreement.NARROW_OVERLAP : BirthAgreement.OVERLAP;
  }
  if ((a.swapped && gapDays(a.swapped, b.interval) === 0) || (b.swapped && gapDays(a.interval, b.swapped) === 0)) {
    return BirthAgreement.SWAPPED;
  }
  const nearest = Math.min(gap, a.swapped ? gapDays(a.swapped, b.interval) : gap, b.swapped ? gapDays(a.interval, b.swapped) : gap);
  if (nearest <= 366) return BirthAgreement.WITHIN_1Y;
  if (nearest <= 3 * 366) return BirthAgreement.WITHIN_3Y;
  return BirthAgreement.DIFFERENT;
}

/** Graded agreement of two (partial) dates, such as dates of separation. */
export function compareDates(a: ParsedDate, b: ParsedDate): DateAgreement {
  // Either reading of an ambiguous day/month may be the right one: take the nearer.
  const gap = Math.min(
    gapDays(a.interval, b.interval),
    a.swapped ? gapDays(a.swapped, b.interval) : Infinity,
    b.swapped ? gapDays(a.interval, b.swapped) : Infinity,
  );
  if (gap === 0) return DateAgreement.OVERLAP;
  if (gap <= 92) return DateAgreement.WITHIN_3M;
  if (gap <= 366) return DateAgreement.WITHIN_1Y;
  return DateAgreement.DIFFERENT;
}
