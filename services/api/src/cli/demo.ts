import { sql } from 'kysely';
import { readSettings } from '../config.ts';
import { startServer, stopOnSignals } from '../server.ts';
import { openStorage } from '../storage/open.ts';
import { DEMO_PASSWORD, seedDemo } from './demo-caseload.ts';

/**
 * `pnpm demo`: the API on an embedded database (`.retrace/demo`, or DATABASE_URL) with a demo
 * caseload of two agencies, and how to call it. The caseload is seeded once; later runs reuse it.
 */
const settings = readSettings({ RETRACE_DATA_DIR: '.retrace/demo', ...process.env });
const storage = await openStorage(settings);
const seeded = await storage.db.selectFrom('agencies').select('id').executeTakeFirst();
if (!seeded) {
  process.stderr.write('retrace demo: seeding two agencies and a synthetic caseload (about half a minute)…\n');
  const summary = await seedDemo(storage.db, { children: 160, requests: 80, seed: 2024 });
  process.stderr.write(`retrace demo: ${summary.children} children, ${summary.requests} tracing requests, ${summary.proposed} pairs in the review queue\n`);
}
const running = await startServer(storage, settings, () => undefined);
const url = running.url;
const example = await exampleDescription();
process.stdout.write(`
Retrace API demo on ${storage.backend} — ${url}  (interactive docs: ${url}/docs, OpenAPI: ${url}/openapi.json)

Users (password "${DEMO_PASSWORD}"): camp-protection.caseworker, camp-protection.focal_point,
camp-protection.agency_admin, and the same three for family-tracing.

  # log in as the tracing agency's caseworker
  TOKEN=$(curl -s ${url}/auth/login -H 'content-type: application/json' \\
    -d '{"username":"family-tracing.caseworker","password":"${DEMO_PASSWORD}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')

  # search for a child by a partial description (criteria go in the body, never the URL)
  curl -s ${url}/search -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
    -d '${JSON.stringify({ description: example }).replaceAll("'", "'\\''")}'

  # the focal point's review queue
  FP=$(curl -s ${url}/auth/login -H 'content-type: application/json' \\
    -d '{"username":"family-tracing.focal_point","password":"${DEMO_PASSWORD}"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).token')
  curl -s "${url}/matches?status=pending&limit=5" -H "authorization: Bearer $FP"

Press Ctrl-C to stop.
`);
/**
 * A partial description of one of the demo's (synthetic) children, as a family might give it: a
 * child whose record states its mother and origin, which a family gives too (a name and sex alone
 * are weak evidence, and the search rightly leaves such candidates below `possible`).
 */
async function exampleDescription(): Promise<Record<string, string>> {
  const child = await storage.db
    .selectFrom('records')
    .select('fields')
    .where('kind', '=', 'child')
    .where('consent_for_tracing', '=', true)
    .where('agency_id', '=', 'camp-protection')
    .where(sql<boolean>`coalesce(fields->>'mother_name', '') <> '' and coalesce(fields->>'place_of_origin', '') <> ''`)
    .orderBy('seq')
    .offset(3)
    .executeTakeFirst();
  const fields = (child?.fields ?? {}) as Record<string, string>;
  const name = (fields.full_name ?? [fields.given_name, fields.family_name].filter(Boolean).join(' ')).split(/\s+/).slice(0, 2).join(' ');
  const description: Record<string, string> = { full_name: name || 'Mahamat Abakar' };
  for (const key of ['sex', 'mother_name', 'place_of_origin'] as const) if (fields[key]) description[key] = fields[key];
  return description;
}

stopOnSignals(running, storage);
