import { summarizeEvidence, type FieldEvidence, type ScoredPair } from '@retrace/core';
import type { Kysely } from 'kysely';
import { toRecordView } from '../records/view.ts';
import type { RecordRow, Tables } from '../storage/tables.ts';
import type { CandidateView } from './schemas.ts';

/** Evidence without the values compared: which fields agree and how strongly, not what they say. */
export function withoutValues(evidence: readonly FieldEvidence[]): FieldEvidence[] {
  return evidence.map(({ field, label, level, weight }) => ({ field, label, level, weight }));
}

export const agreeingFields = (evidence: readonly FieldEvidence[]): string[] =>
  evidence.filter((e) => e.weight > 0 && e.level !== 'missing' && e.field !== 'family_overlap').map((e) => e.field);

/** The ids among `recordIds` whose owners approved disclosure to `agencyId`. */
export async function disclosedTo(db: Kysely<Tables>, agencyId: string, recordIds: readonly string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('disclosures')
    .select('record_id')
    .where('requesting_agency_id', '=', agencyId)
    .where('status', '=', 'approved')
    .where('record_id', 'in', [...recordIds])
    .execute();
  return new Set(rows.map((r) => r.record_id));
}

/** Shapes one scored candidate for a viewer of `viewerAgencyId` under the minimum-disclosure rule. */
export function candidateView(record: RecordRow, pair: ScoredPair, viewerAgencyId: string, disclosed: ReadonlySet<string>, matchId?: string): CandidateView {
  const visible = record.agency_id === viewerAgencyId || disclosed.has(record.id);
  const evidence = visible ? pair.evidence : withoutValues(pair.evidence);
  return {
    record_id: record.id,
    agency_id: record.agency_id,
    kind: record.kind,
    score: Math.round(pair.score * 10_000) / 10_000,
    band: pair.band,
    agreeing_fields: agreeingFields(pair.evidence),
    sex: record.sex,
    age_band: record.age_band as CandidateView['age_band'],
    disclosed: visible,
    summary: visible ? pair.summary : summarizeEvidence(evidence),
    evidence,
    ...(visible ? { record: toRecordView(record) } : {}),
    ...(matchId ? { match_id: matchId } : {}),
  };
}
