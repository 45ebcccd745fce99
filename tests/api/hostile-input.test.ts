import fc from 'fast-check';
import { BACKENDS } from '@retrace/api/testing';
import { INTERCHANGE_COLUMNS } from '@retrace/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.ts';

/** Lone surrogates cannot be percent-encoded; replace them as a browser would. */
const wellFormed = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

interface Operation {
  readonly method: string;
  readonly path: string;
}

/** Strings that have broken servers: bad escapes, NULs, huge numbers, pollution keys, odd scripts. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('%', '%E0%A4%A', '\u0000', '../../etc/passwd', "' or 1=1 --", '__proto__', 'constructor', '9'.repeat(400), '-1', 'NaN', '{}', 'محمد أبكر', '\uD800', 'null'),
);

const hostileJson = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(nastyString, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 8 }),
  fc.record({ __proto__: fc.jsonValue(), constructor: fc.jsonValue(), prototype: fc.jsonValue() }, { requiredKeys: [] }),
  fc.integer({ min: 1, max: 60 }).map((depth) => JSON.parse('['.repeat(depth * 40) + ']'.repeat(depth * 40))),
  // Well-shaped bodies with hostile values reach the services and the matching core.
  fc.record({
    external_id: nastyString,
    kind: fc.constantFrom('child', 'request', 'other'),
    consent_for_tracing: fc.oneof(fc.boolean(), nastyString),
    fields: fc.dictionary(fc.constantFrom(...INTERCHANGE_COLUMNS), fc.oneof(nastyString, fc.jsonValue({ maxDepth: 1 }))),
  }, { requiredKeys: [] }),
  fc.record({ description: fc.dictionary(fc.constantFrom(...INTERCHANGE_COLUMNS.filter((c) => c !== 'id' && c !== 'kind')), nastyString), limit: fc.oneof(fc.integer(), nastyString) }, { requiredKeys: ['description'] }),
  fc.record({ record_id: nastyString, reason: nastyString, username: nastyString, password: nastyString, user_id: nastyString, label: nastyString, role: nastyString }, { requiredKeys: [] }),
);

const rawBody = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '{"a":', '[1,2', '\u0000', '{"__proto__":{"polluted":1}}', 'null', '""', 'true', '1e999', '{"kind":"child","kind":"request"}'),
);

describe.each(BACKENDS)('hostile input over HTTP on $name', (backend) => {
  let world: World;
  let operations: Operation[] = [];
  beforeAll(async () => {
    world = await startWorld(backend);
    const doc = await world.api.call('GET', '/openapi.json');
    operations = Object.entries(doc.body.paths as Record<string, object>).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })));
  });
  afterAll(async () => world?.close());

  const send = async (method: string, path: string, token: string | undefined, contentType: string | undefined, body: string | undefined) => {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (contentType) headers['content-type'] = contentType;
    const res = await fetch(world.baseUrl + path, { method, headers, ...(body !== undefined && method !== 'GET' ? { body } : {}) });
    const text = await res.text();
    return { status: res.status, text };
  };

  it('answers arbitrary and hostile JSON on every route without a 5xx, always in the error shape', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(undefined, 'north.caseworker', 'north.focal_point', 'north.agency_admin', 'south.caseworker', 'south.focal_point'),
        fc.array(nastyString, { minLength: 1, maxLength: 1 }),
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', undefined),
        rawBody,
        fc.option(fc.dictionary(fc.constantFrom('limit', 'after', 'status', 'kind', 'role', 'since', 'action', 'direction', 'consent_for_tracing', 'name'), nastyString), { nil: undefined }),
        async (pick, who, [param], contentType, body, query) => {
          const operation = operations[pick % operations.length]!;
          if (operation.path === '/auth/logout') return; // would end the shared sessions
          const path = operation.path.replace('{id}', encodeURIComponent(wellFormed(param!))) + (query ? `?${new URLSearchParams(query as Record<string, string>)}` : '');
          const res = await send(operation.method, path, who ? world.tokens[who] : undefined, contentType, body);
          expect(res.status, `${operation.method} ${path} → ${res.text.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            const parsed = JSON.parse(res.text);
            expect(typeof parsed.code).toBe('string');
            expect(typeof parsed.message).toBe('string');
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers raw, unescaped path segments without a 5xx', async () => {
    for (const segment of ['%', '%E0%A4%A', '%00', '..%2F..%2F', '%ZZ', '🙂'.repeat(50), 'a'.repeat(5000)]) {
      for (const base of ['/records/', '/matches/', '/users/', '/api-keys/', '/disclosures/']) {
        const res = await send('GET', base + segment, world.tokens['north.focal_point'], undefined, undefined);
        expect(res.status, base + segment).toBeLessThan(500);
      }
    }
  });

  it('leaves no trace of a polluted prototype', async () => {
    await send('POST', '/search', world.tokens['north.caseworker'], 'application/json', '{"__proto__":{"polluted":true},"description":{"full_name":"Achta"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
