/**
 * A worker thread of the parallel link: builds its own index of the right records and searches
 * its share of the left records with the model and name frequencies the main thread estimated.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  Matcher,
  NameAgreementCache,
  buildIndex,
  createScoringContext,
  prepareRecord,
  type MatchModel,
  type RawRecord,
  type ScoredPair,
  type TermFrequencies,
} from '@retrace/core';

export interface LinkWorkerInput {
  readonly left: readonly RawRecord[];
  readonly right: readonly RawRecord[];
  readonly model: MatchModel;
  readonly frequencies: TermFrequencies;
  readonly top: number;
  readonly minScore: number;
  /** Offset of this worker's first left record in the whole left set (dedupe excludes itself). */
  readonly leftOffset: number;
  readonly sameSet: boolean;
}

export type LinkWorkerMessage =
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'pairs'; readonly pairs: ScoredPair[] }
  | { readonly kind: 'done' };

const input = workerData as LinkWorkerInput;
const right = input.right.map(prepareRecord);
const index = buildIndex(right);
const matcher = new Matcher(index, createScoringContext(input.model, input.frequencies, new NameAgreementCache()));
let batch: ScoredPair[] = [];
input.left.forEach((raw, i) => {
  const found = matcher.search(prepareRecord(raw), {
    top: input.top,
    minScore: input.minScore,
    ...(input.sameSet ? { exclude: input.leftOffset + i, mode: 'independent' as const } : {}),
  });
  batch.push(...found);
  if (i % 250 === 249) {
    parentPort!.postMessage({ kind: 'pairs', pairs: batch } satisfies LinkWorkerMessage);
    parentPort!.postMessage({ kind: 'progress', done: i + 1 } satisfies LinkWorkerMessage);
    batch = [];
  }
});
parentPort!.postMessage({ kind: 'pairs', pairs: batch } satisfies LinkWorkerMessage);
parentPort!.postMessage({ kind: 'progress', done: input.left.length } satisfies LinkWorkerMessage);
parentPort!.postMessage({ kind: 'done' } satisfies LinkWorkerMessage);
