/**
 * Dates are handled as inclusive intervals of day numbers (days since 1970-01-01, UTC),
 * so a year, a month, an exact day and an age range all compare the same way.
 */
export interface DayInterval {
  readonly from: number;
  readonly to: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  readonly interval: DayInterval;
  readonly precision: DatePrecision;
  /**
   * When day and month could be read the other way round (both ≤ 12, not equal), the
   * interval of the swapped reading: a comparator may accept it at a lower level.
   */
  readonly swapped?: DayInterval;
}
