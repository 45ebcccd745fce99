import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameToken } from '../normalize/name/index.ts';
import { NameAgreement } from '../normalize/name/types.ts';
import { NameAgreementCache } from './name-agreement.ts';
import { typoCorrections } from './typo-corrections.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('typoCorrections', () => {
  it('reads a rare spelling as the common one a slip away: deleted, doubled, swapped or wrong letter', () => {
    const corrections = typoCorrections(counts({ achta: 400, ahcta: 1, mohammed: 2500, mihammed: 1, mouusa: 2, moussa: 1900, abdullh: 1, abdullah: 360 }));
    expect(corrections.get('ahcta')).toBe('achta'); // swapped
    expect(corrections.get('mihammed')).toBe('mohammed'); // wrong letter
    expect(corrections.get('mouusa')).toBe('moussa'); // doubled
    expect(corrections.get('abdullh')).toBe('abdullah'); // deleted
    expect(corrections.has('achta')).toBe(false);
  });

  it('leaves names alone: spellings less than ten times apart in count, one far from any, short words, rare near rare', () => {
    const corrections = typoCorrections(counts({ haroun: 1100, hassan: 320, fatima: 900, fatime: 120, zebulon: 1, ali: 900, adi: 1, sidra: 2, sidrat: 9 }));
    expect(corrections.size).toBe(0);
    // A three-letter word only loses a letter: Aam is Adam; Adi is not Ali.
    expect(typoCorrections(counts({ adam: 1000, aam: 2, ali: 900, adi: 1 }))).toEqual(new Map([['aam', 'adam']]));
    // Ten times as often is a slip, whatever the rarer spelling's own count.
    expect(typoCorrections(counts({ fatima: 1200, fatime: 120 })).get('fatime')).toBe('fatima');
  });

  it('takes the more common of two spellings a slip away', () => {
    expect(typoCorrections(counts({ fatima: 900, fatime: 1200, fatimz: 1 })).get('fatimz')).toBe('fatime');
    expect(typoCorrections(counts({ fatima: 900, fatime: 1200, fatimz: 1 })).has('fatima')).toBe(false);
  });

  it('only ever corrects to a spelling one edit away, seen at least ten times as often', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.stringMatching(/^[a-z]{3,8}$/), fc.integer({ min: 1, max: 50 })), (entries) => {
        const spellings = new Map(Object.entries(entries));
        for (const [rare, common] of typoCorrections(spellings)) {
          expect(spellings.get(common)!).toBeGreaterThanOrEqual(10 * spellings.get(rare)!);
          expect(rare).not.toBe(common);
        }
      }),
    );
  });
});

describe('agreement with typo corrections', () => {
  const knowing = (corrections: Record<string, string>) =>
    new NameAgreementCache({ count: () => 0, impliedSex: () => null, corrections: new Map(Object.entries(corrections)) });

  it('finds a misspelt name one typo from an equivalent spelling, in either order', () => {
    // Ahcta is Achta (the Chadian Aïcha) with two letters swapped: no spelling rule reaches Aisha.
    expect(new NameAgreementCache().agreement(nameToken('ahcta'), nameToken('aisha'))).toBe(NameAgreement.DIFFERENT);
    const cache = knowing({ ahcta: 'achta' });
    expect(cache.agreement(nameToken('ahcta'), nameToken('aisha'))).toBe(NameAgreement.CLOSE);
    expect(cache.agreement(nameToken('aisha'), nameToken('ahcta'))).toBe(NameAgreement.CLOSE);
  });

  it('never grades a corrected pair above close, nor lifts a pair the correction does not make equivalent', () => {
    const cache = knowing({ ahcta: 'achta' });
    expect(cache.agreement(nameToken('ahcta'), nameToken('achta'))).toBe(NameAgreement.CLOSE);
    expect(cache.agreement(nameToken('ahcta'), nameToken('moussa'))).toBe(NameAgreement.DIFFERENT);
  });
});
