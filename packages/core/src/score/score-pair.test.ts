import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIELD_INDEX, FIELDS, MISSING } from '../compare/fields.ts';
import type { Comparison } from '../compare/compare-records.ts';
import { defaultModel } from './model.ts';
import { bandOf, createScoringContext, familyOverlap, FAMILY_EVIDENCE_CAP, fieldWeights, probabilityOf } from './score-pair.ts';

const levelsArbitrary = fc.tuple(...FIELDS.map((spec) => fc.integer({ min: MISSING, max: spec.levels.length - 1 })));
const asComparison = (levels: readonly number[]): Comparison => levels.map((level) => ({ level }));

describe('scoring a comparison vector', () => {
  const context = createScoringContext(defaultModel());
  const score = (levels: readonly number[]) => probabilityOf(context, fieldWeights(context, asComparison(levels)), levels[FIELD_INDEX.given_name]!);

  it('always gives a probability in [0, 1]', () => {
    fc.assert(fc.property(levelsArbitrary, (levels) => {
      const p = score(levels);
      return p >= 0 && p <= 1;
    }));
  });

  it('never lowers the score when one field improves by a level', () => {
    fc.assert(
      fc.property(levelsArbitrary, fc.nat(FIELDS.length - 1), (levels, field) => {
        if (levels[field]! <= 0) return true;
        const better = [...levels];
        better[field] = levels[field]! - 1;
        return score(better) >= score(levels);
      }),
    );
  });

  it('treats a missing field as neutral', () => {
    const allMissing = FIELDS.map(() => MISSING);
    expect(score(allMissing)).toBeCloseTo(defaultModel().prior, 10);
  });

  it('puts full agreement in the likely band and full disagreement in the unlikely band', () => {
    expect(bandOf(score(FIELDS.map(() => 0)))).toBe('likely');
    expect(bandOf(score(FIELDS.map((spec) => spec.levels.length - 1)))).toBe('unlikely');
  });

  it('counts family agreement past the cap a quarter, and not at all when the given names are other names', () => {
    const weights = new Array<number>(FIELDS.length).fill(0);
    weights[FIELD_INDEX.family_line] = 7;
    weights[FIELD_INDEX.mother_name] = 7;
    weights[FIELD_INDEX.origin] = 6; // 20 bits of family agreement, 8 past the cap
    const level = (name: string) => (FIELDS[FIELD_INDEX.given_name]!.levels as readonly string[]).indexOf(name);
    weights[FIELD_INDEX.given_name] = 5;
    expect(familyOverlap(weights, level('exact'))).toBeCloseTo(-(20 - FAMILY_EVIDENCE_CAP) * 0.75, 10);
    weights[FIELD_INDEX.given_name] = -3.7; // a sibling's name
    expect(familyOverlap(weights, level('different'))).toBeCloseTo(-(20 - FAMILY_EVIDENCE_CAP), 10);
    // Moussa / Ahmat, weakly alike: another name, though the model weighs the level a little for the pair.
    weights[FIELD_INDEX.given_name] = 0.32;
    expect(familyOverlap(weights, level('weak'))).toBeCloseTo(-(20 - FAMILY_EVIDENCE_CAP), 10);
    // No given name on one side says nothing against the pair.
    weights[FIELD_INDEX.given_name] = 0;
    expect(familyOverlap(weights, MISSING)).toBeCloseTo(-(20 - FAMILY_EVIDENCE_CAP) * 0.75, 10);
  });
});
