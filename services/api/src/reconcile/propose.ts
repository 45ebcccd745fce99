import type { ScoredPair } from '@retrace/core';
import { sql, type Transaction } from 'kysely';
import { writeAudit, type AuditSubject } from '../audit/audit.ts';
import { newId } from '../auth/secrets.ts';
import { agreeingFields, withoutValues } from '../search/disclosure-view.ts';
import type { MatchStatus, Tables } from '../storage/tables.ts';

/** A candidate worth a person's review, with the agencies of both records. */
export interface Proposal {
  readonly pair: ScoredPair;
  readonly leftAgency: string;
  readonly rightAgency: string;
}

/** What writing one batch did. */
export interface BatchOutcome {
  readonly created: ReadonlyArray<Proposal>;
  /** Pairs the queue held before this job: not proposed again. */
  readonly existing: ReadonlyArray<{ readonly proposal: Proposal; readonly status: MatchStatus }>;
}

/** Rows per insert statement. */
const INSERT_CHUNK = 2_000;

const canonical = (p: ScoredPair): [string, string] => (p.leftId < p.rightId ? [p.leftId, p.rightId] : [p.rightId, p.leftId]);

/**
 * Puts a batch of candidates into the review queue as pending pairs of this job, inside the
 * batch's transaction. A pair already queued (pending, confirmed or rejected) is left alone, so a
 * rejected pair is never proposed again; one this same job queued earlier (dedupe finds A–B from
 * A and again from B, and a resumed job may meet its own pairs) is neither new nor "existing".
 */
export async function writeProposals(trx: Transaction<Tables>, jobId: string, subject: AuditSubject, proposals: readonly Proposal[]): Promise<BatchOutcome> {
  const byKey = new Map<string, Proposal>();
  for (const p of proposals) {
    const key = canonical(p.pair).join('\u0000');
    if (!byKey.has(key)) byKey.set(key, p);
  }
  const unique = [...byKey.values()];
  const created: Proposal[] = [];
  for (let i = 0; i < unique.length; i += INSERT_CHUNK) {
    const rows = unique.slice(i, i + INSERT_CHUNK).map(({ pair, leftAgency, rightAgency }) => {
      const leftFirst = pair.leftId < pair.rightId;
      return {
        id: newId(),
        record_a: leftFirst ? pair.leftId : pair.rightId,
        record_b: leftFirst ? pair.rightId : pair.leftId,
        agency_a: leftFirst ? leftAgency : rightAgency,
        agency_b: leftFirst ? rightAgency : leftAgency,
        score: pair.score,
        band: pair.band,
        agreeing_fields: agreeingFields(pair.evidence),
        evidence: withoutValues(pair.evidence),
      };
    });
    // The whole chunk as one JSON parameter: one statement, nothing per row to bind. The records'
    // versions are read as the pair is written: a record edited between its page being scored and
    // written (two pages at most) would show as unchanged; one edited later, as changed.
    const inserted = await sql<{ record_a: string; record_b: string }>`
      insert into matches (id, record_a, record_b, agency_a, agency_b, score, band, agreeing_fields, evidence, origin, status, job_id, version_a, version_b)
      select r.id, r.record_a, r.record_b, r.agency_a, r.agency_b, r.score, r.band, r.agreeing_fields, r.evidence, 'reconciliation', 'pending', ${jobId}, a.version, b.version
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id text, record_a text, record_b text, agency_a text, agency_b text, score double precision, band text, agreeing_fields jsonb, evidence jsonb)
      join records a on a.id = r.record_a
      join records b on b.id = r.record_b
      on conflict (record_a, record_b) do nothing
      returning record_a, record_b`.execute(trx);
    for (const r of inserted.rows) created.push(byKey.get(`${r.record_a}\u0000${r.record_b}`)!);
  }
  const createdKeys = new Set(created.map((p) => canonical(p.pair).join('\u0000')));
  const others = unique.filter((p) => !createdKeys.has(canonical(p.pair).join('\u0000')));
  const existing: Array<{ proposal: Proposal; status: MatchStatus }> = [];
  for (let i = 0; i < others.length; i += INSERT_CHUNK) {
    const chunk = others.slice(i, i + INSERT_CHUNK).map((p) => canonical(p.pair));
    const rows = await sql<{ record_a: string; record_b: string; status: MatchStatus; job_id: string | null }>`
      select m.record_a, m.record_b, m.status, m.job_id from matches m
      join unnest(${chunk.map((c) => c[0])}::text[], ${chunk.map((c) => c[1])}::text[]) as p(a, b) on m.record_a = p.a and m.record_b = p.b`.execute(trx);
    for (const r of rows.rows) if (r.job_id !== jobId) existing.push({ proposal: byKey.get(`${r.record_a}\u0000${r.record_b}`)!, status: r.status });
  }
  if (created.length > 0) {
    await writeAudit(trx, subject, 'match.propose', created.flatMap((p) => [p.pair.leftId, p.pair.rightId]), { origin: 'reconciliation', job_id: jobId, created: created.length });
  }
  return { created, existing };
}
