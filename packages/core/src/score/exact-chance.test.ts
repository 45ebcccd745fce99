import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../normalize/record.ts';
import { sameBirthDayChance } from './exact-chance.ts';

const child = (id: string, birth: { date_of_birth?: string; age?: string }) =>
  prepareRecord({ id, kind: 'child', full_name: 'Amina Issa', registered_on: '2024-03-01', ...birth });

describe('sameBirthDayChance', () => {
  it('counts the pairs born on the same day among those both stating a birth', () => {
    const left = [child('l1', { date_of_birth: '2015-07-01' }), child('l2', { date_of_birth: '2016-05-03' }), child('l3', { age: '7' }), child('l4', {})];
    const right = [child('r1', { date_of_birth: '01/07/2015' }), child('r2', { date_of_birth: '2015-07-01' }), child('r3', { date_of_birth: '2015' }), child('r4', { age: '9' })];
    // Left: three state a birth; right: four. Same day: l1 with r1 and r2.
    expect(sameBirthDayChance(left, right, false)).toBeCloseTo(2 / 12, 10);
  });

  it('leaves out self-pairs within one set', () => {
    const records = [child('a', { date_of_birth: '2015-07-01' }), child('b', { date_of_birth: '2015-07-01' }), child('c', { date_of_birth: '2015-07-01' }), child('d', { date_of_birth: '2012-07-09' })];
    // Ordered pairs of distinct records: 12; born the same day: a, b, c with each other, 6.
    expect(sameBirthDayChance(records, records, true)).toBeCloseTo(6 / 12, 10);
  });

  it('sees a day used for unknown birthdays as common, not rare', () => {
    const defaults = Array.from({ length: 50 }, (_, i) => child(`d${i}`, { date_of_birth: `${2010 + (i % 5)}-07-01` }));
    const spread = Array.from({ length: 50 }, (_, i) => child(`s${i}`, { date_of_birth: `2012-${String(1 + (i % 12)).padStart(2, '0')}-${String(2 + (i % 27)).padStart(2, '0')}` }));
    expect(sameBirthDayChance(defaults, defaults, true)!).toBeGreaterThan(10 * sameBirthDayChance(spread, spread, true)!);
  });

  it('is null when a side states no birth at all', () => {
    expect(sameBirthDayChance([child('a', {})], [child('b', { date_of_birth: '2015-07-01' })], false)).toBeNull();
  });
});
