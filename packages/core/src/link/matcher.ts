import { CandidateIndex } from '../block/candidate-index.ts';
import { blockingKeys } from '../block/keys.ts';
import { compareIdentity, compareRecords } from '../compare/compare-records.ts';
import { FIELD_INDEX, MISSING } from '../compare/fields.ts';
import { explainComparison, summarizeEvidence } from '../explain/explain.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import { bandOf, competingProbabilities, fieldWeights, probabilityOf, totalWeight, type ScoringContext } from '../score/score-pair.ts';
import type { ScoredPair } from './scored-pair.ts';

export interface SearchOptions {
  /** How many candidates to return at most. */
  readonly top: number;
  /** Position in the index of the query itself, when it is indexed (dedupe). */
  readonly exclude?: number;
  /** Drop candidates whose probability is below this (default: keep all scored). */
  readonly minScore?: number;
  /**
   * 'competing' (linking a request against children: at most one true match, candidates share
   * the probability) or 'independent' (deduplication: each pair on its own). Default competing.
   */
  readonly mode?: 'competing' | 'independent';
}

export interface MatcherTuning {
  /** Blocks larger than this are used only through compound keys. Default grows with √N. */
  readonly maxBlockSize?: number;
  /** Candidates given a full comparison per query. Default max(10 × top, 150). */
  readonly candidateLimit?: number;
  /** How many times more blocked candidates the identity pass orders. Default 4. */
  readonly shortlistWidth?: number;
}

/** How many more blocked candidates than fully compared ones the identity pass looks at. */
const SHORTLIST_WIDTH = 4;

/** Blocks larger than this share of a big index are too common to use alone. */
export const defaultMaxBlockSize = (indexSize: number): number => Math.max(500, Math.ceil(Math.sqrt(indexSize) * 5));

/**
 * Single-record search and batch linking over one candidate index: generate candidates from the
 * blocking keys, compare and weigh the most promising, explain the best.
 */
export class Matcher {
  constructor(
    readonly index: CandidateIndex,
    readonly context: ScoringContext,
    private readonly tuning: MatcherTuning = {},
  ) {}

  /** Candidate positions in the index for a query, best pre-score first, at most `limit`. */
  candidatePositions(query: PreparedRecord, limit: number, exclude?: number): number[] {
    return this.index.candidates(
      query,
      {
        maxBlockSize: this.tuning.maxBlockSize ?? defaultMaxBlockSize(this.index.records.length),
        limit,
        ...(exclude === undefined ? {} : { exclude }),
      },
      blockingKeys(query),
    );
  }

  /**
   * Orders up to `wide` blocked candidates by the identity fields alone and keeps the best
   * `limit`: the blocking pre-score cannot tell a child from its registered siblings.
   */
  private shortlist(query: PreparedRecord, limit: number, exclude?: number): number[] {
    const wide = this.candidatePositions(query, limit * (this.tuning.shortlistWidth ?? SHORTLIST_WIDTH), exclude);
    if (wide.length <= limit) return wide;
    const weights = this.context.weights;
    const fields = [FIELD_INDEX.given_name, FIELD_INDEX.family_line, FIELD_INDEX.birth];
    const quick = wide.map((position, rank) => {
      const levels = compareIdentity(this.context.cache, query, this.index.records[position]!);
      let total = -rank * 1e-6; // ties keep the blocking order
      levels.forEach((level, i) => (total += level === MISSING ? 0 : weights[fields[i]!]![level]!));
      return { position, total };
    });
    quick.sort((a, b) => b.total - a.total);
    return quick.slice(0, limit).map((q) => q.position);
  }

  search(query: PreparedRecord, options: SearchOptions): ScoredPair[] {
    const limit = this.tuning.candidateLimit ?? Math.max(10 * options.top, 150);
    const weighed = this.shortlist(query, limit, options.exclude).map((position) => {
      const record = this.index.records[position]!;
      const comparison = compareRecords(this.context.cache, query, record);
      const weights = fieldWeights(this.context, comparison);
      return { record, comparison, weights, total: totalWeight(weights) };
    });
    weighed.sort((a, b) => b.total - a.total || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
    const probabilities =
      options.mode === 'independent'
        ? weighed.map((w) => probabilityOf(this.context, w.weights))
        : competingProbabilities(this.context, weighed.map((w) => w.total), this.index.records.length);
    const pairs: ScoredPair[] = [];
    for (let i = 0; i < weighed.length && pairs.length < options.top; i++) {
      const score = probabilities[i]!;
      if (options.minScore !== undefined && score < options.minScore) break;
      const { record, comparison, weights } = weighed[i]!;
      const evidence = explainComparison(comparison, weights, query, record);
      pairs.push({ leftId: query.id, rightId: record.id, score, band: bandOf(score), summary: summarizeEvidence(evidence), evidence });
    }
    return pairs;
  }
}
