import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../http/env.ts';
import { BEARER, jsonContent, router, STANDARD_ERRORS } from './common.ts';

const AgencySchema = z.object({ id: z.string(), name: z.string() }).openapi('Agency');

const listAgenciesRoute = createRoute({
  tags: ['agencies'], security: BEARER, method: 'get', path: '/agencies', summary: 'The agencies sharing this service',
  responses: { 200: jsonContent(z.object({ items: z.array(AgencySchema) }), 'Every agency'), ...STANDARD_ERRORS },
});

export function agencyRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(listAgenciesRoute, async (c) => c.json({ items: await deps.db.selectFrom('agencies').select(['id', 'name']).orderBy('id').execute() }, 200));
  return app;
}
