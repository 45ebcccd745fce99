import { createApp } from './src/http/app.ts';
import { defaultAppSettings } from './src/config.ts';
import { BACKENDS } from './src/testing/backends.ts';
import { seedWorld, CHILD_FIELDS, REQUEST_FIELDS } from './src/testing/world.ts';
import { apiClient } from './src/testing/client.ts';
for (const backend of BACKENDS) {
  const t = await backend.open();
  await seedWorld(t.storage.db);
  const app = createApp({ db: t.storage.db, settings: defaultAppSettings(), log: (l) => { if (l.level) console.log(l) } });
  const api = apiClient((p, i) => app.request(p, i));
  const cw = await api.login('north.caseworker');
  const cw2 = await api.login('south.caseworker');
  const r1 = await api.call('POST', '/records', { token: cw, body: { external_id: 'C1', kind: 'child', consent_for_tracing: true, fields: CHILD_FIELDS } });
  console.log(backend.name, r1.status, JSON.stringify(r1.body).slice(0, 300));
  const r2 = await api.call('POST', '/records', { token: cw2, body: { external_id: 'R1', kind: 'request', consent_for_tracing: true, fields: REQUEST_FIELDS } });
  console.log(r2.status, r2.body.proposed);
  const s = await api.call('POST', '/search', { token: cw2, body: { description: { full_name: 'Khadija Haroun Abakar', sex: 'f', mother_name: 'Achta Mahamat', place_of_origin: 'Goz Beida' } } });
  console.log(s.status, JSON.stringify(s.body).slice(0, 1200));
  const fp = await api.login('south.focal_point');
  const m = await api.call('GET', '/matches', { token: fp });
  console.log(m.status, JSON.stringify(m.body).slice(0, 600));
  const doc = await api.call('GET', '/openapi.json');
  console.log(doc.status, Object.keys(doc.body.paths ?? {}).length, JSON.stringify(doc.body).slice(0, 200));
  await t.dispose();
}
