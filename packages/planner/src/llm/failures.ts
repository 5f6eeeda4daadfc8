/**
 * Why an LLM call failed, as a stable code and a sentence a person can act on. Retries, the circuit
 * breaker and the fallback all decide from this one classification; the job records its message.
 * Messages are built here, never copied from the provider, so an API key a server echoes back cannot
 * leak; `redact` is the second line of defence for anything else that is shown.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { PlanUsage } from '../planner.ts';

export const LLM_FAILURE_CODES = [
  'LLM_TIMEOUT',
  'LLM_RATE_LIMITED',
  'LLM_UNAVAILABLE',
  'LLM_UNREACHABLE',
  'LLM_AUTH_FAILED',
  'LLM_REQUEST_REJECTED',
  'LLM_INVALID_OUTPUT',
  'LLM_REFUSED',
  'LLM_TRUNCATED',
  'LLM_CIRCUIT_OPEN',
] as const;
export type LlmFailureCode = (typeof LLM_FAILURE_CODES)[number];

export class LlmFailure extends Error {
  constructor(
    readonly code: LlmFailureCode,
    message: string,
    readonly options: {
      /** Worth another attempt: timeouts, 429, 5xx, lost connections. */
      transient?: boolean;
      /** From Retry-After / retry-after-ms, when the server sent one. */
      retryAfterMs?: number;
      /** Tokens spent before failing (an invalid answer still costs). */
      usage?: PlanUsage;
    } = {},
  ) {
    super(message);
    this.name = 'LlmFailure';
  }

  get transient(): boolean {
    return this.options.transient ?? false;
  }
}

/** Retry-After as milliseconds: OpenAI's `retry-after-ms`, else `Retry-After` in seconds or as a date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (headers?.get('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Turns anything the OpenAI SDK throws into an LlmFailure (an LlmFailure passes through). */
export function classify(error: unknown, endpoint: string): LlmFailure {
  if (error instanceof LlmFailure) return error;
  if (error instanceof APIUserAbortError) {
    return new LlmFailure('LLM_TIMEOUT', 'the LLM call was aborted before it answered', { transient: true });
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmFailure('LLM_TIMEOUT', `the LLM at ${endpoint} did not answer in time`, {
      transient: true,
    });
  }
  if (error instanceof APIConnectionError) {
    return new LlmFailure('LLM_UNREACHABLE', `could not connect to the LLM at ${endpoint}`, {
      transient: true,
    });
  }
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const retryAfter = retryAfterMs(error.headers);
    const extra = retryAfter === undefined ? {} : { retryAfterMs: retryAfter };
    if (status === 429) {
      return new LlmFailure('LLM_RATE_LIMITED', 'the LLM is rate limiting requests (HTTP 429)', {
        transient: true,
        ...extra,
      });
    }
    if (status === 408 || status >= 500) {
      return new LlmFailure('LLM_UNAVAILABLE', `the LLM server failed (HTTP ${status})`, {
        transient: true,
        ...extra,
      });
    }
    if (status === 401 || status === 403) {
      return new LlmFailure(
        'LLM_AUTH_FAILED',
        `the LLM rejected the credentials (HTTP ${status}); check OPENAI_API_KEY`,
      );
    }
    return new LlmFailure(
      'LLM_REQUEST_REJECTED',
      `the LLM rejected the request (HTTP ${status}); check OPENAI_MODEL and OPENAI_BASE_URL`,
    );
  }
  const kind = error instanceof Error ? error.name : typeof error;
  return new LlmFailure('LLM_UNAVAILABLE', `the LLM call failed unexpectedly (${kind})`);
}

/** Replaces every occurrence of `secret` (when it is long enough to be one) in `text`. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 8) return text;
  return text.split(secret).join('[redacted]');
}
