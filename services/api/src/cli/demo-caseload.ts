import { validateRow, type RawRecord } from '@retrace/core';
import { generateCaseload } from '@retrace/data/generator';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import { createAgency, createUserDirectly } from '../auth/bootstrap.ts';
import { createRecord } from '../records/service.ts';
import type { Role, Tables } from '../storage/tables.ts';

export const DEMO_PASSWORD = 'retrace-demo-password';

/** Two agencies: one registers children in the camps, the other takes families' tracing requests. */
export const DEMO_AGENCIES = [
  { id: 'camp-protection', name: 'Camp Child Protection Service (demo)', kind: 'child' as const },
  { id: 'family-tracing', name: 'Family Tracing Network (demo)', kind: 'request' as const },
];
const ROLES: Role[] = ['caseworker', 'focal_point', 'agency_admin'];

export interface DemoSummary {
  readonly children: number;
  readonly requests: number;
  readonly proposed: number;
  readonly users: string[];
}

/** One generated row as an API body (the core's row validation reads the agencies' spellings). */
function bodyOf(row: Record<string, string>, index: number): { external_id: string; kind: 'child' | 'request'; consent_for_tracing: boolean; fields: Record<string, unknown> } | null {
  const record: RawRecord | null = validateRow(row, index + 1).record;
  if (!record || !record.kind) return null;
  const { id, kind, ...fields } = record;
  // Most families consent to tracing; a few records stay visible to their own agency only.
  return { external_id: id, kind, consent_for_tracing: index % 9 !== 0, fields };
}

/**
 * Seeds an empty database with the demo: two agencies, a caseworker, a focal point and an
 * administrator in each, and a synthetic caseload registered through the same service functions
 * as the API (so blocking keys, automatic matching and the audit trail are all real).
 */
export async function seedDemo(db: Kysely<Tables>, size: { children: number; requests: number; seed: number }): Promise<DemoSummary> {
  const actors = new Map<string, Actor>();
  const users: string[] = [];
  for (const agency of DEMO_AGENCIES) {
    await createAgency(db, { id: agency.id, name: agency.name });
    for (const role of ROLES) {
      const username = `${agency.id}.${role}`;
      const userId = await createUserDirectly(db, { agencyId: agency.id, username, password: DEMO_PASSWORD, role });
      users.push(username);
      if (role === 'caseworker') actors.set(agency.kind, { userId, username, role, agencyId: agency.id, credentialId: 'demo-seed', credentialKind: 'session' });
    }
  }
  let index = 0;
  const counts = { child: 0, request: 0, proposed: 0 };
  for (const event of generateCaseload({ seed: size.seed, children: size.children, requests: size.requests, orphanShare: 0.3, noise: 'default' })) {
    if (event.kind === 'truth') continue;
    const body = bodyOf({ ...event.record, kind: event.kind }, index++);
    if (!body) continue;
    const written = await createRecord(db, actors.get(body.kind)!, body as Parameters<typeof createRecord>[2]);
    counts[body.kind]++;
    counts.proposed += written.proposed;
  }
  return { children: counts.child, requests: counts.request, proposed: counts.proposed, users };
}
