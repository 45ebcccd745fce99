import type { Transaction } from 'kysely';
import { writeAudit, type AuditSubject } from '../audit/audit.ts';
import { newId } from '../auth/secrets.ts';
import type { Candidate } from '../search/candidates.ts';
import { agreeingFields, withoutValues } from '../search/disclosure-view.ts';
import type { RecordRow, Tables } from '../storage/tables.ts';

/**
 * Puts new candidate pairs into the review queue. A pair is stored once, in canonical order; a
 * pair already there (pending, confirmed or rejected) is left as it is, so a rejected pair is never
 * proposed again. Only the evidence's levels and weights are stored, never the values compared.
 * Returns the queue entry id of every candidate that has one.
 */
export async function proposeMatches(
  trx: Transaction<Tables>,
  subject: AuditSubject,
  source: RecordRow,
  candidates: readonly Candidate[],
  origin: 'search' | 'auto',
): Promise<{ created: number; matchIds: Map<string, string> }> {
  const worthReview = candidates.filter((c) => c.pair.band !== 'unlikely');
  const matchIds = new Map<string, string>();
  if (worthReview.length === 0) return { created: 0, matchIds };
  const rows = worthReview.map(({ record, pair }) => {
    const [a, b] = source.id < record.id ? [source, record] : [record, source];
    return {
      id: newId(),
      record_a: a.id,
      record_b: b.id,
      version_a: a.version,
      version_b: b.version,
      agency_a: a.agency_id,
      agency_b: b.agency_id,
      score: pair.score,
      band: pair.band,
      agreeing_fields: JSON.stringify(agreeingFields(pair.evidence)),
      evidence: JSON.stringify(withoutValues(pair.evidence)),
      origin,
      status: 'pending' as const,
    };
  });
  const inserted = await trx.insertInto('matches').values(rows).onConflict((oc) => oc.columns(['record_a', 'record_b']).doNothing()).returning('id').execute();
  const existing = await trx
    .selectFrom('matches')
    .select(['id', 'record_a', 'record_b'])
    .where((eb) => eb.or([eb('record_a', '=', source.id), eb('record_b', '=', source.id)]))
    .execute();
  for (const m of existing) matchIds.set(m.record_a === source.id ? m.record_b : m.record_a, m.id);
  if (inserted.length > 0) {
    const created = new Set(inserted.map((r) => r.id));
    const pairs = existing.filter((m) => created.has(m.id));
    await writeAudit(trx, subject, 'match.propose', [source.id, ...pairs.map((m) => (m.record_a === source.id ? m.record_b : m.record_a))], { origin, created: inserted.length });
  }
  return { created: inserted.length, matchIds };
}
