import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKENDS, tempFile, writeSyntheticCaseload, xlsxBytes } from '@retrace/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from './harness.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'services', 'api', 'src', 'imports', 'fixtures', name));
const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(BACKENDS)('imports over HTTP on $name', (backend) => {
  let world: World;
  const admin = () => world.tokens['north.agency_admin'];
  const upload = async (data: string | Uint8Array, type = CSV, token = admin()) => world.api.call('POST', '/imports/files?name=export.csv', { token, raw: { type, data } });
  /** Uploads, imports through `mapping`, and waits for the job to end. */
  const importFile = async (data: string | Uint8Array, mapping: unknown, type = CSV) => {
    const file = await upload(data, type);
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    const started = await world.api.call('POST', '/imports', { token: admin(), body: { file_id: file.body.id, mapping } });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    for (;;) {
      const job = await world.api.call('GET', `/jobs/${started.body.id}`, { token: admin() });
      if (['succeeded', 'failed', 'cancelled'].includes(job.body.status)) return job.body;
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const report = async (id: string) => (await world.api.call('GET', `/imports/${id}/report`, { token: admin() })).body;

  beforeAll(async () => {
    world = await startWorld(backend, { IMPORT_MAX_BYTES: 1024 * 1024 });
  });
  afterAll(async () => world?.close());

  it('imports a Kobo CSV export, then the same file again without changing anything', async () => {
    const first = await importFile(fixture('kobo-children.csv'), 'kobo-child-registration');
    expect(first.status).toBe('succeeded');
    expect(first.progress).toMatchObject({ done: 6, total: 6, percent: 100 });
    expect(await report(first.id)).toMatchObject({ rows_read: 6, created: 4, updated: 0, unchanged: 0, rejected: 2 });
    const csv = await world.api.call('GET', `/imports/${first.id}/report.csv`, { token: admin() });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(String(csv.body).split('\n')[0]).toBe('row,field,code,severity,message');
    expect(String(csv.body)).toContain('7,id,id.duplicate,rejected');

    const again = await importFile(fixture('kobo-children.csv'), 'kobo-child-registration');
    expect(await report(again.id)).toMatchObject({ rows_read: 6, created: 0, updated: 0, unchanged: 4, rejected: 2 });
    const audit = await world.api.call('GET', '/audit?limit=200', { token: admin() });
    const actions = (audit.body.items as { action: string }[]).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['import.upload', 'import.start', 'import.finish', 'import.report']));
    expect(JSON.stringify(audit.body)).not.toMatch(/Mahamat|Khadidja|Djibrine/);
  });

  it('imports Primero case and tracing-request exports with their own mappings', async () => {
    const cases = await importFile(fixture('primero-cases.csv'), 'primero-cases');
    expect(await report(cases.id)).toMatchObject({ rows_read: 3, created: 3, rejected: 0 });
    const requests = await importFile(fixture('primero-tracing-requests.csv'), 'primero-tracing-requests');
    const r = await report(requests.id);
    expect(r).toMatchObject({ rows_read: 3, created: 3, rejected: 0 });
    expect(r.issues.map((i: { row: number; field: string }) => [i.row, i.field])).toEqual([[4, 'requester_relationship']]);
    const records = await world.api.call('GET', '/records?kind=request&limit=200', { token: world.tokens['north.caseworker'] });
    const bakary = (records.body.items as { external_id: string; fields: Record<string, string>; consent_for_tracing: boolean }[]).find((x) => x.external_id === '9b2e0000-0000-4000-8000-000000000002')!;
    expect(bakary).toMatchObject({ consent_for_tracing: true, fields: { full_name: 'Oumar Coulibaly', requester_relationship: 'grandparent', place_of_separation: 'ML-SEVARE' } });
  });

  it('reads a Kobo .xlsx export: grouped headers, codes, a blank row and merged cells; never its second sheet', async () => {
    const bytes = await xlsxBytes(
      [
        ['_uuid', 'child_info/first_name', 'child_info/family_name', 'child_info/sex', 'child_info/dob_year', 'registration/date', 'consent/consent_tracing'],
        ['x-1', 'Aisha', 'Jibril', 2, 2015, new Date(Date.UTC(2024, 4, 2)), 1],
        [null, null, null, null, null, null, null],
        ['x-2', 'Mohammed', 'Jibril', 1, 2013, '2024-05-03', 2],
        ['x-3', 'Zara', null, 2, null, null, null],
      ],
      ['C4:C5'],
    );
    const job = await importFile(bytes, 'kobo-child-registration', XLSX);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    const r = await report(job.id);
    expect(r).toMatchObject({ rows_read: 3, created: 3, rejected: 0 });
    const records = await world.api.call('GET', '/records?kind=child&limit=200', { token: world.tokens['north.caseworker'] });
    const byId = new Map((records.body.items as { external_id: string; fields: Record<string, string>; sex: string }[]).map((x) => [x.external_id, x]));
    expect(byId.get('x-1')).toMatchObject({ sex: 'f', fields: { full_name: 'Aisha Jibril', date_of_birth: '2015', registered_on: '2024-05-02' } });
    expect(byId.get('x-2')!.fields.full_name).toBe('Mohammed Jibril');
    expect(byId.get('x-3')!.fields.full_name).toBe('Zara');
  });

  it('fails an import whose file cannot be read, with the reason, and refuses a bad mapping before queueing', async () => {
    const latin1 = Buffer.concat([Buffer.from('id,kind,full_name\nL1,child,Traor'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const failed = await importFile(latin1, 'interchange');
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'file.encoding' } });
    const noId = await importFile('name,kind\nMahamat,child\n', 'interchange');
    expect(noId).toMatchObject({ status: 'failed', error: { code: 'file.no_id_column' } });
    const empty = await importFile('', 'interchange');
    expect(empty).toMatchObject({ status: 'failed', error: { code: 'file.empty' } });
    expect((await world.api.call('GET', `/imports/${empty.id}/report`, { token: admin() })).status).toBe(409);

    const file = await upload('id,kind\nB1,child\n');
    const bad = await world.api.call('POST', '/imports', { token: admin(), body: { file_id: file.body.id, mapping: { name: 'x', source_id: { column: 'id' }, kind: 'adult', fields: { shoe_size: { column: 'a' } } } } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.details)).toMatch(/kind|shoe_size/);
    expect((await world.api.call('POST', '/imports', { token: admin(), body: { file_id: file.body.id, mapping: 'no-such-mapping' } })).status).toBe(404);
    expect((await world.api.call('POST', '/imports', { token: admin(), body: { file_id: 'no-such-file', mapping: 'interchange' } })).status).toBe(404);
  });

  it('accepts only tables, only from importers, only up to the upload limit', async () => {
    expect((await upload('{"a":1}', 'application/json')).status).toBe(415);
    expect((await upload('<x/>', 'application/xml')).status).toBe(415);
    expect((await upload('id\nA\n', CSV, world.tokens['north.caseworker'])).status).toBe(403);
    const large = await upload(`id,kind,full_name\n${'Z1,child,Mahamat Abakar\n'.repeat(50_000)}`);
    expect([large.status, large.body.code]).toEqual([413, 'payload_too_large']);
    const stored = await world.database.storage.db.selectFrom('import_files').select('id').where('complete', '=', false).execute();
    expect(stored).toEqual([]);
  });
});

describe.each(BACKENDS)('cancelling an import over HTTP on $name', (backend) => {
  let world: World;
  const admin = () => world.tokens['north.agency_admin'];
  const upload = async (data: Uint8Array) => world.api.call('POST', '/imports/files?name=export.csv', { token: admin(), raw: { type: CSV, data } });
  const report = async (id: string) => (await world.api.call('GET', `/imports/${id}/report`, { token: admin() })).body;

  beforeAll(async () => {
    world = await startWorld(backend, { IMPORT_MAX_BYTES: 1024 * 1024 });
  });
  afterAll(async () => world?.close());

  it('cancels a running import between batches; its report covers exactly the rows committed', async () => {
    const path = tempFile(`cancel-${backend.name}.csv`, '');
    await writeSyntheticCaseload(path, 2000, 5);
    const count = async () => (await world.database.storage.db.selectFrom('records').select('id').where('agency_id', '=', 'north').execute()).length;
    const before = await count();
    const file = await upload(readFileSync(path));
    const started = await world.api.call('POST', '/imports', { token: admin(), body: { file_id: file.body.id, mapping: 'interchange', batch_size: 2 } });
    for (;;) {
      const job = await world.api.call('GET', `/jobs/${started.body.id}`, { token: admin() });
      if ((job.body.progress?.done ?? 0) > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await world.api.call('POST', `/jobs/${started.body.id}/cancel`, { token: admin() })).status).toBe(200);
    let job;
    do {
      job = (await world.api.call('GET', `/jobs/${started.body.id}`, { token: admin() })).body;
      await new Promise((r) => setTimeout(r, 50));
    } while (!['succeeded', 'failed', 'cancelled'].includes(job.status));
    expect(job.status).toBe('cancelled');
    const r = await report(started.body.id);
    expect(r.complete).toBe(false);
    expect(r.rows_read).toBeGreaterThan(0);
    expect(r.rows_read).toBeLessThan(2000);
    expect(r.created + r.updated + r.unchanged + r.rejected).toBe(r.rows_read);
    expect(await count()).toBe(before + r.created);
    expect(await world.database.storage.db.selectFrom('import_seen').select('external_id').where('import_id', '=', started.body.id).execute()).toEqual([]);
  });

});
