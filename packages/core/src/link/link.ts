import { CandidateIndex } from '../block/candidate-index.ts';
import { NameAgreementCache } from '../compare/name-agreement.ts';
import { prepareRecord, type PreparedRecord } from '../normalize/record.ts';
import type { RawRecord } from '../record/schema.ts';
import { estimateModel } from '../score/estimate.ts';
import { defaultModel, type MatchModel } from '../score/model.ts';
import { seededRandom } from '../score/random.ts';
import { createScoringContext, nameAgreementCache } from '../score/score-pair.ts';
import { countTermFrequencies } from '../score/term-frequency.ts';
import { Matcher, type MatcherTuning } from './matcher.ts';
import { searchOwnSet } from './own-set.ts';
import type { ScoredPair } from './scored-pair.ts';

export interface LinkOptions extends MatcherTuning {
  /** Candidates kept per left record. */
  readonly top: number;
  /** Use this model instead of estimating one. */
  readonly model?: MatchModel;
  /** Estimate the model from the data (default true when no model is given). */
  readonly train?: boolean;
  /** Candidates below this probability are not plausible and not written (default 0.001). */
  readonly minScore?: number;
  /** Seed for the sampling done while estimating. */
  readonly seed?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LinkResult {
  readonly pairs: ScoredPair[];
  readonly model: MatchModel;
  readonly stats: { readonly left: number; readonly right: number; readonly comparisons: number; readonly trained: boolean };
}

/** Candidates below this probability are not plausible and are not reported. */
export const DEFAULT_MIN_SCORE = 0.001;
/** Left records whose candidates feed the estimation: enough for stable m, cheap to compare. */
const TRAINING_SAMPLE = 4_000;
const TRAINING_CANDIDATES = 20;
/** Below this many left records, estimates are noise: the starting model is used as it is. */
export const MIN_RECORDS_TO_TRAIN = 200;

/** Builds the candidate index over `right`. */
export function buildIndex(right: readonly PreparedRecord[]): CandidateIndex {
  const index = new CandidateIndex();
  for (const record of right) index.add(record);
  index.freeze();
  return index;
}

/** Estimates a model from candidate pairs of a sample of `left` (seeded, so runs repeat). */
export function trainModel(
  left: readonly PreparedRecord[],
  index: CandidateIndex,
  cache: NameAgreementCache,
  options: { sameSet: boolean; seed?: number; start?: MatchModel },
): MatchModel {
  const probe = new Matcher(index, createScoringContext(options.start ?? defaultModel(), null, cache));
  const random = seededRandom(options.seed ?? 1);
  const sampled = left.length <= TRAINING_SAMPLE ? left.map((_, i) => i) : Array.from({ length: TRAINING_SAMPLE }, () => Math.floor(random() * left.length));
  const pairs: [number, number][] = [];
  const groupStarts: number[] = [];
  for (const l of sampled) {
    groupStarts.push(pairs.length);
    for (const r of probe.candidatePositions(left[l]!, TRAINING_CANDIDATES, options.sameSet ? l : undefined)) pairs.push([l, r]);
  }
  return estimateModel(
    cache,
    { left, right: index.records, candidatePairs: pairs, sameSet: options.sameSet, groupStarts },
    { seed: options.seed ?? 1, ...(options.start ? { start: options.start } : {}) },
  );
}

function run(left: readonly PreparedRecord[], right: readonly PreparedRecord[], sameSet: boolean, options: LinkOptions): LinkResult {
  const index = buildIndex(right);
  const frequencies = sameSet ? countTermFrequencies(left) : countTermFrequencies(left, right);
  const cache = nameAgreementCache(frequencies);
  const start = options.model ?? defaultModel();
  const wantsTraining = options.train ?? !options.model;
  const model =
    !wantsTraining || left.length < MIN_RECORDS_TO_TRAIN
      ? start
      : trainModel(left, index, cache, { sameSet, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.model ? { start: options.model } : {}) });
  const context = createScoringContext(model, frequencies, cache);
  const matcher = new Matcher(index, context, options);
  const pairs: ScoredPair[] = [];
  let comparisons = 0;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  left.forEach((query, position) => {
    const found = sameSet ? searchOwnSet(matcher, position, { top: options.top, minScore }) : matcher.search(query, { top: options.top, minScore });
    comparisons += found.length;
    pairs.push(...found);
    if (options.onProgress && (position % 500 === 499 || position === left.length - 1)) options.onProgress(position + 1, left.length);
  });
  return { pairs, model, stats: { left: left.length, right: right.length, comparisons, trained: model !== start } };
}

/**
 * Links two sets of records: for every left record, its best `top` plausible candidates in right.
 *
 * @example
 * const { pairs } = linkRecords(requests, children, { top: 10 });
 */
export function linkRecords(left: readonly RawRecord[], right: readonly RawRecord[], options: LinkOptions): LinkResult {
  return run(left.map(prepareRecord), right.map(prepareRecord), false, options);
}

/** Finds likely duplicates within one set; each unordered pair is reported once. */
export function dedupeRecords(records: readonly RawRecord[], options: LinkOptions): LinkResult {
  const prepared = records.map(prepareRecord);
  const result = run(prepared, prepared, true, options);
  return { ...result, pairs: uniquePairs(result.pairs) };
}

/**
 * Each unordered pair once, where it was first found, with the lower of its two scores when A–B
 * was found from A and from B. Each side weighs the pair against its own look-alikes (a record is
 * registered twice at most), and a pair is only as sure as the side with the closer rival says.
 */
export function uniquePairs(pairs: readonly ScoredPair[]): ScoredPair[] {
  const kept = new Map<string, ScoredPair>();
  for (const pair of pairs) {
    const key = pair.leftId < pair.rightId ? `${pair.leftId}\u0000${pair.rightId}` : `${pair.rightId}\u0000${pair.leftId}`;
    const earlier = kept.get(key);
    if (!earlier) kept.set(key, pair);
    else if (pair.score < earlier.score) kept.set(key, { ...earlier, score: pair.score, band: pair.band });
  }
  return [...kept.values()];
}
