/**
 * The planner a deployment runs, from its configuration: the offline planner alone, or the LLM wrapped in
 * resilience (timeout, retries, circuit breaker) with fallback to a cached spec, then to the offline planner.
 */
import type { AppSpec } from '@appgen/spec';
import { OfflinePlanner } from '../offline/planner.ts';
import type { Planner } from '../planner.ts';
import type { PlannerConfig } from './config.ts';
import {
  CachedSpecSource,
  type FallbackEvent,
  FallbackPlanner,
  type FallbackSource,
  PlannerSource,
} from './fallback-planner.ts';
import { OpenAIPlanner } from './openai-planner.ts';
import { type CircuitStateName, ResilientPlanner } from './resilient-planner.ts';

export interface PlannerDeps {
  /** A spec an LLM produced earlier for the same request key (PlanOptions.cacheKey), if any. */
  cachedSpec?: (cacheKey: string) => Promise<AppSpec | null>;
  onFallback?: (event: FallbackEvent) => void;
}

export interface PlannerSetup {
  planner: Planner;
  /** The LLM's circuit breaker; null when no LLM is configured. */
  circuit: {
    state(): CircuitStateName;
    onChange(listener: (state: CircuitStateName) => void): () => void;
  } | null;
  /** The model the LLM planner asks, or null. */
  model: string | null;
}

export function createPlanner(config: PlannerConfig, deps: PlannerDeps = {}): PlannerSetup {
  const offline = new OfflinePlanner();
  if (!config.llm) return { planner: offline, circuit: null, model: null };
  const resilient = new ResilientPlanner(new OpenAIPlanner(config.llm), config.llm);
  const sources: FallbackSource[] = [];
  if (deps.cachedSpec) sources.push(new CachedSpecSource(deps.cachedSpec));
  sources.push(new PlannerSource(offline, 'planned offline instead'));
  return {
    planner: new FallbackPlanner(resilient, sources, deps.onFallback),
    circuit: {
      state: () => resilient.circuitState,
      onChange: (listener) => resilient.onCircuitChange(listener),
    },
    model: config.llm.model,
  };
}
