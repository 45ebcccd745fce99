import { z } from '@hono/zod-openapi';

export const AuditEntrySchema = z
  .object({
    seq: z.string(),
    at: z.string().datetime(),
    user_id: z.string().nullable(),
    role: z.string().nullable(),
    agency_id: z.string().nullable(),
    action: z.string(),
    record_ids: z.array(z.string()),
    detail: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.object({
  action: z.string().max(40).optional(),
  user_id: z.string().max(100).optional(),
  record_id: z.string().max(100).optional(),
  since: z.string().datetime().optional(),
  until: z.string().datetime().optional(),
});
