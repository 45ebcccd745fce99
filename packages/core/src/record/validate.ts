import { z } from 'zod';
import { birthEvidence } from '../normalize/date/birth-evidence.ts';
import { parseDate } from '../normalize/date/parse-date.ts';
import { INTERCHANGE_COLUMNS, RawRecordSchema, type RawRecord } from './schema.ts';
import { KIND_WORDS, RELATIONSHIP_WORDS, SEX_WORDS, codeKey, meansUnknown } from './vocabulary.ts';

/** What happened to a row or one of its fields, for people and for the rejects file. */
export const RowIssueSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
  /** `rejected`: the whole row is left out; `field_ignored`: the row is kept without that value. */
  severity: z.enum(['rejected', 'field_ignored']),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

export interface ValidatedRow {
  readonly record: RawRecord | null;
  readonly issues: RowIssue[];
}

const MAX_VALUE_LENGTH = 500;
const KNOWN = new Set<string>(INTERCHANGE_COLUMNS);
const DATE_FIELDS = ['date_of_birth', 'registered_on', 'age_as_of', 'date_of_separation'] as const;
// Control characters (other than tab/newline) and the replacement character left by bad UTF-8.
const BINARY = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/u;
const show = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * The coded value a word stands for; a qualifier after it is read past ("oncle paternel",
 * "grand-mère maternelle", "frère aîné": the words before it decide).
 */
function coded<T>(value: string, words: Readonly<Record<string, T>>): T | undefined {
  const key = codeKey(value);
  const exact = words[key] ?? words[value.trim()];
  if (exact !== undefined) return exact;
  const parts = key.split(' ');
  for (let n = parts.length - 1; n >= 1; n--) {
    const found = words[parts.slice(0, n).join(' ')];
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Validates one row of an interchange file (cells keyed by lowercase column name; `row` is the
 * 1-based data row number). A row without a usable id is rejected; a bad value in any other
 * column is left out with an issue and the rest of the row is kept, since a child's record
 * should not be lost to a mistyped date.
 */
export function validateRow(cells: Readonly<Record<string, string>>, row: number): ValidatedRow {
  const issues: RowIssue[] = [];
  const note = (field: string, code: string, message: string, severity: RowIssue['severity'] = 'field_ignored') =>
    issues.push({ row, field, code, message, severity });

  const id = (cells.id ?? '').trim();
  if (!id) {
    note('id', 'id.missing', 'the row has no id', 'rejected');
    return { record: null, issues };
  }
  if (BINARY.test(id) || id.length > 200) {
    note('id', BINARY.test(id) ? 'value.binary' : 'value.too_long', `the id ${show(id)} is not usable text`, 'rejected');
    return { record: null, issues };
  }

  const record: Record<string, unknown> = { id };
  const extra: Record<string, string> = {};
  for (const [column, rawValue] of Object.entries(cells)) {
    const value = rawValue.trim();
    // "Inconnu", "N/A", "-": a blank, written out (the id and the kind are never placeholders).
    if (column === 'id' || value === '' || (column !== 'kind' && meansUnknown(value))) continue;
    if (BINARY.test(value)) note(column, 'value.binary', `${column} holds control or undecodable characters`);
    else if (value.length > MAX_VALUE_LENGTH) note(column, 'value.too_long', `${column} is longer than ${MAX_VALUE_LENGTH} characters`);
    else if (!KNOWN.has(column)) extra[column] = value;
    else record[column] = value;
  }
  if (Object.keys(extra).length > 0) record.extra = extra;

  normalizeCode(record, 'sex', SEX_WORDS, note, 'sex.unrecognised', 'm or f (male/female, garçon/fille, H/F)');
  normalizeCode(record, 'kind', KIND_WORDS, note, 'kind.unrecognised', 'child or request');
  normalizeCode(record, 'requester_relationship', RELATIONSHIP_WORDS, note, 'relationship.unrecognised', 'father, mother, sibling, grandparent, uncle, aunt or other');
  for (const field of DATE_FIELDS) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    const parsed = parseDate(value);
    if (!parsed.ok) {
      note(field, parsed.error.code, `${field}: ${parsed.error.message}`);
      delete record[field];
    }
  }
  if (typeof record.age === 'string') {
    const birth = birthEvidence({ age: record.age as string, age_as_of: record.age_as_of as string | undefined, registered_on: record.registered_on as string | undefined });
    if (!birth.ok) {
      note('age', birth.error.code, `age: ${birth.error.message}`);
      delete record.age;
    }
  }
  const parsed = RawRecordSchema.safeParse(record);
  if (!parsed.success) {
    // Unreachable for values that passed the checks above; kept so a schema change cannot lose rows silently.
    const issue = parsed.error.issues[0]!;
    note(String(issue.path[0] ?? 'row'), 'row.invalid', issue.message, 'rejected');
    return { record: null, issues };
  }
  return { record: parsed.data, issues };
}

function normalizeCode<T>(
  record: Record<string, unknown>,
  field: string,
  words: Readonly<Record<string, T>>,
  note: (field: string, code: string, message: string) => void,
  code: string,
  expected: string,
): void {
  const value = record[field];
  if (typeof value !== 'string') return;
  const canonical = coded(value, words);
  if (canonical === undefined) {
    note(field, code, `${field} ${show(value)} is not recognised (expected ${expected})`);
    delete record[field];
  } else record[field] = canonical;
}
