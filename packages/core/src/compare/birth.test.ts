import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { birthEvidence, type BirthEvidence } from '../normalize/date/birth-evidence.ts';
import { parseDate } from '../normalize/date/parse-date.ts';
import { BirthAgreement, DateAgreement, compareBirth, compareDates } from './birth.ts';

const evidence = (fields: Parameters<typeof birthEvidence>[0]): BirthEvidence => {
  const r = birthEvidence(fields);
  if (!r.ok || !r.value) throw new Error('no evidence');
  return r.value;
};
const dob = (date: string) => evidence({ date_of_birth: date });

describe('compareBirth', () => {
  it('grades births as intervals, not exact equality', () => {
    expect(compareBirth(dob('12/03/2015'), dob('2015-03-12'))).toBe(BirthAgreement.EXACT);
    expect(compareBirth(dob('2015'), dob('12/03/2015'))).toBe(BirthAgreement.NARROW_OVERLAP);
    expect(compareBirth(evidence({ age: '~7', age_as_of: '2024-05-02' }), dob('2016-08-01'))).toBe(BirthAgreement.OVERLAP);
    expect(compareBirth(dob('03/04/2016'), dob('2016-04-03'))).toBe(BirthAgreement.EXACT);
    expect(compareBirth(dob('03/05/2016'), dob('2016-03-05'))).toBe(BirthAgreement.SWAPPED);
    expect(compareBirth(dob('2015'), dob('2016-06'))).toBe(BirthAgreement.WITHIN_1Y);
    expect(compareBirth(dob('2015'), dob('2017'))).toBe(BirthAgreement.WITHIN_3Y);
    expect(compareBirth(dob('2010'), dob('2018'))).toBe(BirthAgreement.DIFFERENT);
  });

  it('takes 1 January for an unknown birthday: the years agree, the day says nothing', () => {
    // Two registrations written the same placeholder day are two children of about the same age.
    expect(compareBirth(dob('01/01/2015'), dob('2015-01-01'))).toBe(BirthAgreement.OVERLAP);
    // The date the parent remembers lies in that year, or the year before (a year computed from an age).
    expect(compareBirth(dob('01/01/2015'), dob('2015-06-10'))).toBe(BirthAgreement.OVERLAP);
    expect(compareBirth(dob('01/01/2015'), dob('2014-03-01'))).toBe(BirthAgreement.OVERLAP);
    expect(compareBirth(dob('01/01/2015'), dob('2016-03-01'))).toBe(BirthAgreement.WITHIN_1Y);
    expect(compareBirth(dob('02/01/2015'), dob('2015-01-02'))).toBe(BirthAgreement.EXACT);
  });

  it('is symmetric, and narrowing one interval toward the other never worsens the level', () => {
    const day = fc.integer({ min: 14_000, max: 20_000 });
    const interval = fc.tuple(day, fc.integer({ min: 0, max: 2_000 })).map(([from, width]) => ({ from, to: from + width }));
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const ea: BirthEvidence = { interval: a, precision: 'age', approximate: true };
        const eb: BirthEvidence = { interval: b, precision: 'age', approximate: true };
        const level = compareBirth(ea, eb);
        const mid = Math.round((b.from + b.to) / 2);
        const toward = a.to < b.from ? { from: a.from, to: Math.min(mid, b.from + 1) } : a;
        return level === compareBirth(eb, ea) && compareBirth({ ...ea, interval: toward }, eb) <= level;
      }),
    );
  });
});

describe('compareDates', () => {
  const date = (s: string) => {
    const r = parseDate(s);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  it('grades separation dates', () => {
    expect(compareDates(date('2023-06'), date('15/06/2023'))).toBe(DateAgreement.OVERLAP);
    expect(compareDates(date('2023-06'), date('2023-08'))).toBe(DateAgreement.WITHIN_3M);
    expect(compareDates(date('2023-01'), date('2023-10'))).toBe(DateAgreement.WITHIN_1Y);
    expect(compareDates(date('2019'), date('2023'))).toBe(DateAgreement.DIFFERENT);
  });
});
