import { request as httpRequest } from 'node:http';
import { BACKENDS, CHILD_FIELDS } from '@retrace/api/testing';
import { INTERCHANGE_COLUMNS } from '@retrace/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.ts';

const MAX_BODY_BYTES = 4096;
const RATE_LIMIT = 40;
const LOGIN_LIMIT = 10;

/** Streams a body in chunks without a Content-Length, as a hostile or careless client would. */
function sendChunked(url: string, token: string, chunks: number, chunkSize: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer and close before every chunk is sent; that is the point.
    req.on('error', (error) => ((error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error)));
    req.write('{"description":{"full_name":"');
    let sent = 0;
    const pump = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write('a'.repeat(chunkSize))) return req.once('drain', pump);
      }
      req.end('"}}');
    };
    pump();
  });
}

describe.each(BACKENDS)('limits, documents and logs over HTTP on $name', (backend) => {
  let world: World;
  const logLines: string[] = [];
  beforeAll(async () => {
    world = await startWorld(backend, { MAX_BODY_BYTES, RATE_LIMIT_PER_MINUTE: RATE_LIMIT, LOGIN_RATE_LIMIT_PER_MINUTE: LOGIN_LIMIT }, (line) => logLines.push(JSON.stringify(line)));
  });
  afterAll(async () => world?.close());

  it('answers an oversized chunked body with 413, and an oversized declared one too', async () => {
    const chunked = await sendChunked(`${world.baseUrl}/search`, world.tokens['north.caseworker']!, 64, 1024);
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).code).toBe('payload_too_large');
    const declared = await world.api.call('POST', '/search', { token: world.tokens['north.caseworker'], body: { description: { full_name: 'x'.repeat(MAX_BODY_BYTES) } } });
    expect([declared.status, declared.body.code]).toEqual([413, 'payload_too_large']);
    const small = await sendChunked(`${world.baseUrl}/search`, world.tokens['north.caseworker']!, 1, 100);
    expect([small.status, JSON.parse(small.body).candidates]).toEqual([200, []]); // a small chunked body is read as usual
  });

  it('refuses bodies that are not JSON with 415', async () => {
    const res = await fetch(`${world.baseUrl}/search`, { method: 'POST', headers: { authorization: `Bearer ${world.tokens['north.caseworker']}`, 'content-type': 'text/plain' }, body: '{"description":{}}' });
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([415, 'unsupported_media_type']);
  });

  it('limits requests per token, telling the client when to come back', async () => {
    const token = await world.api.login('south.focal_point');
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMIT + 1; i++) statuses.push((await world.api.call('GET', '/me', { token })).status);
    expect(statuses.slice(0, RATE_LIMIT).every((s) => s === 200)).toBe(true);
    const limited = await world.api.call('GET', '/me', { token });
    expect([limited.status, limited.body.code]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await world.api.call('GET', '/me', { token: world.tokens['south.caseworker'] })).status).toBe(200);
  });

  it('limits login attempts per client address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT; i++) statuses.push((await world.api.call('POST', '/auth/login', { body: { username: 'north.caseworker', password: 'wrong' } })).status);
    // The world's own six logins came first, so the limit is reached within these attempts.
    expect(statuses).toContain(429);
    expect(statuses.slice(0, statuses.indexOf(429)).every((s) => s === 401)).toBe(true);
  });

  it('serves the OpenAPI document generated from the route schemas, and a self-contained docs page', async () => {
    const doc = await world.api.call('GET', '/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(Object.keys(doc.body.components.schemas)).toEqual(expect.arrayContaining(['Record', 'RecordFields', 'SearchBody', 'Candidate', 'Match', 'Error']));
    expect(doc.body.paths['/search'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/SearchBody' });
    const docs = await fetch(`${world.baseUrl}/docs`);
    const html = await docs.text();
    expect([docs.status, html.includes("fetch('/openapi.json')")]).toEqual([200, true]);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
  });

  it('takes search criteria and personal fields only in bodies, never in URLs', async () => {
    const doc = await world.api.call('GET', '/openapi.json');
    const parameters = Object.values(doc.body.paths as Record<string, Record<string, { parameters?: Array<{ name: string }> }>>).flatMap((methods) =>
      Object.values(methods).flatMap((op) => (op.parameters ?? []).map((p) => p.name)),
    );
    const personal = INTERCHANGE_COLUMNS.filter((c) => c !== 'id' && c !== 'kind');
    expect(parameters.filter((p) => (personal as string[]).includes(p))).toEqual([]);
    expect(doc.body.paths['/search'].get).toBeUndefined();
  });

  it('writes request logs with routes, statuses and ids, and no personal data', async () => {
    const before = logLines.length;
    await world.api.call('POST', '/records', { token: world.tokens['north.caseworker'], body: { external_id: 'LOG-1', kind: 'child', consent_for_tracing: true, fields: CHILD_FIELDS } });
    await world.api.call('POST', '/search', { token: world.tokens['south.caseworker'], body: { description: { full_name: 'Khadija Haroun', mother_name: 'Achta Mahamat' } } });
    const lines = logLines.slice(before).map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.method, l.route, l.status])).toEqual([
      ['POST', '/records', 201],
      ['POST', '/search', 200],
    ]);
    expect(logLines.join('\n')).not.toMatch(/Khadi|Haroun|Achta|Goz Beida|rts_/);
  });
});
