import { describe, expect, it } from 'vitest';
import { linkRecords, type RawRecord } from '@retrace/core';
import { generatedRecords } from '../testing/caseload.ts';
import { ScoringPool } from './scoring-pool.ts';

const caseload = () => generatedRecords({ seed: 11, children: 500, requests: 400 });

async function* pages<T>(items: readonly T[], size: number): AsyncIterable<T[]> {
  for (let from = 0; from < items.length; from += size) yield items.slice(from, from + size);
}

describe('ScoringPool', () => {
  it('indexes a side streamed in pages, estimates the model once, and sends evidence only for the bands asked, without values', async () => {
    const { children, requests } = caseload();
    const single = linkRecords(requests, children, { top: 3 });
    const pool = await ScoringPool.start({ right: pages(children, 120), sameSet: false, top: 3, minScore: 0.001, sample: requests, workers: 2, evidenceBands: ['likely', 'possible'], evidenceWithoutValues: true });
    let pairs;
    try {
      expect(pool.model).toEqual(single.model);
      pairs = await pool.score(requests);
    } finally {
      await pool.close();
    }
    expect(pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}:${p.summary}`)).toEqual(single.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}:${p.summary}`));
    const kept = single.pairs.filter((p) => p.band !== 'unlikely');
    expect(kept.length).toBeGreaterThan(0);
    expect(single.pairs.length).toBeGreaterThan(kept.length);
    pairs.forEach((pair, i) => {
      const expected = single.pairs[i]!;
      expect(pair.evidence).toEqual(expected.band === 'unlikely' ? [] : expected.evidence.map(({ field, label, level, weight }) => ({ field, label, level, weight })));
    });
  }, 120_000);

  it('rejects its start when reading the indexed side fails, leaving no rejection unhandled', async () => {
    async function* broken(): AsyncIterable<RawRecord[]> {
      yield caseload().children.slice(0, 50);
      throw new Error('connection lost');
    }
    await expect(ScoringPool.start({ right: broken(), sameSet: false, top: 3, minScore: 0.001, workers: 2 })).rejects.toThrow('connection lost');
  }, 60_000);
});
