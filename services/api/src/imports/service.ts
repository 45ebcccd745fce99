import type { Kysely } from 'kysely';
import { writeAudit, subjectOf } from '../audit/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { ServiceError } from '../http/errors.ts';
import type { JsonValue } from '../jobs/handler.ts';
import { enqueueJob } from '../jobs/store.ts';
import { ownJob, toJobView, type JobView } from '../jobs/view.ts';
import type { Tables } from '../storage/tables.ts';
import { findUpload, storeUpload, UploadTooLarge, type StoredFile } from './files.ts';
import { importJob, mappingOf, type ImportParams } from './job.ts';
import { MappingError } from './mapping/load.ts';
import { buildReport, ImportCheckpointSchema, issueCsvLines, type ImportReport } from './report.ts';

/** Stores an upload for the caller's agency (streamed, size-limited) and audits it without its content. */
export async function uploadFile(db: Kysely<Tables>, actor: Actor, name: string, maxBytes: number, body: AsyncIterable<Uint8Array>): Promise<StoredFile> {
  let file: StoredFile;
  try {
    file = await storeUpload(db, { agencyId: actor.agencyId, userId: actor.userId, name, maxBytes }, body);
  } catch (error) {
    if (error instanceof UploadTooLarge) throw new ServiceError('payload_too_large', error.message, { limit_bytes: error.limit });
    throw error;
  }
  await db.transaction().execute((trx) => writeAudit(trx, subjectOf(actor), 'import.upload', [], { file_id: file.id, size_bytes: file.size_bytes }));
  return file;
}

/** Queues the import of one of the caller's agency's uploads; a bad mapping is refused now, not later. */
export async function startImport(db: Kysely<Tables>, actor: Actor, params: ImportParams): Promise<JobView> {
  try {
    await mappingOf(params);
  } catch (error) {
    if (error instanceof MappingError) throw new ServiceError(error.code === 'mapping.not_found' ? 'not_found' : 'validation_failed', error.message, { issues: error.issues });
    throw error;
  }
  if (!(await findUpload(db, actor.agencyId, params.file_id))) throw new ServiceError('not_found', 'No such uploaded file.');
  return db.transaction().execute(async (trx) => {
    const job = await enqueueJob(trx, { kind: importJob.kind, params: params as unknown as JsonValue, agencyId: actor.agencyId, createdBy: actor.userId });
    await writeAudit(trx, subjectOf(actor), 'import.start', [], { job_id: job.id, file_id: params.file_id, mapping: typeof params.mapping === 'string' ? params.mapping : 'inline' });
    return toJobView(job);
  });
}

/**
 * An import of the caller's agency that has ended: succeeded, or cancelled or failed after some
 * batches were committed (the report then covers those), or why there is no report.
 */
async function finishedImport(db: Kysely<Tables>, actor: Actor, id: string) {
  const job = await ownJob(db, actor, id);
  if (job.kind !== importJob.kind) throw new ServiceError('not_found', 'No such import.');
  const ended = job.status === 'succeeded' || ((job.status === 'cancelled' || job.status === 'failed') && job.checkpoint !== null);
  if (!ended) throw new ServiceError('conflict', `The import is ${job.status}${job.checkpoint === null ? ' with no rows written' : ''}; its report comes when it ends.`, { status: job.status, error: job.error });
  return job;
}

/** The report of a finished import (its issues quote rejected values: reading it is audited). */
export async function importReport(db: Kysely<Tables>, actor: Actor, id: string): Promise<ImportReport> {
  const job = await finishedImport(db, actor, id);
  const mapping = typeof (job.params as ImportParams).mapping === 'string' ? ((job.params as ImportParams).mapping as string) : 'inline';
  const report = await buildReport(db, id, mapping, ImportCheckpointSchema.parse(job.checkpoint));
  await db.transaction().execute((trx) => writeAudit(trx, subjectOf(actor), 'import.report', [], { job_id: id, format: 'json' }));
  return report;
}

/** Every issue of a finished import as CSV lines, streamed page by page (audited). */
export async function importIssuesCsv(db: Kysely<Tables>, actor: Actor, id: string): Promise<AsyncGenerator<string>> {
  await finishedImport(db, actor, id);
  await db.transaction().execute((trx) => writeAudit(trx, subjectOf(actor), 'import.report', [], { job_id: id, format: 'csv' }));
  return issueCsvLines(db, id);
}
