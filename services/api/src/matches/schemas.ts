import { z } from '@hono/zod-openapi';
import { RecordKindSchema } from '@retrace/core';
import { AgeBandSchema, RecordSchema } from '../records/schemas.ts';
import { BandSchema, EvidenceSchema } from '../search/schemas.ts';

export const MatchStatusSchema = z.enum(['pending', 'confirmed', 'rejected']).openapi('MatchStatus');

/** One side of a pair as the viewer may see it: full when theirs or disclosed, else the minimum. */
export const MatchSideSchema = z
  .object({
    record_id: z.string(),
    agency_id: z.string(),
    kind: RecordKindSchema,
    sex: z.enum(['m', 'f']).nullable(),
    age_band: AgeBandSchema,
    disclosed: z.boolean(),
    record: RecordSchema.optional(),
  })
  .openapi('MatchSide');

export const MatchSchema = z
  .object({
    id: z.string(),
    status: MatchStatusSchema,
    origin: z.enum(['search', 'auto', 'reconciliation']),
    score: z.number(),
    band: BandSchema,
    agreeing_fields: z.array(z.string()),
    summary: z.string(),
    evidence: z.array(EvidenceSchema),
    sides: z.tuple([MatchSideSchema, MatchSideSchema]),
    reason: z.string().nullable(),
    decided_by: z.string().nullable(),
    decided_at: z.string().datetime().nullable(),
    created_at: z.string().datetime(),
    records_changed: z.boolean().nullable().openapi({
      description: 'Whether either record was edited since the pair was proposed: its score and evidence were computed from the earlier version. Null for pairs proposed before versions were kept.',
    }),
  })
  .openapi('Match');
export type MatchView = z.infer<typeof MatchSchema>;

export const MatchListQuerySchema = z.object({ status: MatchStatusSchema.optional(), band: BandSchema.optional() });

const Reason = z.string().trim().min(3).max(1000);
export const DecisionBodySchema = z.object({ reason: Reason }).strict().openapi('Decision');
export const DECISIONS = ['confirm', 'reject', 'undo'] as const;
export type DecisionAction = (typeof DECISIONS)[number];
