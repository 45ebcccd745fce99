import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stream } from 'hono/streaming';
import type { AppDeps, AppEnv } from '../http/env.ts';
import { ServiceError } from '../http/errors.ts';
import { allow } from '../http/middleware.ts';
import { ImportParamsSchema } from '../imports/job.ts';
import { ImportReportSchema } from '../imports/report.ts';
import { importIssuesCsv, importReport, startImport, uploadFile } from '../imports/service.ts';
import { JobSchema } from '../jobs/view.ts';
import { IdParamSchema } from '../records/schemas.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';

/** The upload route takes raw file bytes, not JSON: the app exempts it from the JSON-only rules. */
export const UPLOAD_PATH = '/imports/files';
/** Spreadsheet and CSV media types as browsers and tools send them. */
export const UPLOAD_MEDIA_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel'];

/** Imports are a data manager's work: an agency administrator's. */
const importers = allow('agency_admin');
const common = { tags: ['imports'], security: BEARER };

const binary = z.string().openapi({ format: 'binary' });
const StoredFileSchema = z.object({ id: z.string(), name: z.string(), size_bytes: z.number().int(), sha256: z.string() }).openapi('UploadedFile');
const uploadRoute = createRoute({
  ...common, method: 'post', path: UPLOAD_PATH, middleware: [importers], summary: 'Upload a CSV or .xlsx file to import (the raw bytes as the body, streamed)',
  request: {
    query: z.object({ name: z.string().trim().min(1).max(200).regex(/^[^/\\\u0000-\u001f]+$/, 'a file name, without folders').default('upload') }),
    body: { content: Object.fromEntries(UPLOAD_MEDIA_TYPES.map((t) => [t, { schema: binary }])), required: true },
  },
  responses: { 201: jsonContent(StoredFileSchema, 'Stored; import it with POST /imports'), 415: jsonContent(z.object({ code: z.string(), message: z.string() }), 'Not a CSV or spreadsheet media type'), ...STANDARD_ERRORS },
});
const startRoute = createRoute({
  ...common, method: 'post', path: '/imports', middleware: [importers], summary: 'Import an uploaded file through a mapping (a shipped mapping by name, or one inline), in the background',
  request: jsonBody(ImportParamsSchema.omit({ resume_key: true }).strict().openapi('ImportStart')),
  responses: { 202: jsonContent(JobSchema, 'Queued: follow it at GET /jobs/{id}'), ...STANDARD_ERRORS },
});
const reportRoute = createRoute({
  ...common, method: 'get', path: '/imports/{id}/report', middleware: [importers], summary: "A finished import's report: counts and the first 1,000 issues",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ImportReportSchema.openapi('ImportReport'), 'The report'), ...STANDARD_ERRORS },
});
const reportCsvRoute = createRoute({
  ...common, method: 'get', path: '/imports/{id}/report.csv', middleware: [importers], summary: "Every issue of a finished import as CSV (row, field, code, severity, message)",
  request: { params: IdParamSchema },
  responses: { 200: { content: { 'text/csv': { schema: binary } }, description: 'The issues' }, ...STANDARD_ERRORS },
});

/** The request body as chunks; refuses a media type that is not a table before reading any of it. */
function uploadBody(c: Context<AppEnv>): AsyncIterable<Uint8Array> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!UPLOAD_MEDIA_TYPES.includes(type)) throw new ServiceError('unsupported_media_type', `Send the file's bytes as one of: ${UPLOAD_MEDIA_TYPES.join(', ')}.`);
  const body = c.req.raw.body;
  return (async function* () {
    if (!body) return;
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  })();
}

/** Imports: upload a file, start its import, read its report. Progress and cancel are at /jobs/{id}. */
export function importRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(uploadRoute, async (c) => c.json(await uploadFile(deps.db, c.get('actor'), c.req.valid('query').name, deps.settings.IMPORT_MAX_BYTES, uploadBody(c)), 201));
  app.openapi(startRoute, async (c) => c.json(await startImport(deps.db, c.get('actor'), c.req.valid('json')), 202));
  app.openapi(reportRoute, async (c) => c.json(await importReport(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(reportCsvRoute, async (c) => {
    const lines = await importIssuesCsv(deps.db, c.get('actor'), c.req.valid('param').id);
    c.header('content-type', 'text/csv; charset=utf-8');
    return stream(c, async (out) => {
      for await (const line of lines) await out.write(line);
    }) as never;
  });
  return app;
}
