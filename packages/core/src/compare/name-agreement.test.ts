import { describe, expect, it } from 'vitest';
import { parseName } from '../normalize/name/parse-name.ts';
import { NameAgreement, type NameToken } from '../normalize/name/types.ts';
import { NameAgreementCache } from './name-agreement.ts';

const token = (name: string): NameToken => parseName(name).tokens[0]!;

/** Counts as a caseload would give them, by canonical spelling. */
const counted = (counts: Record<string, number>) => ({ count: (t: NameToken) => counts[t.canonical] ?? 0, impliedSex: () => null });

describe('NameAgreementCache: names and typos told apart by the data', () => {
  it('grades a one-consonant slip close without counts', () => {
    const cache = new NameAgreementCache();
    expect(cache.agreement(token('Haroun'), token('Hassan'))).toBe(NameAgreement.CLOSE);
    expect(cache.agreement(token('Mahannat'), token('Mohammed'))).toBe(NameAgreement.CLOSE);
  });

  it('grades the slip between two common names weak, and a rare misspelling still close', () => {
    const cache = new NameAgreementCache(counted({ harun: 1174, hasan: 322, mahanat: 2, mohamed: 2700 }));
    expect(cache.agreement(token('Haroun'), token('Hassan'))).toBe(NameAgreement.WEAK);
    expect(cache.agreement(token('Hassan'), token('Haroun'))).toBe(NameAgreement.WEAK);
    expect(cache.agreement(token('Mahannat'), token('Mohammed'))).toBe(NameAgreement.CLOSE);
    // A misspelling seen often in a large caseload is still far rarer than its name.
    const large = new NameAgreementCache(counted({ mahanat: 40, mohamed: 27000 }));
    expect(large.agreement(token('Mahannat'), token('Mohammed'))).toBe(NameAgreement.CLOSE);
  });

  it('keeps every other rule whatever the counts', () => {
    // Both common, but one name in two transliterations, or a dropped letter: not a consonant slip.
    const cache = new NameAgreementCache(counted({ mohamed: 2700, mahamat: 7879, brahim: 825, ibrahim: 521 }));
    expect(cache.agreement(token('Mahamat'), token('Mohamed'))).toBe(NameAgreement.EQUIVALENT);
    expect(cache.agreement(token('Brahim'), token('Ibrahim'))).toBe(NameAgreement.CLOSE);
  });
});
