import { createRoute } from '@hono/zod-openapi';
import type { AppDeps } from '../http/env.ts';
import { allow } from '../http/middleware.ts';
import { PageQuerySchema, pageOf } from '../http/pagination.ts';
import { cancelJob, JobSchema, listJobs, ownJob, toJobView } from '../jobs/view.ts';
import { IdParamSchema } from '../records/schemas.ts';
import { ReconcileParamsSchema, ReconcileReportSchema } from '../reconcile/schemas.ts';
import { reconciliationReport, startReconciliation } from '../reconcile/service.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';

/** Who starts and stops batch work and reads its reports; caseworkers may follow progress only. */
const organisers = allow('agency_admin', 'focal_point');
const everyone = allow('caseworker', 'focal_point', 'agency_admin');

const startRoute = createRoute({
  tags: ['jobs'], security: BEARER, method: 'post', path: '/jobs/reconciliations', middleware: [organisers],
  summary: "Start a reconciliation of your agency's caseload (alone, or against another agency's) in the background",
  request: jsonBody(ReconcileParamsSchema),
  responses: { 202: jsonContent(JobSchema, 'Queued'), ...STANDARD_ERRORS },
});
const listRoute = createRoute({
  tags: ['jobs'], security: BEARER, method: 'get', path: '/jobs', middleware: [everyone], summary: "Your agency's background jobs with their progress",
  request: { query: PageQuerySchema },
  responses: { 200: jsonContent(pageOf(JobSchema), 'A page of jobs'), ...STANDARD_ERRORS },
});
const getRoute = createRoute({
  tags: ['jobs'], security: BEARER, method: 'get', path: '/jobs/{id}', middleware: [everyone], summary: 'One job: status, progress (percentage, rows, pairs scored, ETA)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(JobSchema, 'The job'), ...STANDARD_ERRORS },
});
const cancelRoute = createRoute({
  tags: ['jobs'], security: BEARER, method: 'post', path: '/jobs/{id}/cancel', middleware: [organisers], summary: 'Cancel a job (at once when queued, after its current batch when running)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(JobSchema, 'The job after the request'), ...STANDARD_ERRORS },
});
const reportRoute = createRoute({
  tags: ['jobs'], security: BEARER, method: 'get', path: '/jobs/{id}/report', middleware: [organisers], summary: "A finished reconciliation's report",
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ReconcileReportSchema, 'Counts per band and agency pair, duplicate clusters'), ...STANDARD_ERRORS },
});

/** Background jobs: reconciliations started and followed over HTTP. */
export function jobRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(startRoute, async (c) => c.json(await startReconciliation(deps.db, c.get('actor'), c.req.valid('json')), 202));
  app.openapi(listRoute, async (c) => c.json(await listJobs(deps.db, c.get('actor'), c.req.valid('query')), 200));
  app.openapi(getRoute, async (c) => c.json(toJobView(await ownJob(deps.db, c.get('actor'), c.req.valid('param').id)), 200));
  app.openapi(cancelRoute, async (c) => c.json(await cancelJob(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(reportRoute, async (c) => c.json(await reconciliationReport(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  return app;
}
