/**
 * Graceful degradation: when the primary planner (the resilient LLM) fails, the next source answers — a
 * spec the LLM produced earlier for the same request, then the offline planner — and the result says
 * which failure it covers for. A bad prompt or a caller's abort is not a failure to cover: it is rethrown.
 */
import type { AppSpec } from '@appgen/spec';
import { appSpecSchema } from '@appgen/spec';
import { PromptValidationError } from '../errors.ts';
import type { Planner, PlanOptions, PlanResult, PlanUsage } from '../planner.ts';
import { LlmFailure } from './failures.ts';

/** A planner that may have no answer (null), e.g. a cache miss. */
export interface FallbackSource {
  readonly name: string;
  /** How the reason ends when this source answers, e.g. "planned offline instead". */
  readonly describes: string;
  plan(prompt: string, options: PlanOptions): Promise<PlanResult | null>;
}

/** A previous LLM answer for the same request key, looked up by the caller (the server's job store). */
export class CachedSpecSource implements FallbackSource {
  readonly name = 'cached';
  readonly describes = 'used the spec the LLM gave for the same request earlier';

  constructor(private readonly lookup: (cacheKey: string) => Promise<AppSpec | null>) {}

  async plan(_prompt: string, options: PlanOptions): Promise<PlanResult | null> {
    if (!options.cacheKey) return null;
    const found = appSpecSchema.safeParse(await this.lookup(options.cacheKey));
    return found.success ? { spec: found.data, planner: this.name, warnings: [] } : null;
  }
}

/** Any planner as the last resort: it always answers. */
export class PlannerSource implements FallbackSource {
  readonly name: string;

  constructor(
    private readonly planner: Planner,
    readonly describes: string,
  ) {
    this.name = planner.name;
  }

  plan(prompt: string, options: PlanOptions): Promise<PlanResult> {
    return this.planner.plan(prompt, options);
  }
}

export interface FallbackEvent {
  from: string;
  to: string;
  code: string;
}

export class FallbackPlanner implements Planner {
  readonly name: string;

  constructor(
    private readonly primary: Planner,
    private readonly sources: readonly FallbackSource[],
    private readonly onFallback: (event: FallbackEvent) => void = () => {},
  ) {
    this.name = primary.name;
  }

  async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
    let failure: LlmFailure;
    try {
      return await this.primary.plan(prompt, options);
    } catch (error) {
      if (error instanceof PromptValidationError || options.signal?.aborted) throw error;
      failure =
        error instanceof LlmFailure
          ? error
          : new LlmFailure('LLM_UNAVAILABLE', `the LLM planner failed (${(error as Error)?.name ?? error})`);
    }
    for (const source of this.sources) {
      const result = await source.plan(prompt, options);
      if (!result) continue;
      this.onFallback({ from: this.primary.name, to: result.planner, code: failure.code });
      const message = failure.message.charAt(0).toUpperCase() + failure.message.slice(1);
      return {
        ...result,
        usage: addUsage(failure.options.usage, result.usage),
        fallback: { code: failure.code, reason: `${message}; ${source.describes}.`, from: this.primary.name },
      };
    }
    throw failure;
  }
}

function addUsage(a: PlanUsage | undefined, b: PlanUsage | undefined): PlanUsage | undefined {
  if (!a) return b;
  if (!b) return a;
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    costUsd: (a.costUsd ?? 0) + (b.costUsd ?? 0),
  };
}
