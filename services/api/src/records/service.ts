import type { PreparedRecord } from '@retrace/core';
import type { z } from '@hono/zod-openapi';
import { sql, type Kysely, type Transaction } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { newId } from '../auth/secrets.ts';
import { ServiceError } from '../http/errors.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import { proposeMatches } from '../matches/proposals.ts';
import { deleteBlockingKeys, writeBlockingKeys } from '../search/candidates.ts';
import { databaseFinder, type CandidateFinder } from '../search/finder.ts';
import { disclosedTo } from '../search/disclosure-view.ts';
import type { RecordRow, Tables } from '../storage/tables.ts';
import type { CloseRecordBodySchema, NewRecordBodySchema, RecordHistoryEntrySchema, RecordListQuerySchema, RecordUpdateBodySchema, RecordView } from './schemas.ts';
import { deriveRecord } from './derived.ts';
import { toRecordView } from './view.ts';

type NewRecordBody = z.infer<typeof NewRecordBodySchema>;
type RecordUpdateBody = z.infer<typeof RecordUpdateBodySchema>;

export interface WrittenRecord {
  readonly record: RecordView;
  /** New pairs entered into the review queue by automatic matching. */
  readonly proposed: number;
}

const opposite = (kind: 'child' | 'request') => (kind === 'child' ? 'request' : 'child');

/** Keys, automatic matching and the anonymous attributes: everything derived from the fields. */
async function indexAndMatch(trx: Transaction<Tables>, actor: Actor, row: RecordRow, prepared: PreparedRecord, finder: CandidateFinder): Promise<number> {
  await writeBlockingKeys(trx, row, prepared);
  const candidates = await finder.findWhileWriting(trx, prepared, { agencyId: row.agency_id, acrossAgencies: row.consent_for_tracing, kinds: [opposite(row.kind)], excludeId: row.id });
  const { created } = await proposeMatches(trx, subjectOf(actor), row, candidates, 'auto');
  return created;
}

/** Inserts one record with its history, audit row, keys and proposals, inside the caller's transaction. */
async function insertRecord(trx: Transaction<Tables>, actor: Actor, body: NewRecordBody, audited: boolean, finder: CandidateFinder): Promise<WrittenRecord> {
  const duplicate = await trx.selectFrom('records').select('id').where('agency_id', '=', actor.agencyId).where('external_id', '=', body.external_id).executeTakeFirst();
  if (duplicate) throw new ServiceError('conflict', 'Your agency already has a record with that external_id.', { record_id: duplicate.id, external_id: body.external_id });
  const id = newId();
  const { fields, prepared, sex, ageBand } = deriveRecord(id, body.kind, body.fields);
  const row = await trx
    .insertInto('records')
    .values({
      id,
      agency_id: actor.agencyId,
      external_id: body.external_id,
      kind: body.kind,
      consent_for_tracing: body.consent_for_tracing,
      status: 'open',
      stage: 'tracing',
      fields: JSON.stringify(fields),
      sex,
      age_band: ageBand,
      version: 1,
      created_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('record_history')
    .values({ record_id: id, version: 1, action: 'create', changed_by: actor.userId, changed_fields: JSON.stringify(Object.keys(fields).sort()), snapshot: JSON.stringify(fields) })
    .execute();
  if (audited) await writeAudit(trx, subjectOf(actor), 'record.create', [id], { kind: body.kind, consent_for_tracing: body.consent_for_tracing });
  const proposed = await indexAndMatch(trx, actor, row, prepared, finder);
  return { record: toRecordView(row), proposed };
}

/** Registers a child or a tracing request for the caller's agency, then matches it against the rest. */
export async function createRecord(db: Kysely<Tables>, actor: Actor, body: NewRecordBody, finder: CandidateFinder = databaseFinder): Promise<WrittenRecord> {
  return db.transaction().execute((trx) => insertRecord(trx, actor, body, true, finder));
}

/**
 * Registers a batch of records (an agency's export) all or nothing: one transaction, one audit
 * row naming every record. A duplicate external id anywhere refuses the whole batch.
 */
export async function importRecords(db: Kysely<Tables>, actor: Actor, bodies: readonly NewRecordBody[], finder: CandidateFinder = databaseFinder): Promise<{ records: RecordView[]; proposed: number }> {
  const ids = bodies.map((b) => b.external_id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw new ServiceError('conflict', 'The batch repeats external ids.', { external_ids: [...new Set(repeated)] });
  return db.transaction().execute(async (trx) => {
    const written: WrittenRecord[] = [];
    for (const body of bodies) written.push(await insertRecord(trx, actor, body, false, finder));
    const proposed = written.reduce((sum, w) => sum + w.proposed, 0);
    await writeAudit(trx, subjectOf(actor), 'import', written.map((w) => w.record.id), { count: written.length, proposed });
    return { records: written.map((w) => w.record), proposed };
  });
}

/** The caller's agency's record, locked for a change; another agency's id is simply not found. */
async function ownRecordForUpdate(trx: Transaction<Tables>, actor: Actor, id: string): Promise<RecordRow> {
  const row = await trx.selectFrom('records').selectAll().where('id', '=', id).where('agency_id', '=', actor.agencyId).forUpdate().executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'No such record.');
  if (row.status !== 'open') throw new ServiceError('conflict', 'The record is closed.');
  return row;
}

/** Changes a record's fields or consent; keeps the previous state in the history and re-matches. */
export async function updateRecord(db: Kysely<Tables>, actor: Actor, id: string, body: RecordUpdateBody, finder: CandidateFinder = databaseFinder): Promise<WrittenRecord> {
  return db.transaction().execute(async (trx) => {
    const current = await ownRecordForUpdate(trx, actor, id);
    if (body.expected_version !== undefined && body.expected_version !== current.version) {
      throw new ServiceError('conflict', 'The record changed since you read it.', { version: current.version });
    }
    const { fields, prepared, sex, ageBand } = deriveRecord(id, current.kind, { ...(current.fields ?? {}), ...(body.fields ?? {}) });
    const changed = [...Object.keys(body.fields ?? {}), ...(body.consent_for_tracing !== undefined ? ['consent_for_tracing'] : [])].sort();
    const version = current.version + 1;
    const row = await trx
      .updateTable('records')
      .set({
        fields: JSON.stringify(fields),
        consent_for_tracing: body.consent_for_tracing ?? current.consent_for_tracing,
        sex,
        age_band: ageBand,
        version,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('record_history')
      .values({ record_id: id, version, action: 'update', changed_by: actor.userId, changed_fields: JSON.stringify(changed), snapshot: JSON.stringify(fields) })
      .execute();
    await writeAudit(trx, subjectOf(actor), 'record.update', [id], { changed });
    const proposed = await indexAndMatch(trx, actor, row, prepared, finder);
    return { record: toRecordView(row), proposed };
  });
}

/** Closes a record: it leaves searches and matching; retention purges its fields later. */
export async function closeRecord(db: Kysely<Tables>, actor: Actor, id: string, body: z.infer<typeof CloseRecordBodySchema>): Promise<RecordView> {
  return db.transaction().execute(async (trx) => {
    const current = await ownRecordForUpdate(trx, actor, id);
    const version = current.version + 1;
    const row = await trx
      .updateTable('records')
      .set({ status: 'closed', closed_at: sql<Date>`now()`, closed_reason: body.reason, version, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await deleteBlockingKeys(trx, [id]);
    await trx
      .insertInto('record_history')
      .values({ record_id: id, version, action: 'close', changed_by: actor.userId, changed_fields: JSON.stringify(['status']), snapshot: JSON.stringify(current.fields) })
      .execute();
    await writeAudit(trx, subjectOf(actor), 'record.close', [id], { reason: body.reason });
    return toRecordView(row);
  });
}

/**
 * A record the caller may read: their agency's own, or another agency's whose focal point approved
 * disclosure to the caller's agency. Anything else is "not found", never a hint that it exists.
 */
export async function readableRecord(db: Kysely<Tables>, actor: Actor, id: string): Promise<RecordRow> {
  const row = await db.selectFrom('records').selectAll().where('id', '=', id).executeTakeFirst();
  if (row && (row.agency_id === actor.agencyId || (await disclosedTo(db, actor.agencyId, [id])).has(id))) return row;
  throw new ServiceError('not_found', 'No such record.');
}

/** Reads one record (audited as a view). */
export async function viewRecord(db: Kysely<Tables>, actor: Actor, id: string): Promise<RecordView> {
  return db.transaction().execute(async (trx) => {
    const row = await readableRecord(trx, actor, id);
    await writeAudit(trx, subjectOf(actor), 'record.view', [id], { own: row.agency_id === actor.agencyId });
    return toRecordView(row);
  });
}

/** The caller's agency's records, filtered, in registration order (audited as a view of the page). */
export async function listRecords(db: Kysely<Tables>, actor: Actor, filter: z.infer<typeof RecordListQuerySchema>, page: PageQuery): Promise<Page<RecordView>> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('records').selectAll().select(sql<string>`seq::text`.as('seq')).where('agency_id', '=', actor.agencyId);
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.consent_for_tracing) query = query.where('consent_for_tracing', '=', filter.consent_for_tracing === 'true');
    const result = await paginate(query, 'records.seq', page);
    await writeAudit(trx, subjectOf(actor), 'record.list', result.items.map((r) => r.id), { count: result.items.length });
    return { items: result.items.map(toRecordView), next: result.next };
  });
}

/** Every change to one of the caller's agency's records, oldest first. */
export async function recordHistory(db: Kysely<Tables>, actor: Actor, id: string, page: PageQuery): Promise<Page<z.infer<typeof RecordHistoryEntrySchema>>> {
  return db.transaction().execute(async (trx) => {
    const own = await trx.selectFrom('records').select('id').where('id', '=', id).where('agency_id', '=', actor.agencyId).executeTakeFirst();
    if (!own) throw new ServiceError('not_found', 'No such record.');
    const query = trx
      .selectFrom('record_history')
      .select(['version', 'action', 'changed_by', 'changed_fields', 'snapshot', 'at', sql<string>`seq::text`.as('seq')])
      .where('record_id', '=', id);
    const result = await paginate(query, 'record_history.seq', page);
    await writeAudit(trx, subjectOf(actor), 'record.history', [id], { count: result.items.length });
    return {
      items: result.items.map((h) => ({ version: h.version, action: h.action, changed_by: h.changed_by, changed_fields: h.changed_fields, snapshot: h.snapshot, at: new Date(h.at).toISOString() })),
      next: result.next,
    };
  });
}
