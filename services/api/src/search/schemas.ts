import { z } from '@hono/zod-openapi';
import { RecordKindSchema } from '@retrace/core';
import { AgeBandSchema, RecordFieldsSchema, RecordSchema } from '../records/schemas.ts';

export const BandSchema = z.enum(['likely', 'possible', 'unlikely']).openapi('Band');

export const EvidenceSchema = z
  .object({
    field: z.string(),
    label: z.string(),
    level: z.string(),
    weight: z.number(),
    left: z.string().optional(),
    right: z.string().optional(),
  })
  .openapi('Evidence');

export const SearchBodySchema = z
  .object({
    description: RecordFieldsSchema.optional().openapi({ description: 'Any subset of the fields describing the child.' }),
    record_id: z.string().min(1).max(100).optional().openapi({ description: 'Search with one of your own records instead; its candidates enter the review queue.' }),
    kinds: z.array(RecordKindSchema).min(1).max(2).optional().openapi({ description: 'Which kinds of records to search (default both).' }),
    limit: z.number().int().min(1).max(100).default(20),
    min_band: BandSchema.default('possible').openapi({ description: 'Leave out candidates below this band.' }),
  })
  .strict()
  .refine((body) => (body.description === undefined) !== (body.record_id === undefined), 'give exactly one of description and record_id')
  .openapi('SearchBody');

/**
 * One candidate. Own-agency and disclosed records come with their fields and the full
 * explanation; another agency's undisclosed record shows only what a focal point needs to decide
 * whether to ask for more: agency, band, score, which fields agree, sex and age band.
 */
export const CandidateSchema = z
  .object({
    record_id: z.string(),
    agency_id: z.string(),
    kind: RecordKindSchema,
    score: z.number(),
    band: BandSchema,
    agreeing_fields: z.array(z.string()),
    sex: z.enum(['m', 'f']).nullable(),
    age_band: AgeBandSchema,
    disclosed: z.boolean().openapi({ description: 'True for your own records and approved disclosures.' }),
    summary: z.string(),
    evidence: z.array(EvidenceSchema),
    record: RecordSchema.optional(),
    match_id: z.string().optional().openapi({ description: 'The review-queue entry, for a search from a stored record.' }),
  })
  .openapi('Candidate');
export type CandidateView = z.infer<typeof CandidateSchema>;

export const SearchResultSchema = z.object({ candidates: z.array(CandidateSchema), proposed: z.number().int() }).openapi('SearchResult');
