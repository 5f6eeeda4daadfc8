/**
 * The OpenAI SDK and the classification of what it throws. OpenAIPlanner loads the SDK on its first call
 * (a dynamic import, also in the bundled CLI), so that offline planning, the CLI and code generation never
 * load its ~150 modules.
 */
import type * as Sdk from 'openai';
import { LlmFailure, retryAfterMs } from './failures.ts';

export interface OpenAISdk {
  OpenAI: typeof Sdk.OpenAI;
  classify(error: unknown, endpoint: string): LlmFailure;
}

export async function loadOpenAISdk(): Promise<OpenAISdk> {
  const sdk = await import('openai');
  return { OpenAI: sdk.OpenAI, classify: (error, endpoint) => classify(sdk, error, endpoint) };
}

/** Turns anything the OpenAI SDK throws into an LlmFailure (an LlmFailure passes through). */
function classify(sdk: typeof Sdk, error: unknown, endpoint: string): LlmFailure {
  if (error instanceof LlmFailure) return error;
  if (error instanceof sdk.APIUserAbortError) {
    return new LlmFailure('LLM_TIMEOUT', 'the LLM call was aborted before it answered', { transient: true });
  }
  if (error instanceof sdk.APIConnectionTimeoutError) {
    return new LlmFailure('LLM_TIMEOUT', `the LLM at ${endpoint} did not answer in time`, {
      transient: true,
    });
  }
  if (error instanceof sdk.APIConnectionError) {
    return new LlmFailure('LLM_UNREACHABLE', `could not connect to the LLM at ${endpoint}`, {
      transient: true,
    });
  }
  if (error instanceof sdk.APIError) {
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
