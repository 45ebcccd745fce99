import { prepareRecord, RecordKindSchema, type Band } from '@retrace/core';
import type { z } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { ServiceError } from '../http/errors.ts';
import { proposeMatches } from '../matches/proposals.ts';
import type { Tables } from '../storage/tables.ts';
import { rawOf } from './candidates.ts';
import { databaseFinder, type CandidateFinder } from './finder.ts';
import { candidateView, disclosedTo } from './disclosure-view.ts';
import type { SearchBodySchema, SearchResultSchema } from './schemas.ts';

const BAND_RANK: Record<Band, number> = { likely: 2, possible: 1, unlikely: 0 };
const ALL_KINDS = RecordKindSchema.options;

/**
 * Ranked candidates for a partial description, or for one of the caller's own records (whose
 * candidates then enter the review queue). Reaches the caller's agency's open records and other
 * agencies' open records with consent for tracing; a stored record without consent is searched
 * against its own agency only. The search and the records it returned are audited together.
 */
export async function search(db: Kysely<Tables>, actor: Actor, body: z.infer<typeof SearchBodySchema>, finder: CandidateFinder = databaseFinder): Promise<z.infer<typeof SearchResultSchema>> {
  return db.transaction().execute(async (trx) => {
    const source = body.record_id
      ? await trx.selectFrom('records').selectAll().where('id', '=', body.record_id).where('agency_id', '=', actor.agencyId).executeTakeFirst()
      : undefined;
    if (body.record_id && !source) throw new ServiceError('not_found', 'No such record.');
    if (source && source.status !== 'open') throw new ServiceError('conflict', 'The record is closed.');
    const probe = prepareRecord(source ? rawOf(source) : { ...body.description, id: 'search' });
    const defaultKinds = source ? [source.kind === 'child' ? ('request' as const) : ('child' as const)] : ALL_KINDS;
    // Candidates come best first and bands follow scores: the first `limit` are all that can be kept.
    const candidates = await finder.find(
      trx,
      probe,
      { agencyId: actor.agencyId, acrossAgencies: source ? source.consent_for_tracing : true, kinds: body.kinds ?? defaultKinds, ...(source ? { excludeId: source.id } : {}) },
      body.limit,
    );
    const kept = candidates.filter((c) => BAND_RANK[c.pair.band] >= BAND_RANK[body.min_band]).slice(0, body.limit);
    const proposal = source ? await proposeMatches(trx, subjectOf(actor), source, kept, 'search') : { created: 0, matchIds: new Map<string, string>() };
    const disclosed = await disclosedTo(trx, actor.agencyId, kept.map((c) => c.record.id));
    const views = kept.map((c) => candidateView(c.record, c.pair, actor.agencyId, disclosed, proposal.matchIds.get(c.record.id)));
    await writeAudit(trx, subjectOf(actor), 'search', [...(source ? [source.id] : []), ...kept.map((c) => c.record.id)], {
      mode: source ? 'record' : 'description',
      fields_given: source ? [] : Object.keys(body.description ?? {}),
      returned: kept.length,
    });
    return { candidates: views, proposed: proposal.created };
  });
}
