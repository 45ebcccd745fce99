import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRegistry, JsonValue } from '../jobs/handler.ts';
import { JobRunner } from '../jobs/runner.ts';
import { enqueueJob } from '../jobs/store.ts';
import { BACKENDS, type TestDatabase } from '../testing/backends.ts';
import { insertCaseload } from '../testing/caseload.ts';
import { seedWorld } from '../testing/world.ts';
import { reconcileJob } from './job.ts';
import { connectedGroups } from './report.ts';
import type { ReconcileReport } from './schemas.ts';

const registry: JobRegistry = new Map([[reconcileJob.kind, reconcileJob]]);
process.env.RETRACE_RECONCILE_WORKERS ??= '2';

describe('connectedGroups', () => {
  it('joins pairs into groups, largest first, each sorted', () => {
    expect(connectedGroups([['b', 'a'], ['c', 'd'], ['a', 'e'], ['e', 'b']])).toEqual([['a', 'b', 'e'], ['c', 'd']]);
    expect(connectedGroups([])).toEqual([]);
  });
});

describe.each(BACKENDS)('reconciliation jobs on $name', (backend) => {
  let database: TestDatabase;
  let users: Record<string, string>;
  let truth: Array<[string, string]>;
  let duplicates: Array<[string, string]>;
  const db = () => database.storage.db;
  const run = async (params: Record<string, unknown>) => {
    const job = await enqueueJob(db(), { kind: 'reconcile', params: params as JsonValue, agencyId: 'north', createdBy: users['north.focal_point']! });
    return (await new JobRunner(database.storage, { registry }).runNext({ id: job.id }))!;
  };
  const pairsOf = async (jobId: string) =>
    (await db().selectFrom('matches').select(['record_a', 'record_b', 'score', 'band', 'status', 'origin', 'agency_a', 'agency_b']).where('job_id', '=', jobId).orderBy('record_a').orderBy('record_b').execute()).map((m) => ({ ...m, score: Math.round(m.score * 1e9) }));

  beforeAll(async () => {
    database = await backend.open();
    users = await seedWorld(db());
    ({ truth, duplicates } = await insertCaseload(db(), {
      seed: 31, children: 400, requests: 260, agencies: ['north', 'south'], creators: { north: users['north.caseworker']!, south: users['south.caseworker']! }, withoutConsentEvery: 10, duplicateChildren: 8,
    }));
  });
  afterAll(async () => database?.dispose());

  let linkJob: string;
  it("proposes one agency's requests against the other's children, both ways, as pending pairs with a report that adds up", async () => {
    const job = await run({ scope: 'link', agency_a: 'north', agency_b: 'south', page_size: 100 });
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    linkJob = job.id;
    const report = job.result as ReconcileReport;
    const pairs = await pairsOf(job.id);
    expect(pairs.length).toBeGreaterThan(50);
    const requests = await db().selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'request').where('consent_for_tracing', '=', true).executeTakeFirstOrThrow();
    expect(report.records_scored).toBe(Number(requests.n));
    expect(new Set(pairs.map((p) => `${p.status}/${p.origin}`))).toEqual(new Set(['pending/reconciliation']));
    expect(pairs.every((p) => p.agency_a !== p.agency_b && p.band !== 'unlikely')).toBe(true);
    expect(report.proposed.likely + report.proposed.possible).toBe(pairs.length);
    expect(report.proposed.likely).toBe(pairs.filter((p) => p.band === 'likely').length);
    const byPair = report.by_agency_pair.reduce((n, r) => n + r.likely + r.possible, 0);
    expect(byPair).toBe(pairs.length);
    expect(new Set(report.by_agency_pair.map((r) => `${r.from_agency}→${r.to_agency}`))).toEqual(new Set(['north→south', 'south→north']));
    // Records without consent are not compared across agencies.
    const withoutConsent = new Set((await db().selectFrom('records').select('id').where('consent_for_tracing', '=', false).execute()).map((r) => r.id));
    expect(pairs.some((p) => withoutConsent.has(p.record_a) || withoutConsent.has(p.record_b))).toBe(false);
    // Most true cross-agency pairs with consent on both sides are found.
    const agencyOf = (id: string) => id.split('-')[0];
    const reachable = truth.filter(([r, c]) => agencyOf(r) !== agencyOf(c) && !withoutConsent.has(r) && !withoutConsent.has(c));
    const found = new Set(pairs.map((p) => `${p.record_a}|${p.record_b}`));
    const hits = reachable.filter(([r, c]) => found.has(r < c ? `${r}|${c}` : `${c}|${r}`)).length;
    expect(hits / reachable.length).toBeGreaterThan(0.6);
    expect(job.progress).toMatchObject({ percent: 100, unit: 'records' });
    // Each pair keeps both records' versions, for the queue to tell when either is edited later.
    const stale = await db()
      .selectFrom('matches as m')
      .innerJoin('records as a', 'a.id', 'm.record_a')
      .innerJoin('records as b', 'b.id', 'm.record_b')
      .select('m.id')
      .where('m.job_id', '=', job.id)
      .where((eb) => eb.or([eb('m.version_a', 'is', null), eb('m.version_b', 'is', null), eb('m.version_a', '<>', eb.ref('a.version')), eb('m.version_b', '<>', eb.ref('b.version'))]))
      .execute();
    expect(stale).toEqual([]);
  });

  it('proposes nothing again on a second run, and leaves a rejected pair rejected', async () => {
    const first = await pairsOf(linkJob);
    const rejected = first[0]!;
    await db().updateTable('matches').set({ status: 'rejected' }).where('record_a', '=', rejected.record_a).where('record_b', '=', rejected.record_b).execute();
    const again = await run({ scope: 'link', agency_a: 'south', agency_b: 'north', page_size: 500 });
    const report = again.result as ReconcileReport;
    expect(report.records_scored).toBe(((await db().selectFrom('jobs').select('result').where('id', '=', linkJob).executeTakeFirstOrThrow()).result as ReconcileReport).records_scored);
    expect(report.proposed).toEqual({ likely: 0, possible: 0 });
    expect(report.already_in_queue).toEqual({ pending: first.length - 1, confirmed: 0, rejected: 1 });
    expect(await pairsOf(again.id)).toEqual([]);
    expect((await pairsOf(linkJob)).find((p) => p.record_a === rejected.record_a && p.record_b === rejected.record_b)!.status).toBe('rejected');
  });

  it('writes exactly the pairs and report of an uninterrupted run when stopped and resumed', async () => {
    const params = { scope: 'dedupe', agency: 'south', page_size: 50 };
    const whole = await run(params);
    expect(whole.status).toBe('succeeded');
    const expected = await pairsOf(whole.id);
    await db().deleteFrom('matches').where('job_id', '=', whole.id).execute();

    const job = await enqueueJob(db(), { kind: 'reconcile', params, agencyId: 'north', createdBy: users['north.focal_point']! });
    const first = new JobRunner(database.storage, { registry, progressIntervalMs: 0 });
    first.start();
    for (;;) {
      const row = await db().selectFrom('jobs').select(['checkpoint']).where('id', '=', job.id).executeTakeFirstOrThrow();
      if (((row.checkpoint as { doneInPass?: number } | null)?.doneInPass ?? 0) >= 100) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await first.stop();
    const stopped = await db().selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow();
    expect(stopped.status).toBe('queued');
    const resumed = (await new JobRunner(database.storage, { registry }).runNext({ id: job.id }))!;
    expect(resumed).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(await pairsOf(job.id)).toEqual(expected);
    expect(resumed.result).toEqual(whole.result);
  });

  it("finds an agency's children registered twice and reports them as clusters", async () => {
    const south = duplicates.filter(([a]) => a.startsWith('south-'));
    expect(south.length).toBeGreaterThan(0);
    const job = await db().selectFrom('jobs').select('result').where('kind', '=', 'reconcile').where('status', '=', 'succeeded').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const report = job.result as ReconcileReport;
    expect(report.scope).toBe('dedupe');
    expect(report.duplicate_clusters_total).toBe(report.duplicate_clusters.length);
    for (const [a, b] of south) expect(report.duplicate_clusters.some((c) => c.record_ids.includes(a) && c.record_ids.includes(b)), `${a} ${b}`).toBe(true);
    expect(report.duplicate_clusters.every((c) => c.agency_id === 'south' && c.record_ids.every((id) => id.startsWith('south-')))).toBe(true);
    expect(report.by_agency_pair.every((r) => r.from_agency === 'south' && r.to_agency === 'south')).toBe(true);
  });

  it('meets each pair of a dedupe once, with the same score from either side, also when run again', async () => {
    const last = await db().selectFrom('jobs').select(['id', 'result']).where('kind', '=', 'reconcile').where('status', '=', 'succeeded').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const before = await pairsOf(last.id);
    const firstReport = last.result as ReconcileReport;
    expect(before.length).toBeGreaterThan(0);
    expect(firstReport.proposed.likely + firstReport.proposed.possible).toBe(before.length);
    // Pages of 10 put most pairs' two records in different pages, read at different times.
    const again = await run({ scope: 'dedupe', agency: 'south', page_size: 10 });
    expect(again.status, JSON.stringify(again.error)).toBe('succeeded');
    const report = again.result as ReconcileReport;
    expect(report.proposed).toEqual({ likely: 0, possible: 0 });
    expect(report.already_in_queue).toEqual({ pending: before.length, confirmed: 0, rejected: 0 });
    expect(report.by_agency_pair.reduce((n, r) => n + r.likely + r.possible, 0)).toBe(before.length);
    expect(report.duplicate_clusters).toEqual(firstReport.duplicate_clusters);

    // A fresh run in pages of 10 writes exactly the pairs and scores of the run in pages of 50.
    await db().deleteFrom('matches').where('job_id', '=', last.id).execute();
    const fresh = await run({ scope: 'dedupe', agency: 'south', page_size: 10 });
    expect(await pairsOf(fresh.id)).toEqual(before);
  });
});
