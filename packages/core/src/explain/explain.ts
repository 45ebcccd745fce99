import { comparedValues, type Comparison } from '../compare/compare-records.ts';
import type { PreparedRecord } from '../normalize/record.ts';
import { FIELD_INDEX, FIELDS, MISSING } from '../compare/fields.ts';
import { familyOverlap } from '../score/score-pair.ts';

/** The evidence one field gave: what was compared, the level reached, its weight (bits). */
export interface FieldEvidence {
  readonly field: string;
  readonly label: string;
  readonly level: string;
  readonly left?: string;
  readonly right?: string;
  /** log2 Bayes factor: positive for the match, negative against, 0 when missing. */
  readonly weight: number;
}

/** Weights below this (in bits) are too small to be worth a word in the summary. */
const NEGLIGIBLE_BITS = 0.5;

const titleCases = new Map<string, string>();
/** Capitalised words for display; names repeat, so results are kept (bounded). */
function titleCase(value: string): string {
  let shown = titleCases.get(value);
  if (shown === undefined) {
    shown = value.replace(/(^|[\s,-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    if (titleCases.size > 100_000) titleCases.clear();
    titleCases.set(value, shown);
  }
  return shown;
}

/** Fields whose values are shown as written rather than as capitalised names. */
const WRITTEN_AS_IS: ReadonlySet<string> = new Set(['birth', 'separation_date', 'sex', 'origin', 'separation_place']);

/** Per-field evidence, from the same comparison and weights that made the score. */
export function explainComparison(comparison: Comparison, weights: readonly number[], a?: PreparedRecord, b?: PreparedRecord): FieldEvidence[] {
  const overlap = familyOverlap(weights, comparison[FIELD_INDEX.given_name]?.level ?? MISSING);
  const fields = comparison.map((outcome, i) => {
    const spec = FIELDS[i]!;
    const evidence: FieldEvidence = {
      field: spec.field,
      label: spec.label,
      level: outcome.level === MISSING ? 'missing' : spec.levels[outcome.level]!,
      weight: Math.round(weights[i]! * 100) / 100,
    };
    const values = outcome.level === MISSING ? null : a && b ? comparedValues(i, outcome, a, b) : outcome.left === undefined ? null : [outcome.left, outcome.right ?? ''];
    if (!values) return evidence;
    const show = WRITTEN_AS_IS.has(spec.field) ? (v: string) => v : titleCase;
    return { ...evidence, left: show(values[0]!), right: show(values[1]!) };
  });
  if (overlap === 0) return fields;
  // The correction is evidence too: the listed weights always add up to the score.
  return [...fields, { field: 'family_overlap', label: 'family fields counted once', level: 'applied', weight: Math.round(overlap * 100) / 100 }];
}

function describe(evidence: FieldEvidence): string {
  const values = evidence.left !== undefined ? ` (${evidence.left} ${evidence.weight > 0 ? '≈' : 'vs'} ${evidence.right})` : '';
  return `${evidence.label} ${evidence.level}${values}`;
}

/**
 * One line for a focal point: the strongest evidence for, then against, e.g.
 * "given name equivalent (Mahamat ≈ Mohammed), name chain / father's line two or more agree
 * (Issa Abakar ≈ Issa Abakar), birth date / age overlaps; mother's name differs (Fatime vs Hawa)".
 */
export function summarizeEvidence(evidence: readonly FieldEvidence[], maxFor = 4, maxAgainst = 3): string {
  const forMatch = evidence.filter((e) => e.weight >= NEGLIGIBLE_BITS).sort((a, b) => b.weight - a.weight);
  const against = evidence.filter((e) => e.weight <= -NEGLIGIBLE_BITS && e.field !== 'family_overlap').sort((a, b) => a.weight - b.weight);
  const parts = [forMatch.slice(0, maxFor).map(describe).join(', '), against.slice(0, maxAgainst).map(describe).join(', ')];
  const missing = evidence.filter((e) => e.level === 'missing').map((e) => e.label);
  const text = parts.filter((p) => p.length > 0).join('; ');
  return (text || 'no strong evidence either way') + (missing.length > 0 ? `; not compared: ${missing.join(', ')}` : '');
}
