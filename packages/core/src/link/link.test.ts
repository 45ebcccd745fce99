import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../record/schema.ts';
import type { ScoredPair } from './scored-pair.ts';
import { dedupeRecords, linkRecords, uniquePairs } from './link.ts';

const children: RawRecord[] = [
  { id: 'C1', kind: 'child', full_name: 'Mahamat Issa Abakar', sex: 'm', date_of_birth: '2016', mother_name: 'Fatimé Adoum', place_of_origin: 'Goz Beida, Sila, Tchad', place_of_separation: 'Adré', date_of_separation: '2023-06', registered_on: '2024-05-02' },
  { id: 'C2', kind: 'child', full_name: 'Adam Issa Abakar', sex: 'm', date_of_birth: '2012', mother_name: 'Fatimé Adoum', place_of_origin: 'Goz Beida, Sila, Tchad', place_of_separation: 'Adré', date_of_separation: '2023-06', registered_on: '2024-05-02' },
  { id: 'C3', kind: 'child', full_name: 'Khadidja Haroun Youssouf', sex: 'f', age: '9', registered_on: '2024-03-10', mother_name: 'Achta Mahamat', place_of_origin: 'El Geneina, West Darfur' },
  { id: 'C4', kind: 'child', full_name: 'Mahamat Ali Brahim', sex: 'm', date_of_birth: '2015-02-11', mother_name: 'Hawa Saleh', place_of_origin: 'Abéché, Ouaddaï' },
  { id: 'C5', kind: 'child', full_name: 'Jean-Pierre Lokwa', sex: 'm', age: '~10', registered_on: '2024-01-15', father_name: 'Joseph Lokwa', mother_name: 'Marie Dheda', place_of_origin: 'Djugu, Ituri' },
];

const requests: RawRecord[] = [
  // The father asks for his son: only the child's given name and his own name chain.
  { id: 'R1', kind: 'request', full_name: 'Mohammed', sex: 'm', age: '~8', age_as_of: '2024-06-01', requester_name: 'Issa Abakar', requester_relationship: 'father', mother_name: 'Fatima Adam', place_of_origin: 'Goz Beïda', place_of_separation: 'Adre' },
  // English-style spelling, surname first in capitals.
  { id: 'R2', kind: 'request', full_name: 'HAROUN Khadija', sex: 'f', date_of_birth: '2015', mother_name: 'Aisha Mohammed', place_of_origin: 'Geneina', requester_name: 'Aisha Mohammed', requester_relationship: 'mother' },
  { id: 'R3', kind: 'request', full_name: 'Jean Pierre Lokwa', sex: 'm', date_of_birth: '2014', requester_name: 'Joseph Lokwa', requester_relationship: 'father', place_of_origin: 'Djugu' },
];

describe('linkRecords', () => {
  const result = linkRecords(requests, children, { top: 3, train: false });
  const best = (id: string) => result.pairs.filter((p) => p.leftId === id)[0];

  it('ranks the true child first for each request, ahead of the sibling', () => {
    expect(best('R1')?.rightId).toBe('C1');
    expect(best('R2')?.rightId).toBe('C3');
    expect(best('R3')?.rightId).toBe('C5');
    const r1 = result.pairs.filter((p) => p.leftId === 'R1');
    const sibling = r1.find((p) => p.rightId === 'C2');
    if (sibling) expect(sibling.score).toBeLessThan(best('R1')!.score);
  });

  it('lists candidates best first with scores in [0, 1] and a band that follows the score', () => {
    for (const id of ['R1', 'R2', 'R3']) {
      const scores = result.pairs.filter((p) => p.leftId === id).map((p) => p.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    for (const pair of result.pairs) {
      expect(pair.score).toBeGreaterThanOrEqual(0);
      expect(pair.score).toBeLessThanOrEqual(1);
    }
  });

  it('explains the evidence with the values compared', () => {
    const pair = best('R1')!;
    expect(pair.summary).toMatch(/given name/);
    expect(pair.summary).toMatch(/Issa Abakar/);
    const given = pair.evidence.find((e) => e.field === 'given_name')!;
    expect(given.weight).toBeGreaterThan(0);
    expect([given.left, given.right]).toEqual(['Mohammed', 'Mahamat'].map((n) => expect.stringMatching(new RegExp(n.slice(0, 2), 'i'))));
  });

  it('keeps the starting model when there are too few records to estimate one', () => {
    const small = linkRecords(requests, children, { top: 3, seed: 3 });
    expect(small.stats.trained).toBe(false);
    expect(small.model.trainedOn).toBeUndefined();
    expect(small.pairs.find((p) => p.leftId === 'R1')?.rightId).toBe('C1');
  });
});

describe('dedupeRecords', () => {
  it('finds a child registered twice by two agencies, once per pair', () => {
    const twice: RawRecord[] = [
      ...children,
      { id: 'C1-bis', kind: 'child', full_name: 'Mouhammad Issa Abakar', sex: 'm', date_of_birth: '2016-04', mother_name: 'Fatime Adoum', place_of_origin: 'Goz Beida' },
    ];
    const { pairs } = dedupeRecords(twice, { top: 3, train: false });
    const top = [...pairs].sort((a, b) => b.score - a.score)[0]!;
    expect([top.leftId, top.rightId].sort()).toEqual(['C1', 'C1-bis']);
    const keys = pairs.map((p) => [p.leftId, p.rightId].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('uniquePairs', () => {
  const pair = (leftId: string, rightId: string, score: number): ScoredPair => ({ leftId, rightId, score, band: score >= 0.9 ? 'likely' : score >= 0.4 ? 'possible' : 'unlikely', summary: `${leftId}-${rightId}`, evidence: [] });

  it('keeps each unordered pair once, with the lower of the scores its two sides gave it', () => {
    // A sees B as its only look-alike; B also sees its sister C, so it is less sure of A.
    const unique = uniquePairs([pair('A', 'B', 0.97), pair('B', 'C', 0.3), pair('B', 'A', 0.62), pair('C', 'B', 0.35)]);
    expect(unique.map((p) => [p.leftId, p.rightId, p.score, p.band])).toEqual([
      ['A', 'B', 0.62, 'possible'],
      ['B', 'C', 0.3, 'unlikely'],
    ]);
  });
});
