/** The one interface every planner implements: the offline rules today, an LLM planner later. */
import type { AppSpec, Complexity, Stack } from '@appgen/spec';

export interface PlanOptions {
  /** Overrides the complexity the planner would infer. */
  complexity?: Complexity;
  /** Overrides the default stack. */
  stack?: Partial<Stack>;
  signal?: AbortSignal;
}

export interface PlanUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface PlanResult {
  /** Normalised: it has passed `normalizeSpec`. */
  spec: AppSpec;
  /** Which planner produced it: 'offline', or an LLM planner's name. */
  planner: 'offline' | (string & {});
  /** Things a person may want to know: guesses made, input ignored. */
  warnings: string[];
  usage?: PlanUsage;
}

export interface Planner {
  readonly name: string;
  plan(prompt: string, options?: PlanOptions): Promise<PlanResult>;
}
