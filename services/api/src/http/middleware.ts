import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { authenticate } from '../auth/sessions.ts';
import type { Role } from '../storage/tables.ts';
import type { AppDeps, AppEnv } from './env.ts';
import { ServiceError } from './errors.ts';
import type { RateLimiter } from './rate-limit.ts';

/**
 * One line per request: method, the route's pattern (not the raw URL, and never a query string),
 * status, duration, request id and who (ids only). No bodies: search criteria are personal.
 */
export function requestLog(log: AppDeps['log']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.header('x-request-id', requestId);
    await next();
    const actor = c.get('actor') as AppEnv['Variables']['actor'] | undefined;
    log({
      request_id: requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      ...(actor ? { user_id: actor.userId, agency_id: actor.agencyId } : {}),
    });
  };
}

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/** Bodies are JSON: any other declared media type is refused before anything reads it. */
export const jsonBodiesOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = c.req.header('content-type');
  if (type !== undefined && ['POST', 'PUT', 'PATCH'].includes(c.req.method) && !JSON_MEDIA.test(type.split(';')[0]!.trim())) {
    throw new ServiceError('unsupported_media_type', 'Send the body as application/json.');
  }
  await next();
};

/** The client's address, for the login rate limit (in-process requests have none). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

function limited(limiter: RateLimiter, key: string, c: Context): void {
  const wait = limiter.take(key);
  if (wait > 0) {
    c.header('retry-after', String(wait));
    throw new ServiceError('rate_limited', 'Too many requests; slow down.', { retry_after_seconds: wait });
  }
}

/** Logins per client address. */
export const loginRateLimit = (limiter: RateLimiter): MiddlewareHandler<AppEnv> => async (c, next) => {
  limited(limiter, `login:${clientAddress(c)}`, c);
  await next();
};

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

/** Establishes the actor from `Authorization: Bearer …` and applies the per-credential rate limit. */
export function authenticated(deps: AppDeps, limiter: RateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const secret = BEARER.exec(c.req.header('authorization') ?? '')?.[1];
    const actor = secret ? await authenticate(deps.db, secret) : null;
    if (!actor) throw new ServiceError('unauthenticated', 'A valid, unexpired bearer token or API key is required.');
    limited(limiter, `credential:${actor.credentialId}`, c);
    c.set('actor', actor);
    await next();
  };
}

/** Lets only the given roles through; the others get 403 before their input is even read. */
export const allow = (...roles: Role[]): MiddlewareHandler<AppEnv> => async (c, next) => {
  if (!roles.includes(c.get('actor').role)) throw new ServiceError('forbidden', `This needs one of the roles: ${roles.join(', ')}.`);
  await next();
};

const NUL = /%00|\\u0000|\u0000/i;

/**
 * PostgreSQL text cannot hold a NUL character: a request carrying one, in the URL or the body, is
 * refused as invalid before it reaches a query. (Hono caches the body text for the JSON parser.)
 */
export const noNulCharacters: MiddlewareHandler<AppEnv> = async (c, next) => {
  const hasBody = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(c.req.method);
  if (NUL.test(c.req.url) || (hasBody && NUL.test(await c.req.text()))) {
    throw new ServiceError('validation_failed', 'NUL characters are not accepted.');
  }
  await next();
};
