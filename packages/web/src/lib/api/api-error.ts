/** An HTTP API failure, with what the UI needs to tell a person what to do about it. */

export type ApiErrorKind = 'http' | 'unreachable';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** Seconds to wait, from a 429's Retry-After header. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Too many requests for now (a short wait helps); a spent daily token budget is a 429 too, but is not this. */
  get isRateLimited(): boolean {
    return this.status === 429 && this.code !== 'TOKEN_BUDGET_EXHAUSTED';
  }

  get isUnreachable(): boolean {
    return this.kind === 'unreachable';
  }
}

/** A sentence a person can act on, for any error the UI shows. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isUnreachable) return 'The appgen server cannot be reached. Retrying…';
    if (error.isRateLimited) {
      const wait = error.retryAfterSeconds ?? 60;
      return `Too many requests. Try again in ${wait} s.`;
    }
    return error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * The message for one input field of a 400, or undefined when the error is about something else. The
 * server names fields in `details.fields` ([{path, message}]); prompt errors carry a PROMPT_* code.
 */
export function fieldErrorFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  if (error.code.toLowerCase().startsWith(`${field.toLowerCase()}_`)) return error.message;
  const details = error.details as { field?: unknown; fields?: unknown } | undefined;
  if (details?.field === field) return error.message;
  if (!Array.isArray(details?.fields)) return undefined;
  const named = details.fields.some(
    (entry: unknown) =>
      typeof entry === 'object' &&
      entry !== null &&
      String((entry as { path?: unknown }).path).split('.')[0] === field,
  );
  // The top-level message is a whole sentence that already names the field and the allowed values.
  return named ? error.message : undefined;
}
