import type { PreparedRecord } from '../normalize/record.ts';

/**
 * The chance that a random pair of records, both stating a birth, gives the very same day of
 * birth: counted over the whole data, not sampled. Twenty thousand random pairs hold about one
 * such pair, so the sampled u of "same day" was set by the smoothing alone (about 5e-6, a weight
 * of 13 bits), and a namesake born on the same day outweighed a father's name that differs.
 * Counting also sees the days that registers use for an unknown birthday (1 July, the 1st of
 * the month; 1 January is read as the year alone, see birthEvidence), which make a shared day far
 * less telling than chance alone would.
 */
export function sameBirthDayChance(left: readonly PreparedRecord[], right: readonly PreparedRecord[], sameSet: boolean): number | null {
  const leftDays = new Map<number, number>();
  let leftStated = 0;
  for (const record of left) {
    if (!record.birth) continue;
    leftStated++;
    if (record.birth.precision === 'day') leftDays.set(record.birth.interval.from, (leftDays.get(record.birth.interval.from) ?? 0) + 1);
  }
  if (sameSet) {
    if (leftStated < 2) return null;
    let same = 0;
    for (const count of leftDays.values()) same += count * (count - 1);
    return same / (leftStated * (leftStated - 1));
  }
  let rightStated = 0;
  let same = 0;
  for (const record of right) {
    if (!record.birth) continue;
    rightStated++;
    if (record.birth.precision === 'day') same += leftDays.get(record.birth.interval.from) ?? 0;
  }
  return leftStated > 0 && rightStated > 0 ? same / (leftStated * rightStated) : null;
}
