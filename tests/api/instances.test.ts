import { defaultAppSettings, startServer, type RunningServer } from '@retrace/api';
import { blockingKeysFingerprint } from '@retrace/core';
import { apiClient, BACKENDS, CHILD_FIELDS, REQUEST_FIELDS, TEST_PASSWORD } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.ts';

const postgres = BACKENDS.find((b) => b.name === 'postgres')!;

/** Several stateless API instances over one PostgreSQL database, each with its own pool. */
describe('two API instances on one PostgreSQL database', () => {
  let world: World;
  let second: RunningServer;
  beforeAll(async () => {
    // The first instance searches the stored keys (the key-rules test below needs it), the second
    // its in-memory index, ready before the tests start.
    world = await startWorld(postgres, { LOCKOUT_THRESHOLD: 3, SEARCH_INDEX: 'database' });
    second = await startServer(await world.database.connectAgain(), { ...defaultAppSettings(), HOST: '127.0.0.1', PORT: 0 }, () => undefined);
    for (let i = 0; i < 600 && (await searchStatus()).state !== 'ready'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  afterAll(async () => {
    await second?.close();
    await world?.close();
  });

  const searchStatus = async () => ((await (await fetch(`${second.url}/health`)).json()) as { search: { source: string; state: string } }).search;
  const viaSecond = () => apiClient((path, init) => fetch(second.url + path, init));

  it('finds at once, through one instance, a record written through the other', async () => {
    expect(await searchStatus()).toMatchObject({ source: 'memory', state: 'ready' });
    const written = await world.api.call('POST', '/records', { token: world.tokens['north.caseworker'], body: { external_id: 'TWO-1', kind: 'child', consent_for_tracing: true, fields: CHILD_FIELDS } });
    expect(written.status).toBe(201);
    const found = await viaSecond().call('POST', '/search', { token: world.tokens['south.caseworker'], body: { description: { ...REQUEST_FIELDS }, kinds: ['child'] } });
    expect(found.body.candidates.map((c: { record_id: string }) => c.record_id)).toContain(written.body.record.id);
  });

  it('shares sessions, revocations and lockouts between instances', async () => {
    const token = await viaSecond().login('south.focal_point');
    expect((await world.api.call('GET', '/me', { token })).status).toBe(200);
    await viaSecond().call('POST', '/auth/logout', { token });
    expect((await world.api.call('GET', '/me', { token })).status).toBe(401);
    for (let i = 0; i < 3; i++) await world.api.call('POST', '/auth/login', { body: { username: 'south.caseworker', password: 'wrong wrong wrong' } });
    const locked = await viaSecond().call('POST', '/auth/login', { body: { username: 'south.caseworker', password: TEST_PASSWORD } });
    expect(locked.status).toBe(401);
  });

  it('rewrites keys stored by older key rules when an upgraded instance starts, so searches meet them again', async () => {
    const written = await world.api.call('POST', '/records', { token: world.tokens['north.caseworker'], body: { external_id: 'UPGRADE-1', kind: 'child', consent_for_tracing: true, fields: CHILD_FIELDS } });
    expect(written.status).toBe(201);
    const search = () => world.api.call('POST', '/search', { token: world.tokens['south.caseworker'], body: { description: { ...REQUEST_FIELDS }, kinds: ['child'] } });
    const found = async () => (await search()).body.candidates.map((c: { record_id: string }) => c.record_id);
    const db = world.database.storage.db;
    const keysOfWritten = async () =>
      (await db.selectFrom('record_keys').innerJoin('records', 'records.seq', 'record_keys.record_seq').select('keys').where('records.id', '=', written.body.record.id).execute()).flatMap((r) => r.keys);
    const current = await keysOfWritten();
    expect(current.length).toBeGreaterThan(0);
    // As an older version would have left them: keys the current rules never make.
    await world.database.asOwner(`update record_keys set keys = array(select -k from unnest(keys) as k)`);
    await world.database.asOwner(`update blocking_key_rules set fingerprint = 'k1-00000000'`);
    expect(await found()).not.toContain(written.body.record.id);

    const upgraded = await startServer(await world.database.connectAgain(), { ...defaultAppSettings(), HOST: '127.0.0.1', PORT: 0 }, () => undefined);
    try {
      for (let i = 0; i < 300; i++) {
        const rules = await db.selectFrom('blocking_key_rules').select('fingerprint').executeTakeFirst();
        if (rules?.fingerprint === blockingKeysFingerprint()) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const job = await db.selectFrom('jobs').select(['status', 'result']).where('kind', '=', 'rekey').executeTakeFirstOrThrow();
      expect(job.status).toBe('succeeded');
      expect(await found()).toContain(written.body.record.id);
      expect(await keysOfWritten(), 'the aged keys replaced by the current ones').toEqual(current);
    } finally {
      await upgraded.close();
    }
  });
});
