/** The one place that turns errors into responses: `{ error: { code, message, details? } }`. */
import { PromptValidationError } from '@appgen/planner';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { StorageUnavailableError } from '../adapters/storage.ts';
import { ApiError } from '../errors.ts';

/** Errors thrown by express.json (body-parser) carry a `type`. */
function fromBodyParser(error: { type?: unknown }): ApiError | undefined {
  switch (error.type) {
    case 'entity.too.large':
      return new ApiError(
        'PAYLOAD_TOO_LARGE',
        'The request body is larger than 16 KB; a description is at most 1000 characters.',
      );
    case 'entity.parse.failed':
      return new ApiError('MALFORMED_JSON', 'The request body is not valid JSON.');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as UTF-8 JSON.');
    default:
      return undefined;
  }
}

/** Network codes and PostgreSQL SQLSTATEs that mean "the database cannot be reached right now". */
const DB_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

function isDatabaseDown(error: object): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && DB_DOWN_CODES.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  // node-postgres' own wording when the pool cannot get or keep a connection.
  return (
    typeof message === 'string' &&
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
      message,
    )
  );
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (typeof error === 'object' && error !== null && isDatabaseDown(error)) {
    return new ApiError(
      'DATABASE_UNAVAILABLE',
      'The database cannot be reached right now; nothing was changed. Try again in a minute.',
      { retryAfterSeconds: 30 },
    );
  }
  if (error instanceof PromptValidationError) {
    return new ApiError(error.code, error.message, {
      fields: [{ path: 'prompt', message: error.message }],
      ...error.details,
    });
  }
  if (error instanceof StorageUnavailableError) {
    return new ApiError(
      'STORAGE_UNAVAILABLE',
      'File storage is not answering, so this file cannot be read now; try again in a minute.',
    );
  }
  if (typeof error === 'object' && error !== null) {
    const parsed = fromBodyParser(error as { type?: unknown });
    if (parsed) return parsed;
  }
  return new ApiError(
    'INTERNAL',
    'Something went wrong on our side; try again, and report the request id if it persists.',
  );
}

/** The response to an error: its JSON body, and Retry-After when the error says when to come back. */
export function errorResponse(
  apiError: ApiError,
  requestId: string,
): { body: unknown; retryAfter: string | undefined } {
  const retryAfter = (apiError.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return {
    body: {
      error: {
        code: apiError.code,
        message: apiError.message,
        ...(apiError.details === undefined ? {} : { details: apiError.details }),
        requestId,
      },
    },
    retryAfter: typeof retryAfter === 'number' ? String(retryAfter) : undefined,
  };
}

export function errorHandler(): ErrorRequestHandler {
  return (error, req, res, next) => {
    const apiError = toApiError(error);
    if (apiError.status >= 500) req.log?.error({ err: error }, 'request failed');
    if (res.headersSent) {
      next(error);
      return;
    }
    const { body, retryAfter } = errorResponse(apiError, req.requestId);
    if (retryAfter !== undefined) res.setHeader('Retry-After', retryAfter);
    res.status(apiError.status).json(body);
  };
}

export function notFoundRoute(): RequestHandler {
  return (_req, _res, next) =>
    next(new ApiError('NOT_FOUND', 'There is no such endpoint. See GET / for what the API offers.'));
}
