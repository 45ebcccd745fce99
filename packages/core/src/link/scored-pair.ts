import { compareRecords } from '../compare/compare-records.ts';
import { FIELD_INDEX } from '../compare/fields.ts';
import { explainComparison, summarizeEvidence, type FieldEvidence } from '../explain/explain.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import type { MatchModel } from '../score/model.ts';
import { bandOf, createScoringContext, fieldWeights, probabilityOf, type Band, type ScoringContext } from '../score/score-pair.ts';

/** A candidate pair with its calibrated probability, band and the evidence behind them. */
export interface ScoredPair {
  readonly leftId: string;
  readonly rightId: string;
  /** Calibrated match probability in [0, 1]. */
  readonly score: number;
  readonly band: Band;
  /** One line for people. */
  readonly summary: string;
  /** Per-field evidence, machine-readable. */
  readonly evidence: FieldEvidence[];
  /**
   * Dedupe only: the other record's own search found this pair too, and `score` is the lower of
   * the two sides' (see searchOwnSet). Either side may then stand for the pair.
   */
  readonly foundFromBoth?: true;
}

/** Compares, weighs and explains one pair within a scoring context. */
export function scoreWithContext(context: ScoringContext, left: PreparedRecord, right: PreparedRecord): ScoredPair {
  const comparison = compareRecords(context.cache, left, right);
  const weights = fieldWeights(context, comparison);
  const score = probabilityOf(context, weights, comparison[FIELD_INDEX.given_name]!.level);
  const evidence = explainComparison(comparison, weights, left, right);
  return { leftId: left.id, rightId: right.id, score, band: bandOf(score), summary: summarizeEvidence(evidence), evidence };
}

/**
 * Scores one pair with a model (no term-frequency table: every name counts as average).
 *
 * @example
 * const pair = scorePair(defaultModel(), prepareRecord(request), prepareRecord(child));
 * console.log(pair.band, pair.summary);
 */
export function scorePair(model: MatchModel, left: PreparedRecord, right: PreparedRecord, context?: ScoringContext): ScoredPair {
  return scoreWithContext(context ?? createScoringContext(model), left, right);
}
