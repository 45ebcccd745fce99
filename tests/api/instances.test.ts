import { defaultAppSettings, startServer, type RunningServer } from '@retrace/api';
import { apiClient, BACKENDS, CHILD_FIELDS, REQUEST_FIELDS, TEST_PASSWORD } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.ts';

const postgres = BACKENDS.find((b) => b.name === 'postgres')!;

/** Several stateless API instances over one PostgreSQL database, each with its own pool. */
describe('two API instances on one PostgreSQL database', () => {
  let world: World;
  let second: RunningServer;
  beforeAll(async () => {
    world = await startWorld(postgres, { LOCKOUT_THRESHOLD: 3 });
    second = await startServer(await world.database.connectAgain(), { ...defaultAppSettings(), HOST: '127.0.0.1', PORT: 0 }, () => undefined);
  });
  afterAll(async () => {
    await second?.close();
    await world?.close();
  });

  const viaSecond = () => apiClient((path, init) => fetch(second.url + path, init));

  it('finds at once, through one instance, a record written through the other', async () => {
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
});
