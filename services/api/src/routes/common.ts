import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/env.ts';
import { ErrorBodySchema, issueDetails, ServiceError } from '../http/errors.ts';

/** A router whose validation failures become `{ code: 'validation_failed', … }` errors. */
export const router = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new ServiceError('validation_failed', 'The request is not valid.', issueDetails(result.error));
    },
  });
export type Router = ReturnType<typeof router>;

const errorResponse = (description: string) => ({ content: { 'application/json': { schema: ErrorBodySchema } }, description });

/** The failures every authenticated route may answer with. */
export const STANDARD_ERRORS = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Missing, expired or revoked credentials'),
  403: errorResponse('Your role may not do this'),
  404: errorResponse('No such resource in your reach'),
  409: errorResponse('Conflicts with the current state'),
  413: errorResponse('Body too large'),
  429: errorResponse('Rate limited'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({ content: { 'application/json': { schema } }, description });

/** A required JSON request body. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

export const BEARER = [{ bearer: [] as string[] }];
