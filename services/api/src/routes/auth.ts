import { createRoute } from '@hono/zod-openapi';
import { login, logout } from '../auth/sessions.ts';
import { LoginBodySchema, MeSchema, SessionSchema } from '../auth/schemas.ts';
import type { AppDeps } from '../http/env.ts';
import { ServiceError } from '../http/errors.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';
import { z } from '@hono/zod-openapi';

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['auth'],
  summary: 'Log in; returns an expiring bearer token',
  request: jsonBody(LoginBodySchema),
  responses: { 200: jsonContent(SessionSchema, 'A new session'), ...STANDARD_ERRORS },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['auth'],
  summary: 'Revoke the token (or API key) used for this request',
  security: BEARER,
  responses: { 200: jsonContent(z.object({ revoked: z.literal(true) }), 'Revoked'), ...STANDARD_ERRORS },
});

const meRoute = createRoute({
  method: 'get',
  path: '/me',
  tags: ['auth'],
  summary: 'Who the credentials belong to',
  security: BEARER,
  responses: { 200: jsonContent(MeSchema, 'The caller'), ...STANDARD_ERRORS },
});

/** Login is public (rate-limited per address); logout and /me need credentials. */
export function authRoutes(deps: AppDeps) {
  const policy = {
    sessionTtlMinutes: deps.settings.SESSION_TTL_MINUTES,
    lockoutThreshold: deps.settings.LOCKOUT_THRESHOLD,
    lockoutMinutes: deps.settings.LOCKOUT_MINUTES,
  };
  const app = router();
  app.openapi(loginRoute, async (c) => {
    const session = await login(deps.db, policy, c.req.valid('json'));
    return c.json({ token: session.token, expires_at: new Date(session.expiresAt).toISOString() }, 200);
  });
  app.openapi(logoutRoute, async (c) => {
    await logout(deps.db, c.get('actor'));
    return c.json({ revoked: true as const }, 200);
  });
  app.openapi(meRoute, (c) => {
    const actor = c.get('actor');
    if (!actor) throw new ServiceError('unauthenticated', 'No credentials.');
    return c.json({ user_id: actor.userId, username: actor.username, role: actor.role, agency_id: actor.agencyId, credential: actor.credentialKind }, 200);
  });
  return app;
}
