import { describe, expect, it } from 'vitest';
import type { PreparedRecord } from '../normalize/record.ts';
import { CandidateIndex } from './candidate-index.ts';

const record = (id: string): PreparedRecord => ({ id }) as unknown as PreparedRecord;

describe('CandidateIndex', () => {
  it('ranks records sharing more and rarer keys first', () => {
    const index = new CandidateIndex();
    index.add(record('a'), ['common', 'rare-1']);
    index.add(record('b'), ['common']);
    index.add(record('c'), ['common', 'rare-1', 'rare-2']);
    index.add(record('d'), ['other']);
    const found = index.candidates(record('q'), { maxBlockSize: 100, limit: 10 }, ['common', 'rare-1', 'rare-2']);
    expect(found.map((p) => index.records[p]!.id)).toEqual(['c', 'a', 'b']);
  });

  it('skips oversized blocks but still finds records through selective keys', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 50; i++) index.add(record(`mahamat-${i}`), ['given:mahamat', `chain:${i}`]);
    const found = index.candidates(record('q'), { maxBlockSize: 10, limit: 10 }, ['given:mahamat', 'chain:17']);
    expect(found.map((p) => index.records[p]!.id)).toEqual(['mahamat-17']);
  });

  it('finds records added after freezing, and never returns the excluded position', () => {
    const index = new CandidateIndex();
    index.add(record('a'), ['k']);
    index.freeze();
    const b = index.add(record('b'), ['k']);
    expect(index.candidates(record('q'), { maxBlockSize: 10, limit: 10 }, ['k']).sort()).toEqual([0, b]);
    expect(index.candidates(record('q'), { maxBlockSize: 10, limit: 10, exclude: 0 }, ['k'])).toEqual([b]);
  });

  it('returns only the records the search may reach, and they do not lose their places to the others', () => {
    const index = new CandidateIndex();
    // The better-matching records belong to an agency the search may not reach.
    for (let i = 0; i < 10; i++) index.add(record(`hidden-${i}`), ['x', 'y']);
    for (let i = 0; i < 10; i++) index.add(record(`reachable-${i}`), ['x']);
    const reachable = (position: number) => index.records[position]!.id.startsWith('reachable-');
    const found = index.candidates(record('q'), { maxBlockSize: 100, limit: 5, accept: reachable }, ['x', 'y']);
    expect(found).toHaveLength(5);
    expect(found.every(reachable)).toBe(true);
  });

  it('keeps only the best candidates when more than the limit share keys', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 30; i++) index.add(record(`r${i}`), i % 3 === 0 ? ['x', 'y'] : ['x']);
    const found = index.candidates(record('q'), { maxBlockSize: 100, limit: 10 }, ['x', 'y']);
    expect(found).toHaveLength(10);
    expect(found.every((p) => p % 3 === 0)).toBe(true);
  });

  it('lets a common block rank the records other keys found, without bringing in its own', () => {
    const index = new CandidateIndex();
    for (let i = 0; i < 40; i++) index.add(record(`mahamat-${i}`), ['given:mahamat', ...(i < 3 ? ['place:adre'] : [])]);
    index.add(record('ahmat'), ['given:ahmat', 'place:adre']);
    const found = index.candidates(record('q'), { maxBlockSize: 10, limit: 2 }, ['given:mahamat', 'place:adre']);
    // Four records share the place; of them, the namesakes come first.
    expect(found.map((p) => index.records[p]!.id)).toEqual(['mahamat-0', 'mahamat-1']);
    const unranked = index.candidates(record('q'), { maxBlockSize: 10, rankingBlockSize: 10, limit: 10 }, ['given:mahamat', 'place:adre']);
    expect(unranked).toHaveLength(4);
  });

  it("weighs keys by the shares given, so one name's variants need not outweigh another field", () => {
    const index = new CandidateIndex();
    index.add(record('same-spelling'), ['v1', 'v2', 'v3', 'v4']);
    index.add(record('other-fields'), ['v1', 'mother', 'place']);
    const keys = ['v1', 'v2', 'v3', 'v4', 'mother', 'place'];
    const ids = (shares: number[]) => index.candidates(record('q'), { maxBlockSize: 10, limit: 10 }, keys, shares).map((p) => index.records[p]!.id);
    expect(ids([1, 1, 1, 1, 1, 1])).toEqual(['same-spelling', 'other-fields']);
    expect(ids([0.5, 0.5, 0.5, 0.5, 1, 1])).toEqual(['other-fields', 'same-spelling']);
  });
});
