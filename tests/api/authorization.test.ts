import { storeUpload } from '@retrace/api';
import { BACKENDS, createJobDirectly, EMPTY_REPORT, ROLE_LIST, usernameOf, type Role } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshMatch, freshUser, nextExternalId, registerRecord, startWorld, type World } from './harness.ts';

type Target = 'own' | 'other';
interface Request {
  readonly path: string;
  readonly body?: unknown;
  /** A raw body with its media type (file uploads). */
  readonly raw?: { type: string; data: string };
  /** Use a session of its own (the route ends it). */
  readonly freshToken?: boolean;
}
interface RouteCase {
  readonly method: string;
  /** The OpenAPI path, to check that the matrix covers every route. */
  readonly route: string;
  readonly allowed: readonly Role[];
  /** The status for an allowed role on its own agency's object, and on another agency's (null: no object). */
  readonly expect: { own: number; other: number | null };
  prepare(world: World, target: Target): Promise<Request>;
}

/** The caller is always north; "other" objects belong to south. */
const agencyOf = (target: Target) => (target === 'own' ? 'north' : 'south');
const ALL = ROLE_LIST;
const decision = { reason: 'checked at the case conference' };

const ROUTES: readonly RouteCase[] = [
  { method: 'POST', route: '/auth/logout', allowed: ALL, expect: { own: 200, other: null }, prepare: async () => ({ path: '/auth/logout', freshToken: true }) },
  { method: 'GET', route: '/me', allowed: ALL, expect: { own: 200, other: null }, prepare: async () => ({ path: '/me' }) },
  { method: 'GET', route: '/agencies', allowed: ALL, expect: { own: 200, other: null }, prepare: async () => ({ path: '/agencies' }) },
  { method: 'GET', route: '/stats', allowed: ALL, expect: { own: 200, other: null }, prepare: async () => ({ path: '/stats' }) },
  { method: 'GET', route: '/users', allowed: ['agency_admin'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/users' }) },
  {
    method: 'POST', route: '/users', allowed: ['agency_admin'], expect: { own: 201, other: null },
    prepare: async () => ({ path: '/users', body: { username: nextExternalId('new.user').toLowerCase(), password: 'a long enough password', role: 'caseworker' } }),
  },
  {
    method: 'PATCH', route: '/users/{id}', allowed: ['agency_admin'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/users/${await freshUser(w, agencyOf(t))}`, body: { role: 'focal_point' } }),
  },
  { method: 'GET', route: '/api-keys', allowed: ['agency_admin'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/api-keys' }) },
  {
    method: 'POST', route: '/api-keys', allowed: ['agency_admin'], expect: { own: 201, other: 404 },
    prepare: async (w, t) => ({ path: '/api-keys', body: { user_id: await freshUser(w, agencyOf(t)), label: 'sync' } }),
  },
  {
    method: 'DELETE', route: '/api-keys/{id}', allowed: ['agency_admin'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => {
      const key = await w.api.call('POST', '/api-keys', { token: w.tokens[usernameOf(agencyOf(t), 'agency_admin')], body: { user_id: await freshUser(w, agencyOf(t)), label: 'sync' } });
      return { path: `/api-keys/${key.body.id}` };
    },
  },
  { method: 'GET', route: '/audit', allowed: ['agency_admin'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/audit' }) },
  { method: 'POST', route: '/retention/purge', allowed: ['agency_admin'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/retention/purge' }) },
  {
    method: 'POST', route: '/records', allowed: ['caseworker'], expect: { own: 201, other: null },
    prepare: async () => ({ path: '/records', body: { external_id: nextExternalId('matrix'), kind: 'child', consent_for_tracing: false, fields: { full_name: 'Mariam Traoré' } } }),
  },
  {
    method: 'POST', route: '/records/import', allowed: ['caseworker'], expect: { own: 201, other: null },
    prepare: async () => ({ path: '/records/import', body: { records: [{ external_id: nextExternalId('import'), kind: 'request', consent_for_tracing: true, fields: { full_name: 'Oumar Coulibaly' } }] } }),
  },
  { method: 'GET', route: '/records', allowed: ['caseworker', 'focal_point'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/records' }) },
  {
    method: 'GET', route: '/records/{id}', allowed: ['caseworker', 'focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/records/${await registerRecord(w, agencyOf(t), 'child')}` }),
  },
  {
    method: 'PATCH', route: '/records/{id}', allowed: ['caseworker'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/records/${await registerRecord(w, agencyOf(t), 'child')}`, body: { fields: { current_location: 'Bunia' } } }),
  },
  {
    method: 'POST', route: '/records/{id}/close', allowed: ['caseworker'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/records/${await registerRecord(w, agencyOf(t), 'child')}/close`, body: { reason: 'reunified' } }),
  },
  {
    method: 'GET', route: '/records/{id}/history', allowed: ['caseworker', 'focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/records/${await registerRecord(w, agencyOf(t), 'child')}/history` }),
  },
  {
    method: 'POST', route: '/search', allowed: ['caseworker', 'focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: '/search', body: { record_id: await registerRecord(w, agencyOf(t), 'request') } }),
  },
  { method: 'GET', route: '/matches', allowed: ['focal_point'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/matches' }) },
  {
    method: 'GET', route: '/matches/{id}', allowed: ['focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/matches/${t === 'own' ? await freshMatch(w, 'north', 'south') : await freshMatch(w, 'south', 'south')}` }),
  },
  ...(['confirm', 'reject'] as const).map(
    (action): RouteCase => ({
      method: 'POST', route: `/matches/{id}/${action}`, allowed: ['focal_point'], expect: { own: 200, other: 404 },
      prepare: async (w, t) => ({ path: `/matches/${t === 'own' ? await freshMatch(w, 'north', 'south') : await freshMatch(w, 'south', 'south')}/${action}`, body: decision }),
    }),
  ),
  {
    method: 'POST', route: '/matches/{id}/undo', allowed: ['focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => {
      const id = t === 'own' ? await freshMatch(w, 'north', 'south') : await freshMatch(w, 'south', 'south');
      await w.api.call('POST', `/matches/${id}/reject`, { token: w.tokens['south.focal_point'], body: decision });
      return { path: `/matches/${id}/undo`, body: decision };
    },
  },
  {
    // Disclosure is asked of another agency: asking about one's own record finds nothing.
    method: 'POST', route: '/disclosures', allowed: ['focal_point'], expect: { own: 404, other: 201 },
    prepare: async (w, t) => ({ path: '/disclosures', body: { record_id: await registerRecord(w, agencyOf(t), 'child'), reason: 'likely match for our request' } }),
  },
  { method: 'GET', route: '/disclosures', allowed: ['focal_point'], expect: { own: 200, other: null }, prepare: async () => ({ path: '/disclosures' }) },
  ...(['approve', 'deny'] as const).map(
    (action): RouteCase => ({
      method: 'POST', route: `/disclosures/{id}/${action}`, allowed: ['focal_point'], expect: { own: 200, other: 404 },
      prepare: async (w, t) => {
        // "own": a request to north about north's record; "other": north's request to south.
        const owner = agencyOf(t);
        const asker = owner === 'north' ? 'south' : 'north';
        const record = await registerRecord(w, owner, 'child');
        const asked = await w.api.call('POST', '/disclosures', { token: w.tokens[usernameOf(asker, 'focal_point')], body: { record_id: record, reason: 'likely match for our request' } });
        return { path: `/disclosures/${asked.body.id}/${action}`, body: {} };
      },
    }),
  ),
  {
    // Another agency's caseload alone is not the caller's to reconcile.
    method: 'POST', route: '/jobs/reconciliations', allowed: ['agency_admin', 'focal_point'], expect: { own: 202, other: 403 },
    prepare: async (_, t) => ({ path: '/jobs/reconciliations', body: { scope: 'dedupe', agency: agencyOf(t) } }),
  },
  { method: 'GET', route: '/jobs', allowed: ALL, expect: { own: 200, other: null }, prepare: async () => ({ path: '/jobs' }) },
  {
    method: 'GET', route: '/jobs/{id}', allowed: ALL, expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/jobs/${await createJobDirectly(w.database.storage.db, { agencyId: agencyOf(t) })}` }),
  },
  {
    method: 'POST', route: '/jobs/{id}/cancel', allowed: ['agency_admin', 'focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/jobs/${await createJobDirectly(w.database.storage.db, { agencyId: agencyOf(t) })}/cancel` }),
  },
  {
    method: 'GET', route: '/jobs/{id}/report', allowed: ['agency_admin', 'focal_point'], expect: { own: 200, other: 404 },
    prepare: async (w, t) => ({ path: `/jobs/${await createJobDirectly(w.database.storage.db, { agencyId: agencyOf(t), kind: 'reconcile', status: 'succeeded', result: EMPTY_REPORT })}/report` }),
  },
  {
    method: 'POST', route: '/imports/files', allowed: ['agency_admin'], expect: { own: 201, other: null },
    prepare: async () => ({ path: '/imports/files?name=matrix.csv', raw: { type: 'text/csv', data: 'id,kind,full_name\nM1,child,Mariam Traoré\n' } }),
  },
  {
    method: 'POST', route: '/imports', allowed: ['agency_admin'], expect: { own: 202, other: 404 },
    prepare: async (w, t) => ({ path: '/imports', body: { file_id: await uploadDirectly(w, agencyOf(t)), mapping: 'interchange' } }),
  },
  ...(['report', 'report.csv'] as const).map(
    (format): RouteCase => ({
      method: 'GET', route: `/imports/{id}/${format}`, allowed: ['agency_admin'], expect: { own: 200, other: 404 },
      prepare: async (w, t) => ({ path: `/imports/${await createJobDirectly(w.database.storage.db, { agencyId: agencyOf(t), kind: 'import', status: 'succeeded', checkpoint: FINISHED_IMPORT })}/${format}` }),
    }),
  ),
];

/** A finished import's checkpoint with nothing in it. */
const FINISHED_IMPORT = { rows_done: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, values_ignored: 0, missing_columns: [], finished: true };

/** An upload stored for an agency without going through its routes. */
const uploadDirectly = async (w: World, agency: 'north' | 'south') =>
  (await storeUpload(w.database.storage.db, { agencyId: agency, userId: null, name: 'matrix.csv', maxBytes: 1e6 }, [Buffer.from('id,kind\nM2,child\n')])).id;

describe.each(BACKENDS)('authorisation over HTTP on $name', (backend) => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld(backend);
  });
  afterAll(async () => world?.close());

  it('covers every route of the OpenAPI document', async () => {
    const doc = await world.api.call('GET', '/openapi.json');
    const documented = Object.entries(doc.body.paths as Record<string, object>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = [...ROUTES.map((r) => `${r.method} ${r.route}`), 'POST /auth/login'];
    expect(new Set(covered)).toEqual(new Set(documented));
  });

  it('refuses every route but login to a caller without valid credentials', async () => {
    for (const route of ROUTES) {
      const request = await route.prepare(world, 'own');
      for (const token of [undefined, 'rts_not-a-real-token']) {
        const res = await world.api.call(route.method, request.path, { token, body: request.body, raw: request.raw });
        expect([route.method, route.route, res.status, res.body.code]).toEqual([route.method, route.route, 401, 'unauthenticated']);
      }
    }
  });

  const cases = ROUTES.flatMap((route) =>
    ROLE_LIST.flatMap((role) => (['own', 'other'] as const).filter((t) => t === 'own' || route.expect.other !== null).map((target) => ({ route, role, target }))),
  );
  it.each(cases.map((c) => [`${c.route.method} ${c.route.route} as ${c.role} on ${c.target} agency`, c] as const))('%s', async (_, { route, role, target }) => {
    const request = await route.prepare(world, target);
    const token = request.freshToken ? await world.api.login(usernameOf('north', role)) : world.tokens[usernameOf('north', role)];
    const res = await world.api.call(route.method, request.path, { token, body: request.body, raw: request.raw });
    const expected = route.allowed.includes(role) ? route.expect[target] : 403;
    expect(res.status, JSON.stringify(res.body)).toBe(expected);
    if (res.status >= 400) expect(Object.keys(res.body).sort()).toEqual(expect.arrayContaining(['code', 'message']));
    if (res.status === 404) expect(JSON.stringify(res.body)).not.toMatch(/Khadidja|Haroun|Achta/);
  });

  it("never lists another agency's objects", async () => {
    const southRecord = await registerRecord(world, 'south', 'child', false);
    const southMatch = await freshMatch(world, 'south', 'south');
    const southUser = await freshUser(world, 'south');
    const southJob = await createJobDirectly(world.database.storage.db, { agencyId: 'south' });
    const lists = [
      ['north.caseworker', '/records?limit=200'],
      ['north.focal_point', '/matches?limit=200'],
      ['north.focal_point', '/disclosures?direction=outgoing&limit=200'],
      ['north.agency_admin', '/users?limit=200'],
      ['north.agency_admin', '/audit?limit=200'],
      ['north.caseworker', '/jobs?limit=200'],
    ] as const;
    for (const [who, path] of lists) {
      const res = await world.api.call('GET', path, { token: world.tokens[who] });
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      for (const foreign of [southRecord, southMatch, southUser, southJob]) expect(text).not.toContain(foreign);
    }
  });
});
