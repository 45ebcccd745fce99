import { parseArgs } from 'node:util';
import { ProgressBar } from '@retrace/cli';
import type { Settings } from '../config.ts';
import type { JsonValue } from '../jobs/handler.ts';
import { JobRunner } from '../jobs/runner.ts';
import { enqueueJob } from '../jobs/store.ts';
import { reconcileJob } from '../reconcile/job.ts';
import '../reconcile/register.ts';
import '../search/register.ts';
import { ensureBlockingKeysCurrent } from '../search/rekey.ts';
import { ReconcileParamsSchema } from '../reconcile/schemas.ts';
import type { Storage } from '../storage/storage.ts';
import type { JobRow } from '../storage/tables.ts';

export const JOBS_USAGE = `  pnpm admin reconcile link --agency A --with B [--top N] [--page-size N]
      A's tracing requests against B's registered children and B's against A's
  pnpm admin reconcile all [--top N] [--page-size N]
      every agency's requests against every agency's children (records with consent)
  pnpm admin reconcile dedupe --agency A
      A's children (and requests) registered twice
      Each runs in this process with a progress bar, puts candidates in the review queue and
      prints the report as JSON. Killed, it resumes with \`pnpm admin jobs run\` (or an API server).
  pnpm admin jobs run [--id JOB]
      runs queued jobs and those whose runner died (after JOB_LEASE_SECONDS), from their checkpoints;
      without --id, first queues a rewrite of the blocking keys if an upgrade changed their rules`;

/** `reconcile …` and `jobs run`: background jobs run in the foreground. Returns the exit code. */
export async function jobsCommand(argv: string[], open: () => Promise<{ storage: Storage; settings: Settings }>): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: { agency: { type: 'string' }, with: { type: 'string' }, top: { type: 'string' }, 'page-size': { type: 'string' }, id: { type: 'string' } },
  });
  const [command, sub] = positionals;
  const tuning = { ...(values.top ? { top: Number(values.top) } : {}), ...(values['page-size'] ? { page_size: Number(values['page-size']) } : {}) };
  let params: JsonValue | null = null;
  if (command === 'reconcile') {
    const parsed = ReconcileParamsSchema.safeParse(sub === 'link' ? { scope: 'link', agency_a: values.agency, agency_b: values.with, ...tuning } : sub === 'dedupe' ? { scope: 'dedupe', agency: values.agency, ...tuning } : { scope: sub, ...tuning });
    if (!parsed.success) {
      process.stderr.write(`${JOBS_USAGE}\n`);
      return 2;
    }
    params = parsed.data as unknown as JsonValue;
  } else if (sub !== 'run') {
    process.stderr.write(`${JOBS_USAGE}\n`);
    return 2;
  }
  const { storage, settings } = await open();
  const bar = new ProgressBar('reconcile');
  const runner = new JobRunner(storage, { leaseSeconds: settings.JOB_LEASE_SECONDS, onProgress: (_, p) => p.total !== null && bar.update(p.done, p.total) });
  const stop = () => void runner.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const report = (job: JobRow | null) => {
      bar.finish();
      if (!job) return;
      process.stderr.write(`job ${job.id}: ${job.status}${job.error ? ` (${job.error.code}: ${job.error.message})` : ''}\n`);
      if (job.status === 'succeeded') process.stdout.write(`${JSON.stringify(job.result, null, 2)}\n`);
    };
    if (params !== null) {
      const job = await enqueueJob(storage.db, { kind: reconcileJob.kind, params, agencyId: null, createdBy: null });
      process.stderr.write(`job ${job.id}: started\n`);
      const done = await runner.runNext({ id: job.id });
      report(done);
      return done?.status === 'succeeded' ? 0 : 1;
    }
    if (!values.id) {
      const rekey = await ensureBlockingKeysCurrent(storage.db);
      if (rekey) process.stderr.write(`job ${rekey}: queued (the blocking-key rules changed; every open record's keys are rewritten)\n`);
    }
    let failed = 0;
    for (;;) {
      const done = await runner.runNext(values.id ? { id: values.id } : {});
      if (!done) break;
      report(done);
      if (done.status !== 'succeeded') failed++;
      if (values.id) break;
    }
    return failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await storage.close();
  }
}
