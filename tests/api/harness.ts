import { defaultAppSettings, startServer, type AppSettings, type RunningServer } from '@retrace/api';
import { apiClient, AGENCIES, CHILD_FIELDS, createUserDirectly, REQUEST_FIELDS, ROLE_LIST, seedWorld, TEST_PASSWORD, usernameOf, type AgencyKey, type ApiClient, type Role, type TestBackend, type TestDatabase } from '@retrace/api/testing';

/** A running API over a real socket on a fresh database, with two agencies logged in. */
export interface World {
  readonly database: TestDatabase;
  readonly server: RunningServer;
  readonly api: ApiClient;
  /** `north.caseworker` → a session token. */
  readonly tokens: Record<string, string>;
  readonly userIds: Record<string, string>;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export async function startWorld(backend: TestBackend, overrides: Partial<AppSettings> = {}, log: (line: Record<string, unknown>) => void = () => undefined): Promise<World> {
  const database = await backend.open();
  const userIds = await seedWorld(database.storage.db);
  const server = await startServer(database.storage, { ...defaultAppSettings(), LOGIN_RATE_LIMIT_PER_MINUTE: 10_000, RATE_LIMIT_PER_MINUTE: 100_000, ...overrides, HOST: '127.0.0.1', PORT: 0 }, log);
  const api = apiClient((path, init) => fetch(server.url + path, init));
  const tokens: Record<string, string> = {};
  for (const agency of AGENCIES) for (const role of ROLE_LIST) tokens[usernameOf(agency, role)] = await api.login(usernameOf(agency, role));
  return {
    database,
    server,
    api,
    tokens,
    userIds,
    baseUrl: server.url,
    close: async () => {
      await server.close();
      await database.dispose();
    },
  };
}

let sequence = 0;
/** Distinct external ids for records made during a test. */
export const nextExternalId = (prefix: string) => `${prefix}-${++sequence}-${Date.now()}`;

/** Registers a record through the API as an agency's caseworker; returns its id. */
export async function registerRecord(world: World, agency: AgencyKey, kind: 'child' | 'request', consent = true): Promise<string> {
  const res = await world.api.call('POST', '/records', {
    token: world.tokens[usernameOf(agency, 'caseworker')],
    body: { external_id: nextExternalId(agency), kind, consent_for_tracing: consent, fields: kind === 'child' ? CHILD_FIELDS : REQUEST_FIELDS },
  });
  if (res.status !== 201) throw new Error(`could not register a record: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.record.id as string;
}

/** A fresh queued pair between a child of one agency and a request of another (or the same). */
export async function freshMatch(world: World, childAgency: AgencyKey, requestAgency: AgencyKey): Promise<string> {
  const child = await registerRecord(world, childAgency, 'child');
  const request = await registerRecord(world, requestAgency, 'request');
  const [a, b] = child < request ? [child, request] : [request, child];
  const row = await world.database.storage.db.selectFrom('matches').select('id').where('record_a', '=', a).where('record_b', '=', b).executeTakeFirst();
  if (!row) throw new Error('the pair was not proposed');
  return row.id;
}

/** A user made directly in the database (so a test may change it freely). */
export const freshUser = (world: World, agency: AgencyKey, role: Role = 'caseworker') =>
  createUserDirectly(world.database.storage.db, { agencyId: agency, username: nextExternalId(`${agency}.user`).toLowerCase(), password: TEST_PASSWORD, role });
