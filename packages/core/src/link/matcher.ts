import { CandidateIndex } from '../block/candidate-index.ts';
import { blockingKeys } from '../block/keys.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import type { ScoringContext } from '../score/score-pair.ts';
import { scoreWithContext, type ScoredPair } from './scored-pair.ts';

export interface SearchOptions {
  /** How many candidates to return at most. */
  readonly top: number;
  /** Position in the index of the query itself, when it is indexed (dedupe). */
  readonly exclude?: number;
  /** Drop candidates whose probability is below this (default: keep all scored). */
  readonly minScore?: number;
}

export interface MatcherTuning {
  /** Blocks larger than this are used only through compound keys. Default grows with √N. */
  readonly maxBlockSize?: number;
  /** Candidates given a full comparison per query. Default max(4 × top, 40). */
  readonly candidateLimit?: number;
}

/** Blocks larger than this share of a big index are too common to use alone. */
export const defaultMaxBlockSize = (indexSize: number): number => Math.max(500, Math.ceil(Math.sqrt(indexSize) * 5));

/**
 * Single-record search and batch linking over one candidate index: generate candidates from the
 * blocking keys, compare and score the most promising, return them best first.
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

  search(query: PreparedRecord, options: SearchOptions): ScoredPair[] {
    const limit = this.tuning.candidateLimit ?? Math.max(4 * options.top, 40);
    const scored = this.candidatePositions(query, limit, options.exclude).map((position) =>
      scoreWithContext(this.context, query, this.index.records[position]!),
    );
    scored.sort((a, b) => b.score - a.score || (a.rightId < b.rightId ? -1 : a.rightId > b.rightId ? 1 : 0));
    const kept = options.minScore === undefined ? scored : scored.filter((p) => p.score >= options.minScore!);
    return kept.slice(0, options.top);
  }
}
