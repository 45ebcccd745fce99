import { compareRecords } from '../compare/compare-records.ts';
import { FIELDS, FIELD_COUNT, MISSING } from '../compare/fields.ts';
import type { NameAgreementCache } from '../compare/name-agreement.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import { defaultModel, type FieldParameters, type MatchModel } from './model.ts';
import { seededRandom } from './random.ts';
import { sameBirthDayChance } from './exact-chance.ts';
import { BirthAgreement } from '../compare/birth.ts';

export interface EstimationInput {
  readonly left: readonly PreparedRecord[];
  readonly right: readonly PreparedRecord[];
  /** Pairs (left position, right position) proposed by blocking: where the matches are. */
  readonly candidatePairs: readonly (readonly [number, number])[];
  /** Whether left and right are the same records (dedupe): self-pairs are skipped. */
  readonly sameSet: boolean;
  /**
   * Where each left record's candidates start in `candidatePairs` (they are contiguous). A left
   * record has at most one match (a child is sought once, and registered twice at most), so its
   * candidates compete for it.
   */
  readonly groupStarts: readonly number[];
}

export interface EstimationOptions {
  readonly seed?: number;
  readonly randomPairs?: number;
  readonly maxIterations?: number;
  /** Weight of the starting parameters, in pairs' worth of evidence (a Dirichlet prior). */
  readonly priorStrength?: number;
  readonly start?: MatchModel;
}

/**
 * How many pairs' worth the starting parameters count for. A training sample of 4,000 requests
 * holds about 2,800 true pairs: at 1,000 the field-knowledge priors still made a quarter of each
 * m, and held the model back from what the data said (on development seeds 11-13 the best likely
 * recall at 0.98 precision rose by 0.004-0.021 at 300). Still enough to keep a level seen a
 * handful of times near its prior.
 */
const DEFAULT_PRIOR_STRENGTH = 300;

const clampProbability = (p: number): number => Math.min(1 - 1e-6, Math.max(1e-6, p));

function levelMatrix(cache: NameAgreementCache, input: EstimationInput, pairs: readonly (readonly [number, number])[]): Int8Array {
  const levels = new Int8Array(pairs.length * FIELD_COUNT);
  pairs.forEach(([l, r], row) => {
    const comparison = compareRecords(cache, input.left[l]!, input.right[r]!);
    for (let f = 0; f < FIELD_COUNT; f++) levels[row * FIELD_COUNT + f] = comparison[f]!.level;
  });
  return levels;
}

function randomPairs(input: EstimationInput, count: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  const pairs: [number, number][] = [];
  if (input.left.length === 0 || input.right.length === 0) return pairs;
  for (let attempts = 0; pairs.length < count && attempts < count * 3; attempts++) {
    const l = Math.floor(random() * input.left.length);
    const r = Math.floor(random() * input.right.length);
    if (!(input.sameSet && l === r)) pairs.push([l, r]);
  }
  return pairs;
}

/** Level frequencies per field among rows weighted by `weightOf(row)`, smoothed toward `start`. */
function levelFrequencies(
  levels: Int8Array,
  rows: number,
  weightOf: (row: number) => number,
  start: readonly number[][],
  strength: number,
): number[][] {
  return FIELDS.map((spec, f) => {
    const counts = new Array<number>(spec.levels.length).fill(0);
    let total = 0;
    for (let row = 0; row < rows; row++) {
      const level = levels[row * FIELD_COUNT + f]!;
      if (level === MISSING) continue;
      const w = weightOf(row);
      counts[level]! += w;
      total += w;
    }
    return counts.map((c, i) => clampProbability((c + strength * start[f]![i]!) / (total + strength)));
  });
}

const BIRTH = FIELDS.findIndex((spec) => spec.field === 'birth');

/**
 * Puts the counted chance of "same day of birth" (sameBirthDayChance) in place of the sampled
 * one, scaling the other levels so that they still sum to one.
 */
function withCountedSameDay(u: number[][], chance: number | null): void {
  if (chance === null) return;
  const row = u[BIRTH]!;
  const counted = clampProbability(chance);
  const rest = 1 - row[BirthAgreement.EXACT]!;
  for (let level = 0; level < row.length; level++) row[level] = level === BirthAgreement.EXACT ? counted : (row[level]! * (1 - counted)) / rest;
}

/**
 * Fields that tell one person from another in the same family. A relative agrees with the child on
 * the family's fields (father's line, mother, places, when they were separated) and on none of
 * these more often than a stranger does.
 */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['given_name', 'sex', 'birth']);

/** Starting parameters of the relatives' class: the family's fields as a match's, the personal ones as a stranger's. */
const relativeStart = (startM: readonly number[][], startU: readonly number[][]): number[][] =>
  FIELDS.map((spec, f) => (PERSONAL_FIELDS.has(spec.field) ? startU[f]! : startM[f]!).slice());

/**
 * Within one caseload, the m of the personal fields stay at their starting values. Brothers and
 * sisters registered together far outnumber children registered twice (a few in a hundred), and
 * EM free to move these m takes the family for the match: on a development caseload it put 66 % of
 * "matches" at "given name different", and banded sisters as likely duplicates.
 */
function keepPersonal(m: number[][], startM: readonly number[][]): void {
  FIELDS.forEach((spec, f) => {
    if (PERSONAL_FIELDS.has(spec.field)) m[f] = startM[f]!.slice();
  });
}

/** log(e^a + e^b) without overflow. */
const logAdd = (a: number, b: number): number => (a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b)));

/**
 * Estimates a Fellegi–Sunter model from unlabelled data, as Splink does: u from random pairs
 * (almost all non-matches), m by expectation–maximisation over the pairs blocking proposes,
 * both smoothed toward the starting parameters so that sparse levels stay sensible.
 *
 * Blocking on family names proposes a child's brothers and sisters beside the child. With two
 * classes, EM takes them for matches whose given name, sex and age happen to differ (on development
 * caseloads it put 29 % of matches at "given name different"; the labels say 2 %), and the model then
 * forgives exactly the disagreements that tell siblings apart. So the non-matches among proposed
 * pairs are a mixture of relatives (family fields agree, personal ones do not) and strangers, and
 * only the m and u of the match are kept.
 */
export function estimateModel(cache: NameAgreementCache, input: EstimationInput, options: EstimationOptions = {}): MatchModel {
  const start = options.start ?? defaultModel();
  const strength = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const startM = FIELDS.map((s) => start.fields[s.field]!.m);
  const startU = FIELDS.map((s) => start.fields[s.field]!.u);

  const random = randomPairs(input, options.randomPairs ?? 20_000, options.seed ?? 1);
  const randomLevels = levelMatrix(cache, input, random);
  const u = levelFrequencies(randomLevels, random.length, () => 1, startU, strength);
  withCountedSameDay(u, sameBirthDayChance(input.left, input.right, input.sameSet));

  const pairs = input.candidatePairs;
  const levels = levelMatrix(cache, input, pairs);
  const groups = [...input.groupStarts, pairs.length];
  const startR = relativeStart(startM, u);
  let m = startM.map((row) => row.slice());
  let r = startR.map((row) => row.slice());
  let uBlocked = u.map((row) => row.slice());
  let relatives = 0.1;
  let rate = start.matchRate;
  const posterior = new Float64Array(pairs.length);
  const relative = new Float64Array(pairs.length);
  const logOf = (params: number[][], row: number) => {
    let total = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      const level = levels[row * FIELD_COUNT + f]!;
      if (level !== MISSING) total += Math.log(params[f]![level]!);
    }
    return total;
  };
  // log P(levels | match) − log P(levels | not a match), the latter a relative or a stranger;
  // `relative` keeps each pair's share of relative among its non-match probability.
  const logRatio = new Float64Array(pairs.length);
  const updateRatios = () => {
    for (let row = 0; row < pairs.length; row++) {
      const asRelative = Math.log(relatives) + logOf(r, row);
      const asStranger = Math.log(1 - relatives) + logOf(uBlocked, row);
      const nonMatch = logAdd(asRelative, asStranger);
      relative[row] = Math.exp(asRelative - nonMatch);
      logRatio[row] = logOf(m, row) - nonMatch;
    }
  };
  const ratioOf = (row: number) => logRatio[row]!;
  const iterations = options.maxIterations ?? 30;
  let done = 0;
  for (; done < iterations; done++) {
    updateRatios();
    rate = competingExpectation(groups, ratioOf, rate, posterior);
    const nextM = levelFrequencies(levels, pairs.length, (row) => posterior[row]!, startM, strength);
    r = levelFrequencies(levels, pairs.length, (row) => (1 - posterior[row]!) * relative[row]!, startR, strength);
    uBlocked = levelFrequencies(levels, pairs.length, (row) => (1 - posterior[row]!) * (1 - relative[row]!), u, strength);
    let relativeMass = 0;
    let nonMatchMass = 0;
    for (let row = 0; row < pairs.length; row++) {
      relativeMass += (1 - posterior[row]!) * relative[row]!;
      nonMatchMass += 1 - posterior[row]!;
    }
    relatives = clampProbability(relativeMass / Math.max(1, nonMatchMass));
    if (input.sameSet) keepPersonal(nextM, startM);
    const change = maxDifference(m, nextM);
    m = nextM;
    if (change < 1e-5) break;
  }

  const prior = clampProbability(rate / Math.max(1, input.right.length));
  const fields: Record<string, FieldParameters> = {};
  FIELDS.forEach((spec, f) => (fields[spec.field] = { m: m[f]!, u: u[f]! }));
  return {
    version: 1,
    prior,
    matchRate: clampProbability(rate),
    fields,
    termFrequencyWeight: start.termFrequencyWeight,
    trainedOn: { pairs: pairs.length, iterations: done },
  };
}

/**
 * E-step when each left record has at most one match among its K candidates (uniform a priori):
 * P(j) = (ρ/K)·r_j / ((1−ρ) + (ρ/K)·Σr_k). Returns the new match rate ρ.
 */
function competingExpectation(groups: readonly number[], logRatio: (row: number) => number, rate: number, posterior: Float64Array): number {
  let matched = 0;
  const count = groups.length - 1;
  for (let g = 0; g < count; g++) {
    const [from, to] = [groups[g]!, groups[g + 1]!];
    if (to === from) continue;
    const base = Math.log(rate / (to - from));
    let top = Math.log(1 - rate);
    for (let row = from; row < to; row++) top = Math.max(top, base + logRatio(row));
    let denominator = Math.exp(Math.log(1 - rate) - top);
    for (let row = from; row < to; row++) {
      posterior[row] = Math.exp(base + logRatio(row) - top);
      denominator += posterior[row]!;
    }
    for (let row = from; row < to; row++) {
      posterior[row]! /= denominator;
      matched += posterior[row]!;
    }
  }
  return clampProbability(matched / Math.max(1, count));
}

function maxDifference(a: readonly number[][], b: readonly number[][]): number {
  let max = 0;
  a.forEach((row, i) => row.forEach((v, j) => (max = Math.max(max, Math.abs(v - b[i]![j]!)))));
  return max;
}
