/**
 * @retrace/core — the matching core: normalize → block → compare → score → explain.
 * Pure functions and in-memory structures only; no I/O.
 */
export * from './errors/result.ts';
export * from './record/schema.ts';
export { validateRow, RowIssueSchema, type RowIssue, type ValidatedRow } from './record/validate.ts';
export { prepareRecord, type PreparedRecord } from './normalize/record.ts';
export { blockingKeys, keyShares } from './block/keys.ts';
export { blockingKeysFingerprint } from './block/fingerprint.ts';
export { CandidateIndex, MAX_INDEXED_RECORDS } from './block/candidate-index.ts';
export { FIELDS, MISSING, type FieldName, type FieldSpec } from './compare/fields.ts';
export { compareRecords, type Comparison, type FieldOutcome } from './compare/compare-records.ts';
export { NameAgreementCache } from './compare/name-agreement.ts';
export { MatchModelSchema, defaultModel, levelWeights, type MatchModel, type FieldParameters } from './score/model.ts';
export { estimateModel } from './score/estimate.ts';
export { countTermFrequencies, type TermFrequencies } from './score/term-frequency.ts';
export {
  BAND_THRESHOLDS,
  bandOf,
  createScoringContext,
  fieldWeights,
  nameAgreementCache,
  probabilityOf,
  type Band,
  type ScoringContext,
} from './score/score-pair.ts';
export { explainComparison, summarizeEvidence, type FieldEvidence } from './explain/explain.ts';
export { scorePair, scoreWithContext, type ScoredPair } from './link/scored-pair.ts';
export { Matcher, defaultMaxBlockSize, type MatcherTuning, type PositionedPair, type SearchOptions } from './link/matcher.ts';
export { searchOwnSet } from './link/own-set.ts';
export {
  DEFAULT_MIN_SCORE,
  MIN_RECORDS_TO_TRAIN,
  buildIndex,
  dedupeRecords,
  linkRecords,
  trainModel,
  uniquePairs,
  type LinkOptions,
  type LinkResult,
} from './link/link.ts';
