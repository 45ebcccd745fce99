import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ProgressBar } from '@retrace/cli';
import { sql } from 'kysely';
import type { Settings } from '../config.ts';
import { storeUpload } from '../imports/files.ts';
import { importJob, type ImportParams } from '../imports/job.ts';
import { loadMapping, MappingError } from '../imports/mapping/load.ts';
import type { Mapping } from '../imports/mapping/schema.ts';
import '../imports/register.ts';
import { buildReport, ImportCheckpointSchema, issueCsvLines } from '../imports/report.ts';
import type { JsonValue } from '../jobs/handler.ts';
import { JobRunner } from '../jobs/runner.ts';
import { enqueueJob } from '../jobs/store.ts';
import type { Storage } from '../storage/storage.ts';
import type { JobRow } from '../storage/tables.ts';

export const IMPORT_USAGE = `  pnpm admin import --agency ID --file PATH --mapping NAME|PATH [--user USERNAME] [--report OUT.json] [--batch N]
      imports a CSV or .xlsx file into the agency's records through a mapping (a shipped one:
      interchange, kobo-child-registration, kobo-tracing-request, primero-cases,
      primero-tracing-requests; or a .json/.yaml file), keyed by source id; re-running it after a
      crash resumes where it stopped. --report writes the report as JSON and its issues as CSV.`;

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** An unfinished import of the same file through the same mapping for the agency (a killed run's). */
async function unfinishedImport(storage: Storage, agencyId: string, resumeKey: string): Promise<JobRow | null> {
  const row = await storage.db
    .selectFrom('jobs')
    .selectAll()
    .where('kind', '=', importJob.kind)
    .where('agency_id', '=', agencyId)
    .where('status', 'in', ['queued', 'running'])
    .where(sql<boolean>`params->>'resume_key' = ${resumeKey}`)
    .orderBy('seq')
    .executeTakeFirst();
  return row ?? null;
}

/** Runs the job here; when another process still holds its lease, waits for the lease to lapse. */
async function runToEnd(storage: Storage, runner: JobRunner, id: string, leaseSeconds: number): Promise<JobRow> {
  for (let waited = 0; ; waited++) {
    const done = await runner.runNext({ id });
    if (done) return done;
    const job = await storage.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    if (job.status !== 'queued' && job.status !== 'running') return job;
    if (waited === 0) process.stderr.write(`import ${id}: waiting for the previous run's lease to lapse (up to ${leaseSeconds} s)\n`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** `pnpm admin import …`: an import job created and run in this process. Returns the exit code. */
export async function importCommand(argv: string[], open: () => Promise<{ storage: Storage; settings: Settings }>): Promise<number> {
  const { values } = parseArgs({
    args: argv, allowPositionals: false,
    options: { agency: { type: 'string' }, file: { type: 'string' }, mapping: { type: 'string' }, user: { type: 'string' }, report: { type: 'string' }, batch: { type: 'string' } },
  });
  if (!values.agency || !values.file || !values.mapping) {
    process.stderr.write(`${IMPORT_USAGE}\n`);
    return 2;
  }
  let mapping: Mapping;
  let size: number;
  let resumeKey: string;
  try {
    mapping = await loadMapping(values.mapping);
    size = (await stat(values.file)).size;
    resumeKey = `${await sha256Of(values.file)}:${values.mapping}:${values.batch ?? ''}`;
  } catch (error) {
    const reason = error instanceof MappingError ? error.message : `${values.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).name})`;
    process.stderr.write(`${reason}\n`);
    return 1;
  }
  const { storage, settings } = await open();
  const bar = new ProgressBar('import');
  const runner = new JobRunner(storage, { leaseSeconds: settings.JOB_LEASE_SECONDS, onProgress: (_, p) => bar.update(p.done, p.total ?? p.done) });
  try {
    const user = await storage.db
      .selectFrom('users').select('id').where('agency_id', '=', values.agency)
      .$call((q) => (values.user ? q.where('username', '=', values.user) : q.where('role', '=', 'agency_admin').orderBy('seq')))
      .executeTakeFirst();
    if (!user) throw new Error(`agency ${values.agency} has no ${values.user ? `user ${values.user}` : 'administrator'}`);
    let job = await unfinishedImport(storage, values.agency, resumeKey);
    if (job) process.stderr.write(`import ${job.id}: resuming an unfinished run of this file\n`);
    else {
      const file = await storeUpload(storage.db, { agencyId: values.agency, userId: user.id, name: basename(values.file), maxBytes: Number.MAX_SAFE_INTEGER }, createReadStream(values.file));
      const params: ImportParams & { resume_key: string } = { file_id: file.id, mapping: values.mapping.includes('.') ? (mapping as unknown as Record<string, unknown>) : values.mapping, resume_key: resumeKey, ...(values.batch ? { batch_size: Number(values.batch) } : {}) };
      job = await enqueueJob(storage.db, { kind: importJob.kind, params: params as unknown as JsonValue, agencyId: values.agency, createdBy: user.id });
      process.stderr.write(`import ${job.id}: ${size} bytes stored, importing\n`);
    }
    const done = await runToEnd(storage, runner, job.id, settings.JOB_LEASE_SECONDS);
    bar.finish();
    if (done.status !== 'succeeded') {
      process.stderr.write(`import ${done.id}: ${done.status}${done.error ? ` (${done.error.code}: ${done.error.message})` : ''}\n`);
      return 1;
    }
    const report = await buildReport(storage.db, done.id, mapping.name, ImportCheckpointSchema.parse(done.checkpoint));
    process.stderr.write(`import ${done.id}: ${report.rows_read} rows read, ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected} rejected\n`);
    if (values.report) {
      await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
      await pipeline(Readable.from(issueCsvLines(storage.db, done.id)), createWriteStream(`${values.report.replace(/\.json$/i, '')}.csv`));
    } else process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`import failed: ${(error as Error).name}${(error as { code?: unknown }).code ? ` (${String((error as { code?: unknown }).code)})` : ""}\n`);
    return 1;
  } finally {
    bar.finish();
    await storage.close();
  }
}
