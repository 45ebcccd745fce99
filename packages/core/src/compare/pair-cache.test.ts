import { describe, expect, it } from 'vitest';
import { PAIR_ID_LIMIT, PairCache } from './pair-cache.ts';

describe('PairCache', () => {
  it('returns what was stored, in either order of the pair, and -1 for pairs never stored', () => {
    const cache = new PairCache(8);
    cache.store(3, 1_000_000, 5);
    cache.store(1_000_000, 7, 0);
    expect(cache.lookup(3, 1_000_000)).toBe(5);
    expect(cache.lookup(1_000_000, 3)).toBe(5);
    expect(cache.lookup(7, 1_000_000)).toBe(0);
    expect(cache.lookup(3, 7)).toBe(-1);
  });

  it('keeps every level from 0 to 126 and the largest cacheable id intact', () => {
    const cache = new PairCache(10);
    const big = PAIR_ID_LIMIT - 1;
    for (let level = 0; level <= 126; level++) cache.store(level, big - level, level);
    for (let level = 0; level <= 126; level++) expect(cache.lookup(big - level, level)).toBe(level);
  });

  it('replaces the level of a pair stored again', () => {
    const cache = new PairCache(8);
    cache.store(4, 9, 2);
    cache.store(9, 4, 3);
    expect(cache.lookup(4, 9)).toBe(3);
  });

  it('does not cache pairs with an id too large for a slot', () => {
    const cache = new PairCache(8);
    cache.store(1, PAIR_ID_LIMIT, 4);
    expect(cache.lookup(1, PAIR_ID_LIMIT)).toBe(-1);
  });

  it('starts again empty when full instead of looping on a full table', () => {
    const cache = new PairCache(4); // 16 slots
    for (let i = 0; i < 100; i++) cache.store(i, i + 1, i % 100);
    expect(cache.lookup(99, 100)).toBe(99);
    expect(cache.lookup(0, 1)).toBe(-1);
  });
});
