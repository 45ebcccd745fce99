import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { adminRoutes } from '../routes/admin.ts';
import { agencyRoutes } from '../routes/agencies.ts';
import { authRoutes } from '../routes/auth.ts';
import { router } from '../routes/common.ts';
import { DOCS_PAGE } from '../routes/docs.ts';
import { importRoutes, UPLOAD_PATH } from '../routes/imports.ts';
import { jobRoutes } from '../routes/jobs.ts';
import { matchingRoutes } from '../routes/matching.ts';
import { recordRoutes } from '../routes/records.ts';
import { databaseFinder } from '../search/finder.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { ServiceError, type ErrorCode } from './errors.ts';
import { authenticated, jsonBodiesOnly, loginRateLimit, noNulCharacters, requestLog } from './middleware.ts';
import { RateLimiter } from './rate-limit.ts';

/** Paths reachable without credentials. */
const PUBLIC_PATHS = new Set(['/auth/login', '/openapi.json', '/docs', '/health']);

const CODE_OF_STATUS: Record<number, ErrorCode> = { 400: 'malformed_json', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 413: 'payload_too_large', 415: 'unsupported_media_type' };

/** Every failure leaves as `{ code, message, details }`; an unexpected one is logged by id only. */
function errorResponse(error: Error, c: Context, log: AppDeps['log']): Response {
  if (error instanceof ServiceError) return c.json(error.toBody(), error.status);
  if (error instanceof HTTPException && error.status < 500) {
    const code = CODE_OF_STATUS[error.status] ?? 'validation_failed';
    return c.json({ code, message: error.message || 'The request is not valid.' }, error.status);
  }
  // The message of a driver error can quote values, so only its class and code are logged.
  const pgCode = (error as { code?: unknown }).code;
  // Two requests racing for the same unique value (e.g. one external id): the loser gets a conflict.
  if (pgCode === '23505') return c.json({ code: 'conflict', message: 'A concurrent request wrote the same thing first; nothing was saved.' }, 409);
  if (pgCode === '40001' || pgCode === '40P01') {
    c.header('retry-after', '1');
    return c.json({ code: 'unavailable', message: 'The database was busy with a conflicting change; retry.' }, 503);
  }
  log({ level: 'error', request_id: c.get('requestId'), error: error.name,  ...(typeof pgCode === 'string' ? { pg_code: pgCode } : {}) });
  return c.json({ code: 'internal', message: 'Something went wrong on our side; nothing was saved.' }, 500);
}

/**
 * The HTTP API: middleware at the edges (request log, body limit, JSON only, authentication and
 * rate limits), thin routes inside, the OpenAPI document generated from the routes' schemas.
 *
 * @example
 * const app = createApp({ db: storage.db, settings: defaultAppSettings(), log: console.log });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export function createApp(deps: AppDeps) {
  const app = router();
  const perCredential = new RateLimiter(deps.settings.RATE_LIMIT_PER_MINUTE);
  const perLoginAddress = new RateLimiter(deps.settings.LOGIN_RATE_LIMIT_PER_MINUTE);
  const requireCredentials = authenticated(deps, perCredential);

  app.use('*', requestLog(deps.log));
  const limit = bodyLimit({
    maxSize: deps.settings.MAX_BODY_BYTES,
    onError: (c) => c.json({ code: 'payload_too_large', message: `Bodies are limited to ${deps.settings.MAX_BODY_BYTES} bytes.` }, 413),
  });
  // A file upload is raw bytes (binary .xlsx has NULs), streamed into the database under its own
  // size limit (IMPORT_MAX_BYTES) and media types; every other body is small JSON.
  const unlessUpload = (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> => (c, next) => (c.req.method === 'POST' && c.req.path === UPLOAD_PATH ? next() : middleware(c, next));
  app.use('*', unlessUpload(limit));
  app.use('*', unlessUpload(jsonBodiesOnly));
  app.use('*', unlessUpload(noNulCharacters));
  app.use('/auth/login', loginRateLimit(perLoginAddress));
  app.use('*', (c, next) => (PUBLIC_PATHS.has(c.req.path) ? next() : requireCredentials(c, next)));

  for (const routes of [authRoutes, agencyRoutes, recordRoutes, matchingRoutes, adminRoutes, jobRoutes, importRoutes]) app.route('/', routes(deps));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'A session token from POST /auth/login, or an API key.' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Retrace inter-agency API', version: '0.1.0', description: 'Records, search, match review, disclosure and audit for family tracing.' },
  });
  app.get('/docs', (c) => c.html(DOCS_PAGE));
  // Where searches come from and whether the in-memory index is ready: no personal data.
  app.get('/health', (c) => c.json({ ok: true, search: (deps.finder ?? databaseFinder).status() }));
  app.notFound((c) => c.json({ code: 'not_found', message: 'No such route.' }, 404));
  app.onError((error, c) => errorResponse(error, c, deps.log));
  return app;
}
export type App = ReturnType<typeof createApp>;
