/** Day numbers: whole days since 1970-01-01 (UTC). Pure arithmetic, no clock. */
const MS_PER_DAY = 86_400_000;

export const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / MS_PER_DAY;

export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The calendar date of a day number. */
export function calendarDate(days: number): { year: number; month: number; day: number } {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The same calendar day `months` months later, or earlier when negative, kept within its month (31 Mar → 28 Feb). */
export function shiftMonths(days: number, months: number): number {
  const { year, month, day } = calendarDate(days);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return dayNumber(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The same calendar day `years` years and `months` months earlier (29 Feb → 28 Feb). */
export const shiftBack = (days: number, years: number, months = 0): number => shiftMonths(days, -(years * 12 + months));

/** ISO form of a day number, for messages and explanations. */
export function isoDate(days: number): string {
  const { year, month, day } = calendarDate(days);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
