import type { Band, MatchModel, RawRecord, ScoredPair, TermFrequencies } from '@retrace/core';

/** What every worker of a pool starts with: the indexed side and how to score against it. */
export interface ScoringSetup {
  /**
   * The records indexed (children when linking requests to them; the whole set for dedupe): an
   * array, or pages read one at a time (from a database), so that no thread holds the whole raw
   * side: each thread prepares a page, indexes it and lets it go.
   */
  readonly right: readonly RawRecord[] | AsyncIterable<readonly RawRecord[]>;
  /** Dedupe: the queries are the indexed records themselves (each given its position). */
  readonly sameSet: boolean;
  readonly top: number;
  readonly minScore: number;
  /** The model to use; when absent one thread estimates it (seeded) from the data and shares it. */
  readonly model?: MatchModel;
  /** Name frequencies; when absent counted over `right` and `sample`. */
  readonly frequencies?: TermFrequencies;
  /**
   * Queries the model is estimated from when linking (a fixed sample of the left side); ignored
   * for dedupe, which estimates from the indexed set itself.
   */
  readonly sample?: readonly RawRecord[];
  readonly seed?: number;
  /**
   * Send each pair's per-field evidence back (default true). Without it a pair carries its
   * summary and an empty evidence list: copying the evidence of a million pairs between threads
   * costs about as much as scoring them, and the CLI writes only the summary.
   */
  readonly evidence?: boolean;
  /**
   * Leave out the values in the evidence sent back (`left`, `right`: the names, dates and places
   * compared), keeping field, label, level and weight: less to copy, and no personal data
   * crosses threads when the caller stores only the levels. Default false.
   */
  readonly evidenceWithoutValues?: boolean;
  /**
   * Send evidence only for pairs of these bands (those the caller keeps); the others come back
   * with an empty evidence list, their score, band and summary kept. Default: every band.
   */
  readonly evidenceBands?: readonly Band[];
}

/** What a thread receives at start: the setup without the indexed side, which comes in pages. */
export type WorkerSetup = Omit<ScoringSetup, 'right' | 'model'>;

/** Queries given as records, or (dedupe) as positions of indexed records. */
export type ToWorker =
  /** Prepare and index these records (in order, after those already indexed). */
  | { readonly kind: 'index'; readonly task: number; readonly records: readonly RawRecord[] }
  /** Every record is indexed: freeze the index (answered with 'indexed'). */
  | { readonly kind: 'freeze'; readonly task: number }
  /** Every record is indexed: freeze the index, then estimate the model (none given) or use this one. */
  | { readonly kind: 'settle'; readonly task: number; readonly model: MatchModel | null }
  | { readonly kind: 'score'; readonly task: number; readonly left: readonly RawRecord[] }
  | { readonly kind: 'score-indexed'; readonly task: number; readonly positions: readonly number[] };

export type FromWorker =
  | { readonly kind: 'indexed'; readonly task: number; readonly count: number }
  | { readonly kind: 'ready'; readonly task: number; readonly model: MatchModel }
  | { readonly kind: 'scored'; readonly task: number; readonly pairs: ScoredPair[] }
  | { readonly kind: 'failed'; readonly message: string };
