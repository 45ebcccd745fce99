import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  NameAgreementCache,
  buildIndex,
  countTermFrequencies,
  defaultModel,
  prepareRecord,
  trainModel,
  uniquePairs,
  dedupeRecords,
  linkRecords,
  MIN_RECORDS_TO_TRAIN,
  DEFAULT_MIN_SCORE,
  type LinkResult,
  type MatchModel,
  type RawRecord,
  type ScoredPair,
} from '@retrace/core';
import type { LinkWorkerInput, LinkWorkerMessage } from './link-worker.ts';

export interface ParallelLinkOptions {
  readonly top: number;
  readonly model?: MatchModel;
  readonly seed?: number;
  /** Worker threads (default: the machine's cores). */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** The sources are TypeScript run through tsx: the worker's entry registers its loader first. */
const WORKER_URL = new URL('./link-worker-entry.mjs', import.meta.url);

/** Below this many left records, threads cost more than they save. */
const MIN_RECORDS_PER_WORKER = 2_000;

/**
 * linkRecords / dedupeRecords on every core: the model and name frequencies are estimated once
 * here, then each worker thread indexes the right records and searches its share of the left.
 * The result is the same as the single-threaded one, in the same order.
 */
export async function linkInParallel(left: readonly RawRecord[], right: readonly RawRecord[] | null, options: ParallelLinkOptions): Promise<LinkResult> {
  const sameSet = right === null;
  const wanted = options.workers ?? availableParallelism();
  if (wanted <= 1 || left.length < 2 * MIN_RECORDS_PER_WORKER) {
    const single = { top: options.top, ...(options.model ? { model: options.model } : {}), ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
    return sameSet ? dedupeRecords(left, single) : linkRecords(left, right, single);
  }
  const rightRaw = right ?? left;
  const preparedLeft = left.map(prepareRecord);
  const preparedRight = sameSet ? preparedLeft : rightRaw.map(prepareRecord);
  const start = options.model ?? defaultModel();
  const trained = !options.model && left.length >= MIN_RECORDS_TO_TRAIN;
  const model = trained
    ? trainModel(preparedLeft, buildIndex(preparedRight), new NameAgreementCache(), { sameSet, ...(options.seed === undefined ? {} : { seed: options.seed }) })
    : start;
  const frequencies = sameSet ? countTermFrequencies(preparedLeft) : countTermFrequencies(preparedLeft, preparedRight);

  const count = Math.max(1, Math.min(wanted, Math.floor(left.length / MIN_RECORDS_PER_WORKER)));
  const share = Math.ceil(left.length / count);
  const done = new Array<number>(count).fill(0);
  const results: ScoredPair[][] = [];
  await Promise.all(
    Array.from({ length: count }, (_, w) => {
      const input: LinkWorkerInput = {
        left: left.slice(w * share, (w + 1) * share), right: rightRaw, model, frequencies, top: options.top,
        minScore: DEFAULT_MIN_SCORE, leftOffset: w * share, sameSet,
      };
      const pairs: ScoredPair[] = [];
      results[w] = pairs;
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, { workerData: input });
        worker.on('message', (message: LinkWorkerMessage) => {
          if (message.kind === 'pairs') pairs.push(...message.pairs);
          else if (message.kind === 'progress') {
            done[w] = message.done;
            options.onProgress?.(done.reduce((a, b) => a + b, 0), left.length);
          } else resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`link worker ${w} stopped with code ${code}`))));
      });
    }),
  );
  const pairs = sameSet ? uniquePairs(results.flat()) : results.flat();
  return { pairs, model, stats: { left: left.length, right: rightRaw.length, comparisons: pairs.length, trained } };
}
