import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBody } from '../errors/error-body.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed request: bad JSON, missing field, wrong type, unknown field or enum value',
  401: 'Missing or invalid API key',
  402: 'No credits left for a public reply (code no_credits_left); nothing was stored or sent',
  403: 'The helpdesk module is disabled for this project',
  404: 'Not found (or belongs to another project)',
  409: 'Conflict with the current state',
  413: 'Body larger than 1 MiB',
  415: 'A body that is not application/json, or an unsupported Content-Encoding or charset',
  422: 'Well-formed but invalid value',
  429: 'Rate limit exceeded; see Retry-After',
};

/**
 * Documents the error responses every authenticated endpoint can give, all with the `{error, retryable, code}` body.
 */
export function ApiErrorResponses(...extra: number[]): MethodDecorator & ClassDecorator {
  const statuses = [...new Set([400, 401, 404, 413, 415, 422, 429, ...extra])].sort();
  return applyDecorators(
    ...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: ErrorBody })),
  );
}
