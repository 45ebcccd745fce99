import { z } from '@hono/zod-openapi';

export const DisclosureStatusSchema = z.enum(['pending', 'approved', 'denied']).openapi('DisclosureStatus');

export const DisclosureRequestBodySchema = z
  .object({
    record_id: z.string().min(1).max(100),
    reason: z.string().trim().min(3).max(1000).openapi({ description: 'Why the requesting agency needs the details (no personal data).' }),
  })
  .strict()
  .openapi('DisclosureRequestBody');

export const DisclosureDecisionBodySchema = z.object({ reason: z.string().trim().min(3).max(1000).optional() }).strict().openapi('DisclosureDecision');

export const DisclosureSchema = z
  .object({
    id: z.string(),
    record_id: z.string(),
    owner_agency_id: z.string(),
    requesting_agency_id: z.string(),
    requested_by: z.string(),
    reason: z.string(),
    status: DisclosureStatusSchema,
    decided_by: z.string().nullable(),
    decided_at: z.string().datetime().nullable(),
    decision_reason: z.string().nullable(),
    created_at: z.string().datetime(),
  })
  .openapi('Disclosure');
export type DisclosureView = z.infer<typeof DisclosureSchema>;

export const DisclosureListQuerySchema = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming').openapi({ description: 'Requests to your agency, or from it.' }),
  status: DisclosureStatusSchema.optional(),
});
