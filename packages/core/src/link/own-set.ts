import { BAND_THRESHOLDS, bandOf } from '../score/score-pair.ts';
import type { Matcher } from './matcher.ts';
import type { ScoredPair } from './scored-pair.ts';

/**
 * Dedupe's search for one indexed record: its look-alikes in its own set. Each side of a pair
 * weighs it against its own look-alikes (a record is registered twice at most, so they compete),
 * and the two sides can disagree: a pair is only as sure as the side with the closer rival says.
 * So every pair that could be put up for review (`possible` or better from this side) is looked up
 * in the other record's own search, and scored as the lower of the two, so that both sides give it
 * the same score, whichever is read first; when both sides put it up for review it is marked
 * `foundFromBoth`. A pair the other side does not return (not among its best, or below
 * `minScore`) keeps this side's score.
 *
 * @example
 * for (let position = 0; position < index.records.length; position++) searchOwnSet(matcher, position, { top: 10 });
 */
export function searchOwnSet(matcher: Matcher, position: number, options: { readonly top: number; readonly minScore?: number }): ScoredPair[] {
  const records = matcher.index.records;
  return matcher.searchPositions(records[position]!, { ...options, exclude: position }).map(({ position: other, pair }) => {
    if (pair.score < BAND_THRESHOLDS.possible) return pair;
    const back = matcher.searchPositions(records[other]!, { ...options, exclude: other }).find((found) => found.position === position);
    if (!back) return pair;
    // The other side below review never looks back: the pair is then its lower score, unmarked, from both sides.
    if (back.pair.score < BAND_THRESHOLDS.possible) return { ...pair, score: back.pair.score, band: back.pair.band };
    const score = Math.min(pair.score, back.pair.score);
    return { ...pair, score, band: bandOf(score), foundFromBoth: true };
  });
}
