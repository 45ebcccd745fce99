import { z } from 'zod';

/**
 * The interchange columns (see docs/interchange.md). Every value arrives as text; empty means absent.
 * This schema is the single source of truth for the column names: the CSV reader, the API bodies
 * and the generator's writer all derive from it.
 */
export const RELATIONSHIPS = ['father', 'mother', 'sibling', 'grandparent', 'uncle', 'aunt', 'other'] as const;
export const RelationshipSchema = z.enum(RELATIONSHIPS);
export type Relationship = z.infer<typeof RelationshipSchema>;

export const RecordKindSchema = z.enum(['child', 'request']);
export type RecordKind = z.infer<typeof RecordKindSchema>;

export const SexSchema = z.enum(['m', 'f']);
export type Sex = z.infer<typeof SexSchema>;

const text = z.string().trim().max(500).optional();

/** A record as read from the interchange format, before normalisation. */
export const RawRecordSchema = z.object({
  id: z.string().trim().min(1).max(200),
  kind: RecordKindSchema.optional(),
  full_name: text,
  given_name: text,
  family_name: text,
  other_names: text,
  sex: SexSchema.optional(),
  date_of_birth: text,
  age: text,
  age_as_of: text,
  registered_on: text,
  father_name: text,
  mother_name: text,
  place_of_origin: text,
  place_of_separation: text,
  date_of_separation: text,
  current_location: text,
  requester_name: text,
  requester_relationship: RelationshipSchema.optional(),
  /** Unknown columns, kept as they were. */
  extra: z.record(z.string(), z.string()).optional(),
});
export type RawRecord = z.infer<typeof RawRecordSchema>;

/** The interchange column names, in their documented order. */
export const INTERCHANGE_COLUMNS = Object.keys(RawRecordSchema.shape).filter((k) => k !== 'extra') as Array<
  Exclude<keyof RawRecord, 'extra'>
>;
