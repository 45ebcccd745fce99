import { INTERCHANGE_COLUMNS, RecordKindSchema } from '@retrace/core';
import { z } from 'zod';

/** A source column, as its header reads (compared without case; Kobo groups keep their `/`). */
const Column = z.string().trim().min(1).max(200).transform((c) => c.toLowerCase());

/** Source codes → the value to write (`1` → `m`; `yes` → `true`). Codes compare trimmed, without case. */
const codeTable = <T extends z.ZodType>(value: T) =>
  z.record(z.string(), value).transform((codes) => Object.fromEntries(Object.entries(codes).map(([code, v]) => [code.trim().toLowerCase(), v])) as Record<string, z.infer<T>>);

/** One source column, its codes translated; a code missing from the table passes through unchanged. */
const ColumnField = z.object({ column: Column, codes: codeTable(z.string()).optional() }).strict();
/** Several columns joined (first, middle and last name → full name); blank ones are skipped. */
const JoinField = z.object({ join: z.array(Column).min(1).max(10), separator: z.string().max(5).default(' ') }).strict();
/** The first non-blank of several columns (a value some forms ask in two places). */
const FirstOfField = z.object({ first_of: z.array(Column).min(1).max(10) }).strict();
/** A date from separate year, month and day columns: `2015`, `2015-03` or `2015-03-12`. */
const DatePartsField = z.object({ date_parts: z.object({ year: Column, month: Column.optional(), day: Column.optional() }).strict() }).strict();
/** The same value for every row. */
const ConstantField = z.object({ value: z.string().max(500) }).strict();

export const FieldRuleSchema = z.union([ColumnField, JoinField, FirstOfField, DatePartsField, ConstantField]);
export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** The interchange fields a mapping may fill (`id` and `kind` have rules of their own). */
export const MAPPABLE_FIELDS = INTERCHANGE_COLUMNS.filter((c) => c !== 'id' && c !== 'kind');
const MappableField = z.enum(MAPPABLE_FIELDS as [string, ...string[]]);

const KindRule = z.union([RecordKindSchema, z.object({ column: Column, codes: codeTable(RecordKindSchema).optional() }).strict()]);

const ConsentRule = z.union([
  z.boolean(),
  z.object({ column: Column, codes: codeTable(z.boolean()).optional(), default: z.boolean().default(false) }).strict(),
]);

/**
 * How a source's columns become Retrace records: which column is the source id (the key that
 * makes re-imports idempotent), the kind, the consent for tracing, and a rule per interchange
 * field. This schema is the single definition of the mapping format (docs/imports.md).
 *
 * @example
 * MappingSchema.parse({ name: 'kobo', source_id: { column: '_uuid' }, kind: 'child', fields: { full_name: { join: ['child/first', 'child/last'] } } });
 */
export const MappingSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    description: z.string().max(2000).optional(),
    /** The record key within the agency; `columns` are joined with `-`; `prefix` keeps two id spaces apart. */
    source_id: z
      .object({ column: Column.optional(), columns: z.array(Column).min(1).max(5).optional(), prefix: z.string().max(50).default('') })
      .strict()
      .refine((s) => (s.column === undefined) !== (s.columns === undefined), 'give either column or columns'),
    kind: KindRule,
    /** Default false: a record is searchable by other agencies only when consent is recorded. */
    consent_for_tracing: ConsentRule.default(false),
    fields: z.partialRecord(MappableField, FieldRuleSchema).default({}),
    /** Other columns kept as extra attributes, under these names. */
    extra: z.record(Column, z.string().trim().min(1).max(64)).default({}),
    /** `keep`: columns no rule uses pass through by name (the interchange CSV); `drop` (default): left out. */
    unmapped: z.enum(['drop', 'keep']).default('drop'),
  })
  .strict();
export type Mapping = z.infer<typeof MappingSchema>;
/** A mapping as written in a file or a request, before defaults. */
export type MappingInput = z.input<typeof MappingSchema>;
