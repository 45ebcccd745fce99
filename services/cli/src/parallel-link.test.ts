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

  it('bands a child registered twice likely, and hardly ever two brothers or sisters', async () => {
    const { children, duplicates } = generatedRecords({ seed: 9, children: 3000, requests: 0, duplicateShare: 0.05 });
    const { pairs } = await linkInParallel(children, null, { top: 5, workers: 2, minRecordsPerWorker: 500 });
    const truth = new Set(duplicates.map((pair) => pair.slice().sort().join('|')));
    const likely = pairs.filter((p) => p.band === 'likely').map((p) => [p.leftId, p.rightId].sort().join('|'));
    const right = likely.filter((key) => truth.has(key)).length;
    expect(truth.size).toBeGreaterThan(100);
    // Scored each pair on its own, siblings made three likely pairs in five (precision 0.39 and 0.44 on seeds 5 and 6).
    expect(right / likely.length).toBeGreaterThan(0.8);
    expect(right / truth.size).toBeGreaterThan(0.6);
  }, 120_000);
});
