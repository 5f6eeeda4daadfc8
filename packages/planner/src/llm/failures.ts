/**
 * Why an LLM call failed, as a stable code and a sentence a person can act on. Retries, the circuit
 * breaker and the fallback all decide from this one classification (`classify` in openai-sdk.ts turns the
 * SDK's errors into it); the job records its message. Messages are built by us, never copied from the provider, so an API key a server echoes back cannot
 * leak; `redact` is the second line of defence for anything else that is shown.
 */
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

/** Replaces every occurrence of `secret` (when it is long enough to be one) in `text`. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 8) return text;
  return text.split(secret).join('[redacted]');
}
