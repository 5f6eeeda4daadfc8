/**
 * The API's one error type. Each code has one HTTP status; the error handler (http/error-handler.ts) is the
 * only place that turns errors into responses: `{ error: { code, message, details? } }`.
 */

export const API_ERRORS = {
  VALIDATION_FAILED: 400,
  PROMPT_NOT_TEXT: 400,
  PROMPT_EMPTY: 400,
  PROMPT_TOO_LONG: 400,
  PROMPT_CONTROL_CHARS: 400,
  MALFORMED_JSON: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_READY: 409,
  JOB_FINISHED: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TOKEN_BUDGET_EXHAUSTED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  QUEUE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = API_ERRORS[code];
  }
}

export const notFound = (what = 'job') =>
  new ApiError(
    'NOT_FOUND',
    `No ${what} with this id exists for you. Check the id, and that you use the same API key or browser.`,
  );
