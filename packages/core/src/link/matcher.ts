import { CandidateIndex } from '../block/candidate-index.ts';
import { blockingKeys } from '../block/keys.ts';
import { compareRecords, quickLevels } from '../compare/compare-records.ts';
import { FIELD_COUNT, FIELD_INDEX, MISSING } from '../compare/fields.ts';
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
   * 'competing' (at most one true match among the candidates, which share the probability: a
   * request's child, a record's second registration) or 'independent' (each pair on its own, as
   * the API's stored-key search scores them). Default competing.
   */
  readonly mode?: 'competing' | 'independent';
  /** Which indexed records may be candidates (see CandidateOptions.accept); default all. */
  readonly accept?: (position: number) => boolean;
}

/** A candidate found by a search, with its position in the index. */
export interface PositionedPair {
  readonly position: number;
  readonly pair: ScoredPair;
}

export interface MatcherTuning {
  /** Blocks larger than this are used only through compound keys. Default grows with √N. */
  readonly maxBlockSize?: number;
  /** Candidates given a full comparison per query. Default max(6 × top, 60). */
  readonly candidateLimit?: number;
  /** How many times more blocked candidates the quick pass orders. Default 10. */
  readonly shortlistWidth?: number;
}

/** How many more blocked candidates than fully compared ones the quick pass looks at. */
const SHORTLIST_WIDTH = 10;

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
  candidatePositions(query: PreparedRecord, limit: number, exclude?: number, accept?: (position: number) => boolean): number[] {
    return this.index.candidates(
      query,
      {
        maxBlockSize: this.tuning.maxBlockSize ?? defaultMaxBlockSize(this.index.records.length),
        limit,
        ...(exclude === undefined ? {} : { exclude }),
        ...(accept === undefined ? {} : { accept }),
      },
      this.queryKeys(query),
    );
  }

  /**
   * The query's blocking keys, and those of its names read as corrected where the data shows a
   * spelling to be a typo of a common one (NameAgreementCache.corrected): a misspelt given name
   * keys nothing its child's record keys.
   */
  private queryKeys(query: PreparedRecord): string[] {
    const keys = blockingKeys(query);
    const { cache } = this.context;
    const name = cache.corrected(query.name);
    const paternalLine = cache.corrected(query.paternalLine);
    const motherLine = cache.corrected(query.motherLine);
    if (!name && !paternalLine && !motherLine) return keys;
    const read = { ...query, name: name ?? query.name, paternalLine: paternalLine ?? query.paternalLine, motherLine: motherLine ?? query.motherLine };
    return [...new Set([...keys, ...blockingKeys(read)])];
  }

  /** The quick pass's levels, reused for every candidate. */
  private readonly levels = new Int8Array(FIELD_COUNT);

  /**
   * Orders up to `wide` blocked candidates by the fields that are cheap to compare (names, birth,
   * mother, places: memoised lookups) and keeps the best
   * `limit`: the blocking pre-score cannot tell a child from its registered siblings. Levels only:
   * the few kept are compared again in full, with the values that explain them.
   */
  private shortlist(query: PreparedRecord, limit: number, exclude?: number, accept?: (position: number) => boolean): number[] {
    const wide = this.candidatePositions(query, limit * (this.tuning.shortlistWidth ?? SHORTLIST_WIDTH), exclude, accept);
    if (wide.length <= limit) return wide;
    const { weights, cache } = this.context;
    const levels = this.levels;
    const records = this.index.records;
    const totals = new Float64Array(wide.length);
    const order: number[] = new Array<number>(wide.length);
    for (let rank = 0; rank < wide.length; rank++) {
      quickLevels(cache, query, records[wide[rank]!]!, levels);
      let total = -rank * 1e-6; // ties keep the blocking order
      for (let field = 0; field < FIELD_COUNT; field++) {
        const level = levels[field]!;
        if (level !== MISSING) total += weights[field]![level]!;
      }
      totals[rank] = total;
      order[rank] = rank;
    }
    order.sort((x, y) => totals[y]! - totals[x]!);
    const kept = new Array<number>(limit);
    for (let i = 0; i < limit; i++) kept[i] = wide[order[i]!]!;
    return kept;
  }

  search(query: PreparedRecord, options: SearchOptions): ScoredPair[] {
    return this.searchPositions(query, options).map((found) => found.pair);
  }

  /** search, with each candidate's position in the index (dedupe looks a candidate's own search up). */
  searchPositions(query: PreparedRecord, options: SearchOptions): PositionedPair[] {
    const limit = this.tuning.candidateLimit ?? Math.max(6 * options.top, 60);
    const weighed = this.shortlist(query, limit, options.exclude, options.accept).map((position) => {
      const record = this.index.records[position]!;
      const comparison = compareRecords(this.context.cache, query, record);
      const weights = fieldWeights(this.context, comparison);
      return { position, record, comparison, weights, total: totalWeight(weights, comparison[FIELD_INDEX.given_name]!.level) };
    });
    weighed.sort((a, b) => b.total - a.total || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
    const probabilities =
      options.mode === 'independent'
        ? weighed.map((w) => probabilityOf(this.context, w.weights, w.comparison[FIELD_INDEX.given_name]!.level))
        : competingProbabilities(this.context, weighed.map((w) => w.total), this.index.records.length);
    const found: PositionedPair[] = [];
    for (let i = 0; i < weighed.length && found.length < options.top; i++) {
      const score = probabilities[i]!;
      if (options.minScore !== undefined && score < options.minScore) break;
      const { position, record, comparison, weights } = weighed[i]!;
      const evidence = explainComparison(comparison, weights, query, record);
      found.push({ position, pair: { leftId: query.id, rightId: record.id, score, band: bandOf(score), summary: summarizeEvidence(evidence), evidence } });
    }
    return found;
  }
}
