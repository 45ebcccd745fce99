import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAppSettings } from './config.ts';
import { createApp } from './http/app.ts';
import { BACKENDS, type TestDatabase } from './testing/backends.ts';
import { apiClient, type ApiClient } from './testing/client.ts';
import { CHILD_FIELDS, OTHER_CHILD_FIELDS, REQUEST_FIELDS, seedWorld, TEST_PASSWORD } from './testing/world.ts';

const PERSONAL_VALUES = ['Khadidja', 'Khadija', 'Haroun', 'Achta', 'Goz Beida', 'Farchana', 'Adr'];
const containsPersonal = (value: unknown) => PERSONAL_VALUES.filter((v) => JSON.stringify(value).includes(v));

describe.each(BACKENDS)('the API workflow on $name', (backend) => {
  let database: TestDatabase;
  let api: ApiClient;
  const token: Record<string, string> = {};
  const settings = { ...defaultAppSettings(), LOCKOUT_THRESHOLD: 3, LOGIN_RATE_LIMIT_PER_MINUTE: 1000 };

  beforeAll(async () => {
    database = await backend.open();
    await seedWorld(database.storage.db);
    const app = createApp({ db: database.storage.db, settings, log: () => undefined });
    api = apiClient((path, init) => app.request(path, init));
    for (const agency of ['north', 'south']) for (const role of ['caseworker', 'focal_point', 'agency_admin']) token[`${agency}.${role}`] = await api.login(`${agency}.${role}`);
  });
  afterAll(async () => database?.dispose());

  const createRecord = async (who: string, body: Record<string, unknown>) => {
    const res = await api.call('POST', '/records', { token: token[who], body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { record: { id: string; version: number }; proposed: number };
  };

  describe('authentication', () => {
    it('stores passwords as salted scrypt hashes and tokens as SHA-256 hashes only', async () => {
      const users = await database.storage.db.selectFrom('users').select('password_hash').execute();
      const hashes = users.map((u) => u.password_hash!);
      expect(hashes.every((h) => h.startsWith('scrypt$') && !h.includes(TEST_PASSWORD))).toBe(true);
      expect(new Set(hashes).size).toBe(hashes.length);
      const stored = await database.storage.db.selectFrom('credentials').select('secret_hash').execute();
      const expected = createHash('sha256').update(token['north.caseworker']!).digest('hex');
      expect(stored.map((s) => s.secret_hash)).toContain(expected);
      expect(stored.map((s) => s.secret_hash)).not.toContain(token['north.caseworker']);
    });

    it('refuses a wrong password with the same answer as an unknown user, and audits both', async () => {
      const wrong = await api.call('POST', '/auth/login', { body: { username: 'north.focal_point', password: 'not the password at all' } });
      const unknown = await api.call('POST', '/auth/login', { body: { username: 'nobody.here', password: 'not the password at all' } });
      expect([wrong.status, wrong.body.code]).toEqual([401, 'invalid_credentials']);
      expect(unknown.body).toEqual(wrong.body);
      const failures = await database.storage.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'login.failed').execute();
      expect(failures.map((f) => f.detail.reason)).toEqual(expect.arrayContaining(['wrong_password', 'unknown_user']));
    });

    it('locks an account after repeated failures until an administrator unlocks it', async () => {
      const created = await api.call('POST', '/users', { token: token['north.agency_admin'], body: { username: 'north.locked', password: TEST_PASSWORD, role: 'caseworker' } });
      expect(created.status).toBe(201);
      for (let i = 0; i < settings.LOCKOUT_THRESHOLD; i++) await api.call('POST', '/auth/login', { body: { username: 'north.locked', password: 'wrong password again' } });
      const locked = await api.call('POST', '/auth/login', { body: { username: 'north.locked', password: TEST_PASSWORD } });
      expect(locked.status).toBe(401);
      const listed = await api.call('GET', '/users?role=caseworker', { token: token['north.agency_admin'] });
      expect(listed.body.items.find((u: { username: string }) => u.username === 'north.locked').locked).toBe(true);
      const unlocked = await api.call('PATCH', `/users/${created.body.id}`, { token: token['north.agency_admin'], body: { unlock: true } });
      expect(unlocked.body.locked).toBe(false);
      expect(await api.login('north.locked')).toMatch(/^rts_/);
    });

    it('rejects an expired session and a logged-out one', async () => {
      const session = await api.login('south.caseworker');
      expect((await api.call('GET', '/me', { token: session })).status).toBe(200);
      const hash = createHash('sha256').update(session).digest('hex');
      await database.storage.db.updateTable('credentials').set({ expires_at: sql<Date>`now() - interval '1 second'` }).where('secret_hash', '=', hash).execute();
      expect((await api.call('GET', '/me', { token: session })).status).toBe(401);
      const another = await api.login('south.caseworker');
      expect((await api.call('POST', '/auth/logout', { token: another })).status).toBe(200);
      expect((await api.call('GET', '/me', { token: another })).body.code).toBe('unauthenticated');
    });

    it('issues API keys for machine clients, shows them once and revokes them', async () => {
      const me = await api.call('GET', '/me', { token: token['north.caseworker'] });
      const issued = await api.call('POST', '/api-keys', { token: token['north.agency_admin'], body: { user_id: me.body.user_id, label: 'kobo sync' } });
      expect(issued.status).toBe(201);
      const viaKey = await api.call('GET', '/me', { token: issued.body.key });
      expect(viaKey.body).toMatchObject({ username: 'north.caseworker', credential: 'api_key' });
      const listed = await api.call('GET', '/api-keys', { token: token['north.agency_admin'] });
      expect(JSON.stringify(listed.body)).not.toContain(issued.body.key);
      const otherAgency = await api.call('DELETE', `/api-keys/${issued.body.id}`, { token: token['south.agency_admin'] });
      expect(otherAgency.status).toBe(404);
      expect((await api.call('DELETE', `/api-keys/${issued.body.id}`, { token: token['north.agency_admin'] })).status).toBe(200);
      expect((await api.call('GET', '/me', { token: issued.body.key })).status).toBe(401);
    });
  });

  describe('records', () => {
    it('rejects unknown and forbidden attributes instead of storing them', async () => {
      const unknown = await api.call('POST', '/records', { token: token['north.caseworker'], body: { external_id: 'X-1', kind: 'child', consent_for_tracing: true, fields: { ...CHILD_FIELDS, tribe: 'x' } } });
      const forbidden = await api.call('POST', '/records', { token: token['north.caseworker'], body: { external_id: 'X-2', kind: 'child', consent_for_tracing: true, agency_id: 'south', fields: CHILD_FIELDS } });
      expect([unknown.status, unknown.body.code, forbidden.status]).toEqual([400, 'validation_failed', 400]);
      expect(JSON.stringify(unknown.body.details)).toContain('tribe');
      const count = await database.storage.db.selectFrom('records').select(sql<number>`count(*)::int`.as('n')).where('external_id', 'in', ['X-1', 'X-2']).executeTakeFirstOrThrow();
      expect(count.n).toBe(0);
    });

    it('keeps the history of changes, refuses stale updates and hides other agencies’ records', async () => {
      const { record } = await createRecord('north.caseworker', { external_id: 'N-HIST', kind: 'child', consent_for_tracing: false, fields: OTHER_CHILD_FIELDS });
      const updated = await api.call('PATCH', `/records/${record.id}`, { token: token['north.caseworker'], body: { expected_version: 1, fields: { current_location: 'Bunia', date_of_birth: null } } });
      expect(updated.body.record).toMatchObject({ version: 2, fields: { current_location: 'Bunia' } });
      expect(updated.body.record.fields.date_of_birth).toBeUndefined();
      const stale = await api.call('PATCH', `/records/${record.id}`, { token: token['north.caseworker'], body: { expected_version: 1, consent_for_tracing: true } });
      expect(stale.status).toBe(409);
      const history = await api.call('GET', `/records/${record.id}/history`, { token: token['north.focal_point'] });
      expect(history.body.items.map((h: { action: string; version: number }) => [h.action, h.version])).toEqual([['create', 1], ['update', 2]]);
      expect(history.body.items[1].changed_fields).toEqual(['current_location', 'date_of_birth']);
      for (const path of [`/records/${record.id}`, `/records/${record.id}/history`]) {
        const other = await api.call('GET', path, { token: token['south.caseworker'] });
        expect([other.status, JSON.stringify(other.body).includes('Ugeti')]).toEqual([404, false]);
      }
      expect((await api.call('PATCH', `/records/${record.id}`, { token: token['south.caseworker'], body: { consent_for_tracing: true } })).status).toBe(404);
    });

    it('imports a batch all or nothing, with one audit row naming every record', async () => {
      const batch = (ids: string[]) => ids.map((external_id, i) => ({ external_id, kind: 'child', consent_for_tracing: true, fields: { full_name: `Fatimé Import${i} Djibrine`, sex: 'f', age: '6' } }));
      const clash = await api.call('POST', '/records/import', { token: token['north.caseworker'], body: { records: batch(['IMP-1', 'N-HIST']) } });
      expect([clash.status, clash.body.details]).toEqual([409, expect.objectContaining({ external_id: 'N-HIST' })]);
      const repeated = await api.call('POST', '/records/import', { token: token['north.caseworker'], body: { records: batch(['IMP-1', 'IMP-1']) } });
      expect(repeated.status).toBe(409);
      expect(await database.storage.db.selectFrom('records').select('id').where('external_id', '=', 'IMP-1').execute()).toEqual([]);
      const imported = await api.call('POST', '/records/import', { token: token['north.caseworker'], body: { records: batch(['IMP-1', 'IMP-2', 'IMP-3']) } });
      expect(imported.status).toBe(201);
      const ids = imported.body.records.map((r: { id: string }) => r.id);
      const audit = await database.storage.db.selectFrom('audit_log').select(['record_ids', 'detail']).where('action', '=', 'import').execute();
      expect(audit).toEqual([{ record_ids: ids, detail: { count: 3, proposed: 0 } }]);
    });

    it('answers a race for the same external id with one record and conflicts, never a 5xx', async () => {
      const body = { external_id: 'N-RACE', kind: 'child', consent_for_tracing: false, fields: { full_name: 'Hawa Race Ousmane' } };
      const results = await Promise.all(Array.from({ length: 8 }, () => api.call('POST', '/records', { token: token['north.caseworker'], body })));
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      expect(await database.storage.db.selectFrom('records').select('id').where('external_id', '=', 'N-RACE').execute()).toHaveLength(1);
    });

    it('pages through a list in a stable order', async () => {
      for (let i = 0; i < 5; i++) await createRecord('south.caseworker', { external_id: `S-PAGE-${i}`, kind: 'request', consent_for_tracing: false, fields: { full_name: `Aisha Page${i} Yacoub` } });
      const seen: string[] = [];
      let path = '/records?limit=2&consent_for_tracing=false';
      for (let page = 0; page < 10 && path; page++) {
        const res = await api.call('GET', path, { token: token['south.caseworker'] });
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...res.body.items.map((r: { external_id: string }) => r.external_id));
        path = res.body.next ? `/records?limit=2&consent_for_tracing=false&after=${res.body.next}` : '';
      }
      expect(seen).toEqual(['S-PAGE-0', 'S-PAGE-1', 'S-PAGE-2', 'S-PAGE-3', 'S-PAGE-4']);
      expect((await api.call('GET', '/records?after=bm90LWEtY3Vyc29y', { token: token['south.caseworker'] })).body.code).toBe('validation_failed');
    });
  });

  describe('search, minimum disclosure and review', () => {
    let childId = '';
    let requestId = '';
    let hiddenId = '';

    beforeAll(async () => {
      childId = (await createRecord('north.caseworker', { external_id: 'N-CHILD-1', kind: 'child', consent_for_tracing: true, fields: CHILD_FIELDS })).record.id;
      hiddenId = (await createRecord('north.caseworker', { external_id: 'N-NOCONSENT', kind: 'child', consent_for_tracing: false, fields: { ...CHILD_FIELDS, full_name: 'Khadidja Haroun Issa' } })).record.id;
      const request = await createRecord('south.caseworker', { external_id: 'S-REQ-1', kind: 'request', consent_for_tracing: true, fields: REQUEST_FIELDS });
      requestId = request.record.id;
      expect(request.proposed).toBe(1);
    });

    const description = { full_name: 'Khadija Haroun Abakar', sex: 'f', mother_name: 'Achta Mahamat', place_of_origin: 'Goz Beida', age: '9', age_as_of: '2024-05-02' };

    it("shows another agency's candidate without names, places or family details", async () => {
      const res = await api.call('POST', '/search', { token: token['south.caseworker'], body: { description, kinds: ['child'] } });
      expect(res.status).toBe(200);
      const candidate = res.body.candidates.find((c: { record_id: string }) => c.record_id === childId);
      expect(candidate).toMatchObject({ agency_id: 'north', band: 'likely', sex: 'f', age_band: '10-14', disclosed: false });
      expect(candidate.agreeing_fields).toEqual(expect.arrayContaining(['given_name', 'mother_name', 'origin']));
      expect(candidate.record).toBeUndefined();
      expect(containsPersonal(candidate)).toEqual([]);
    });

    it("never returns another agency's record without consent, but finds it for its own agency", async () => {
      const south = await api.call('POST', '/search', { token: token['south.focal_point'], body: { description, kinds: ['child'] } });
      expect(south.body.candidates.map((c: { record_id: string }) => c.record_id)).not.toContain(hiddenId);
      const north = await api.call('POST', '/search', { token: token['north.caseworker'], body: { description, kinds: ['child'] } });
      const own = north.body.candidates.find((c: { record_id: string }) => c.record_id === hiddenId);
      expect(own).toMatchObject({ disclosed: true, record: { external_id: 'N-NOCONSENT' } });
    });

    it('discloses a record only after the owning focal point approves', async () => {
      const early = await api.call('POST', '/disclosures', { token: token['south.focal_point'], body: { record_id: hiddenId, reason: 'possible match for our request' } });
      expect(early.status).toBe(404);
      const requested = await api.call('POST', '/disclosures', { token: token['south.focal_point'], body: { record_id: childId, reason: 'likely match for request S-REQ-1' } });
      expect(requested.status).toBe(201);
      expect((await api.call('POST', '/disclosures', { token: token['south.focal_point'], body: { record_id: childId, reason: 'again' } })).status).toBe(409);
      expect((await api.call('GET', `/records/${childId}`, { token: token['south.caseworker'] })).status).toBe(404);
      expect((await api.call('POST', `/disclosures/${requested.body.id}/approve`, { token: token['south.focal_point'], body: {} })).status).toBe(404);
      const incoming = await api.call('GET', '/disclosures?status=pending', { token: token['north.focal_point'] });
      expect(incoming.body.items.map((d: { id: string }) => d.id)).toEqual([requested.body.id]);
      const approved = await api.call('POST', `/disclosures/${requested.body.id}/approve`, { token: token['north.focal_point'], body: { reason: 'agreed at case conference' } });
      expect(approved.body.status).toBe('approved');
      const view = await api.call('GET', `/records/${childId}`, { token: token['south.caseworker'] });
      expect(view.body.fields.full_name).toBe(CHILD_FIELDS.full_name);
      expect((await api.call('PATCH', `/records/${childId}`, { token: token['south.caseworker'], body: { consent_for_tracing: false } })).status).toBe(404);
    });

    it('confirms, undoes and rejects pairs with reasons, and never proposes a rejected pair again', async () => {
      const queue = await api.call('GET', '/matches?status=pending', { token: token['north.focal_point'] });
      const match = queue.body.items.find((m: { sides: Array<{ record_id: string }> }) => m.sides.some((s) => s.record_id === requestId));
      expect([match.band, match.records_changed]).toEqual(['likely', false]);
      const southSide = match.sides.find((s: { agency_id: string }) => s.agency_id === 'south');
      expect([southSide.disclosed, southSide.record]).toEqual([false, undefined]);
      expect((await api.call('POST', `/matches/${match.id}/confirm`, { token: token['north.focal_point'], body: {} })).status).toBe(400);
      expect((await api.call('POST', `/matches/${match.id}/confirm`, { token: token['south.caseworker'], body: { reason: 'same child' } })).status).toBe(403);
      const confirmed = await api.call('POST', `/matches/${match.id}/confirm`, { token: token['north.focal_point'], body: { reason: 'verified with photos and questions' } });
      expect(confirmed.body.status).toBe('confirmed');
      expect((await api.call('GET', `/records/${childId}`, { token: token['north.caseworker'] })).body.stage).toBe('reunification_follow_up');
      expect((await api.call('POST', `/matches/${match.id}/confirm`, { token: token['south.focal_point'], body: { reason: 'twice' } })).status).toBe(409);
      const undone = await api.call('POST', `/matches/${match.id}/undo`, { token: token['south.focal_point'], body: { reason: 'the mother did not recognise the photo' } });
      expect(undone.body.status).toBe('pending');
      expect((await api.call('GET', `/records/${childId}`, { token: token['north.caseworker'] })).body.stage).toBe('tracing');
      const rejected = await api.call('POST', `/matches/${match.id}/reject`, { token: token['south.focal_point'], body: { reason: 'different birth family' } });
      expect(rejected.body).toMatchObject({ status: 'rejected', reason: 'different birth family' });

      const reMatched = await api.call('PATCH', `/records/${requestId}`, { token: token['south.caseworker'], body: { fields: { current_location: 'Camp de Farchana' } } });
      expect(reMatched.body.proposed).toBe(0);
      const searched = await api.call('POST', '/search', { token: token['south.caseworker'], body: { record_id: requestId } });
      expect(searched.body.candidates.find((c: { record_id: string }) => c.record_id === childId).match_id).toBe(match.id);
      expect((await api.call('GET', `/matches/${match.id}`, { token: token['south.focal_point'] })).body.status).toBe('rejected');
      // The request was edited after the pair was proposed: the queue says its score is from before.
      expect((await api.call('GET', `/matches/${match.id}`, { token: token['north.focal_point'] })).body).toMatchObject({ status: 'rejected', records_changed: true });
    });

    it('audits searches, views, disclosures and decisions without personal data', async () => {
      const audit = await api.call('GET', '/audit?limit=200', { token: token['south.agency_admin'] });
      const actions = new Set(audit.body.items.map((e: { action: string }) => e.action));
      for (const action of ['login', 'search', 'record.view', 'disclosure.request', 'match.reject', 'match.undo', 'record.create']) expect(actions).toContain(action);
      expect(audit.body.items.every((e: { agency_id: string }) => e.agency_id === 'south')).toBe(true);
      const everything = await database.storage.db.selectFrom('audit_log').select(['action', 'detail', 'record_ids']).execute();
      expect(containsPersonal(everything)).toEqual([]);
      const views = await api.call('GET', `/audit?action=record.view&record_id=${childId}`, { token: token['south.agency_admin'] });
      expect(views.body.items.length).toBeGreaterThan(0);
    });
  });

  describe('audit in the same transaction', () => {
    it('fails the request and stores nothing when the audit row cannot be written', async () => {
      await database.asOwner(`create function refuse_audit() returns trigger language plpgsql as $$ begin
          if new.action = 'record.create' then raise exception 'audit unavailable'; end if; return new; end $$`);
      await database.asOwner('create trigger refuse_audit before insert on audit_log for each row execute function refuse_audit()');
      try {
        const res = await api.call('POST', '/records', { token: token['north.caseworker'], body: { external_id: 'N-NO-AUDIT', kind: 'child', consent_for_tracing: true, fields: OTHER_CHILD_FIELDS } });
        expect([res.status, res.body.code]).toEqual([500, 'internal']);
      } finally {
        await database.asOwner('drop trigger refuse_audit on audit_log');
      }
      const stored = await database.storage.db.selectFrom('records').select('id').where('external_id', '=', 'N-NO-AUDIT').execute();
      expect(stored).toEqual([]);
    });

    it('lets the service role append to the audit log but never change it', async () => {
      await expect(sql`update audit_log set action = 'tampered'`.execute(database.storage.db)).rejects.toThrow();
      await expect(sql`delete from audit_log`.execute(database.storage.db)).rejects.toThrow();
      await expect(sql`drop table audit_log`.execute(database.storage.db)).rejects.toThrow();
    });
  });

  describe('retention', () => {
    it("purges a closed record's personal fields after the period, keeping statistics and the audit", async () => {
      const { record } = await createRecord('south.caseworker', { external_id: 'S-OLD', kind: 'child', consent_for_tracing: true, fields: { ...OTHER_CHILD_FIELDS, full_name: 'Aline Purge Ngabu' } });
      expect((await api.call('POST', `/records/${record.id}/close`, { token: token['south.caseworker'], body: { reason: 'reunified' } })).body.status).toBe('closed');
      const before = await api.call('GET', '/stats', { token: token['south.agency_admin'] });
      expect((await api.call('POST', '/retention/purge', { token: token['south.agency_admin'] })).body.purged).toBe(0);
      await database.asOwner(`update records set closed_at = now() - interval '${settings.RETENTION_DAYS + 1} days' where id = '${record.id}'`);
      expect((await api.call('POST', '/retention/purge', { token: token['north.agency_admin'] })).body.purged).toBe(0);
      expect((await api.call('POST', '/retention/purge', { token: token['south.agency_admin'] })).body.purged).toBe(1);
      const view = await api.call('GET', `/records/${record.id}`, { token: token['south.caseworker'] });
      expect(view.body).toMatchObject({ fields: null, purged: true, sex: 'm', kind: 'child' });
      const history = await api.call('GET', `/records/${record.id}/history`, { token: token['south.caseworker'] });
      expect(history.body.items.every((h: { snapshot: unknown }) => h.snapshot === null)).toBe(true);
      expect(JSON.stringify(await database.storage.db.selectFrom('record_history').selectAll().execute())).not.toContain('Aline Purge');
      expect((await api.call('GET', '/stats', { token: token['south.agency_admin'] })).body).toEqual(before.body);
      const audit = await api.call('GET', `/audit?action=record.create&record_id=${record.id}`, { token: token['south.agency_admin'] });
      expect(audit.body.items).toHaveLength(1);
    });
  });
});
