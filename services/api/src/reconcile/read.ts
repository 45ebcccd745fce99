import type { RawRecord } from '@retrace/core';
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { rawOf } from '../search/candidates.ts';
import type { Tables } from '../storage/tables.ts';
import type { Scope } from './plan.ts';

/** A record as a pass reads it: what the core needs, plus where it belongs. */
export interface ScopedRecord {
  readonly seq: string;
  readonly agencyId: string;
  readonly raw: RawRecord;
}

/** The newest record sequence number: a run reads only records up to it, so reruns see the same set. */
export async function snapshotSeq(db: Kysely<Tables>): Promise<string> {
  const row = await sql<{ seq: string | null }>`select max(seq)::text as seq from records`.execute(db);
  return row.rows[0]?.seq ?? '0';
}

/** Open, unpurged records of a scope, up to the snapshot. */
function inScope(db: Kysely<Tables>, scope: Scope, snapshot: string): SelectQueryBuilder<Tables, 'records', {}> {
  let query = db
    .selectFrom('records')
    .where('kind', '=', scope.kind)
    .where('status', '=', 'open')
    .where('purged_at', 'is', null)
    .where('fields', 'is not', null)
    .where('seq', '<=', snapshot);
  if (scope.agencies !== null) query = query.where('agency_id', 'in', scope.agencies as string[]);
  if (scope.consentOnly) query = query.where('consent_for_tracing', '=', true);
  return query;
}

export async function countScope(db: Kysely<Tables>, scope: Scope, snapshot: string): Promise<number> {
  const row = await inScope(db, scope, snapshot).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

const toScoped = (r: { seq: string; id: string; kind: 'child' | 'request'; agency_id: string; fields: Record<string, unknown> | null }): ScopedRecord => ({
  seq: r.seq,
  agencyId: r.agency_id,
  raw: rawOf(r),
});

/**
 * One keyset page of a scope in sequence order, after `afterSeq`. Pages are read one at a time,
 * so a pass holds one page of its query side in memory, whatever the caseload's size.
 */
export async function readPage(db: Kysely<Tables>, scope: Scope, snapshot: string, afterSeq: string, limit: number): Promise<ScopedRecord[]> {
  const rows = await inScope(db, scope, snapshot)
    .select(['id', 'kind', 'agency_id', 'fields', sql<string>`seq::text`.as('seq')])
    .where('records.seq', '>', afterSeq)
    // The numeric column, not the text alias of the same name (text sorts 10 before 9).
    .orderBy('records.seq')
    .limit(limit)
    .execute();
  return rows.map(toScoped);
}

/**
 * Every record of a scope in sequence order, a page at a time (the indexed side of a pass): the
 * caller hands each page on and lets it go, so the whole side is never held here.
 */
export async function* readPages(db: Kysely<Tables>, scope: Scope, snapshot: string, pageSize = 20_000): AsyncGenerator<ScopedRecord[]> {
  let after = '0';
  for (;;) {
    const page = await readPage(db, scope, snapshot, after, pageSize);
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.seq;
  }
}

/** Records the model is estimated from: a fixed pseudo-random sample, the same on every run. */
export async function readSample(db: Kysely<Tables>, scope: Scope, snapshot: string, size: number): Promise<RawRecord[]> {
  const rows = await inScope(db, scope, snapshot)
    .select(['id', 'kind', 'agency_id', 'fields', sql<string>`seq::text`.as('seq')])
    .orderBy(sql`md5(id)`)
    .limit(size)
    .execute();
  return rows.map((r) => toScoped(r).raw);
}
