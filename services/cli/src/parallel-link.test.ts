import { describe, expect, it } from 'vitest';
import { dedupeRecords, linkRecords } from '@retrace/core';
import { linkInParallel } from './parallel-link.ts';
import { generatedRecords } from './testing/caseload.ts';

/** Small enough to run twice under load; the threshold below still gives each of two threads work. */
const caseload = () => generatedRecords({ seed: 5, children: 1200, requests: 1000 });

describe('linkInParallel', () => {
  it('gives exactly the pairs of the single-threaded link, in the same order', async () => {
    const { children, requests } = caseload();
    const single = linkRecords(requests, children, { top: 5 });
    // As the CLI runs it: summaries only, the per-field evidence stays in the threads.
    const parallel = await linkInParallel(requests, children, { top: 5, workers: 2, evidence: false, minRecordsPerWorker: 200 });
    expect(parallel.model).toEqual(single.model);
    expect(parallel.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}:${p.summary}`)).toEqual(single.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}:${p.summary}`));
    expect(parallel.pairs.every((p) => p.evidence.length === 0)).toBe(true);
  }, 120_000);

  it('gives exactly the pairs of the single-threaded dedupe', async () => {
    const { requests } = caseload();
    const single = dedupeRecords(requests, { top: 3 });
    const parallel = await linkInParallel(requests, null, { top: 3, workers: 2, minRecordsPerWorker: 200 });
    expect(parallel.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`)).toEqual(single.pairs.map((p) => `${p.leftId}>${p.rightId}:${p.score}`));
    expect(parallel.pairs.map((p) => p.evidence)).toEqual(single.pairs.map((p) => p.evidence));
  }, 120_000);
});
