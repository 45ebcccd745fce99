import type { RowIssue } from '@retrace/core';
import { sql, type Transaction } from 'kysely';
import { newId } from '../auth/secrets.ts';
import { deriveRecord, type DerivedRecord } from '../records/derived.ts';
import { writeBlockingKeysOfMany } from '../search/candidates.ts';
import type { RecordRow, Tables } from '../storage/tables.ts';
import type { MappedRecord } from './mapping/apply.ts';

/** What became of each mapped row of a batch. */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows refused here (repeated id, closed record, kind changed); their issues are returned. */
  rejected: RowIssue[];
}

export interface BatchContext {
  readonly importId: string;
  readonly agencyId: string;
  readonly userId: string;
}

/** A mapped row with its derived form computed ahead (while the previous batch was being written). */
export interface PreparedRow extends MappedRecord {
  /** The record's id if it is created. */
  readonly newId: string;
  /** Derived under `newId`; nothing derived depends on the id, so an update reuses it. */
  readonly derived: DerivedRecord;
}

/** Derives what a write stores (prepared form, sex, age band, keys' source) for a mapped row. */
export function prepareRow(record: MappedRecord, today: Date): PreparedRow {
  const id = newId();
  return { ...record, newId: id, derived: deriveRecord(id, record.kind, record.fields, today) };
}

type Existing = Pick<RecordRow, 'id' | 'external_id' | 'kind' | 'consent_for_tracing' | 'status' | 'fields' | 'version'>;

/** Key-order-free JSON, so that `{a,b}` read back from jsonb equals `{b,a}` from a row. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The fields whose values differ (a field the source no longer has counts as changed). */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonical(before[k]) !== canonical(after[k])).sort();
}

/** The advisory-lock key space of import batches (the second key is the agency's hash). */
const IMPORT_LOCK_SPACE = 0x52_49_4d; // "RIM"

const reject = (row: number, field: string, code: string, message: string): RowIssue => ({ row, field, code, message, severity: 'rejected' });

/**
 * Takes the batch's source ids for this import: the first row with an id wins, a later row with
 * the same id (in this batch, an earlier one, or before a crash) is rejected naming that row.
 */
async function claimIds(trx: Transaction<Tables>, ctx: BatchContext, records: readonly PreparedRow[]): Promise<{ fresh: PreparedRow[]; repeats: RowIssue[] }> {
  const firstInBatch = new Map<string, PreparedRow>();
  const repeats: RowIssue[] = [];
  const repeat = (r: PreparedRow, first: number) => repeats.push(reject(r.row, 'id', 'id.duplicate', `the source id is already used on row ${first}; the first row is kept`));
  for (const r of records) {
    const first = firstInBatch.get(r.externalId);
    if (first) repeat(r, first.row);
    else firstInBatch.set(r.externalId, r);
  }
  const candidates = [...firstInBatch.values()];
  if (candidates.length === 0) return { fresh: [], repeats };
  const taken = await sql<{ external_id: string }>`
    insert into import_seen (import_id, external_id, row)
    select ${ctx.importId}, e, r from unnest(${candidates.map((c) => c.externalId)}::text[], ${candidates.map((c) => c.row)}::int[]) as t(e, r)
    on conflict do nothing returning external_id`.execute(trx);
  const claimed = new Set(taken.rows.map((r) => r.external_id));
  const lost = candidates.filter((c) => !claimed.has(c.externalId));
  if (lost.length > 0) {
    const earlier = await trx.selectFrom('import_seen').select(['external_id', 'row']).where('import_id', '=', ctx.importId).where('external_id', 'in', lost.map((c) => c.externalId)).execute();
    const rowOf = new Map(earlier.map((e) => [e.external_id, e.row]));
    for (const c of lost) repeat(c, rowOf.get(c.externalId) ?? 0);
  }
  return { fresh: candidates.filter((c) => claimed.has(c.externalId)), repeats };
}

interface Planned {
  readonly creates: { id: string; record: PreparedRow; derived: DerivedRecord }[];
  readonly updates: { existing: Existing; record: PreparedRow; derived: DerivedRecord; changed: string[] }[];
  readonly unchanged: number;
  readonly rejected: RowIssue[];
}

/** Compares each row with the agency's record of the same source id. */
function plan(records: readonly PreparedRow[], existing: ReadonlyMap<string, Existing>): Planned {
  const out: Planned = { creates: [], updates: [], unchanged: 0, rejected: [] };
  let unchanged = 0;
  for (const record of records) {
    const current = existing.get(record.externalId);
    if (!current) {
      out.creates.push({ id: record.newId, record, derived: record.derived });
      continue;
    }
    const before = current.fields ?? {};
    const changed = changedFields(before, record.fields as Record<string, unknown>);
    if (current.consent_for_tracing !== record.consent) changed.push('consent_for_tracing');
    if (current.kind !== record.kind) {
      out.rejected.push(reject(record.row, 'kind', 'kind.changed', `the record with this source id is a ${current.kind}, not a ${record.kind}`));
    } else if (changed.length === 0 && current.fields !== null) {
      unchanged++;
    } else if (current.status !== 'open' || current.fields === null) {
      out.rejected.push(reject(record.row, 'id', 'record.closed', 'the record with this source id is closed; reopen or re-register it through the API'));
    } else {
      out.updates.push({ existing: current, record, derived: record.derived, changed: changed.sort() });
    }
  }
  return { ...out, unchanged };
}

async function insertCreates(trx: Transaction<Tables>, ctx: BatchContext, creates: Planned['creates']): Promise<void> {
  if (creates.length === 0) return;
  const col = <T>(pick: (c: Planned['creates'][number]) => T) => creates.map(pick);
  // One statement: the history is filled from the rows just inserted, so each record's fields are
  // sent and parsed once. The changed fields of a creation are all its fields, in code-point order
  // (as JavaScript sorts them for an update's history).
  await sql`with created as (
      insert into records (id, agency_id, external_id, kind, consent_for_tracing, status, stage, fields, sex, age_band, version, created_by)
      select t.id, ${ctx.agencyId}, t.external_id, t.kind, t.consent, 'open', 'tracing', t.fields::jsonb, t.sex, t.age_band, 1, ${ctx.userId}
      from unnest(${col((c) => c.id)}::text[], ${col((c) => c.record.externalId)}::text[], ${col((c) => c.record.kind)}::text[], ${col((c) => c.record.consent)}::boolean[],
                  ${col((c) => JSON.stringify(c.derived.fields))}::text[], ${col((c) => c.derived.sex)}::text[], ${col((c) => c.derived.ageBand)}::text[])
        as t(id, external_id, kind, consent, fields, sex, age_band)
      returning id, fields)
    insert into record_history (record_id, version, action, changed_by, changed_fields, snapshot)
    select c.id, 1, 'create', ${ctx.userId}, coalesce((select jsonb_agg(k order by k collate "C") from jsonb_object_keys(c.fields) as k), '[]'::jsonb), c.fields
    from created c`.execute(trx);
  await writeBlockingKeysOfMany(trx, creates.map((c) => ({ record: { id: c.id, kind: c.record.kind, agency_id: ctx.agencyId, consent_for_tracing: c.record.consent }, prepared: c.derived.prepared })), { replace: false });
}

async function applyUpdates(trx: Transaction<Tables>, ctx: BatchContext, updates: Planned['updates']): Promise<void> {
  if (updates.length === 0) return;
  const col = <T>(pick: (u: Planned['updates'][number]) => T) => updates.map(pick);
  await sql`update records set fields = t.fields::jsonb, consent_for_tracing = t.consent, sex = t.sex, age_band = t.age_band, version = records.version + 1, updated_at = now()
    from unnest(${col((u) => u.existing.id)}::text[], ${col((u) => JSON.stringify(u.derived.fields))}::text[], ${col((u) => u.record.consent)}::boolean[],
                ${col((u) => u.derived.sex)}::text[], ${col((u) => u.derived.ageBand)}::text[]) as t(id, fields, consent, sex, age_band)
    where records.id = t.id`.execute(trx);
  await sql`insert into record_history (record_id, version, action, changed_by, changed_fields, snapshot)
    select t.id, t.version, 'update', ${ctx.userId}, t.changed::jsonb, t.snapshot::jsonb
    from unnest(${col((u) => u.existing.id)}::text[], ${col((u) => u.existing.version + 1)}::int[], ${col((u) => JSON.stringify(u.changed))}::text[], ${col((u) => JSON.stringify(u.derived.fields))}::text[])
      as t(id, version, changed, snapshot)`.execute(trx);
  await writeBlockingKeysOfMany(trx, updates.map((u) => ({ record: { id: u.existing.id, kind: u.record.kind, agency_id: ctx.agencyId, consent_for_tracing: u.record.consent }, prepared: u.derived.prepared })), { replace: true });
}

/**
 * Writes one batch of mapped rows keyed by (agency, source id), inside the caller's transaction:
 * new ids are created, changed rows update their record (new version, history kept, blocking keys
 * rewritten), identical rows are left alone. One agency's batches are written one at a time (a
 * transaction-scoped advisory lock): two imports of overlapping files would otherwise both find a
 * new source id absent and both create it, and the second would fail on the unique key.
 */
export async function writeBatch(trx: Transaction<Tables>, ctx: BatchContext, records: readonly PreparedRow[]): Promise<BatchOutcome> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_SPACE}::int, hashtext(${ctx.agencyId}))`.execute(trx);
  const { fresh, repeats } = await claimIds(trx, ctx, records);
  const existing = new Map<string, Existing>();
  if (fresh.length > 0) {
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'external_id', 'kind', 'consent_for_tracing', 'status', 'fields', 'version'])
      .where('agency_id', '=', ctx.agencyId)
      .where(sql<boolean>`external_id = any(${fresh.map((r) => r.externalId)}::text[])`)
      .orderBy('id')
      .forUpdate()
      .execute();
    for (const row of rows) existing.set(row.external_id, row);
  }
  const planned = plan(fresh, existing);
  await insertCreates(trx, ctx, planned.creates);
  await applyUpdates(trx, ctx, planned.updates);
  return { created: planned.creates.length, updated: planned.updates.length, unchanged: planned.unchanged, rejected: [...repeats, ...planned.rejected] };
}
