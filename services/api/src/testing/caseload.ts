import { validateRow } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';
import { sql, type Kysely } from 'kysely';
import type { NewRecord, Tables } from '../storage/tables.ts';

export interface CaseloadSpec {
  readonly seed: number;
  readonly children: number;
  readonly requests: number;
  /** Who registered what: children and requests are dealt to these agencies in turn. */
  readonly agencies: readonly string[];
  /** The user recorded as creator, per agency. */
  readonly creators: Readonly<Record<string, string>>;
  /** Every n-th record has no consent for tracing (0: all consent). */
  readonly withoutConsentEvery?: number;
  /** Children registered a second time, verbatim, by the same agency (duplicates to find). */
  readonly duplicateChildren?: number;
}

/**
 * Writes a generated caseload straight into `records` (no per-record matching, no audit): for
 * tests and benchmarks of batch work that must start from a filled database. Returns the record
 * ids of the true (request, child) pairs and of the registered-twice children.
 */
export async function insertCaseload(db: Kysely<Tables>, spec: CaseloadSpec): Promise<{ truth: Array<[string, string]>; duplicates: Array<[string, string]> }> {
  const rows: NewRecord[] = [];
  const truthEvents: Array<[string, string]> = [];
  const idOf = new Map<string, string>();
  const truth: Array<[string, string]> = [];
  const duplicates: Array<[string, string]> = [];
  let index = 0;
  const add = (external: string, kind: 'child' | 'request', fields: Record<string, unknown>, agency: string) => {
    const id = `${agency}-${external}`;
    rows.push({
      id, agency_id: agency, external_id: external, kind, status: 'open', stage: 'tracing', version: 1, sex: null, age_band: null,
      consent_for_tracing: !(spec.withoutConsentEvery && index % spec.withoutConsentEvery === spec.withoutConsentEvery - 1),
      fields: JSON.stringify(fields), created_by: spec.creators[agency]!,
    });
    index++;
    return id;
  };
  let dealt = 0;
  for (const event of generateCaseload({ seed: spec.seed, children: spec.children, requests: spec.requests, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') {
      truthEvents.push([event.left_id, event.right_id]);
      continue;
    }
    const record = validateRow({ ...event.record, kind: event.kind }, index + 1).record;
    if (!record) continue;
    const { id: external, kind: _kind, ...fields } = record;
    const agency = spec.agencies[dealt++ % spec.agencies.length]!;
    const id = add(external, event.kind, fields, agency);
    idOf.set(external, id);
    if (event.kind === 'child' && duplicates.length < (spec.duplicateChildren ?? 0) && dealt % 7 === 0) duplicates.push([id, add(`${external}-again`, 'child', fields, agency)]);
  }
  for (const [request, child] of truthEvents) if (idOf.has(request) && idOf.has(child)) truth.push([idOf.get(request)!, idOf.get(child)!]);
  for (let i = 0; i < rows.length; i += 2_000) await db.insertInto('records').values(rows.slice(i, i + 2_000)).execute();
  await sql`analyze records`.execute(db).catch(() => undefined);
  return { truth, duplicates };
}
