import { createScoringContext, defaultModel, prepareRecord, scoreWithContext, summarizeEvidence, type FieldEvidence } from '@retrace/core';
import type { z } from '@hono/zod-openapi';
import { sql, type Kysely, type Transaction } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { ServiceError } from '../http/errors.ts';
import { paginate, type Page, type PageQuery } from '../http/pagination.ts';
import { toRecordView } from '../records/view.ts';
import { rawOf } from '../search/candidates.ts';
import { disclosedTo } from '../search/disclosure-view.ts';
import type { MatchRow, RecordRow, Tables } from '../storage/tables.ts';
import type { DecisionAction, MatchListQuerySchema, MatchView } from './schemas.ts';

const iso = (d: Date | null): string | null => (d === null ? null : new Date(d).toISOString());

type MatchSide = MatchView['sides'][number];

function sideOf(record: RecordRow, visible: boolean): MatchSide {
  return {
    record_id: record.id,
    agency_id: record.agency_id,
    kind: record.kind,
    sex: record.sex,
    age_band: record.age_band as MatchSide['age_band'],
    disclosed: visible,
    ...(visible ? { record: toRecordView(record) } : {}),
  };
}

/** Shapes a match for a viewer: both sides' full detail only where the viewer may see it. */
async function matchViews(db: Kysely<Tables>, actor: Actor, matches: readonly MatchRow[]): Promise<MatchView[]> {
  if (matches.length === 0) return [];
  const ids = [...new Set(matches.flatMap((m) => [m.record_a, m.record_b]))];
  const records = new Map((await db.selectFrom('records').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]));
  const disclosed = await disclosedTo(db, actor.agencyId, ids);
  const visible = (r: RecordRow) => r.agency_id === actor.agencyId || disclosed.has(r.id);
  const context = createScoringContext(defaultModel());
  return matches.map((m) => {
    const a = records.get(m.record_a)!;
    const b = records.get(m.record_b)!;
    let evidence = m.evidence as FieldEvidence[];
    // Both sides readable and not purged: show the values compared, scored afresh from the records.
    if (visible(a) && visible(b) && a.fields && b.fields) evidence = scoreWithContext(context, prepareRecord(rawOf(a)), prepareRecord(rawOf(b))).evidence;
    return {
      id: m.id,
      status: m.status,
      origin: m.origin,
      score: Math.round(m.score * 10_000) / 10_000,
      band: m.band as MatchView['band'],
      agreeing_fields: m.agreeing_fields,
      summary: summarizeEvidence(evidence),
      evidence,
      sides: [sideOf(a, visible(a)), sideOf(b, visible(b))],
      reason: m.reason,
      decided_by: m.decided_by,
      decided_at: iso(m.decided_at),
      created_at: iso(m.created_at)!,
      records_changed: m.version_a === null || m.version_b === null ? null : a.version !== m.version_a || b.version !== m.version_b,
    };
  });
}

const involving = (actor: Actor) => (eb: any) => eb.or([eb('agency_a', '=', actor.agencyId), eb('agency_b', '=', actor.agencyId)]);

/** The review queue of the caller's agency: pairs with at least one of its records. */
export async function listMatches(db: Kysely<Tables>, actor: Actor, filter: z.infer<typeof MatchListQuerySchema>, page: PageQuery): Promise<Page<MatchView>> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('matches').selectAll().select(sql<string>`seq::text`.as('seq')).where(involving(actor));
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.band) query = query.where('band', '=', filter.band);
    const result = await paginate(query, 'matches.seq', page);
    const items = await matchViews(trx, actor, result.items);
    await writeAudit(trx, subjectOf(actor), 'match.list', result.items.flatMap((m) => [m.record_a, m.record_b]), { count: items.length });
    return { items, next: result.next };
  });
}

async function involvedMatch(trx: Transaction<Tables>, actor: Actor, id: string, lock: boolean): Promise<MatchRow> {
  const query = trx.selectFrom('matches').selectAll().where('id', '=', id).where(involving(actor));
  const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!row) throw new ServiceError('not_found', 'No such match.');
  return row;
}

/** One pair of the caller's agency's queue. */
export async function viewMatch(db: Kysely<Tables>, actor: Actor, id: string): Promise<MatchView> {
  return db.transaction().execute(async (trx) => {
    const row = await involvedMatch(trx, actor, id, false);
    await writeAudit(trx, subjectOf(actor), 'match.view', [row.record_a, row.record_b], { match_id: id });
    return (await matchViews(trx, actor, [row]))[0]!;
  });
}

const NEXT_STATUS: Record<DecisionAction, { from: ReadonlyArray<MatchRow['status']>; to: MatchRow['status'] }> = {
  confirm: { from: ['pending'], to: 'confirmed' },
  reject: { from: ['pending'], to: 'rejected' },
  undo: { from: ['confirmed', 'rejected'], to: 'pending' },
};

/** Records of a pair move to reunification follow-up while a confirmed match links them. */
async function updateStages(trx: Transaction<Tables>, recordIds: readonly string[]): Promise<void> {
  for (const id of recordIds) {
    const linked = await trx
      .selectFrom('matches')
      .select('id')
      .where('status', '=', 'confirmed')
      .where((eb) => eb.or([eb('record_a', '=', id), eb('record_b', '=', id)]))
      .executeTakeFirst();
    await trx.updateTable('records').set({ stage: linked ? 'reunification_follow_up' : 'tracing' }).where('id', '=', id).execute();
  }
}

/**
 * A focal point's decision on a pair: confirm (links the records and moves them to reunification
 * follow-up), reject (the pair is never proposed again) or undo either, always with a reason.
 */
export async function decideMatch(db: Kysely<Tables>, actor: Actor, id: string, action: DecisionAction, reason: string): Promise<MatchView> {
  return db.transaction().execute(async (trx) => {
    const current = await involvedMatch(trx, actor, id, true);
    const step = NEXT_STATUS[action];
    if (!step.from.includes(current.status)) throw new ServiceError('conflict', `A ${current.status} match cannot be given "${action}".`, { status: current.status });
    const decided = action === 'undo' ? { reason: null, decided_by: null, decided_at: null } : { reason, decided_by: actor.userId, decided_at: sql<Date>`now()` };
    const row = await trx.updateTable('matches').set({ status: step.to, ...decided }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    await trx.insertInto('match_decisions').values({ match_id: id, action, reason, user_id: actor.userId }).execute();
    await updateStages(trx, [row.record_a, row.record_b]);
    await writeAudit(trx, subjectOf(actor), `match.${action}`, [row.record_a, row.record_b], { match_id: id, from: current.status, to: step.to });
    return (await matchViews(trx, actor, [row]))[0]!;
  });
}
