import { describe, expect, it } from 'vitest';
import { FIELDS, MISSING } from '../compare/fields.ts';
import type { Comparison } from '../compare/compare-records.ts';
import { explainComparison, summarizeEvidence } from './explain.ts';

const comparison: Comparison = FIELDS.map((spec) => {
  switch (spec.field) {
    case 'given_name':
      return { level: 1, left: 'mahamat', right: 'mohammed' };
    case 'family_line':
      return { level: 0, left: 'issa abakar', right: 'issa abakar' };
    case 'mother_name':
      return { level: 3, left: 'fatime', right: 'hawa' };
    case 'birth':
      return { level: 2, left: '2016', right: 'age ~8' };
    default:
      return { level: MISSING };
  }
});
const weights = FIELDS.map((spec) =>
  spec.field === 'given_name' ? 4.2 : spec.field === 'family_line' ? 8 : spec.field === 'mother_name' ? -3.1 : spec.field === 'birth' ? 2.5 : 0,
);

describe('explanations', () => {
  it('lists every field with its level, values and weight', () => {
    const evidence = explainComparison(comparison, weights);
    expect(evidence).toHaveLength(FIELDS.length);
    expect(evidence[0]).toEqual({ field: 'given_name', label: 'given name', level: 'equivalent', left: 'Mahamat', right: 'Mohammed', weight: 4.2 });
    expect(evidence.find((e) => e.field === 'sex')).toMatchObject({ level: 'missing', weight: 0 });
  });

  it('summarises the strongest evidence for, then against, in one line', () => {
    const summary = summarizeEvidence(explainComparison(comparison, weights));
    expect(summary).toBe(
      "name chain / father's line two or more agree (Issa Abakar ≈ Issa Abakar), given name equivalent (Mahamat ≈ Mohammed), " +
        "birth date / age overlaps (2016 ≈ age ~8); mother's name differs (Fatime vs Hawa); " +
        'not compared: sex, place of origin, place of separation, date of separation',
    );
  });
});
