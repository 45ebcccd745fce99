import { validateRow, type RawRecord, type RecordKind, type RowIssue } from '@retrace/core';
import { RecordFieldsSchema, type RecordFields } from '../../records/schemas.ts';
import type { FieldRule, Mapping } from './schema.ts';

/** One source row turned into what a record is made of. */
export interface MappedRecord {
  readonly row: number;
  readonly externalId: string;
  readonly kind: RecordKind;
  readonly consent: boolean;
  readonly fields: RecordFields;
}

export interface MappedRow {
  /** Null when the row is rejected (its reason is among the issues). */
  readonly record: MappedRecord | null;
  readonly issues: RowIssue[];
}

const YES = new Set(['yes', 'y', 'true', '1', 'oui', 'o', 'نعم']);
const NO = new Set(['no', 'n', 'false', '0', 'non', 'لا']);
const get = (cells: Readonly<Record<string, string>>, column: string) => (cells[column] ?? '').trim();
const pad = (part: string) => (/^\d$/.test(part) ? `0${part}` : part);

function codeOf(value: string, codes: Readonly<Record<string, string>> | undefined): string {
  if (!codes || value === '') return value;
  return codes[value.toLowerCase()] ?? value;
}

/** The text a field rule produces for a row ('' when the row has nothing for it). */
export function applyRule(rule: FieldRule, cells: Readonly<Record<string, string>>): string {
  if ('column' in rule) return codeOf(get(cells, rule.column), rule.codes);
  if ('join' in rule) return rule.join.map((c) => get(cells, c)).filter(Boolean).join(rule.separator);
  if ('first_of' in rule) return rule.first_of.map((c) => get(cells, c)).find(Boolean) ?? '';
  if ('date_parts' in rule) {
    const { year, month, day } = rule.date_parts;
    const parts = [get(cells, year), month ? get(cells, month) : '', day ? get(cells, day) : ''];
    if (!parts[0]) return '';
    // A day without a month says nothing usable; stop at the first missing part.
    const known = parts[1] ? (parts[2] ? parts : parts.slice(0, 2)) : parts.slice(0, 1);
    return known.map(pad).join('-');
  }
  return rule.value;
}

/** Every source column a mapping reads (to tell which are unmapped, and which the file lacks). */
export function columnsUsed(mapping: Mapping): Set<string> {
  const used = new Set<string>(mapping.source_id.column ? [mapping.source_id.column] : mapping.source_id.columns);
  if (typeof mapping.kind === 'object') used.add(mapping.kind.column);
  if (typeof mapping.consent_for_tracing === 'object') used.add(mapping.consent_for_tracing.column);
  for (const rule of Object.values(mapping.fields)) {
    if (!rule) continue;
    if ('column' in rule) used.add(rule.column);
    else if ('join' in rule) rule.join.forEach((c) => used.add(c));
    else if ('first_of' in rule) rule.first_of.forEach((c) => used.add(c));
    else if ('date_parts' in rule) Object.values(rule.date_parts).forEach((c) => c && used.add(c));
  }
  for (const column of Object.keys(mapping.extra)) used.add(column);
  return used;
}

function consentOf(mapping: Mapping, cells: Readonly<Record<string, string>>, note: (field: string, code: string, message: string) => void): boolean {
  const rule = mapping.consent_for_tracing;
  if (typeof rule === 'boolean') return rule;
  const raw = get(cells, rule.column);
  if (raw === '') return rule.default;
  const key = raw.toLowerCase();
  const coded = rule.codes?.[key];
  if (coded !== undefined) return coded;
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  note('consent_for_tracing', 'consent.unrecognised', `consent ${JSON.stringify(raw.slice(0, 20))} is not recognised; recorded as ${rule.default ? 'given' : 'not given'}`);
  return rule.default;
}

const MAX_EXTRA = 30;

/** Stored records keep at most 30 extra attributes with short names; the rest is noted and left out. */
function boundedExtra(extra: Record<string, string>, note: (field: string, code: string, message: string) => void): Record<string, string> | undefined {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(extra)) {
    if (name.length > 64) note(name.slice(0, 64), 'extra.name_too_long', 'an extra column name is longer than 64 characters; its value is left out');
    else if (Object.keys(kept).length >= MAX_EXTRA) note(name, 'extra.too_many', `only ${MAX_EXTRA} extra columns are kept per record`);
    else kept[name] = value;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * Maps one source row (cells by lowercase column) and validates it with the core's `validateRow`:
 * the row is rejected without a source id, a kind, or valid fields; a bad value elsewhere is left
 * out with an issue and the rest kept, as the CLI does.
 */
export function mapRow(mapping: Mapping, cells: Readonly<Record<string, string>>, row: number, unmapped: readonly string[] = []): MappedRow {
  const issues: RowIssue[] = [];
  const note = (field: string, code: string, message: string, severity: RowIssue['severity'] = 'field_ignored') => issues.push({ row, field, code, message, severity });

  const idColumns = mapping.source_id.column ? [mapping.source_id.column] : mapping.source_id.columns!;
  const idParts = idColumns.map((c) => get(cells, c));
  if (idParts.some((p) => p === '')) {
    note('id', 'id.missing', `the row has no source id (${idColumns.join(', ')})`, 'rejected');
    return { record: null, issues };
  }
  const mapped: Record<string, string> = {};
  if (mapping.unmapped === 'keep') for (const column of unmapped) mapped[column] = cells[column] ?? '';
  for (const [field, rule] of Object.entries(mapping.fields)) if (rule) mapped[field] = applyRule(rule, cells);
  for (const [column, name] of Object.entries(mapping.extra)) mapped[name] = get(cells, column);
  mapped.id = mapping.source_id.prefix + idParts.join('-');
  mapped.kind = typeof mapping.kind === 'string' ? mapping.kind : codeOf(get(cells, mapping.kind.column), mapping.kind.codes);

  const validated = validateRow(mapped, row);
  issues.push(...validated.issues);
  if (!validated.record) return { record: null, issues };
  const { id, kind, ...rest } = validated.record as RawRecord;
  if (!kind) {
    // Without a kind a record can be neither matched nor searched: the row cannot be kept.
    const unrecognised = issues.findIndex((i) => i.field === 'kind');
    if (unrecognised >= 0) issues[unrecognised] = { ...issues[unrecognised]!, severity: 'rejected' };
    else note('kind', 'kind.missing', 'the row has no kind (child or request)', 'rejected');
    return { record: null, issues };
  }
  if (rest.extra) rest.extra = boundedExtra(rest.extra, note);
  const fields = RecordFieldsSchema.safeParse(rest);
  if (!fields.success) {
    const issue = fields.error.issues[0]!;
    note(String(issue.path[0] ?? 'row'), 'row.invalid', issue.message, 'rejected');
    return { record: null, issues };
  }
  return { record: { row, externalId: id, kind, consent: consentOf(mapping, cells, note), fields: fields.data }, issues };
}
