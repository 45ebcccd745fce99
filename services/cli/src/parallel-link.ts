import { availableParallelism } from 'node:os';
import {
  nameAgreementCache,
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
import { ScoringPool } from './scoring/index.ts';

export interface ParallelLinkOptions {
  readonly top: number;
  readonly model?: MatchModel;
  readonly seed?: number;
  /** Worker threads (default: the machine's cores). */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Fewest left records worth a thread (default 2,000: below that, threads cost more than they save). */
  readonly minRecordsPerWorker?: number;
  /** Keep each pair's per-field evidence (default true); without it pairs carry their summary only. */
  readonly evidence?: boolean;
}

/** Below this many left records, threads cost more than they save. */
const MIN_RECORDS_PER_WORKER = 2_000;

/**
 * linkRecords / dedupeRecords on every core: the model and name frequencies are estimated once
 * here, then a pool of worker threads, each holding an index of the right records, searches the left.
 * The result is the same as the single-threaded one, in the same order.
 */
export async function linkInParallel(left: readonly RawRecord[], right: readonly RawRecord[] | null, options: ParallelLinkOptions): Promise<LinkResult> {
  const sameSet = right === null;
  const wanted = options.workers ?? availableParallelism();
  const perWorker = options.minRecordsPerWorker ?? MIN_RECORDS_PER_WORKER;
  if (wanted <= 1 || left.length < 2 * perWorker) {
    const single = { top: options.top, ...(options.model ? { model: options.model } : {}), ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
    return sameSet ? dedupeRecords(left, single) : linkRecords(left, right, single);
  }
  const rightRaw = right ?? left;
  const preparedLeft = left.map(prepareRecord);
  const preparedRight = sameSet ? preparedLeft : rightRaw.map(prepareRecord);
  const start = options.model ?? defaultModel();
  const trained = !options.model && left.length >= MIN_RECORDS_TO_TRAIN;
  const frequencies = sameSet ? countTermFrequencies(preparedLeft) : countTermFrequencies(preparedLeft, preparedRight);
  const model = trained
    ? trainModel(preparedLeft, buildIndex(preparedRight), nameAgreementCache(frequencies), { sameSet, ...(options.seed === undefined ? {} : { seed: options.seed }) })
    : start;

  const count = Math.max(1, Math.min(wanted, Math.floor(left.length / perWorker)));
  const pool = await ScoringPool.start({ right: rightRaw, sameSet, top: options.top, minScore: DEFAULT_MIN_SCORE, model, frequencies, workers: count, evidence: options.evidence ?? true });
  let found: ScoredPair[];
  try {
    const progress = options.onProgress && ((done: number) => options.onProgress!(done, left.length));
    found = sameSet ? await pool.scoreIndexed(left.map((_, i) => i), progress) : await pool.score(left, progress);
  } finally {
    await pool.close();
  }
  const pairs = sameSet ? uniquePairs(found) : found;
  return { pairs, model, stats: { left: left.length, right: rightRaw.length, comparisons: pairs.length, trained } };
}
