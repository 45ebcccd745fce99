import type { Comparison } from '../compare/compare-records.ts';
import { FIELDS, FIELD_INDEX, MISSING } from '../compare/fields.ts';
import { NameAgreementCache } from '../compare/name-agreement.ts';
import type { NameToken } from '../normalize/name/types.ts';
import { levelWeights, type MatchModel } from './model.ts';
import { typoCorrections } from '../compare/typo-corrections.ts';
import { givenLineLift, impliedSexOf, linePairFrequency, nameCounter, relativeFrequency, type TermFrequencies } from './term-frequency.ts';

/** Fixed thresholds on the match probability (documented in the README). */
export const BAND_THRESHOLDS = { likely: 0.9, possible: 0.4 } as const;
export type Band = 'likely' | 'possible' | 'unlikely';

export const bandOf = (probability: number): Band =>
  probability >= BAND_THRESHOLDS.likely ? 'likely' : probability >= BAND_THRESHOLDS.possible ? 'possible' : 'unlikely';

/** Bounds of the term-frequency adjustment, in bits: one very rare name must not decide alone. */
const TF_MAX_BITS = 5;

/** Everything scoring needs, computed once per run and shared by every pair. */
export interface ScoringContext {
  readonly model: MatchModel;
  readonly weights: readonly (readonly number[])[];
  readonly priorWeight: number;
  readonly cache: NameAgreementCache;
  readonly frequencies: TermFrequencies | null;
}

export function createScoringContext(
  model: MatchModel,
  frequencies: TermFrequencies | null = null,
  cache: NameAgreementCache = nameAgreementCache(frequencies),
): ScoringContext {
  const priorWeight = Math.log2(model.prior / (1 - model.prior));
  return { model, weights: levelWeights(model), priorWeight, cache, frequencies };
}

/**
 * A fresh agreement cache that reads the frequencies, when known: to tell names from typos, and
 * the sex a given name implies.
 */
export const nameAgreementCache = (frequencies: TermFrequencies | null): NameAgreementCache =>
  new NameAgreementCache(
    frequencies ? { count: nameCounter(frequencies), impliedSex: impliedSexOf(frequencies), corrections: typoCorrections(frequencies.spellings) } : null,
  );

/**
 * Which frequency table and which "agreement" u a term-frequency adjustment uses, per field.
 * `pairLevel`: the level reached by two agreeing names, weighed by how common that pair is.
 */
const TF_RULES: Partial<Record<number, { table: 'given' | 'family'; levels: readonly number[]; agreeLevels: number; pairLevel?: number }>> = {
  [FIELD_INDEX.given_name]: { table: 'given', levels: [0, 1, 2, 3], agreeLevels: 2 },
  [FIELD_INDEX.family_line]: { table: 'family', levels: [0, 1], agreeLevels: 2, pairLevel: 0 },
  [FIELD_INDEX.mother_name]: { table: 'family', levels: [0], agreeLevels: 1 },
};

function termFrequencyAdjustment(context: ScoringContext, fieldIndex: number, comparison: Comparison): number {
  const rule = TF_RULES[fieldIndex];
  const outcome = comparison[fieldIndex]!;
  if (!rule || !context.frequencies || !outcome.agreeing || !rule.levels.includes(outcome.level)) return 0;
  const u = context.model.fields[FIELDS[fieldIndex]!.field]!.u;
  let bits: number;
  if (outcome.level === rule.pairLevel) {
    // Two names of the line agree: how often do fathers' lines carry that very pair? Cousins and
    // namesakes share "Adam Abakar"; one family shares a rare pair.
    const [a, b] = outcome.agreeing as [NameToken, NameToken];
    bits = Math.log2(u[outcome.level]! / linePairFrequency(context.frequencies, a, b));
  } else {
    let uAgree = 0;
    for (let i = 0; i < rule.agreeLevels; i++) uAgree += u[i]!;
    let rarest = 1;
    for (const token of outcome.agreeing) rarest = Math.min(rarest, relativeFrequency(context.frequencies, rule.table, token));
    // One name of the line agreeing beside an agreeing given name: as common as that pair is.
    const given = comparison[FIELD_INDEX.given_name]!;
    if (fieldIndex === FIELD_INDEX.family_line && given.agreeing && given.level <= 1 && outcome.agreeing.length === 1) {
      rarest = Math.min(1, rarest * givenLineLift(context.frequencies, given.agreeing[0]!, outcome.agreeing[0]!));
    }
    bits = Math.log2(uAgree / rarest);
  }
  return Math.max(-TF_MAX_BITS, Math.min(TF_MAX_BITS, context.model.termFrequencyWeight * bits));
}

/**
 * Match weight of each field (log2 Bayes factor; 0 when missing). The term-frequency adjustment
 * moves a weight only between its neighbouring levels' weights.
 */
export function fieldWeights(context: ScoringContext, comparison: Comparison): number[] {
  return comparison.map((outcome, i) => {
    if (outcome.level === MISSING) return 0;
    const levels = context.weights[i]!;
    const base = levels[outcome.level]!;
    const adjusted = base + termFrequencyAdjustment(context, i, comparison);
    // A rare name lifts a level, but never above the next better level; a common one lowers it,
    // but never below the next worse one: the levels keep their order.
    const floor = outcome.level + 1 < levels.length ? levels[outcome.level + 1]! : -Infinity;
    const ceiling = outcome.level > 0 ? levels[outcome.level - 1]! : Infinity;
    // Halfway only: one rare agreeing token must not count as much as two agreeing ones.
    // The best level has no better neighbour: a rare value lifts it by at most what a common one
    // can take away, so that no single rare name decides alone.
    const upper = ceiling === Infinity ? base + (base - floor) / 2 : base + (ceiling - base) / 2;
    const lower = floor === -Infinity ? -Infinity : base + (floor - base) / 2;
    return Math.min(Math.max(adjusted, lower), Math.max(upper, base));
  });
}

/** Fields that say "same family" rather than "same child": siblings agree on all of them. */
const FAMILY_FIELDS: readonly number[] = [
  FIELD_INDEX.family_line, FIELD_INDEX.mother_name, FIELD_INDEX.origin, FIELD_INDEX.separation_place, FIELD_INDEX.separation_date,
];
/** Family agreement beyond this many bits counts only a quarter (see familyOverlap). */
export const FAMILY_EVIDENCE_CAP = 12;
const FAMILY_EXCESS_SHARE = 0.25;

/**
 * The bits to take off because the family fields are not independent: once the father's line,
 * the mother and the places agree, the records are of one family, and more agreement of the same
 * kind does not tell the child from a registered sibling. Fellegi–Sunter adds them as if
 * independent; past FAMILY_EVIDENCE_CAP bits, only a quarter of the excess is kept, and none of it
 * when the given names are other names (weakly alike or different, `givenLevel`): a brother or
 * sister with another name agrees on the family as fully as the child would. A weakly alike name
 * (Moussa / Ahmat: one initial, one consonant changed in two) is another name here even where
 * the model weighs its level a little for the pair. Returns ≤ 0.
 */
export function familyOverlap(weights: readonly number[], givenLevel: number): number {
  const agreement = familyAgreement(weights);
  return countedFamily(agreement, weights, givenLevel) - agreement;
}

/** The given name's first level that means another name ("weak", then "different"). */
const GIVEN_OTHER_NAME = (FIELDS[FIELD_INDEX.given_name]!.levels as readonly string[]).indexOf('weak');

const IS_FAMILY_FIELD: readonly boolean[] = FIELDS.map((_, f) => FAMILY_FIELDS.includes(f));

/** The family fields' agreeing (positive) weights, summed. */
function familyAgreement(weights: readonly number[]): number {
  let agreement = 0;
  for (const f of FAMILY_FIELDS) if (weights[f]! > 0) agreement += weights[f]!;
  return agreement;
}

/** How much of the family's agreement counts (see familyOverlap). */
function countedFamily(agreement: number, weights: readonly number[], givenLevel: number): number {
  if (agreement <= FAMILY_EVIDENCE_CAP) return agreement;
  const otherName = givenLevel >= GIVEN_OTHER_NAME || weights[FIELD_INDEX.given_name]! < 0;
  return FAMILY_EVIDENCE_CAP + (agreement - FAMILY_EVIDENCE_CAP) * (otherName ? 0 : FAMILY_EXCESS_SHARE);
}

/**
 * Total match weight of a pair: the field weights plus the family-overlap correction. The family's
 * agreement is capped before it is added, not added and then taken off: where it counts for no more
 * than the cap, a better place must give exactly the same total, not one a rounding error lower.
 */
export const totalWeight = (weights: readonly number[], givenLevel: number): number => {
  let rest = 0;
  for (let f = 0; f < weights.length; f++) if (!(IS_FAMILY_FIELD[f] && weights[f]! > 0)) rest += weights[f]!;
  return rest + countedFamily(familyAgreement(weights), weights, givenLevel);
};

/** Posterior match probability of one pair on its own, from its total weight and the pair prior. */
export function probabilityOf(context: ScoringContext, weights: readonly number[], givenLevel: number): number {
  return 1 / (1 + Math.pow(2, -(context.priorWeight + totalWeight(weights, givenLevel))));
}

/**
 * Posterior probabilities of competing candidates for one record that has at most one match
 * among `population` records (a child is sought once): P(j) = (ρ/N)·BF_j / ((1−ρ) + (ρ/N)·ΣBF_k),
 * with ρ the model's match rate. Candidates not scored are taken as having negligible BF.
 * Computed in log space so very large weights do not overflow.
 */
export function competingProbabilities(context: ScoringContext, totals: readonly number[], population: number): number[] {
  if (totals.length === 0) return [];
  const rho = context.model.matchRate;
  const base = Math.log2(rho / Math.max(1, population));
  const none = Math.log2(1 - rho);
  const logs = totals.map((t) => base + t);
  const top = Math.max(none, ...logs);
  let denominator = Math.pow(2, none - top);
  for (const l of logs) denominator += Math.pow(2, l - top);
  return logs.map((l) => Math.pow(2, l - top) / denominator);
}
