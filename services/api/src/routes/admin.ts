import { createRoute, z } from '@hono/zod-openapi';
import { createApiKey, createUser, listApiKeys, listUsers, revokeApiKey, updateUser } from '../auth/accounts.ts';
import { ApiKeySchema, CreatedApiKeySchema, NewApiKeyBodySchema, NewUserBodySchema, UserListQuerySchema, UserSchema, UserUpdateBodySchema } from '../auth/schemas.ts';
import { readAudit } from '../audit/read.ts';
import { AuditEntrySchema, AuditQuerySchema } from '../audit/schemas.ts';
import type { AppDeps } from '../http/env.ts';
import { allow } from '../http/middleware.ts';
import { PageQuerySchema, pageOf } from '../http/pagination.ts';
import { IdParamSchema } from '../records/schemas.ts';
import { purgeExpiredRecords } from '../retention/purge.ts';
import { subjectOf } from '../audit/audit.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';

const adminOnly = { tags: ['agency administration'], security: BEARER, middleware: [allow('agency_admin')] };

const listUsersRoute = createRoute({
  ...adminOnly, method: 'get', path: '/users', summary: "Your agency's users",
  request: { query: PageQuerySchema.extend(UserListQuerySchema.shape) },
  responses: { 200: jsonContent(pageOf(UserSchema), 'A page of users'), ...STANDARD_ERRORS },
});
const createUserRoute = createRoute({
  ...adminOnly, method: 'post', path: '/users', summary: 'Create a user in your agency',
  request: jsonBody(NewUserBodySchema),
  responses: { 201: jsonContent(UserSchema, 'Created'), ...STANDARD_ERRORS },
});
const updateUserRoute = createRoute({
  ...adminOnly, method: 'patch', path: '/users/{id}', summary: 'Change role, disable, reset password or unlock',
  request: { params: IdParamSchema, ...jsonBody(UserUpdateBodySchema) },
  responses: { 200: jsonContent(UserSchema, 'Updated'), ...STANDARD_ERRORS },
});
const listKeysRoute = createRoute({
  ...adminOnly, method: 'get', path: '/api-keys', summary: "Your agency's API keys (never the secrets)",
  request: { query: PageQuerySchema },
  responses: { 200: jsonContent(pageOf(ApiKeySchema), 'A page of keys'), ...STANDARD_ERRORS },
});
const createKeyRoute = createRoute({
  ...adminOnly, method: 'post', path: '/api-keys', summary: 'Issue an API key for a user of your agency (shown once)',
  request: jsonBody(NewApiKeyBodySchema),
  responses: { 201: jsonContent(CreatedApiKeySchema, 'Issued'), ...STANDARD_ERRORS },
});
const revokeKeyRoute = createRoute({
  ...adminOnly, method: 'delete', path: '/api-keys/{id}', summary: 'Revoke an API key',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ApiKeySchema, 'Revoked'), ...STANDARD_ERRORS },
});
const auditRoute = createRoute({
  ...adminOnly, method: 'get', path: '/audit', summary: "Your agency's audit trail",
  request: { query: PageQuerySchema.extend(AuditQuerySchema.shape) },
  responses: { 200: jsonContent(pageOf(AuditEntrySchema), 'A page of audit entries'), ...STANDARD_ERRORS },
});
const purgeRoute = createRoute({
  ...adminOnly, method: 'post', path: '/retention/purge', summary: "Purge the personal fields of your agency's records closed longer than the retention period",
  responses: { 200: jsonContent(z.object({ purged: z.number().int(), retention_days: z.number().int() }), 'Purged'), ...STANDARD_ERRORS },
});

/** What an agency administrator does: users, API keys, the audit trail, retention. */
export function adminRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(listUsersRoute, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    return c.json(await listUsers(deps.db, c.get('actor'), filter, { limit, after }), 200);
  });
  app.openapi(createUserRoute, async (c) => c.json(await createUser(deps.db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(updateUserRoute, async (c) => c.json(await updateUser(deps.db, c.get('actor'), c.req.valid('param').id, c.req.valid('json')), 200));
  app.openapi(listKeysRoute, async (c) => c.json(await listApiKeys(deps.db, c.get('actor'), c.req.valid('query')), 200));
  app.openapi(createKeyRoute, async (c) => c.json(await createApiKey(deps.db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(revokeKeyRoute, async (c) => c.json(await revokeApiKey(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  app.openapi(auditRoute, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    return c.json(await readAudit(deps.db, c.get('actor'), filter, { limit, after }), 200);
  });
  app.openapi(purgeRoute, async (c) => {
    const actor = c.get('actor');
    const days = deps.settings.RETENTION_DAYS;
    const purged = await purgeExpiredRecords(deps.db, { retentionDays: days, agencyId: actor.agencyId }, subjectOf(actor));
    return c.json({ purged, retention_days: days }, 200);
  });
  return app;
}
