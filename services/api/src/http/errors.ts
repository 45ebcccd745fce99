import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from '@hono/zod-openapi';

/** Every error the API returns has this shape. */
export const ErrorBodySchema = z
  .object({
    code: z.string().openapi({ example: 'not_found' }),
    message: z.string(),
    details: z.unknown().optional(),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

const STATUS_OF_CODE = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ErrorCode = keyof typeof STATUS_OF_CODE;

/**
 * A failure a service function reports to its caller; thrown so the surrounding transaction rolls
 * back, and turned into `{ code, message, details }` with the status of its code at the edge.
 *
 * @example
 * throw new ServiceError('not_found', 'No such record.');
 */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
  get status(): ContentfulStatusCode {
    return STATUS_OF_CODE[this.code];
  }
  toBody(): ErrorBody {
    return this.details === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, details: this.details };
  }
}

/** zod issues as error details: where and what, never the rejected value (it may be personal). */
export function issueDetails(error: z.ZodError): Array<{ path: string; message: string; code: string }> {
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message, code: issue.code }));
}
