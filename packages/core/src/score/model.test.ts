import { describe, expect, it } from 'vitest';
import { FIELDS } from '../compare/fields.ts';
import { MatchModelSchema, defaultModel, levelWeights } from './model.ts';

describe('MatchModelSchema', () => {
  it('accepts the default model and survives a JSON round trip', () => {
    const model = defaultModel();
    expect(MatchModelSchema.parse(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('names the field when a level count is wrong', () => {
    const model = defaultModel();
    model.fields.sex = { m: [0.9, 0.05, 0.05], u: [0.5, 0.25, 0.25] };
    const result = MatchModelSchema.safeParse(model);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['fields', 'sex']);
    expect(result.error?.issues[0]?.message).toMatch(/2 levels/);
  });

  it('rejects probabilities outside (0, 1)', () => {
    const model = defaultModel();
    model.prior = 1.5;
    expect(MatchModelSchema.safeParse(model).success).toBe(false);
  });
});

describe('levelWeights', () => {
  it('never lets a better level weigh less than a worse one', () => {
    const model = defaultModel();
    // An estimate that came out inverted: "close" looks better than "exact".
    model.fields.given_name = { m: [0.1, 0.3, 0.5, 0.04, 0.03, 0.03], u: [0.05, 0.02, 0.01, 0.01, 0.04, 0.87] };
    for (const weights of levelWeights(model)) {
      for (let i = 1; i < weights.length; i++) expect(weights[i - 1]!).toBeGreaterThanOrEqual(weights[i]!);
    }
  });

  it('gives agreement positive weight and disagreement negative weight by default', () => {
    levelWeights(defaultModel()).forEach((weights, f) => {
      expect(weights[0]!, FIELDS[f]!.field).toBeGreaterThan(0);
      expect(weights[weights.length - 1]!, FIELDS[f]!.field).toBeLessThan(0);
    });
  });
});
