import { InputFileError } from '@retrace/tabular';
import { z } from 'zod';
import { JobCancelled, JobFailure, type JobHandler, type JsonValue } from '../jobs/handler.ts';
import { findUpload, storedFileSource } from './files.ts';
import { loadMapping, MappingError, parseMapping } from './mapping/load.ts';
import type { Mapping } from './mapping/schema.ts';
import { ImportCheckpointSchema, type ImportReport } from './report.ts';
import { runImport } from './run-import.ts';

/** What an import job is created with: an uploaded file and a shipped mapping's name or a mapping. */
export const ImportParamsSchema = z.object({
  file_id: z.string().min(1).max(100),
  mapping: z.union([z.string().min(1).max(100), z.record(z.string(), z.unknown())]),
  batch_size: z.number().int().min(1).max(50_000).optional(),
  /** Set by the CLI (file hash and mapping) so a re-run after a crash finds this job again. */
  resume_key: z.string().max(300).optional(),
});
export type ImportParams = z.infer<typeof ImportParamsSchema>;

/** A job's mapping: a shipped one by name, or the inline mapping it was created with. */
export async function mappingOf(params: ImportParams): Promise<Mapping> {
  return typeof params.mapping === 'string' ? loadMapping(params.mapping) : parseMapping(params.mapping, 'inline mapping');
}

/** The report without its issue list: what the job stores as its result (the issues stay in their table). */
export const reportSummary = (report: ImportReport): JsonValue => {
  const { issues: _issues, issues_truncated: _truncated, ...summary } = report;
  return summary as unknown as JsonValue;
};

/**
 * The `import` job: imports an uploaded file through a mapping into the job's agency, resuming
 * from its checkpoint after a crash. A file that cannot be read at all, or a bad mapping, fails
 * the job with that error's code; once the import succeeds the upload is deleted (its personal
 * data now lives only in the records).
 */
export const importJob: JobHandler<ImportParams> = {
  kind: 'import',
  params: ImportParamsSchema,
  async run(ctx) {
    const { job, storage } = ctx;
    if (!job.agencyId || !job.createdBy) throw new JobFailure('invalid_params', 'An import needs an agency and a user.');
    const checkpoint = job.checkpoint === null ? null : ImportCheckpointSchema.parse(job.checkpoint);
    try {
      const mapping = await mappingOf(job.params);
      const file = checkpoint?.finished ? null : await findUpload(storage.db, job.agencyId, job.params.file_id);
      if (!checkpoint?.finished && !file) throw new JobFailure('file.missing', 'The uploaded file is gone or was never completed.');
      const report = await runImport({
        db: storage.db,
        importId: job.id,
        source: storedFileSource(storage.db, job.params.file_id, file?.name ?? 'upload'),
        sizeBytes: file?.size_bytes,
        mapping,
        agencyId: job.agencyId,
        userId: job.createdBy,
        checkpoint,
        batchSize: job.params.batch_size,
        onProgress: (p) => ctx.progress(p),
        saveCheckpoint: (trx, cp) => ctx.saveCheckpoint(trx, cp as unknown as JsonValue),
        throwIfCancelled: () => ctx.throwIfCancelled(),
      });
      await storage.db.deleteFrom('import_files').where('id', '=', job.params.file_id).execute();
      return reportSummary(report);
    } catch (error) {
      const final = error instanceof InputFileError || error instanceof MappingError ? new JobFailure(error.code, error.message) : error;
      // A cancelled or failed import is not resumed: its scratch list of seen ids can go (its
      // committed records and issues stay, and its report shows them).
      if (final instanceof JobFailure || final instanceof JobCancelled) await storage.db.deleteFrom('import_seen').where('import_id', '=', job.id).execute();
      throw final;
    }
  },
};
