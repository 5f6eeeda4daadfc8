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

  get isRateLimited(): boolean {
    return this.status === 429;
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

/** Finds the message the server attached to one input field (details like {field} or {fields:{name:msg}}). */
export function fieldErrorFor(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const details = error.details as Record<string, unknown> | undefined;
  if (details && typeof details === 'object') {
    if (details.field === field) return error.message;
    const fields = details.fields;
    if (fields && typeof fields === 'object' && field in fields) {
      const value = (fields as Record<string, unknown>)[field];
      return typeof value === 'string' ? value : error.message;
    }
    if (Array.isArray(details.issues)) {
      const issue = details.issues.find(
        (item: unknown) =>
          typeof item === 'object' &&
          item !== null &&
          Array.isArray((item as { path?: unknown[] }).path) &&
          (item as { path: unknown[] }).path[0] === field,
      ) as { message?: string } | undefined;
      if (issue) return issue.message ?? error.message;
    }
  }
  // Prompt error codes (PROMPT_TOO_LONG …) name their field by prefix.
  if (error.code.toLowerCase().startsWith(`${field.toLowerCase()}_`)) return error.message;
  return undefined;
}
