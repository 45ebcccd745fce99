import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../http/env.ts';
import { allow } from '../http/middleware.ts';
import { PageQuerySchema, pageOf } from '../http/pagination.ts';
import {
  CloseRecordBodySchema,
  IdParamSchema,
  ImportBodySchema,
  NewRecordBodySchema,
  RecordHistoryEntrySchema,
  RecordListQuerySchema,
  RecordSchema,
  RecordUpdateBodySchema,
} from '../records/schemas.ts';
import { closeRecord, createRecord, importRecords, listRecords, recordHistory, updateRecord, viewRecord } from '../records/service.ts';
import { agencyStats, StatsSchema } from '../records/stats.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';

const common = { tags: ['records'], security: BEARER };
const writers = allow('caseworker');
const readers = allow('caseworker', 'focal_point');
const WrittenSchema = z.object({ record: RecordSchema, proposed: z.number().int().openapi({ description: 'New pairs put in the review queue.' }) }).openapi('WrittenRecord');

const createRecordRoute = createRoute({
  ...common, method: 'post', path: '/records', middleware: [writers], summary: 'Register a child or a tracing request',
  request: jsonBody(NewRecordBodySchema),
  responses: { 201: jsonContent(WrittenSchema, 'Registered and matched'), ...STANDARD_ERRORS },
});
const importRoute = createRoute({
  ...common, method: 'post', path: '/records/import', middleware: [writers], summary: 'Register a batch of records, all or nothing',
  request: jsonBody(ImportBodySchema),
  responses: { 201: jsonContent(z.object({ records: z.array(RecordSchema), proposed: z.number().int() }).openapi('ImportResult'), 'Registered and matched'), ...STANDARD_ERRORS },
});
const listRecordsRoute = createRoute({
  ...common, method: 'get', path: '/records', middleware: [readers], summary: "Your agency's records",
  request: { query: PageQuerySchema.extend(RecordListQuerySchema.shape) },
  responses: { 200: jsonContent(pageOf(RecordSchema), 'A page of records'), ...STANDARD_ERRORS },
});
const viewRecordRoute = createRoute({
  ...common, method: 'get', path: '/records/{id}', middleware: [readers], summary: 'One record (yours, or disclosed to your agency)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(RecordSchema, 'The record'), ...STANDARD_ERRORS },
});
const updateRecordRoute = createRoute({
  ...common, method: 'patch', path: '/records/{id}', middleware: [writers], summary: 'Change fields or consent',
  request: { params: IdParamSchema, ...jsonBody(RecordUpdateBodySchema) },
  responses: { 200: jsonContent(WrittenSchema, 'Updated and re-matched'), ...STANDARD_ERRORS },
});
const closeRecordRoute = createRoute({
  ...common, method: 'post', path: '/records/{id}/close', middleware: [writers], summary: 'Close a record',
  request: { params: IdParamSchema, ...jsonBody(CloseRecordBodySchema) },
  responses: { 200: jsonContent(RecordSchema, 'Closed'), ...STANDARD_ERRORS },
});
const historyRoute = createRoute({
  ...common, method: 'get', path: '/records/{id}/history', middleware: [readers], summary: "A record's changes",
  request: { params: IdParamSchema, query: PageQuerySchema },
  responses: { 200: jsonContent(pageOf(RecordHistoryEntrySchema), 'A page of changes'), ...STANDARD_ERRORS },
});
const statsRoute = createRoute({
  ...common, method: 'get', path: '/stats', middleware: [allow('caseworker', 'focal_point', 'agency_admin')], summary: 'Anonymous counts (survive retention)',
  responses: { 200: jsonContent(StatsSchema, 'Counts'), ...STANDARD_ERRORS },
});

/** Records: caseworkers write their agency's; caseworkers and focal points read them. */
export function recordRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(createRecordRoute, async (c) => c.json(await createRecord(deps.db, c.get('actor'), c.req.valid('json'), deps.finder), 201));
  app.openapi(importRoute, async (c) => c.json(await importRecords(deps.db, c.get('actor'), c.req.valid('json').records, deps.finder), 201));
  app.openapi(listRecordsRoute, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    return c.json(await listRecords(deps.db, c.get('actor'), filter, { limit, after }), 200);
  });
  app.openapi(viewRecordRoute, async (c) => c.json(await viewRecord(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(updateRecordRoute, async (c) => c.json(await updateRecord(deps.db, c.get('actor'), c.req.valid('param').id, c.req.valid('json'), deps.finder), 200));
  app.openapi(closeRecordRoute, async (c) => c.json(await closeRecord(deps.db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(historyRoute, async (c) => c.json(await recordHistory(deps.db, c.get('actor'), c.req.valid('param').id, c.req.valid('query')), 200));
  app.openapi(statsRoute, async (c) => c.json(await agencyStats(deps.db, c.get('actor')), 200));
  return app;
}
