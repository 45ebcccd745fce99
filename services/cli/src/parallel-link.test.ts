import { describe, expect, it } from 'vitest';
import { generateCaseload } from '@retrace/data/generator';
import { dedupeRecords, linkRecords, validateRow, type RawRecord } from '@retrace/core';
import { linkInParallel } from './parallel-link.ts';

function caseload(): { children: RawRecord[]; requests: RawRecord[] } {
  const children: RawRecord[] = [];
  const requests: RawRecord[] = [];
  for (const event of generateCaseload({ seed: 5, children: 3000, requests: 4200, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    const record = validateRow(event.record, 0).record!;
    (event.kind === 'child' ? children : requests).push(record);
  }
  return { children, requests };
}

describe('linkInParallel', () => {
  it('gives exactly the pairs of the single-threaded link, in the same order', async () => {
    const { children, requests } = caseload();
    const single = linkRecords(requests, children, { top: 5 });
    const parallel = await linkInParallel(requests, children, { top: 5, workers: 2 });
    expect(parallel.model).toEqual(single.model);
    expect(parallel.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`)).toEqual(single.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`));
  }, 120_000);

  it('gives exactly the pairs of the single-threaded dedupe', async () => {
    const { requests } = caseload();
    const single = dedupeRecords(requests, { top: 3 });
    const parallel = await linkInParallel(requests, null, { top: 3, workers: 2 });
    expect(parallel.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`)).toEqual(single.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`));
  }, 120_000);
});
