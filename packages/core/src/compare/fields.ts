/**
 * The comparison vector's fields, as data: each field has agreement levels, best first, the last
 * being plain disagreement. Comparators return a level index, or MISSING when either side has no
 * value (missing is neutral: it adds no weight for or against).
 */
export const MISSING = -1;

export interface FieldSpec {
  /** Stable key, used in models and explanations. */
  readonly field: string;
  /** Words for people ("mother's name"). */
  readonly label: string;
  /** Level names, best first. */
  readonly levels: readonly string[];
  /** Whether agreement on this field is adjusted by how common the agreeing value is. */
  readonly termFrequency: boolean;
}

export const FIELDS = [
  {
    field: 'given_name',
    label: 'given name',
    levels: ['exact', 'equivalent', 'close', 'elsewhere in name', 'weak', 'different'],
    termFrequency: true,
  },
  {
    field: 'family_line',
    label: "name chain / father's line",
    levels: ['two or more agree', 'one agrees', 'one similar', 'none agree'],
    termFrequency: true,
  },
  {
    field: 'mother_name',
    label: "mother's name",
    levels: ['agrees', 'similar', 'weak', 'differs'],
    termFrequency: true,
  },
  { field: 'sex', label: 'sex', levels: ['same', 'differs'], termFrequency: false },
  {
    field: 'birth',
    label: 'birth date / age',
    levels: ['same day', 'overlaps, both within a year', 'overlaps', 'day and month swapped', 'within 1 year', 'within 3 years', 'differs'],
    termFrequency: false,
  },
  {
    field: 'origin',
    label: 'place of origin',
    levels: ['same place', 'one within the other', 'same region', 'same country', 'differs'],
    termFrequency: false,
  },
  {
    field: 'separation_place',
    label: 'place of separation',
    levels: ['same place', 'one within the other', 'same region', 'same country', 'differs'],
    termFrequency: false,
  },
  {
    field: 'separation_date',
    label: 'date of separation',
    levels: ['overlaps', 'within 3 months', 'within 1 year', 'differs'],
    termFrequency: false,
  },
] as const satisfies readonly FieldSpec[];

export type FieldName = (typeof FIELDS)[number]['field'];
export const FIELD_COUNT = FIELDS.length;
export const FIELD_INDEX: Readonly<Record<FieldName, number>> = Object.fromEntries(
  FIELDS.map((f, i) => [f.field, i]),
) as Record<FieldName, number>;
