import { z } from 'zod';
import { FIELDS, type FieldName } from '../compare/fields.ts';

const probability = z.number().gt(0).lt(1);

/** m and u probabilities of one field, one entry per level (best first). */
export const FieldParametersSchema = z.object({
  /** P(level | the pair is a match). */
  m: z.array(probability).min(2),
  /** P(level | the pair is not a match), over random pairs. */
  u: z.array(probability).min(2),
});
export type FieldParameters = z.infer<typeof FieldParametersSchema>;

/**
 * A Fellegi–Sunter model as data: saved and loaded as JSON (`retrace link --save-model`).
 *
 * @example
 * const model = MatchModelSchema.parse(JSON.parse(text));
 */
export const MatchModelSchema = z
  .object({
    version: z.literal(1),
    /** P(match) for a random pair of records, one from each side (used when records are deduplicated). */
    prior: probability,
    /**
     * P(a left record's match is among the right records) when linking two sets: a tracing
     * request whose child was never registered has none. With it, the candidates of one record
     * compete: their probabilities add up to at most this.
     */
    matchRate: probability,
    fields: z.record(z.string(), FieldParametersSchema),
    /** How much of the term-frequency adjustment to apply (0: none, 1: all). */
    termFrequencyWeight: z.number().min(0).max(1),
    trainedOn: z
      .object({ pairs: z.number().int().nonnegative(), iterations: z.number().int().nonnegative() })
      .optional(),
  })
  .superRefine((model, ctx) => {
    for (const spec of FIELDS) {
      const params = model.fields[spec.field];
      if (!params) {
        ctx.addIssue({ code: 'custom', path: ['fields', spec.field], message: `missing field ${spec.field}` });
      } else if (params.m.length !== spec.levels.length || params.u.length !== spec.levels.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['fields', spec.field],
          message: `${spec.field} needs ${spec.levels.length} levels (${spec.levels.join(', ')})`,
        });
      }
    }
  });
export type MatchModel = z.infer<typeof MatchModelSchema>;

/**
 * Starting parameters from field knowledge: how often each level occurs among true pairs written
 * by two agencies (m) and among random pairs (u). Estimation refines them on the data itself.
 */
const DEFAULT_FIELDS: Record<FieldName, FieldParameters> = {
  given_name: { m: [0.4, 0.33, 0.12, 0.04, 0.05, 0.06], u: [0.02, 0.02, 0.01, 0.01, 0.04, 0.9] },
  family_line: { m: [0.5, 0.33, 0.05, 0.12], u: [0.002, 0.06, 0.03, 0.908] },
  mother_name: { m: [0.78, 0.08, 0.05, 0.09], u: [0.04, 0.02, 0.05, 0.89] },
  sex: { m: [0.97, 0.03], u: [0.5, 0.5] },
  birth: { m: [0.12, 0.35, 0.25, 0.04, 0.16, 0.06, 0.02], u: [0.0003, 0.03, 0.07, 0.01, 0.15, 0.3, 0.4397] },
  origin: { m: [0.5, 0.22, 0.12, 0.1, 0.06], u: [0.02, 0.03, 0.15, 0.5, 0.3] },
  separation_place: { m: [0.5, 0.22, 0.12, 0.1, 0.06], u: [0.02, 0.03, 0.15, 0.5, 0.3] },
  separation_date: { m: [0.55, 0.27, 0.12, 0.06], u: [0.08, 0.15, 0.4, 0.37] },
};

/** A model usable without training: field-knowledge priors, a one-in-ten-thousand pair prior. */
export function defaultModel(): MatchModel {
  return {
    version: 1,
    prior: 1e-4,
    matchRate: 0.5,
    fields: structuredClone(DEFAULT_FIELDS),
    termFrequencyWeight: 1,
  };
}

/** log2(m/u) per level, per field, in FIELDS order, made monotone (a better level never weighs less). */
export function levelWeights(model: MatchModel): number[][] {
  return FIELDS.map((spec) => {
    const { m, u } = model.fields[spec.field]!;
    const weights = m.map((mi, i) => Math.log2(mi / u[i]!));
    for (let i = weights.length - 2; i >= 0; i--) weights[i] = Math.max(weights[i]!, weights[i + 1]!);
    return weights;
  });
}
