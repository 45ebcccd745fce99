import { describe, expect, it } from 'vitest';
import { prepareRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { blockingKeys, keyShares } from './keys.ts';

const shared = (a: RawRecord, b: RawRecord): string[] => {
  const keys = new Set(blockingKeys(prepareRecord(a)));
  return blockingKeys(prepareRecord(b)).filter((k) => keys.has(k));
};

describe('blocking keys', () => {
  it('let a full date of birth, or its day/month swap, meet a child whose names share no key', () => {
    // Abdullah / Abdouahmat: the given names are too far apart to share a key, and the chain is
    // the father's names in one record and the child's in the other.
    const request: RawRecord = { id: 'r', full_name: 'Abdullah', date_of_birth: '2013-01-16', requester_name: 'Ahmat Yahya', requester_relationship: 'father' };
    const child: RawRecord = { id: 'c', full_name: 'Abdouahmat Yaya', date_of_birth: '16/01/2013' };
    expect(shared(request, child).filter((key) => key.startsWith('bd:'))).toHaveLength(1);
    expect(shared(request, { ...child, date_of_birth: '01/16/2013' }).some((key) => key.startsWith('bd:'))).toBe(true);
    expect(shared({ ...request, date_of_birth: '2013-02-03' }, { ...child, date_of_birth: '02/03/2013' }).some((key) => key.startsWith('bd:'))).toBe(true);
    // A year, a month or an age says too little to block on alone.
    expect(blockingKeys(prepareRecord({ ...request, date_of_birth: '2013-01' })).some((key) => key.startsWith('bd:'))).toBe(false);
    expect(blockingKeys(prepareRecord({ ...request, date_of_birth: undefined, age: '11', age_as_of: '2024-06-01' })).some((key) => key.startsWith('bd:'))).toBe(false);
  });

  it('lets a misspelt given name with no birth date meet its child through the place of separation', () => {
    const request: RawRecord = { id: 'r', full_name: 'Fatoumsta', place_of_separation: 'Douentza, Mopti Region, Mali', requester_name: 'Ibrahima Kassogue', requester_relationship: 'father' };
    const child: RawRecord = { id: 'c', full_name: 'Fatoumata Kassogue', age: '~6', age_as_of: '2024-01-01', place_of_separation: 'Douentza, Mopti Region' };
    expect(shared(request, child).some((key) => key.startsWith('gp:'))).toBe(true);
  });

  it('meet when one agency drops a silent first h, with nothing else shared but the origin and birth', () => {
    // Graded close (Hawa / Awa), so blocking must bring them together; before, their given-name
    // keys (h, aua) never met and the exact birth date and origin found nothing.
    const request: RawRecord = { id: 'r', full_name: 'Hawa', date_of_birth: '2008-09-29', place_of_origin: 'Bandiagara', requester_name: 'Aminata Diallo', requester_relationship: 'mother' };
    const child: RawRecord = { id: 'c', full_name: 'Awa Coulibaly', date_of_birth: '29/09/2008', place_of_origin: 'Bandiagara' };
    expect(shared(request, child).some((key) => key.startsWith('gy:') || key.startsWith('gp:'))).toBe(true);
    expect(shared({ id: 'r', full_name: 'Hassan Abakar' }, { id: 'c', full_name: 'Assane Abakar' }).some((key) => key.startsWith('nn:'))).toBe(true);
  });

  it('meet when a name contracts and its consonants close up (Mahamadou / Mamadou)', () => {
    // Skeletons never hold a doubled consonant (Mamadou: md), so neither may the one-consonant
    // deletions they are keyed with (Mahamadou: mhmd less its h is md, not mmd).
    const request: RawRecord = { id: 'r', full_name: 'TRAORÉ Mamadou', age: '9', age_as_of: '2024-06-01', place_of_separation: 'Ténenkou, Mopti' };
    const child: RawRecord = { id: 'c', full_name: 'Mahamadou Traore', date_of_birth: '10/07/2015' };
    expect(shared(request, child).some((key) => key.startsWith('gy:'))).toBe(true);
  });

  it('meet across transliterations of the child and father names', () => {
    expect(shared({ id: 'r', full_name: 'Mahamat Issa Abakar' }, { id: 'c', full_name: 'Mohammed Issa Abubakar' })).not.toEqual([]);
  });

  it("meet when a request knows only the child's first name and the father names himself", () => {
    const request: RawRecord = { id: 'r', full_name: 'Zahra', requester_name: 'Mohamed Abdulkarim Isa', requester_relationship: 'father' };
    const child: RawRecord = { id: 'c', full_name: 'ABDEL KERIM Zara Mahamat' };
    expect(shared(request, child).some((k) => k.startsWith('nn:'))).toBe(true);
  });

  it('meet when the given name lost or gained a consonant and nothing else is shared but the age', () => {
    const asOf = { age_as_of: '2024-06-01' };
    expect(shared({ id: 'r', full_name: 'Judih', age: '~14', ...asOf }, { id: 'c', full_name: 'Judith Lokua', age: '~13', ...asOf })).not.toEqual([]);
    expect(shared({ id: 'r', full_name: 'Saadia', age: '7', ...asOf }, { id: 'c', full_name: 'Saadiya Mahamat', date_of_birth: '2017-01-13' })).not.toEqual([]);
  });

  it('pair a common given name with the place of separation, which requests give more often than the origin', () => {
    const request: RawRecord = { id: 'r', full_name: 'Mahamat', place_of_separation: 'Ourang' };
    const child: RawRecord = { id: 'c', full_name: 'Mahamat Abbakar Mahamat', place_of_origin: 'Garsila', place_of_separation: 'Ourang, Wadai' };
    expect(shared(request, child).some((k) => k.startsWith('gp:'))).toBe(true);
  });

  it('meet when one agency writes th where another writes s (Uthman / Ousmane)', () => {
    expect(shared({ id: 'r', full_name: 'Uthman' }, { id: 'c', full_name: 'Ousmane' })).toContain('n:smn');
  });

  it('meet when one agency writes kh where another writes k (Khadidja / Kadija)', () => {
    expect(shared({ id: 'r', full_name: 'Kadija' }, { id: 'c', full_name: 'Khadidja' })).toContain('n:kdj');
  });

  it('meet when the child gave a short form of the name its family wrote in full (Fanta / Fatoumata)', () => {
    expect(shared({ id: 'r', full_name: 'Fatoumata Traoré', date_of_birth: '2016' }, { id: 'c', full_name: 'Fanta', age: '8', age_as_of: '2024-06-01' }).some((k) => k.startsWith('gy:'))).toBe(true);
  });

  it('do not meet for unrelated names', () => {
    expect(shared({ id: 'r', full_name: 'Espoir Ndjaza', mother_name: 'Marie Dhedonga' }, { id: 'c', full_name: 'Moussa Traoré', mother_name: 'Awa Diallo' })).toEqual([]);
  });

  it("share one weight among a name's typo variants in one birth bucket, and not across fields", () => {
    const keys = ['gy:mhmd|1007', 'gy:mhd~|1007', 'gy:mmd~|1007', 'gy:hmd~|1007', 'gy:mhmd|1008', 'n:mhmd', 'n:mhm~', 'mm:fatm|hlm'];
    const shares = keyShares(keys);
    expect(shares.slice(0, 4)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(shares[4]).toBe(1);
    for (const share of shares.slice(5, 7)) expect(share).toBeCloseTo(Math.SQRT1_2, 12);
    expect(shares[7]).toBe(1);
  });

  it("share one weight among the keys of one father's-line name with the mother's spellings", () => {
    // Mahamat (mhmd, mhm~) with Khadija (hdj, hd~) and its other rendering Kadija (kdj, kd~): one
    // name of the line with one mother, eight keys. Counted in full they outweighed a child sharing
    // two rare keys (the mother's two names, the child's name with the mother's).
    const keys = ['lm:mhmd|hdj', 'lm:mhmd|hd~', 'lm:mhmd|kdj', 'lm:mhmd|kd~', 'lm:mhm~|hdj', 'lm:mhm~|hd~', 'lm:mhm~|kdj', 'lm:mhm~|kd~', 'lm:bkr|hdj', 'lm:bk~|hdj'];
    const shares = keyShares(keys);
    for (const share of shares.slice(0, 8)) expect(share).toBeCloseTo(1 / Math.sqrt(8), 12);
    for (const share of shares.slice(8)) expect(share).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
