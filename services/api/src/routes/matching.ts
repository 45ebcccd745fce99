import { createRoute } from '@hono/zod-openapi';
import { decideDisclosure, listDisclosures, requestDisclosure } from '../disclosure/service.ts';
import { DisclosureDecisionBodySchema, DisclosureListQuerySchema, DisclosureRequestBodySchema, DisclosureSchema } from '../disclosure/schemas.ts';
import type { AppDeps } from '../http/env.ts';
import { allow } from '../http/middleware.ts';
import { PageQuerySchema, pageOf } from '../http/pagination.ts';
import { DECISIONS, DecisionBodySchema, MatchListQuerySchema, MatchSchema } from '../matches/schemas.ts';
import { decideMatch, listMatches, viewMatch } from '../matches/service.ts';
import { IdParamSchema } from '../records/schemas.ts';
import { SearchBodySchema, SearchResultSchema } from '../search/schemas.ts';
import { search } from '../search/service.ts';
import { BEARER, jsonBody, jsonContent, router, STANDARD_ERRORS } from './common.ts';

const focalPoints = allow('focal_point');

const searchRoute = createRoute({
  tags: ['search'], security: BEARER, method: 'post', path: '/search', middleware: [allow('caseworker', 'focal_point')],
  summary: 'Ranked candidates for a partial description or one of your records (criteria travel only in the body)',
  request: jsonBody(SearchBodySchema),
  responses: { 200: jsonContent(SearchResultSchema, 'Candidates, best first'), ...STANDARD_ERRORS },
});
const listMatchesRoute = createRoute({
  tags: ['matches'], security: BEARER, method: 'get', path: '/matches', middleware: [focalPoints], summary: "Your agency's review queue",
  request: { query: PageQuerySchema.extend(MatchListQuerySchema.shape) },
  responses: { 200: jsonContent(pageOf(MatchSchema), 'A page of pairs'), ...STANDARD_ERRORS },
});
const viewMatchRoute = createRoute({
  tags: ['matches'], security: BEARER, method: 'get', path: '/matches/{id}', middleware: [focalPoints], summary: 'One pair',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(MatchSchema, 'The pair'), ...STANDARD_ERRORS },
});
const decisionRoute = (action: (typeof DECISIONS)[number]) =>
  createRoute({
    tags: ['matches'], security: BEARER, method: 'post', path: `/matches/{id}/${action}`, middleware: [focalPoints],
    summary: { confirm: 'Confirm a pair (links the records)', reject: 'Reject a pair (never proposed again)', undo: 'Undo a decision' }[action],
    request: { params: IdParamSchema, ...jsonBody(DecisionBodySchema) },
    responses: { 200: jsonContent(MatchSchema, 'The pair after the decision'), ...STANDARD_ERRORS },
  });
const requestDisclosureRoute = createRoute({
  tags: ['disclosure'], security: BEARER, method: 'post', path: '/disclosures', middleware: [focalPoints], summary: "Ask another agency to disclose one of its records",
  request: jsonBody(DisclosureRequestBodySchema),
  responses: { 201: jsonContent(DisclosureSchema, 'Requested'), ...STANDARD_ERRORS },
});
const listDisclosuresRoute = createRoute({
  tags: ['disclosure'], security: BEARER, method: 'get', path: '/disclosures', middleware: [focalPoints], summary: 'Disclosure requests to or from your agency',
  request: { query: PageQuerySchema.extend(DisclosureListQuerySchema.shape) },
  responses: { 200: jsonContent(pageOf(DisclosureSchema), 'A page of requests'), ...STANDARD_ERRORS },
});
const disclosureDecisionRoute = (approve: boolean) =>
  createRoute({
    tags: ['disclosure'], security: BEARER, method: 'post', path: `/disclosures/{id}/${approve ? 'approve' : 'deny'}`, middleware: [focalPoints],
    summary: approve ? "Approve a request for one of your agency's records" : 'Deny a request',
    request: { params: IdParamSchema, ...jsonBody(DisclosureDecisionBodySchema) },
    responses: { 200: jsonContent(DisclosureSchema, 'Decided'), ...STANDARD_ERRORS },
  });

/** Search, the review queue and disclosure: the inter-agency workflow. */
export function matchingRoutes(deps: AppDeps) {
  const app = router();
  app.openapi(searchRoute, async (c) => c.json(await search(deps.db, c.get('actor'), c.req.valid('json'), deps.finder), 200));
  app.openapi(listMatchesRoute, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    return c.json(await listMatches(deps.db, c.get('actor'), filter, { limit, after }), 200);
  });
  app.openapi(viewMatchRoute, async (c) => c.json(await viewMatch(deps.db, c.get('actor'), c.req.valid('param').id), 200));
  for (const action of DECISIONS) {
    app.openapi(decisionRoute(action), async (c) => c.json(await decideMatch(deps.db, c.get('actor'), c.req.valid('param').id, action, c.req.valid('json').reason), 200));
  }
  app.openapi(requestDisclosureRoute, async (c) => c.json(await requestDisclosure(deps.db, c.get('actor'), c.req.valid('json')), 201));
  app.openapi(listDisclosuresRoute, async (c) => {
    const { limit, after, ...filter } = c.req.valid('query');
    return c.json(await listDisclosures(deps.db, c.get('actor'), filter, { limit, after }), 200);
  });
  for (const approve of [true, false]) {
    app.openapi(disclosureDecisionRoute(approve), async (c) => c.json(await decideDisclosure(deps.db, c.get('actor'), c.req.valid('param').id, approve, c.req.valid('json').reason), 200));
  }
  return app;
}
