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
