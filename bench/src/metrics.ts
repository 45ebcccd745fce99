/** Accuracy figures of a ranked candidate list against the truth. Pure. */

export interface RankedPair {
  readonly leftId: string;
  readonly rightId: string;
  readonly score: number;
  readonly band: 'likely' | 'possible' | 'unlikely';
}

export interface AccuracyFigures {
  /** Requests whose child is registered: how often the child ranks first / in the top 10. */
  readonly recallAt1: number;
  readonly recallAt10: number;
  /** Of the pairs banded `likely`, the share that are true. */
  readonly likelyPrecision: number;
  /** Of the true pairs, the share banded `likely`. */
  readonly likelyRecall: number;
  /** Of the requests whose child is not registered, the share given a `likely` candidate. */
  readonly orphansWithLikely: number;
  readonly matchedRequests: number;
  readonly orphanRequests: number;
}

/**
 * @param requestIds every request evaluated (matched and orphan)
 * @param truth request id → child id, for requests whose child is registered
 * @param pairs candidates, best first within each request
 */
export function accuracyFigures(requestIds: readonly string[], truth: ReadonlyMap<string, string>, pairs: readonly RankedPair[]): AccuracyFigures {
  const byRequest = new Map<string, RankedPair[]>();
  for (const pair of pairs) {
    const list = byRequest.get(pair.leftId);
    if (list) list.push(pair);
    else byRequest.set(pair.leftId, [pair]);
  }
  let matched = 0, orphans = 0, at1 = 0, at10 = 0, likely = 0, likelyTrue = 0, orphansLikely = 0;
  for (const id of requestIds) {
    const candidates = byRequest.get(id) ?? [];
    const child = truth.get(id);
    for (const c of candidates) {
      if (c.band !== 'likely') continue;
      likely++;
      if (c.rightId === child) likelyTrue++;
    }
    if (child === undefined) {
      orphans++;
      if (candidates.some((c) => c.band === 'likely')) orphansLikely++;
      continue;
    }
    matched++;
    if (candidates[0]?.rightId === child) at1++;
    if (candidates.slice(0, 10).some((c) => c.rightId === child)) at10++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    recallAt1: ratio(at1, matched),
    recallAt10: ratio(at10, matched),
    likelyPrecision: ratio(likelyTrue, likely),
    likelyRecall: ratio(likelyTrue, matched),
    orphansWithLikely: ratio(orphansLikely, orphans),
    matchedRequests: matched,
    orphanRequests: orphans,
  };
}

export interface DedupeFigures {
  /** True duplicate pairs in the file. */
  readonly duplicates: number;
  /** Of the true pairs, the share written at all (any band). */
  readonly found: number;
  /** Pairs banded `likely`: the share that are true, and the share of true pairs so banded. */
  readonly likelyPrecision: number;
  readonly likelyRecall: number;
  /** The same for `possible` or better: what a data manager reviews. */
  readonly reviewPrecision: number;
  readonly reviewRecall: number;
  /** Of the records registered once, the share put in a `likely` pair. */
  readonly singlesWithLikely: number;
}

const unordered = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Deduplication figures of pairs found within one file against the true duplicate pairs.
 * @param recordIds every record of the file
 */
export function dedupeFigures(recordIds: readonly string[], truth: readonly (readonly [string, string])[], pairs: readonly RankedPair[]): DedupeFigures {
  const trueKeys = new Set(truth.map(([a, b]) => unordered(a, b)));
  const duplicated = new Set(truth.flat());
  const seen = new Set<string>();
  let found = 0, likely = 0, likelyTrue = 0, review = 0, reviewTrue = 0;
  const inLikely = new Set<string>();
  for (const pair of pairs) {
    const key = unordered(pair.leftId, pair.rightId);
    if (seen.has(key)) continue;
    seen.add(key);
    const isTrue = trueKeys.has(key);
    if (isTrue) found++;
    if (pair.band === 'likely') {
      likely++;
      if (isTrue) likelyTrue++;
      inLikely.add(pair.leftId).add(pair.rightId);
    }
    if (pair.band !== 'unlikely') {
      review++;
      if (isTrue) reviewTrue++;
    }
  }
  const singles = recordIds.filter((id) => !duplicated.has(id));
  const ratio = (a: number, b: number) => (b === 0 ? Number.NaN : a / b);
  return {
    duplicates: trueKeys.size,
    found: ratio(found, trueKeys.size),
    likelyPrecision: ratio(likelyTrue, likely),
    likelyRecall: ratio(likelyTrue, trueKeys.size),
    reviewPrecision: ratio(reviewTrue, review),
    reviewRecall: ratio(reviewTrue, trueKeys.size),
    singlesWithLikely: ratio(singles.filter((id) => inLikely.has(id)).length, singles.length),
  };
}
