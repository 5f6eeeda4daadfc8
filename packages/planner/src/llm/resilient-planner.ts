/**
 * Resilience around any planner, with cockatiel: each attempt bounded by a timeout that aborts it; retries
 * of transient failures (timeouts, 429, 5xx, lost connections) after 1 s, 2 s, 4 s plus jitter, or after
 * the server's Retry-After; and a circuit breaker that opens after N consecutive transient failures, fails
 * fast while open, and lets one call through after the cool-down (half-open) to test recovery.
 *
 *   retry ─▶ circuit breaker ─▶ attempt (timeout + abort) ─▶ inner planner
 *
 * The breaker sits inside the retry, so it counts attempts, and the retry stops as soon as it opens.
 */
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleWhen,
  type IBackoff,
  type IBackoffFactory,
  type IRetryBackoffContext,
  retry,
  wrap,
} from 'cockatiel';
import type { Planner, PlanOptions, PlanResult } from '../planner.ts';
import { LlmFailure } from './failures.ts';

export interface ResilienceOptions {
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  /** A Retry-After longer than this is not waited for. */
  maxRetryAfterMs: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  /** For tests: the jitter source. */
  random?: () => number;
}

export type CircuitStateName = 'closed' | 'open' | 'half-open' | 'isolated';

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'isolated',
};

/** Exponential backoff with up to 20 % jitter, unless the failure carries the server's Retry-After. */
class RetryAfterBackoff implements IBackoffFactory<IRetryBackoffContext<unknown>> {
  constructor(
    private readonly baseMs: number,
    private readonly random: () => number,
  ) {}

  next(context: IRetryBackoffContext<unknown>): IBackoff<IRetryBackoffContext<unknown>> {
    const failure = 'error' in context.result ? context.result.error : undefined;
    const hinted = failure instanceof LlmFailure ? failure.options.retryAfterMs : undefined;
    const exponential = this.baseMs * 2 ** (context.attempt - 1);
    const duration = hinted ?? Math.round(exponential * (1 + 0.2 * this.random()));
    return { duration, next: (next) => this.next(next) };
  }
}

const formatMs = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`);

export class ResilientPlanner implements Planner {
  readonly name: string;
  private readonly breaker;
  private readonly policy;
  private readonly retryDelays: number[] = [];

  constructor(
    private readonly inner: Planner,
    private readonly options: ResilienceOptions,
  ) {
    this.name = inner.name;
    const transient = (error: Error) => error instanceof LlmFailure && error.transient;
    this.breaker = circuitBreaker(handleWhen(transient), {
      halfOpenAfter: options.breakerCooldownMs,
      breaker: new ConsecutiveBreaker(options.breakerThreshold),
    });
    const retryPolicy = retry(
      handleWhen(
        (error) =>
          transient(error) && ((error as LlmFailure).options.retryAfterMs ?? 0) <= options.maxRetryAfterMs,
      ),
      {
        maxAttempts: options.maxRetries,
        backoff: new RetryAfterBackoff(options.retryBaseMs, options.random ?? Math.random),
      },
    );
    retryPolicy.onRetry(({ delay }) => this.retryDelays.push(delay));
    this.policy = wrap(retryPolicy, this.breaker);
  }

  get circuitState(): CircuitStateName {
    return STATE_NAMES[this.breaker.state];
  }

  /** Calls `listener` with each new breaker state. Returns the unsubscribe function. */
  onCircuitChange(listener: (state: CircuitStateName) => void): () => void {
    return this.breaker.onStateChange((state) => listener(STATE_NAMES[state])).dispose;
  }

  /** The delays the retry policy chose so far (for tests and diagnostics). */
  get retryHistory(): readonly number[] {
    return this.retryDelays;
  }

  async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
    let attempts = 0;
    try {
      return await this.policy.execute(() => {
        attempts += 1;
        return this.attempt(prompt, options);
      }, options.signal);
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (error instanceof BrokenCircuitError) {
        throw new LlmFailure(
          'LLM_CIRCUIT_OPEN',
          `the LLM failed ${this.options.breakerThreshold} times in a row, so it is rested for ${formatMs(this.options.breakerCooldownMs)}`,
        );
      }
      if (error instanceof LlmFailure && attempts > 1) {
        throw new LlmFailure(error.code, `${error.message} after ${attempts} attempts`, error.options);
      }
      throw error;
    }
  }

  /** One attempt, aborted (and abandoned, for planners that ignore the signal) when the timeout passes. */
  private async attempt(prompt: string, options: PlanOptions): Promise<PlanResult> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([this.inner.plan(prompt, { ...options, signal }), aborted]);
    } catch (error) {
      // The caller gave up: not the LLM's fault, so neither retried nor counted by the breaker.
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeout.aborted) {
        throw new LlmFailure(
          'LLM_TIMEOUT',
          `the LLM did not answer within ${formatMs(this.options.timeoutMs)}`,
          {
            transient: true,
          },
        );
      }
      throw error;
    } finally {
      if (onAbort) signal.removeEventListener('abort', onAbort);
      aborted.catch(() => {});
    }
  }
}
