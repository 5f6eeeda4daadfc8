/** The one interface every planner implements: the offline rules, the LLM, and the wrappers around it. */
import type { AppSpec, Complexity, Stack } from '@appgen/spec';

export interface PlanOptions {
  /** Overrides the complexity the planner would infer. */
  complexity?: Complexity;
  /** Overrides the default stack. */
  stack?: Partial<Stack>;
  /** The caller's key for this request (the server's prompt hash): lets a fallback find a cached spec. */
  cacheKey?: string;
  signal?: AbortSignal;
}

export interface PlanUsage {
  inputTokens: number;
  outputTokens: number;
  /** From the model's price; 0 or absent when it has none (offline, a local model). */
  costUsd?: number;
}

/** Why the planner that answered is not the one configured first. */
export interface PlanFallback {
  /** Stable, e.g. LLM_TIMEOUT, LLM_CIRCUIT_OPEN (see llm/failures.ts). */
  code: string;
  /** One sentence for a person: what failed and what answered instead. */
  reason: string;
  /** The planner that failed. */
  from: string;
}

export interface PlanResult {
  /** Normalised: it has passed `normalizeSpec`. */
  spec: AppSpec;
  /** Which planner produced it: 'offline', or an LLM planner's name. */
  planner: 'offline' | (string & {});
  /** Things a person may want to know: guesses made, input ignored. */
  warnings: string[];
  /** Tokens spent, including those of a failed LLM call before a fallback answered. */
  usage?: PlanUsage;
  fallback?: PlanFallback;
}

export interface Planner {
  readonly name: string;
  plan(prompt: string, options?: PlanOptions): Promise<PlanResult>;
}
