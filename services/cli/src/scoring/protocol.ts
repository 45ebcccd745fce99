import type { MatchModel, RawRecord, ScoredPair, TermFrequencies } from '@retrace/core';

/** What every worker of a pool starts with: the indexed side and how to score against it. */
export interface ScoringSetup {
  /** The records indexed (children when linking requests to them; the whole set for dedupe). */
  readonly right: readonly RawRecord[];
  /** Dedupe: the queries are the indexed records themselves (each given its position). */
  readonly sameSet: boolean;
  readonly top: number;
  readonly minScore: number;
  /** The model to use; when absent each worker estimates the same one (seeded) from the data. */
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
}

/** Queries given as records, or (dedupe) as positions of indexed records. */
export type ToWorker =
  | { readonly kind: 'score'; readonly task: number; readonly left: readonly RawRecord[] }
  | { readonly kind: 'score-indexed'; readonly task: number; readonly positions: readonly number[] };

export type FromWorker =
  | { readonly kind: 'ready'; readonly model: MatchModel }
  | { readonly kind: 'scored'; readonly task: number; readonly pairs: ScoredPair[] }
  | { readonly kind: 'failed'; readonly message: string };
