import { z } from '@hono/zod-openapi';
import { RawRecordSchema, RecordKindSchema } from '@retrace/core';

const MAX_EXTRA = 30;

/**
 * The personal fields of a record: the interchange columns (docs/interchange.md) but `id` and
 * `kind`, which are record metadata here. Unknown attributes are rejected, never stored.
 */
export const RecordFieldsSchema = RawRecordSchema.omit({ id: true, kind: true })
  .extend({
    extra: z
      .record(z.string().min(1).max(64), z.string().max(500))
      .refine((extra) => Object.keys(extra).length <= MAX_EXTRA, `at most ${MAX_EXTRA} extra attributes`)
      .optional(),
  })
  .strict()
  .openapi('RecordFields');
export type RecordFields = z.infer<typeof RecordFieldsSchema>;

/** A field patch: a value sets it, null clears it, an absent key leaves it alone. */
export const RecordFieldsPatchSchema = z
  .object(Object.fromEntries(Object.entries(RecordFieldsSchema.shape).map(([key, schema]) => [key, (schema as z.ZodOptional<z.ZodType>).unwrap().nullable().optional()])))
  .strict()
  .openapi('RecordFieldsPatch');

export const NewRecordBodySchema = z
  .object({
    external_id: z.string().trim().min(1).max(200).openapi({ description: "The agency's own case number.", example: 'SC-TCD-000123' }),
    kind: RecordKindSchema,
    consent_for_tracing: z.boolean(),
    fields: RecordFieldsSchema,
  })
  .strict()
  .openapi('NewRecord');

export const MAX_IMPORT = 500;
export const ImportBodySchema = z.object({ records: z.array(NewRecordBodySchema).min(1).max(MAX_IMPORT) }).strict().openapi('ImportBody');

export const RecordUpdateBodySchema = z
  .object({
    expected_version: z.number().int().min(1).optional().openapi({ description: 'Fails with 409 when the record changed since.' }),
    consent_for_tracing: z.boolean().optional(),
    fields: RecordFieldsPatchSchema.optional(),
  })
  .strict()
  .refine((body) => body.consent_for_tracing !== undefined || body.fields !== undefined, 'nothing to change')
  .openapi('RecordUpdate');

export const CLOSE_REASONS = ['reunified', 'transferred', 'duplicate', 'no_longer_needed', 'other'] as const;
export const CloseRecordBodySchema = z.object({ reason: z.enum(CLOSE_REASONS) }).strict().openapi('CloseRecord');

export const AGE_BANDS = ['0-4', '5-9', '10-14', '15-17', '18+'] as const;
export const AgeBandSchema = z.enum(AGE_BANDS).nullable();

export const RecordSchema = z
  .object({
    id: z.string(),
    agency_id: z.string(),
    external_id: z.string(),
    kind: RecordKindSchema,
    consent_for_tracing: z.boolean(),
    status: z.enum(['open', 'closed']),
    stage: z.enum(['tracing', 'reunification_follow_up']),
    version: z.number().int(),
    fields: RecordFieldsSchema.nullable().openapi({ description: 'Null once purged by retention.' }),
    sex: z.enum(['m', 'f']).nullable(),
    age_band: AgeBandSchema,
    created_at: z.string().datetime(),
    updated_at: z.string().datetime(),
    closed_at: z.string().datetime().nullable(),
    closed_reason: z.string().nullable(),
    purged: z.boolean(),
  })
  .openapi('Record');
export type RecordView = z.infer<typeof RecordSchema>;

export const RecordListQuerySchema = z.object({
  kind: RecordKindSchema.optional(),
  status: z.enum(['open', 'closed']).optional(),
  consent_for_tracing: z.enum(['true', 'false']).optional(),
});

export const RecordHistoryEntrySchema = z
  .object({
    version: z.number().int(),
    action: z.enum(['create', 'update', 'close', 'purge']),
    changed_by: z.string().nullable(),
    changed_fields: z.array(z.string()),
    snapshot: z.record(z.string(), z.unknown()).nullable(),
    at: z.string().datetime(),
  })
  .openapi('RecordHistoryEntry');

export const IdParamSchema = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: 'id', in: 'path' } }) });
